import { Anchor, Badge, Button, Card, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';
import { EventDetail, EventForm } from './EventManage';

type Attendee =
  paths['/campaigns/{campaignId}/events/{eventId}/attendees']['get']['responses'][200]['content']['application/json']['items'][number];

export default function Events() {
  return (
    <Routes>
      <Route index element={<EventList />} />
      <Route path="new" element={<EventForm />} />
      <Route path=":eventId" element={<EventDetail />} />
      <Route path=":eventId/edit" element={<EventForm />} />
      <Route path=":eventId/check-in" element={<CheckIn />} />
    </Routes>
  );
}

function EventList() {
  const { t, formatDate, formatNumber } = useI18n();
  const campaign = useCampaign();
  const canCheckIn = useCan('admin');
  const canCreate = useCan('organizer');
  const { data, error } = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/events', { params: { path: { campaignId: campaign.id } } })),
    [campaign.id],
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('events.title')}</Title>
        {canCreate && (
          <Button component={Link} to="new">
            {t('events.new')}
          </Button>
        )}
      </Group>
      <Failure error={error} />
      {!data && !error && <Loading />}
      {data && data.items.length === 0 && <Text>{t('common.none')}</Text>}
      {data?.items.map((e) => (
        <Card key={e.id} withBorder>
          <Group justify="space-between" align="start">
            <Stack gap={2}>
              <Title order={2} size="h4">
                <Anchor component={Link} to={e.id} inherit>
                  {e.title}
                </Anchor>
              </Title>
              <Text size="sm">{formatDate(e.startsAt, e.timeZone)}</Text>
              <Text size="sm" c="dimmed">
                {t('events.timeZone', { zone: e.timeZone })}
              </Text>
              <Text size="sm">
                {t('events.attendees')}: {formatNumber(e.counts.confirmed)}
                {e.capacity !== null && ` / ${formatNumber(e.capacity)}`} · {t('events.checkedIn')}:{' '}
                {formatNumber(e.counts.attended)}
              </Text>
            </Stack>
            {canCheckIn && !e.cancelledAt && (
              <Button component={Link} to={`${e.id}/check-in`}>
                {t('events.checkIn')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** Made for a phone at the door: one search box, big rows, one tap to check in (and one to undo). */
function CheckIn() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const { eventId = '' } = useParams();
  const path = { campaignId: campaign.id, eventId };
  const [search, setSearch] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const event = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/events/{eventId}', { params: { path } })),
    [eventId],
  );
  const attendees = useLoad(async () => {
    const all: Attendee[] = [];
    let cursor: string | undefined;
    do {
      const page = await must(
        api.GET('/campaigns/{campaignId}/events/{eventId}/attendees', {
          params: { path, query: { status: 'confirmed', limit: 200, ...(cursor ? { cursor } : {}) } },
        }),
      );
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }, [eventId]);

  async function mark(a: Attendee, attendance: 'attended' | null) {
    setFailure(null);
    try {
      const updated = await must(
        api.POST('/campaigns/{campaignId}/events/{eventId}/attendees/{rsvpId}/check-in', {
          params: { path: { ...path, rsvpId: a.id } },
          body: { attendance },
        }),
      );
      attendees.setData((list) => list?.map((x) => (x.id === a.id ? { ...x, ...updated } : x)));
    } catch (err) {
      setFailure(err);
    }
  }

  const needle = search.trim().toLocaleLowerCase();
  const shown = (attendees.data ?? []).filter((a) =>
    `${a.firstName ?? ''} ${a.lastName ?? ''} ${a.email ?? ''}`.toLocaleLowerCase().includes(needle),
  );
  return (
    <Stack>
      <Anchor component={Link} to="../.." relative="path">
        {t('common.back')}
      </Anchor>
      <Title order={1} size="h3">
        {t('events.checkInTitle', { title: event.data?.title ?? '' })}
      </Title>
      <TextInput
        size="lg"
        type="search"
        label={t('events.searchName')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <Failure error={failure ?? attendees.error ?? event.error} />
      {!attendees.data && !attendees.error && <Loading />}
      {attendees.data && shown.length === 0 && <Text>{t('events.noMatch')}</Text>}
      <Stack gap="xs">
        {shown.map((a) => {
          const name = [a.firstName, a.lastName].filter(Boolean).join(' ') || a.email || '—';
          const attended = a.attendance === 'attended';
          return (
            <Paper key={a.id} withBorder p="sm" data-testid="attendee" bg={attended ? 'gray.0' : undefined}>
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fz="lg" fw={600}>
                    {name}
                  </Text>
                  {a.guests > 0 && (
                    <Badge variant="light" c="dark.8">
                      {t('events.guests', { count: a.guests })}
                    </Badge>
                  )}
                  {attended && <Text fw={700}>✓ {t('events.checkedIn')}</Text>}
                </div>
                {attended ? (
                  <Button
                    variant="default"
                    onClick={() => void mark(a, null)}
                    aria-label={`${t('events.undo')}: ${name}`}
                  >
                    {t('events.undo')}
                  </Button>
                ) : (
                  <Button
                    size="lg"
                    onClick={() => void mark(a, 'attended')}
                    aria-label={`${t('events.tapToCheckIn')}: ${name}`}
                  >
                    {t('events.tapToCheckIn')}
                  </Button>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
