import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { api, must } from '../api/client';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { ScrollTable } from '../tables';
import { Failure, Loading, StatusBadge, useLoad } from '../ui';

const STATES = ['queued', 'enqueued', 'sending', 'sent', 'failed', 'suppressed', 'paused', 'cancelled'] as const;
type State = (typeof STATES)[number];

/** The campaign's messages, filtered by state (incl. sent-unconfirmed), broadcast and template. */
export function MailLog() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const isAdmin = useCan('admin');
  const path = { campaignId: campaign.id };
  const [state, setState] = useState<string | null>(null);
  const [broadcastId, setBroadcastId] = useState<string | null>(null);
  const [template, setTemplate] = useState('');
  const [query, setQuery] = useState<{ state?: State; unconfirmed?: boolean; broadcastId?: string; template?: string }>(
    {},
  );
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const broadcasts = useLoad(
    async () =>
      must(api.GET('/campaigns/{campaignId}/broadcasts', { params: { path, query: { limit: 100 } } })).then(
        (r) => r.items,
      ),
    [campaign.id],
  );
  const messages = useLoad(
    async () =>
      must(api.GET('/campaigns/{campaignId}/mail/messages', { params: { path, query: { limit: 100, ...query } } })),
    [campaign.id, query],
  );

  function filter(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    setQuery({
      ...(state === 'unconfirmed' ? { state: 'sent', unconfirmed: true } : state ? { state: state as State } : {}),
      ...(broadcastId ? { broadcastId } : {}),
      ...(template.trim() ? { template: template.trim() } : {}),
    });
  }

  async function resendUnconfirmed() {
    if (!query.broadcastId) return;
    setFailure(null);
    try {
      const r = await must(
        api.POST('/campaigns/{campaignId}/broadcasts/{broadcastId}/resend-unconfirmed', {
          params: { path: { ...path, broadcastId: query.broadcastId } },
          body: {},
        }),
      );
      setNotice(t('maillog.resent', { count: r.resent, before: r.alreadyResent }));
      messages.reload();
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <Stack>
      <form onSubmit={filter}>
        <Group align="end">
          <Select
            label={t('common.status')}
            clearable
            placeholder={t('maillog.anyState')}
            value={state}
            onChange={setState}
            data={[
              ...STATES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              { value: 'unconfirmed', label: t('status.unconfirmed') },
            ]}
          />
          <Select
            label={t('maillog.broadcast')}
            clearable
            searchable
            placeholder={t('maillog.anyBroadcast')}
            value={broadcastId}
            onChange={setBroadcastId}
            data={(broadcasts.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          />
          <TextInput
            label={t('maillog.template')}
            dir="ltr"
            value={template}
            onChange={(e) => setTemplate(e.currentTarget.value)}
          />
          <Button type="submit" variant="default">
            {t('maillog.filter')}
          </Button>
          {isAdmin && query.broadcastId && query.unconfirmed && (
            <Button variant="outline" onClick={() => void resendUnconfirmed()}>
              {t('maillog.resendUnconfirmed')}
            </Button>
          )}
        </Group>
      </form>
      <Failure error={failure ?? messages.error} />
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {!messages.data && !messages.error && <Loading />}
      {messages.data && messages.data.items.length === 0 && <Text>{t('common.none')}</Text>}
      {messages.data && messages.data.items.length > 0 && (
        <ScrollTable minWidth={640}>
          <Table striped data-testid="mail-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('maillog.created')}</Table.Th>
                <Table.Th>{t('maillog.template')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('maillog.locale')}</Table.Th>
                <Table.Th>{t('maillog.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.data.items.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{formatDate(m.createdAt, campaign.timeZone)}</Table.Td>
                  <Table.Td dir="ltr">{m.template}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <StatusBadge status={m.state} />
                      {m.unconfirmed && (
                        <Badge color="yellow" variant="light" c="dark.8">
                          {t('status.unconfirmed')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{m.locale ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.reason ?? m.lastError ?? (m.sentAt ? formatDate(m.sentAt) : '—')}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

/** What members did in this campaign: by action, and per member (admins and owners). */
export function AuditLog() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const path = { campaignId: campaign.id };
  const [action, setAction] = useState('');
  const [member, setMember] = useState<string | null>(null);
  const [query, setQuery] = useState<{ action?: string; actorId?: string }>({});
  const members = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/members', { params: { path } })).then((r) => r.items),
    [campaign.id],
  );
  const events = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/audit', { params: { path, query: { limit: 100, ...query } } })),
    [campaign.id, query],
  );
  const names = new Map((members.data ?? []).map((m) => [m.organizerId, m.name || m.email]));

  function filter(e: FormEvent) {
    e.preventDefault();
    setQuery({ ...(action.trim() ? { action: action.trim() } : {}), ...(member ? { actorId: member } : {}) });
  }

  return (
    <Stack>
      <form onSubmit={filter}>
        <Group align="end">
          <TextInput
            label={t('audit.action')}
            placeholder="event.cancelled"
            dir="ltr"
            value={action}
            onChange={(e) => setAction(e.currentTarget.value)}
          />
          <Select
            label={t('audit.member')}
            clearable
            placeholder={t('audit.anyMember')}
            value={member}
            onChange={setMember}
            data={(members.data ?? []).map((m) => ({ value: m.organizerId, label: m.name || m.email }))}
          />
          <Button type="submit" variant="default">
            {t('maillog.filter')}
          </Button>
        </Group>
      </form>
      <Failure error={events.error ?? members.error} />
      {!events.data && !events.error && <Loading />}
      {events.data && events.data.items.length === 0 && <Text>{t('common.none')}</Text>}
      {events.data && events.data.items.length > 0 && (
        <ScrollTable minWidth={600}>
          <Table striped data-testid="audit-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('maillog.created')}</Table.Th>
                <Table.Th>{t('audit.member')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('audit.entity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{formatDate(a.createdAt, campaign.timeZone)}</Table.Td>
                  <Table.Td>
                    {a.actorId
                      ? (names.get(a.actorId) ?? a.actorKind)
                      : t(`audit.kind.${a.actorKind === 'supporter' ? 'supporter' : 'system'}`)}
                  </Table.Td>
                  <Table.Td dir="ltr">{a.action}</Table.Td>
                  <Table.Td dir="ltr">{a.entityType}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
