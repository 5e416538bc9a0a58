import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api, download, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { ScrollTable } from '../tables';
import { type MailPreview, MailPreviewTabs } from '../mailPreview';
import { Failure, Loading, StatusBadge, useLoad } from '../ui';
import { toZonedInput } from '../zoned';

type EventView =
  paths['/campaigns/{campaignId}/events/{eventId}']['get']['responses'][200]['content']['application/json'];
type EventBody = paths['/campaigns/{campaignId}/events']['post']['requestBody']['content']['application/json'];

const zones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
})();

/** Create (no :eventId) or edit an event; times are wall times in the event's own zone, shown beside them. */
export function EventForm() {
  const { eventId } = useParams();
  const campaign = useCampaign();
  const existing = useLoad(
    async () =>
      eventId
        ? must(
            api.GET('/campaigns/{campaignId}/events/{eventId}', {
              params: { path: { campaignId: campaign.id, eventId } },
            }),
          )
        : null,
    [eventId],
  );
  if (existing.error) return <Failure error={existing.error} />;
  if (existing.data === undefined) return <Loading />;
  return <EventEditor event={existing.data} />;
}

function EventEditor({ event }: { event: EventView | null }) {
  const { t, formatNumber } = useI18n();
  const campaign = useCampaign();
  const navigate = useNavigate();
  const zone0 = event?.timeZone ?? campaign.timeZone;
  const [title, setTitle] = useState(event?.title ?? '');
  const [description, setDescription] = useState(event?.description ?? '');
  const [timeZone, setTimeZone] = useState(zone0);
  const [startsAt, setStartsAt] = useState(toZonedInput(event?.startsAt as string | undefined, zone0));
  const [endsAt, setEndsAt] = useState(toZonedInput(event?.endsAt as string | undefined, zone0));
  const [place, setPlace] = useState(event?.location?.name ?? '');
  const [address, setAddress] = useState(event?.location?.address ?? '');
  const [capacity, setCapacity] = useState<number | string>(event?.capacity ?? '');
  const [waitlist, setWaitlist] = useState(event?.waitlistEnabled ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The change notice last previewed, for the form as it was then (`body`, serialized).
  const [notice, setNotice] = useState<{ body: string; recipients: number; items: MailPreview[] } | null>(null);

  const body: EventBody = {
    title,
    description,
    timeZone,
    startsAt,
    endsAt,
    location: place.trim() ? { name: place.trim(), ...(address.trim() ? { address: address.trim() } : {}) } : null,
    capacity: capacity === '' ? null : Number(capacity),
    waitlistEnabled: waitlist,
  };
  const noticeCurrent = notice !== null && notice.body === JSON.stringify(body);

  /**
   * Saving an edit that emails attendees takes two steps, as cancelling does: the first asks the
   * API what the change would send and shows it; only the button under that preview saves. An edit
   * that sends nothing saves at once.
   */
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      const path = { campaignId: campaign.id };
      if (event && !noticeCurrent) {
        const eventPath = { ...path, eventId: event.id };
        const preview = await must(
          api.POST('/campaigns/{campaignId}/events/{eventId}/change-preview', { params: { path: eventPath }, body }),
        );
        if (preview.notify) {
          setNotice({ body: JSON.stringify(body), recipients: preview.recipients, items: preview.items });
          return;
        }
      }
      const saved = event
        ? await must(
            api.PATCH('/campaigns/{campaignId}/events/{eventId}', {
              params: { path: { ...path, eventId: event.id } },
              body,
            }),
          )
        : await must(api.POST('/campaigns/{campaignId}/events', { params: { path }, body }));
      navigate(`/c/${campaign.id}/events/${saved.id}`);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const zoneNote = t('events.timeZone', { zone: timeZone });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <Anchor component={Link} to={event ? `/c/${campaign.id}/events/${event.id}` : `/c/${campaign.id}/events`}>
          {t('common.back')}
        </Anchor>
        <Title order={1}>{event ? t('events.edit') : t('events.new')}</Title>
        {event && event.counts.confirmed + event.counts.waitlisted > 0 && (
          <Alert color="yellow">{t('events.changeNotice')}</Alert>
        )}
        <Failure error={failure} />
        <TextInput
          label={t('events.fieldTitle')}
          required
          value={title}
          error={errors.title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          label={t('events.fieldDescription')}
          autosize
          minRows={3}
          value={description}
          error={errors.description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Select
          label={t('events.fieldZone')}
          searchable
          allowDeselect={false}
          value={timeZone}
          data={zones.includes(timeZone) ? zones : [timeZone, ...zones]}
          error={errors.timeZone}
          onChange={(v) => v && setTimeZone(v)}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('events.fieldStarts')}
            description={zoneNote}
            required
            value={startsAt}
            error={errors.startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('events.fieldEnds')}
            description={zoneNote}
            required
            value={endsAt}
            error={errors.endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
          />
        </SimpleGrid>
        <TextInput
          label={t('events.fieldPlace')}
          value={place}
          error={errors['location.name']}
          onChange={(e) => setPlace(e.currentTarget.value)}
        />
        <TextInput
          label={t('events.fieldAddress')}
          value={address}
          error={errors['location.address']}
          onChange={(e) => setAddress(e.currentTarget.value)}
        />
        <NumberInput
          label={t('events.fieldCapacity')}
          description={t('events.fieldCapacityHelp')}
          min={1}
          value={capacity}
          error={errors.capacity}
          onChange={setCapacity}
        />
        <Checkbox
          label={t('events.fieldWaitlist')}
          checked={waitlist}
          onChange={(e) => setWaitlist(e.currentTarget.checked)}
        />
        {!noticeCurrent && (
          <Group>
            <Button type="submit" loading={busy}>
              {event ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        )}
        {notice && (
          <Card withBorder data-testid="change-preview">
            <Stack>
              <Title order={2} size="h4">
                {t('events.changePreviewTitle')}
              </Title>
              <Text size="sm">{t('events.changeRecipients', { count: formatNumber(notice.recipients) })}</Text>
              <MailPreviewTabs previews={notice.items} height={360} />
              <Group>
                <Button type="submit" loading={busy} disabled={!noticeCurrent}>
                  {t('events.saveAndNotify', { count: formatNumber(notice.recipients) })}
                </Button>
                {!noticeCurrent && <Text size="sm">{t('events.changedSincePreview')}</Text>}
              </Group>
            </Stack>
          </Card>
        )}
      </Stack>
    </form>
  );
}

/** One event: details in its zone, attendees and waitlist, CSV, edit, and cancellation with the notice previewed first. */
export function EventDetail() {
  const { t, formatDate, formatNumber } = useI18n();
  const campaign = useCampaign();
  const canWrite = useCan('organizer');
  const seesPeople = useCan('admin');
  const { eventId = '' } = useParams();
  const path = { campaignId: campaign.id, eventId };
  const event = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/events/{eventId}', { params: { path } })),
    [eventId],
  );
  const [failure, setFailure] = useState<unknown>(null);
  const e = event.data;
  if (event.error) return <Failure error={event.error} />;
  if (!e) return <Loading />;
  return (
    <Stack>
      <Anchor component={Link} to={`/c/${campaign.id}/events`}>
        {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1}>{e.title}</Title>
          <Group gap="sm">
            <StatusBadge status={e.status} />
            <Text size="sm">
              {formatDate(e.startsAt as string, e.timeZone)} – {formatDate(e.endsAt as string, e.timeZone)}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('events.timeZone', { zone: e.timeZone })}
          </Text>
          <Text size="sm">
            {t('events.attendees')}: {formatNumber(e.counts.confirmed)}
            {e.capacity !== null && ` / ${formatNumber(e.capacity)}`} · {t('events.waitlist')}:{' '}
            {formatNumber(e.counts.waitlisted)}
          </Text>
          {e.cancelReason && <Text size="sm">{t('events.cancelledBecause', { reason: e.cancelReason })}</Text>}
        </Stack>
        <Group>
          {canWrite && e.status === 'scheduled' && (
            <Button variant="default" component={Link} to="edit">
              {t('common.edit')}
            </Button>
          )}
          {seesPeople && e.status !== 'cancelled' && (
            <Button variant="default" component={Link} to="check-in">
              {t('events.checkIn')}
            </Button>
          )}
          {seesPeople && (
            <Button
              variant="default"
              onClick={() =>
                void download(
                  `/campaigns/${campaign.id}/events/${e.id}/attendees.csv`,
                  `${e.slug}-attendees.csv`,
                ).catch(setFailure)
              }
            >
              {t('common.exportCsv')}
            </Button>
          )}
        </Group>
      </Group>
      <Failure error={failure} />
      {seesPeople ? (
        <Attendees event={e} canPromote={canWrite && e.status === 'scheduled'} onPromoted={event.reload} />
      ) : (
        <Alert color="gray">{t('supporters.personalHidden')}</Alert>
      )}
      {canWrite && e.status === 'scheduled' && <CancelEvent event={e} onCancelled={event.setData} />}
    </Stack>
  );
}

type Attendee = AttendeePage['items'][number];
type AttendeePage =
  paths['/campaigns/{campaignId}/events/{eventId}/attendees']['get']['responses'][200]['content']['application/json'];

function Attendees({
  event,
  canPromote,
  onPromoted,
}: {
  event: EventView;
  canPromote: boolean;
  onPromoted: () => void;
}) {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const eventId = event.id;
  const [status, setStatus] = useState<'confirmed' | 'waitlisted'>('confirmed');
  const [promoting, setPromoting] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ failure: unknown; done: string | null }>({ failure: null, done: null });
  const list = useLoad(
    async () =>
      must(
        api.GET('/campaigns/{campaignId}/events/{eventId}/attendees', {
          params: { path: { campaignId: campaign.id, eventId }, query: { status, limit: 200 } },
        }),
      ),
    [eventId, status],
  );
  const showPromote = canPromote && status === 'waitlisted';
  const nameOf = (a: Attendee) => [a.firstName, a.lastName].filter(Boolean).join(' ') || a.email || '—';

  /** Asks first; when their party does not fit, says so and asks again before going over capacity. */
  async function promote(a: Attendee) {
    const name = nameOf(a);
    if (!window.confirm(t('events.promoteConfirm', { name }))) return;
    const call = (overCapacity: boolean) =>
      must(
        api.POST('/campaigns/{campaignId}/events/{eventId}/attendees/{rsvpId}/promote', {
          params: { path: { campaignId: campaign.id, eventId, rsvpId: a.id } },
          body: { overCapacity },
        }),
      );
    setPromoting(a.id);
    setOutcome({ failure: null, done: null });
    try {
      try {
        await call(false);
      } catch (err) {
        if (!(err instanceof ApiError && err.problem?.type?.endsWith(':over-capacity'))) throw err;
        const seats = err.problem as { seatsNeeded?: number; seatsLeft?: number };
        const ask = t('events.promoteOverCapacity', {
          name,
          needed: String(seats.seatsNeeded ?? 1 + a.guests),
          left: String(seats.seatsLeft ?? 0),
        });
        if (!window.confirm(ask)) return;
        await call(true);
      }
      setOutcome({ failure: null, done: t('events.promoted', { name }) });
      list.reload();
      onPromoted();
    } catch (err) {
      setOutcome({ failure: err, done: null });
    } finally {
      setPromoting(null);
    }
  }
  return (
    <Tabs value={status} onChange={(v) => v && setStatus(v as typeof status)}>
      <Tabs.List>
        <Tabs.Tab value="confirmed">{t('events.attendees')}</Tabs.Tab>
        <Tabs.Tab value="waitlisted">{t('events.waitlist')}</Tabs.Tab>
      </Tabs.List>
      <Stack pt="sm">
        {status === 'waitlisted' && (
          <Text size="sm" c="dimmed">
            {t('events.waitlistHelp')}
          </Text>
        )}
        <Failure error={list.error ?? outcome.failure} />
        {outcome.done && (
          <Alert color="green" role="status">
            {outcome.done}
          </Alert>
        )}
        {!list.data && !list.error && <Loading />}
        {list.data && list.data.items.length === 0 && <Text>{t('common.none')}</Text>}
        {list.data && list.data.items.length > 0 && (
          <ScrollTable minWidth={520}>
            <Table striped data-testid={`attendees-${status}`}>
              <Table.Thead>
                <Table.Tr>
                  {status === 'waitlisted' && <Table.Th>#</Table.Th>}
                  <Table.Th>{t('supporters.name')}</Table.Th>
                  <Table.Th>{t('supporters.email')}</Table.Th>
                  <Table.Th ta="end">{t('events.guestsCol')}</Table.Th>
                  <Table.Th>{t('supporters.since')}</Table.Th>
                  {showPromote && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((a) => (
                  <Table.Tr key={a.id}>
                    {status === 'waitlisted' && <Table.Td>{a.waitlistPosition ?? '—'}</Table.Td>}
                    <Table.Td>{[a.firstName, a.lastName].filter(Boolean).join(' ') || '—'}</Table.Td>
                    <Table.Td dir="ltr">{a.email ?? '—'}</Table.Td>
                    <Table.Td ta="end">{a.guests}</Table.Td>
                    <Table.Td>{formatDate(a.createdAt as string)}</Table.Td>
                    {showPromote && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="default"
                          loading={promoting === a.id}
                          disabled={promoting !== null && promoting !== a.id}
                          aria-label={t('events.promoteLabel', { name: nameOf(a) })}
                          onClick={() => void promote(a)}
                        >
                          {t('events.promote')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Tabs>
  );
}

/** Step 1: write the reason and read the notice as attendees will get it; step 2: cancel. */
function CancelEvent({ event, onCancelled }: { event: EventView; onCancelled: (e: EventView) => void }) {
  const { t, formatNumber } = useI18n();
  const campaign = useCampaign();
  const path = { campaignId: campaign.id, eventId: event.id };
  const [reason, setReason] = useState('');
  const [previewed, setPreviewed] = useState<{ reason: string; items: MailPreview[] } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run(step: () => Promise<void>) {
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      await step();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }
  const preview = () =>
    run(async () => {
      const r = await must(
        api.POST('/campaigns/{campaignId}/events/{eventId}/cancel-preview', { params: { path }, body: { reason } }),
      );
      setPreviewed({ reason, items: r.items });
    });
  const cancel = () =>
    run(async () => {
      onCancelled(
        await must(api.POST('/campaigns/{campaignId}/events/{eventId}/cancel', { params: { path }, body: { reason } })),
      );
    });

  const people = event.counts.confirmed + event.counts.waitlisted;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('events.cancelTitle')}
        </Title>
        <Textarea
          label={t('events.cancelReason')}
          description={t('events.cancelReasonHelp', { count: formatNumber(people) })}
          required
          autosize
          minRows={3}
          value={reason}
          error={errors.reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Failure error={failure} />
        <Group>
          <Button variant="default" loading={busy} onClick={() => void preview()}>
            {t('events.previewNotice')}
          </Button>
        </Group>
        {previewed && (
          <Stack data-testid="cancel-preview">
            <MailPreviewTabs previews={previewed.items} height={360} />
            <Group>
              <Button color="red.9" loading={busy} disabled={previewed.reason !== reason} onClick={() => void cancel()}>
                {t('events.cancelSend', { count: formatNumber(people) })}
              </Button>
              {previewed.reason !== reason && <Text size="sm">{t('events.previewAgain')}</Text>}
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
