import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { EmailPreview, SubmitOutcome, useSubmit } from '../form';
import { type MessageKey, useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';
import { StatementEditorScreen } from './StatementEditor';
import { StatementHistory } from './StatementHistory';

export type Statement =
  paths['/campaigns/{campaignId}/statements/{statementId}']['get']['responses'][200]['content']['application/json'];
type Status = Statement['status'];

export default function Statements() {
  return (
    <Routes>
      <Route index element={<StatementList />} />
      <Route path="new" element={<StatementEditorScreen />} />
      <Route path=":statementId" element={<StatementDetail />} />
      <Route path=":statementId/edit" element={<StatementEditorScreen />} />
    </Routes>
  );
}

const statusColor: Record<Status, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'teal',
  scheduled: 'blue',
  published: 'green',
  retracted: 'red',
};

export function StatementStatus({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} c="dark.8" variant="light">
      {t(`statements.status.${status}` as MessageKey)}
    </Badge>
  );
}

function StatementList() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const canWrite = useCan('organizer');
  const reviews = useCan('admin');
  const [filter, setFilter] = useState<'all' | Status>(reviews ? 'in_review' : 'all');
  const { data, error } = useLoad(
    async () =>
      must(
        api.GET('/campaigns/{campaignId}/statements', {
          params: { path: { campaignId: campaign.id }, query: filter === 'all' ? {} : { status: filter } },
        }),
      ),
    [campaign.id, filter],
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('nav.statements')}</Title>
        {canWrite && (
          <Button component={Link} to="new">
            {t('statements.new')}
          </Button>
        )}
      </Group>
      <Select
        label={t('statements.filter')}
        w={240}
        allowDeselect={false}
        value={filter}
        onChange={(v) => v && setFilter(v as typeof filter)}
        data={[
          ...(reviews ? [{ value: 'in_review', label: t('statements.queue') }] : []),
          { value: 'all', label: t('statements.all') },
          ...(['draft', 'in_review', 'approved', 'scheduled', 'published', 'retracted'] as const)
            .filter((st) => !reviews || st !== 'in_review')
            .map((st) => ({ value: st, label: t(`statements.status.${st}`) })),
        ]}
      />
      <Failure error={error} />
      {!data && !error && <Loading />}
      {data && data.items.length === 0 && (
        <Text>{filter === 'in_review' ? t('statements.queueEmpty') : t('common.none')}</Text>
      )}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped data-testid="statements-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statements.statement')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('statements.languages')}</Table.Th>
                <Table.Th>{t('statements.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={s.id}>
                      {s.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StatementStatus status={s.status} />
                  </Table.Td>
                  <Table.Td>{s.locales.map((l) => t(`lang.${l}` as MessageKey)).join(' · ')}</Table.Td>
                  <Table.Td>{formatDate(s.updatedAt, campaign.timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

type Action = 'submit' | 'return-to-draft' | 'approve' | 'publish' | 'unschedule';

function StatementDetail() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const navigate = useNavigate();
  const { statementId = '' } = useParams();
  const canWrite = useCan('organizer');
  const isAdmin = useCan('admin');
  const path = { params: { path: { campaignId: campaign.id, statementId } } };
  const loaded = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/statements/{statementId}', path)),
    [campaign.id, statementId],
  );
  const [locale, setLocale] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  const submit = useSubmit();

  if (loaded.error) return <Failure error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  const s = loaded.data;
  const variant = s.variants.find((v) => v.locale === (locale ?? s.primaryLocale)) ?? s.variants[0];
  const publicUrl = `/c/${campaign.slug}/statements/${s.slug}${variant && variant.locale !== s.primaryLocale ? `?locale=${variant.locale}` : ''}`;

  const act = (action: Action) =>
    submit.run(async () => {
      const body = action === 'publish' ? { notify: true } : {};
      const url = `/campaigns/{campaignId}/statements/{statementId}/${action}` as const;
      loaded.setData((await must(api.POST(url, { ...path, body } as never))) as Statement);
    });

  const can = (status: Status[]) => status.includes(s.status);
  return (
    <Stack>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1}>{variant?.title ?? s.slug}</Title>
          <Group gap="xs">
            <StatementStatus status={s.status} />
            <Text size="sm" c="dimmed">
              {t('statements.revision', { number: s.revision })}
            </Text>
            {s.scheduledFor && s.status === 'scheduled' && (
              <Text size="sm">
                {t('statements.scheduledFor', {
                  when: formatDate(s.scheduledFor, s.scheduleTimeZone ?? campaign.timeZone),
                })}
              </Text>
            )}
            {s.publishedAt && (
              <Text size="sm">
                {t('statements.publishedAt', { when: formatDate(s.publishedAt, campaign.timeZone) })}
              </Text>
            )}
          </Group>
        </Stack>
        <Button variant="default" component={Link} to=".." relative="path">
          {t('common.back')}
        </Button>
      </Group>
      <SubmitOutcome state={submit} savedText={t('statements.done')} />
      <Group gap="xs" data-testid="statement-actions">
        {canWrite && s.status !== 'retracted' && (
          <Button variant="default" component={Link} to="edit">
            {t('common.edit')}
          </Button>
        )}
        {canWrite && can(['draft']) && (
          <Button onClick={() => void act('submit')} loading={submit.busy}>
            {t('statements.submit')}
          </Button>
        )}
        {isAdmin && can(['in_review']) && (
          <Button color="teal.9" onClick={() => void act('approve')} loading={submit.busy}>
            {t('statements.approve')}
          </Button>
        )}
        {canWrite && can(['in_review', 'approved']) && (
          <Button variant="default" onClick={() => void act('return-to-draft')} loading={submit.busy}>
            {t('statements.returnToDraft')}
          </Button>
        )}
        {isAdmin && can(['draft', 'in_review', 'approved', 'scheduled']) && (
          <Button
            color="green.9"
            loading={submit.busy}
            onClick={() => window.confirm(t('statements.publishConfirm')) && void act('publish')}
          >
            {t('statements.publish')}
          </Button>
        )}
        {isAdmin && can(['scheduled']) && (
          <Button variant="default" onClick={() => void act('unschedule')} loading={submit.busy}>
            {t('statements.unschedule')}
          </Button>
        )}
        {canWrite && !s.publishedAt && can(['draft', 'in_review']) && (
          <Button
            variant="outline"
            color="red.9"
            onClick={() =>
              window.confirm(t('statements.deleteConfirm')) &&
              void submit.run(async () => {
                await must(api.DELETE('/campaigns/{campaignId}/statements/{statementId}', path));
                navigate('..', { relative: 'path' });
              })
            }
          >
            {t('statements.delete')}
          </Button>
        )}
        {s.status === 'published' && (
          <Anchor href={publicUrl} target="_blank" rel="noopener">
            {t('statements.publicPage')}
          </Anchor>
        )}
      </Group>
      {isAdmin && can(['draft', 'in_review', 'approved', 'scheduled']) && (
        <ScheduleForm statement={s} onDone={loaded.setData} />
      )}
      {isAdmin && s.status === 'published' && <RetractForm statement={s} onDone={loaded.setData} />}
      {s.status === 'retracted' && s.retractionReason && (
        <Text c="red.9">{t('statements.retractedBecause', { reason: s.retractionReason })}</Text>
      )}
      {s.variants.length > 1 && (
        <SegmentedControl
          aria-label={t('statements.language')}
          value={variant?.locale ?? s.primaryLocale}
          onChange={setLocale}
          data={s.variants.map((v) => ({ value: v.locale, label: t(`lang.${v.locale}` as MessageKey) }))}
          style={{ alignSelf: 'start' }}
        />
      )}
      {variant && (
        <Card withBorder dir={variant.locale === 'ar' ? 'rtl' : 'ltr'} lang={variant.locale}>
          {variant.summary && (
            <Text fw={500} mb="sm">
              {variant.summary}
            </Text>
          )}
          {/* bodyHtml is the API's sanitized rendering (raw HTML off, links checked). */}
          <div data-testid="statement-body" dangerouslySetInnerHTML={{ __html: variant.bodyHtml }} />
        </Card>
      )}
      {canWrite && (
        <Group>
          <Button variant="default" onClick={() => setPreview((p) => !p)}>
            {preview ? t('statements.hideAlert') : t('statements.showAlert')}
          </Button>
        </Group>
      )}
      {canWrite && preview && <StatementAlertPreview statementId={s.id} locale={variant?.locale} />}
      {canWrite && <StatementHistory statement={s} />}
    </Stack>
  );
}

function StatementAlertPreview({ statementId, locale }: { statementId: string; locale?: string }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const { data, error } = useLoad(
    async () =>
      must(
        api.GET('/campaigns/{campaignId}/statements/{statementId}/alert-preview', {
          params: {
            path: { campaignId: campaign.id, statementId },
            query: locale ? { locale: locale as 'en' | 'ar' } : {},
          },
        }),
      ),
    [campaign.id, statementId, locale],
  );
  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  return (
    <EmailPreview
      title={t('statements.alertPreview')}
      subject={data.subject}
      html={data.html}
      audience={data.audience}
    />
  );
}

/** datetime-local value in the organizer's own clock, for a default an hour from now. */
function inAnHour(): string {
  const d = new Date(Date.now() + 3_600_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function ScheduleForm({ statement, onDone }: { statement: Statement; onDone: (s: Statement) => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const [when, setWhen] = useState(inAnHour);
  const [notify, setNotify] = useState(true);
  const submit = useSubmit();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const publishAt = when ? new Date(when).toISOString() : '';
        void submit.run(async () =>
          onDone(
            await must(
              api.POST('/campaigns/{campaignId}/statements/{statementId}/schedule', {
                params: { path: { campaignId: campaign.id, statementId: statement.id } },
                body: { publishAt, notify, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
              }),
            ),
          ),
        );
      }}
    >
      <Group align="end">
        <TextInput
          type="datetime-local"
          label={t('statements.scheduleAt')}
          description={t('statements.scheduleHelp')}
          value={when}
          error={submit.errorOf('publishAt')}
          onChange={(e) => setWhen(e.currentTarget.value)}
        />
        <Checkbox
          label={t('statements.notify')}
          checked={notify}
          onChange={(e) => setNotify(e.currentTarget.checked)}
          mb={8}
        />
        <Button type="submit" variant="default" loading={submit.busy}>
          {statement.status === 'scheduled' ? t('statements.reschedule') : t('statements.schedule')}
        </Button>
      </Group>
      {submit.failure !== null && <Failure error={submit.failure} />}
    </form>
  );
}

function RetractForm({ statement, onDone }: { statement: Statement; onDone: (s: Statement) => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run(async () =>
          onDone(
            await must(
              api.POST('/campaigns/{campaignId}/statements/{statementId}/retract', {
                params: { path: { campaignId: campaign.id, statementId: statement.id } },
                body: { reason },
              }),
            ),
          ),
        );
      }}
    >
      <Group align="end">
        <Textarea
          label={t('statements.retractReason')}
          description={t('statements.retractHelp')}
          autosize
          value={reason}
          error={submit.errorOf('reason')}
          onChange={(e) => setReason(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button type="submit" color="red.9" variant="outline" loading={submit.busy}>
          {t('statements.retract')}
        </Button>
      </Group>
      {submit.failure !== null && <Failure error={submit.failure} />}
    </form>
  );
}
