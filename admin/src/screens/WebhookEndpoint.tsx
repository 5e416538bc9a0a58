import { Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { DeleteButton, ListState, SaveButton, SubmitOutcome, useSubmit } from '../form';
import { type MessageKey, useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';
import { EnabledBadge, EventCheckboxes, type EventType, SecretOnce } from './Webhooks';

type Endpoint =
  paths['/campaigns/{campaignId}/webhooks/{endpointId}']['get']['responses'][200]['content']['application/json'];
type Delivery =
  paths['/campaigns/{campaignId}/webhooks/{endpointId}/deliveries']['get']['responses'][200]['content']['application/json']['items'][number];

const ENDPOINT = '/campaigns/{campaignId}/webhooks/{endpointId}';

const stateColor: Record<Delivery['state'], string> = {
  pending: 'yellow',
  delivering: 'blue',
  delivered: 'green',
  failed: 'red',
};

/** One endpoint: change it, enable/disable, rotate its secret, delete it, and its delivery log. */
export function WebhookEndpoint({ endpointId }: { endpointId: string }) {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const isAdmin = useCan('admin');
  const path = { params: { path: { campaignId: campaign.id, endpointId } } };
  const endpoint = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/webhooks/{endpointId}', path)),
    [endpointId],
  );
  const deliveries = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/webhooks/{endpointId}/deliveries', path)),
    [endpointId],
  );
  const [secret, setSecret] = useState<string | null>(null);
  const submit = useSubmit();

  if (endpoint.error) return <Failure error={endpoint.error} />;
  if (!endpoint.data) return <Loading />;
  const w = endpoint.data;

  const patch = (body: { enabled?: boolean; url?: string; eventTypes?: EventType[] }) => {
    setSecret(null);
    return submit.run(async () =>
      endpoint.setData(await must(api.PATCH('/campaigns/{campaignId}/webhooks/{endpointId}', { ...path, body }))),
    );
  };
  const rotate = () =>
    submit.run(async () => {
      const r = await must(
        api.POST('/campaigns/{campaignId}/webhooks/{endpointId}/rotate-secret', { ...path, body: {} }),
      );
      setSecret(r.secret);
    });
  const redeliver = (deliveryId: string) =>
    submit.run(async () => {
      await must(
        api.POST('/campaigns/{campaignId}/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver', {
          params: { path: { campaignId: campaign.id, endpointId, deliveryId } },
          body: {},
        }),
      );
      deliveries.reload();
    });

  return (
    <Stack>
      <Group justify="space-between" align="start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} dir="ltr" style={{ wordBreak: 'break-all' }}>
            {w.url}
          </Title>
          <Group gap="xs">
            <EnabledBadge enabled={w.enabled} />
            {w.disabledReason && (
              <Text size="sm" c="red.9">
                {w.disabledReason}
              </Text>
            )}
            <Text size="sm">{t('webhooks.failuresCount', { count: w.consecutiveFailures })}</Text>
          </Group>
        </Stack>
        <Button variant="default" component={Link} to=".." relative="path">
          {t('common.back')}
        </Button>
      </Group>
      {secret ? <SecretOnce secret={secret} /> : <SubmitOutcome state={submit} />}
      {isAdmin && (
        <Group gap="xs">
          <Button variant="default" loading={submit.busy} onClick={() => void patch({ enabled: !w.enabled })}>
            {w.enabled ? t('webhooks.disable') : t('webhooks.enable')}
          </Button>
          <Button
            variant="default"
            loading={submit.busy}
            onClick={() => window.confirm(t('webhooks.rotateConfirm')) && void rotate()}
          >
            {t('webhooks.rotate')}
          </Button>
          <DeleteButton of="webhooks" submit={submit} remove={() => must(api.DELETE(ENDPOINT, path))} />
        </Group>
      )}
      {isAdmin && (
        <EndpointForm endpoint={w} errorOf={submit.errorOf} onSave={(b) => void patch(b)} busy={submit.busy} />
      )}
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('webhooks.log')}
        </Title>
        <Button variant="default" size="compact-sm" onClick={deliveries.reload}>
          {t('common.refresh')}
        </Button>
      </Group>
      <ListState state={deliveries} empty={t('webhooks.noDeliveries')} />
      {deliveries.data && deliveries.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webhooks.event')}</Table.Th>
                <Table.Th>{t('webhooks.occurred')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('webhooks.attempts')}</Table.Th>
                <Table.Th>{t('webhooks.lastAnswer')}</Table.Th>
                {isAdmin && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.items.map((d) => (
                <Table.Tr key={d.id} data-testid="delivery">
                  <Table.Td>{t(`webhooks.event.${d.eventType}` as MessageKey)}</Table.Td>
                  <Table.Td>{formatDate(d.occurredAt, campaign.timeZone)}</Table.Td>
                  <Table.Td>
                    <Badge color={stateColor[d.state]} c="dark.8" variant="light">
                      {t(`webhooks.state.${d.state}` as MessageKey)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {d.attempts}
                    {d.log.length > 0 && (
                      <Text size="xs" c="dimmed" dir="ltr">
                        {d.log.map((a) => `${a.statusCode ?? a.error ?? '—'} ${a.durationMs}ms`).join(' · ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td dir="ltr">{d.lastStatus ?? d.lastError ?? '—'}</Table.Td>
                  {isAdmin && (
                    <Table.Td>
                      {(d.state === 'delivered' || d.state === 'failed') && (
                        <Button size="compact-sm" variant="default" onClick={() => void redeliver(d.id)}>
                          {t('webhooks.redeliver')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function EndpointForm(props: {
  endpoint: Endpoint;
  busy: boolean;
  errorOf: (f: string) => string | undefined;
  onSave: (b: { url: string; eventTypes: EventType[] }) => void;
}) {
  const { t } = useI18n();
  const [url, setUrl] = useState(props.endpoint.url);
  const [events, setEvents] = useState<EventType[]>(props.endpoint.eventTypes);
  return (
    <form
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        props.onSave({ url, eventTypes: events });
      }}
    >
      <Stack maw={720}>
        <TextInput
          label={t('webhooks.url')}
          dir="ltr"
          value={url}
          error={props.errorOf('url')}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
        <EventCheckboxes value={events} onChange={setEvents} error={props.errorOf('eventTypes')} />
        <SaveButton busy={props.busy} />
      </Stack>
    </form>
  );
}
