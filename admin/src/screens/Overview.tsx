import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { api, must } from '../api/client';
import { useCampaign } from '../campaign';
import { useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';

const Bars = lazy(() => import('./Chart'));

/**
 * What the API offers today: supporter stats (per day in the campaign's time zone), mail states and
 * petition counts. The dedicated overview and time-series endpoints (issue 14's dashboard API)
 * replace these calls when they land.
 */
export default function Overview() {
  const { t, formatNumber } = useI18n();
  const campaign = useCampaign();
  const path = { campaignId: campaign.id };
  const { data, error } = useLoad(async () => {
    const [supporters, mail, petitions] = await Promise.all([
      must(api.GET('/campaigns/{campaignId}/supporters/stats', { params: { path } })),
      must(api.GET('/campaigns/{campaignId}/mail/stats', { params: { path } })),
      must(api.GET('/campaigns/{campaignId}/petitions', { params: { path, query: { limit: 200 } } })),
    ]);
    return { supporters, mail, petitions: petitions.items };
  }, [campaign.id]);

  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  const { supporters, mail, petitions } = data;
  const tiles = [
    { label: t('overview.supporters'), value: supporters.total },
    { label: t('overview.confirmed'), value: supporters.byStatus.confirmed ?? 0 },
    { label: t('overview.openPetitions'), value: petitions.filter((p) => p.status === 'open').length },
    { label: t('overview.mail'), value: mail.sent },
  ];
  return (
    <Stack>
      <Title order={1}>{t('overview.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {tiles.map((tile) => (
          <Card key={tile.label} withBorder>
            <Text size="sm" c="dimmed">
              {tile.label}
            </Text>
            <Text fz={28} fw={700}>
              {formatNumber(tile.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {petitions.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('overview.signatures')}
          </Title>
          <Suspense fallback={<Loading />}>
            <Bars
              label={t('overview.signatures')}
              data={petitions.slice(0, 12).map((p) => ({ title: p.title.slice(0, 24), count: p.confirmedCount }))}
              dataKey="title"
              series={[{ name: 'count', label: t('petitions.count') }]}
            />
          </Suspense>
        </Card>
      )}
      {supporters.perDay.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('overview.supporters')}
          </Title>
          <Suspense fallback={<Loading />}>
            <Bars
              label={t('overview.supporters')}
              data={supporters.perDay.slice(-30)}
              dataKey="date"
              series={[
                { name: 'signups', label: t('overview.supporters') },
                { name: 'confirmed', label: t('overview.confirmed') },
              ]}
            />
          </Suspense>
        </Card>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('overview.mail')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {(['sent', 'failed', 'suppressed', 'queued'] as const).map((state) => (
            <Text key={state}>
              {t('overview.mailState', { state: t(`mail.${state}`), count: formatNumber(mail[state]) })}
            </Text>
          ))}
        </SimpleGrid>
      </Card>
    </Stack>
  );
}
