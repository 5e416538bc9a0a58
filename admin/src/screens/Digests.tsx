import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { ScrollTable } from '../tables';
import type { MessageKey } from '../i18n/messages';
import { MailFrame } from '../mailPreview';
import { Failure, Loading, StatusBadge, useLoad } from '../ui';
import { AuditLog, MailLog } from './MailLog';

type Settings =
  paths['/campaigns/{campaignId}/digests/settings']['get']['responses'][200]['content']['application/json'];
type DigestPreview =
  paths['/campaigns/{campaignId}/digests/preview/{supporterId}']['get']['responses'][200]['content']['application/json'];

/** Digests and the mail behind them: settings, runs, one supporter's preview, the mail log and the audit log. */
export default function Digests() {
  const { t } = useI18n();
  const isOrganizer = useCan('organizer');
  const isAdmin = useCan('admin');
  return (
    <Stack>
      <Title order={1}>{t('digests.title')}</Title>
      <Tabs defaultValue="settings" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="settings">{t('digests.settings')}</Tabs.Tab>
          <Tabs.Tab value="runs">{t('digests.runs')}</Tabs.Tab>
          {isAdmin && <Tabs.Tab value="preview">{t('digests.preview')}</Tabs.Tab>}
          {isOrganizer && <Tabs.Tab value="mail">{t('maillog.title')}</Tabs.Tab>}
          {isAdmin && <Tabs.Tab value="audit">{t('audit.title')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="settings" pt="md">
          <DigestSettings />
        </Tabs.Panel>
        <Tabs.Panel value="runs" pt="md">
          <DigestRuns />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          <DigestPreviewPanel />
        </Tabs.Panel>
        <Tabs.Panel value="mail" pt="md">
          <MailLog />
        </Tabs.Panel>
        <Tabs.Panel value="audit" pt="md">
          <AuditLog />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

const weekdays: MessageKey[] = [
  'digests.day1',
  'digests.day2',
  'digests.day3',
  'digests.day4',
  'digests.day5',
  'digests.day6',
  'digests.day7',
];

function DigestSettings() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const canEdit = useCan('admin');
  const path = { campaignId: campaign.id };
  const loaded = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/digests/settings', { params: { path } })),
    [campaign.id],
  );
  const [form, setForm] = useState<Settings | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setForm(loaded.data ?? null), [loaded.data]);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setFailure(null);
    setSaved(false);
    try {
      const { enabled, defaultHour, weeklyDay, maxItemsPerSection, includeEvents, includePetitions } = form;
      loaded.setData(
        await must(
          api.PATCH('/campaigns/{campaignId}/digests/settings', {
            params: { path },
            body: { enabled, defaultHour, weeklyDay, maxItemsPerSection, includeEvents, includePetitions },
          }),
        ),
      );
      setSaved(true);
    } catch (err) {
      setFailure(err);
    }
  }

  if (loaded.error) return <Failure error={loaded.error} />;
  if (!form) return <Loading />;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setForm({ ...form, [key]: value });
  return (
    <form onSubmit={save}>
      <Stack maw={560}>
        <Text size="sm" c="dimmed">
          {t('digests.zoneHelp', { zone: form.campaignTimeZone })}
        </Text>
        <Switch
          label={t('digests.enabled')}
          checked={form.enabled}
          disabled={!canEdit}
          onChange={(e) => set('enabled', e.currentTarget.checked)}
        />
        <NumberInput
          label={t('digests.defaultHour')}
          min={0}
          max={23}
          disabled={!canEdit}
          value={form.defaultHour}
          onChange={(v) => set('defaultHour', Number(v))}
        />
        <Select
          label={t('digests.weeklyDay')}
          disabled={!canEdit}
          allowDeselect={false}
          value={String(form.weeklyDay)}
          data={weekdays.map((k, i) => ({ value: String(i + 1), label: t(k) }))}
          onChange={(v) => v && set('weeklyDay', Number(v))}
        />
        <NumberInput
          label={t('digests.maxItems')}
          min={1}
          max={20}
          disabled={!canEdit}
          value={form.maxItemsPerSection}
          onChange={(v) => set('maxItemsPerSection', Number(v))}
        />
        <Switch
          label={t('digests.includeEvents')}
          checked={form.includeEvents}
          disabled={!canEdit}
          onChange={(e) => set('includeEvents', e.currentTarget.checked)}
        />
        <Switch
          label={t('digests.includePetitions')}
          checked={form.includePetitions}
          disabled={!canEdit}
          onChange={(e) => set('includePetitions', e.currentTarget.checked)}
        />
        <Failure error={failure} />
        {saved && (
          <Alert color="green" role="status">
            {t('common.saved')}
          </Alert>
        )}
        {canEdit && (
          <Group>
            <Button type="submit">{t('common.save')}</Button>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('digests.updatedAt', { when: formatDate(form.updatedAt) })}
        </Text>
      </Stack>
    </form>
  );
}

function DigestRuns() {
  const { t, formatDate, formatNumber } = useI18n();
  const campaign = useCampaign();
  const runs = useLoad(
    async () =>
      must(
        api.GET('/campaigns/{campaignId}/digests/runs', {
          params: { path: { campaignId: campaign.id }, query: { limit: 50 } },
        }),
      ),
    [campaign.id],
  );
  if (runs.error) return <Failure error={runs.error} />;
  if (!runs.data) return <Loading />;
  if (runs.data.items.length === 0) return <Text>{t('digests.noRuns')}</Text>;
  const columns = ['due', 'queued', 'sent', 'skippedEmpty', 'suppressed', 'failed', 'pending'] as const;
  return (
    <ScrollTable minWidth={760}>
      <Table striped data-testid="digest-runs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('digests.runAt')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c} ta="end">
                {t(`digests.count.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.data.items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                {formatDate(r.startedAt, campaign.timeZone)}
                <Text size="xs" c="dimmed">
                  {r.trigger}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={r.status} />
              </Table.Td>
              {columns.map((c) => (
                <Table.Td key={c} ta="end">
                  {formatNumber(r.counts[c])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** The digest one supporter would get next, rendered by the API for that supporter (found by exact email). */
function DigestPreviewPanel() {
  const { t, formatDate, formatNumber } = useI18n();
  const campaign = useCampaign();
  const [email, setEmail] = useState('');
  const [preview, setPreview] = useState<DigestPreview | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function find(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    setPreview(null);
    setNotFound(false);
    try {
      const path = { campaignId: campaign.id };
      const found = await must(
        api.GET('/campaigns/{campaignId}/supporters', { params: { path, query: { email: email.trim(), limit: 1 } } }),
      );
      const supporter = found.items[0];
      if (!supporter) return setNotFound(true);
      setPreview(
        await must(
          api.GET('/campaigns/{campaignId}/digests/preview/{supporterId}', {
            params: { path: { ...path, supporterId: supporter.id } },
          }),
        ),
      );
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <form onSubmit={find}>
        <Group align="end">
          <TextInput
            label={t('supporters.search')}
            type="email"
            dir="ltr"
            required
            w={{ base: '100%', sm: 360 }}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            {t('digests.previewFor')}
          </Button>
        </Group>
      </form>
      <Failure error={failure} />
      {notFound && <Alert color="gray">{t('digests.noSupporter')}</Alert>}
      {preview && (
        <Stack data-testid="digest-preview">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Card withBorder>
              <Text size="sm">
                {t('digests.schedule', {
                  frequency: t(`digests.freq.${preview.schedule.frequency}`),
                  hour: preview.schedule.hour,
                  zone: preview.schedule.timeZone,
                })}
              </Text>
              <Text size="sm">
                {t('digests.nextDue', { when: formatDate(preview.next.dueAt, preview.schedule.timeZone) })}
              </Text>
              <Text size="sm">{t('digests.lastDigest', { when: formatDate(preview.lastDigest?.createdAt) })}</Text>
            </Card>
            <Card withBorder>
              <Group gap="xs">
                <Badge color={preview.wouldSend ? 'green' : 'gray'} variant="light" c="dark.8">
                  {preview.wouldSend ? t('digests.wouldSend') : t('digests.wouldSkip')}
                </Badge>
                {!preview.enabled && (
                  <Badge color="orange" variant="light" c="dark.8">
                    {t('digests.off')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" mt="xs">
                {t('digests.newItems', {
                  count: formatNumber(preview.newCount),
                  statements: formatNumber(preview.counts.statements),
                  milestones: formatNumber(preview.counts.milestones),
                  events: formatNumber(preview.counts.events),
                  petitions: formatNumber(preview.counts.petitions),
                })}
              </Text>
            </Card>
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('digests.asSent')}
          </Text>
          <MailFrame preview={preview} height={520} />
        </Stack>
      )}
    </Stack>
  );
}
