import {
  Alert,
  Button,
  Divider,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { Loaded, SaveButton, SubmitOutcome, useSubmit } from '../form';
import { useI18n } from '../i18n';
import { useLoad } from '../ui';

type Policy = paths['/campaigns/{campaignId}/retention']['get']['responses'][200]['content']['application/json'];
type Expiries =
  paths['/campaigns/{campaignId}/retention/expiries']['get']['responses'][200]['content']['application/json'];
type ShutdownState = paths['/campaigns/{campaignId}/shutdown']['get']['responses'][200]['content']['application/json'];

/** Retention rules (admins change them) and, for owners, the campaign shutdown. */
export function PrivacyRetention() {
  const campaign = useCampaign();
  const isOwner = useCan('owner');
  const path = { params: { path: { campaignId: campaign.id } } };
  const policy = useLoad(async () => must(api.GET('/campaigns/{campaignId}/retention', path)), [campaign.id]);
  const expiries = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/retention/expiries', path)),
    [campaign.id],
  );
  const onSaved = (p: Policy) => {
    policy.setData(p);
    expiries.reload();
  };
  return (
    <>
      <Loaded state={policy}>{(p) => <RetentionForm value={p} onSaved={onSaved} />}</Loaded>
      <Loaded state={expiries}>{(e) => <ExpiriesTable value={e} />}</Loaded>
      {isOwner && (
        <>
          <Divider />
          <Shutdown />
        </>
      )}
    </>
  );
}

/** What the daily job anonymizes next: ended petitions and events, and audit entries, with how many people. */
function ExpiriesTable({ value }: { value: Expiries }) {
  const { t, formatDate, formatNumber } = useI18n();
  const campaign = useCampaign();
  const rows = [
    ...value.petitions.map((p) => ({
      key: `p-${p.petitionId}`,
      what: t('privacy.expiryPetition', { title: p.title }),
      when: p.expiresAt,
      people: p.signatures,
    })),
    ...value.events.map((e) => ({
      key: `e-${e.eventId}`,
      what: t('privacy.expiryEvent', { title: e.title }),
      when: e.expiresAt,
      people: e.rsvps,
    })),
    ...(value.audit.entries > 0
      ? [{ key: 'audit', what: t('privacy.expiryAudit'), when: value.audit.nextExpiresAt, people: value.audit.entries }]
      : []),
  ].sort((a, b) => String(a.when).localeCompare(String(b.when)));
  return (
    <Stack gap="xs" data-testid="retention-expiries">
      <Title order={3} size="h4">
        {t('privacy.expiries')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('privacy.expiriesNone')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('privacy.expiryWhat')}</Table.Th>
                <Table.Th>{t('privacy.expiryWhen')}</Table.Th>
                <Table.Th>{t('privacy.expiryPeople')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{r.what}</Table.Td>
                  <Table.Td>{formatDate(r.when, campaign.timeZone)}</Table.Td>
                  <Table.Td>{formatNumber(r.people)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function RetentionForm({ value, onSaved }: { value: Policy; onSaved: (p: Policy) => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const canEdit = useCan('admin');
  const [rules, setRules] = useState({
    signerMonths: value.signerMonths,
    rsvpDays: value.rsvpDays,
    auditMonths: value.auditMonths,
  });
  const submit = useSubmit();
  const field = (k: keyof typeof rules, label: string, max: number) => (
    <NumberInput
      label={label}
      min={1}
      max={max}
      readOnly={!canEdit}
      value={rules[k]}
      error={submit.errorOf(k)}
      onChange={(v) => setRules((r) => ({ ...r, [k]: Number(v) }))}
    />
  );
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit.run(async () =>
      onSaved(
        await must(
          api.PATCH('/campaigns/{campaignId}/retention', {
            params: { path: { campaignId: campaign.id } },
            body: rules,
          }),
        ),
      ),
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('privacy.retention')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('privacy.retention')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('privacy.retentionHelp')}
        </Text>
        <SubmitOutcome state={submit} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {field('signerMonths', t('privacy.signerMonths'), 60)}
          {field('rsvpDays', t('privacy.rsvpDays'), 730)}
          {field('auditMonths', t('privacy.auditMonths'), 120)}
        </SimpleGrid>
        <SaveButton show={canEdit} busy={submit.busy} />
      </Stack>
    </form>
  );
}

function Shutdown() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const path = { params: { path: { campaignId: campaign.id } } };
  const state = useLoad(async () => must(api.GET('/campaigns/{campaignId}/shutdown', path)), [campaign.id]);
  const [typed, setTyped] = useState('');
  const submit = useSubmit();
  const after = (s: ShutdownState['current']) =>
    state.setData({ shutDownAt: state.data?.shutDownAt ?? null, current: s });
  return (
    <Loaded state={state}>
      {(s) => (
        <Stack gap="sm" data-testid="shutdown">
          <Title order={3} size="h4" c="red.9">
            {t('privacy.shutdown')}
          </Title>
          <SubmitOutcome state={submit} />
          {s.shutDownAt ? (
            <Alert color="gray">{t('privacy.shutDownAt', { when: formatDate(s.shutDownAt, campaign.timeZone) })}</Alert>
          ) : s.current?.status === 'scheduled' ? (
            <Alert color="red" role="alert">
              <Text mb="sm">
                {t('privacy.shutdownScheduled', { when: formatDate(s.current.dueAt, campaign.timeZone) })}
              </Text>
              <Button
                variant="default"
                loading={submit.busy}
                onClick={() =>
                  void submit.run(async () =>
                    after(await must(api.POST('/campaigns/{campaignId}/shutdown/cancel', { ...path, body: {} }))),
                  )
                }
              >
                {t('privacy.shutdownCancel')}
              </Button>
            </Alert>
          ) : (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void submit.run(async () =>
                  after(
                    await must(api.POST('/campaigns/{campaignId}/shutdown', { ...path, body: { confirm: typed } })),
                  ),
                );
              }}
            >
              <Stack gap="sm">
                <Text size="sm">{t('privacy.shutdownHelp')}</Text>
                <TextInput
                  label={t('privacy.shutdownConfirm', { slug: campaign.slug })}
                  dir="ltr"
                  value={typed}
                  error={submit.errorOf('confirm')}
                  onChange={(e) => setTyped(e.currentTarget.value)}
                />
                <Group>
                  <Button type="submit" color="red.9" disabled={typed !== campaign.slug} loading={submit.busy}>
                    {t('privacy.shutdownSchedule')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      )}
    </Loaded>
  );
}
