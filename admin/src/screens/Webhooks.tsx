import { Alert, Anchor, Badge, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { CopyBlock, ListState, SubmitOutcome, SaveButton, useSubmit } from '../form';
import { type MessageKey, useI18n } from '../i18n';
import { useLoad } from '../ui';
import { WebhookEndpoint } from './WebhookEndpoint';

type CreateBody = paths['/campaigns/{campaignId}/webhooks']['post']['requestBody']['content']['application/json'];
export type EventType = CreateBody['eventTypes'][number];
// prettier-ignore
export const EVENT_TYPES: EventType[] = ['signature', 'signup', 'attendance', 'unsubscribe', 'erasure', 'milestone', 'broadcast_finished'];

export default function Webhooks() {
  return (
    <Routes>
      <Route index element={<WebhookList />} />
      <Route path=":endpointId" element={<WebhookEndpointScreen />} />
    </Routes>
  );
}

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  return (
    <Badge color={enabled ? 'green' : 'gray'} c="dark.8" variant="light">
      {enabled ? t('webhooks.enabled') : t('webhooks.disabled')}
    </Badge>
  );
}

/** The signing secret, shown once after create or rotate. */
export function SecretOnce({ secret }: { secret: string }) {
  const { t } = useI18n();
  return (
    <Alert color="green" role="status" data-testid="webhook-secret">
      <Text mb="xs">{t('webhooks.secretOnce')}</Text>
      <CopyBlock label={t('webhooks.secret')} value={secret} />
    </Alert>
  );
}

export function EventCheckboxes(props: { value: EventType[]; onChange: (v: EventType[]) => void; error?: string }) {
  const { t } = useI18n();
  return (
    <Checkbox.Group
      label={t('webhooks.events')}
      value={props.value}
      onChange={(v) => props.onChange(v as EventType[])}
      error={props.error}
    >
      <Group mt="xs" gap="md">
        {EVENT_TYPES.map((e) => (
          <Checkbox key={e} value={e} label={t(`webhooks.event.${e}` as MessageKey)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

function WebhookList() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const isAdmin = useCan('admin');
  const path = { params: { path: { campaignId: campaign.id } } };
  const list = useLoad(async () => must(api.GET('/campaigns/{campaignId}/webhooks', path)), [campaign.id]);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<EventType[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const submit = useSubmit();

  function create(e: FormEvent) {
    e.preventDefault();
    setSecret(null);
    void submit.run(async () => {
      const created = await must(
        api.POST('/campaigns/{campaignId}/webhooks', { ...path, body: { url, description, eventTypes: events } }),
      );
      setSecret(created.secret);
      setUrl('');
      setDescription('');
      setEvents([]);
      list.reload();
    });
  }

  return (
    <Stack>
      <Title order={1}>{t('nav.webhooks')}</Title>
      <Text size="sm" c="dimmed">
        {t('webhooks.help')}
      </Text>
      <ListState state={list} />
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="webhooks-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webhooks.url')}</Table.Th>
                <Table.Th>{t('webhooks.events')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th ta="end">{t('webhooks.failures')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td dir="ltr" style={{ wordBreak: 'break-all' }}>
                    <Anchor component={Link} to={w.id}>
                      {w.url}
                    </Anchor>
                    {w.description && (
                      <Text size="xs" c="dimmed" dir="auto">
                        {w.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{w.eventTypes.map((e) => t(`webhooks.event.${e}` as MessageKey)).join(', ')}</Table.Td>
                  <Table.Td>
                    <EnabledBadge enabled={w.enabled} />
                  </Table.Td>
                  <Table.Td ta="end">{w.consecutiveFailures}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {secret && <SecretOnce secret={secret} />}
      {isAdmin && (
        <form onSubmit={create} noValidate aria-label={t('webhooks.add')}>
          <Stack maw={720}>
            <Title order={2} size="h3">
              {t('webhooks.add')}
            </Title>
            <SubmitOutcome state={submit} savedText={t('webhooks.created')} />
            <TextInput
              label={t('webhooks.url')}
              description={t('webhooks.urlHelp')}
              required
              dir="ltr"
              type="url"
              value={url}
              error={submit.errorOf('url')}
              onChange={(e) => setUrl(e.currentTarget.value)}
            />
            <TextInput
              label={t('webhooks.description')}
              value={description}
              error={submit.errorOf('description')}
              onChange={(e) => setDescription(e.currentTarget.value)}
            />
            <EventCheckboxes value={events} onChange={setEvents} error={submit.errorOf('eventTypes')} />
            <SaveButton busy={submit.busy} label={t('webhooks.create')} />
          </Stack>
        </form>
      )}
    </Stack>
  );
}

function WebhookEndpointScreen() {
  const { endpointId = '' } = useParams();
  return <WebhookEndpoint key={endpointId} endpointId={endpointId} />;
}
