import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError, api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { Failure } from '../ui';
import { fromZonedInput, toZonedInput } from '../zoned';

type Broadcast =
  paths['/campaigns/{campaignId}/broadcasts/{broadcastId}']['get']['responses'][200]['content']['application/json'];

/** Test to myself, scheduling in the campaign's time zone, and resending sent-unconfirmed messages. */
export function BroadcastTools({ broadcast, onChange }: { broadcast: Broadcast; onChange: () => void }) {
  const { t, formatDate, formatNumber } = useI18n();
  const campaign = useCampaign();
  const canTest = useCan('organizer');
  const canSend = useCan('admin');
  const zone = campaign.timeZone;
  const path = { campaignId: campaign.id, broadcastId: broadcast.id };
  const [at, setAt] = useState(toZonedInput(broadcast.scheduledAt as string | null, zone));
  const [atError, setAtError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run(step: () => Promise<string | null>) {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    setAtError(undefined);
    try {
      setNotice(await step());
      onChange();
    } catch (err) {
      if (err instanceof ApiError && err.fieldErrors().at) setAtError(err.fieldErrors().at);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  const sendTest = () =>
    run(async () => {
      const r = await must(
        api.POST('/campaigns/{campaignId}/broadcasts/{broadcastId}/test', { params: { path }, body: {} }),
      );
      return t('broadcasts.testSent', { to: r.sentTo, count: r.locales.length });
    });
  const schedule = () =>
    run(async () => {
      if (!at) throw new ApiError(422, { errors: [{ path: 'at', message: t('broadcasts.scheduleRequired') }] });
      await must(
        api.POST('/campaigns/{campaignId}/broadcasts/{broadcastId}/schedule', {
          params: { path },
          body: { at: fromZonedInput(at, zone) },
        }),
      );
      return t('broadcasts.scheduled', { when: formatDate(fromZonedInput(at, zone), zone) });
    });
  const unschedule = () =>
    run(async () => {
      await must(
        api.POST('/campaigns/{campaignId}/broadcasts/{broadcastId}/unschedule', { params: { path }, body: {} }),
      );
      return null;
    });
  const resend = () =>
    run(async () => {
      const r = await must(
        api.POST('/campaigns/{campaignId}/broadcasts/{broadcastId}/resend-unconfirmed', { params: { path }, body: {} }),
      );
      return t('maillog.resent', { count: r.resent, before: r.alreadyResent });
    });

  const unconfirmed = broadcast.progress.unconfirmed;
  return (
    <Card withBorder>
      <Stack>
        <Failure error={failure} />
        {notice && (
          <Alert color="green" role="status" data-testid="broadcast-notice">
            {notice}
          </Alert>
        )}
        {canTest && (
          <Group>
            <Button variant="default" loading={busy} onClick={() => void sendTest()}>
              {t('broadcasts.sendTest')}
            </Button>
            <Text size="sm" c="dimmed">
              {t('broadcasts.sendTestHelp')}
            </Text>
          </Group>
        )}
        {canSend && broadcast.status === 'draft' && (
          <Stack gap="xs">
            <Title order={2} size="h5">
              {t('broadcasts.schedule')}
            </Title>
            {broadcast.scheduledAt && (
              <Text size="sm">
                {t('broadcasts.scheduled', { when: formatDate(broadcast.scheduledAt as string, zone) })}
              </Text>
            )}
            <Group align="end">
              <TextInput
                type="datetime-local"
                label={t('broadcasts.scheduleAt')}
                description={t('events.timeZone', { zone })}
                value={at}
                error={atError}
                onChange={(e) => setAt(e.currentTarget.value)}
              />
              <Button loading={busy} onClick={() => void schedule()}>
                {t('broadcasts.scheduleSubmit')}
              </Button>
              {broadcast.scheduledAt && (
                <Button variant="default" loading={busy} onClick={() => void unschedule()}>
                  {t('broadcasts.unschedule')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
        {canSend && unconfirmed > 0 && broadcast.status !== 'draft' && broadcast.status !== 'paused' && (
          <Group>
            <Text size="sm">{t('broadcasts.unconfirmed', { count: formatNumber(unconfirmed) })}</Text>
            <Button variant="outline" loading={busy} onClick={() => void resend()}>
              {t('maillog.resendUnconfirmed')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
