import { Anchor, Badge, Button, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import {
  AlertPreview,
  DeleteButton,
  ScreenRoutes,
  useExisting,
  ListState,
  Loaded,
  ScreenTitle,
  SubmitOutcome,
  useSubmit,
} from '../form';
import { type MessageKey, useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';
import { MilestoneForm } from './MilestoneForm';

export type Milestone =
  paths['/campaigns/{campaignId}/milestones/{milestoneId}']['get']['responses'][200]['content']['application/json'];

const MILESTONE = '/campaigns/{campaignId}/milestones/{milestoneId}';

export default function Milestones() {
  return (
    <ScreenRoutes
      param="milestoneId"
      list={<MilestoneTimeline />}
      form={<MilestoneFormScreen />}
      detail={<MilestoneDetail />}
    />
  );
}

const kindColor: Record<Milestone['kind'], string> = {
  win: 'green',
  action: 'blue',
  escalation: 'orange',
  setback: 'red',
  report: 'gray',
};

function KindBadge({ kind }: { kind: Milestone['kind'] }) {
  const { t } = useI18n();
  return (
    <Badge color={kindColor[kind]} c="dark.8" variant="light">
      {t(`milestones.kind.${kind}` as MessageKey)}
    </Badge>
  );
}

function useWhen() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  return (m: Milestone) => {
    const date = m.precision === 'instant' ? formatDate(m.occurredAt, campaign.timeZone) : m.occurredOn;
    return m.daysSinceStart === null ? date : `${date} · ${t('milestones.day', { day: m.daysSinceStart })}`;
  };
}

function MilestoneTimeline() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const canWrite = useCan('organizer');
  const when = useWhen();
  const timeline = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/milestones', { params: { path: { campaignId: campaign.id } } })),
    [campaign.id],
  );
  const data = timeline.data;
  return (
    <Stack>
      <ScreenTitle title={t('nav.milestones')} newLabel={canWrite && t('milestones.new')} />
      <ListState state={timeline} />
      {data && data.items.length > 0 && (
        <Timeline bulletSize={16} lineWidth={2} data-testid="timeline">
          {data.items.map((m) => (
            <Timeline.Item
              key={m.id}
              color={kindColor[m.kind]}
              title={
                <Anchor component={Link} to={m.id} fw={600}>
                  {m.title}
                </Anchor>
              }
            >
              <Group gap="xs" mt={4}>
                <KindBadge kind={m.kind} />
                <Text size="sm" c="dimmed">
                  {when(m)}
                </Text>
                {m.alertedAt && (
                  <Text size="sm" c="dimmed">
                    {t('milestones.alerted')}
                  </Text>
                )}
              </Group>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}

function MilestoneFormScreen() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const navigate = useNavigate();
  const { milestoneId } = useParams();
  const existing = useExisting(
    milestoneId,
    (id) => must(api.GET(MILESTONE, { params: { path: { campaignId: campaign.id, milestoneId: id } } })),
    [campaign.id],
  );
  return (
    <Loaded state={existing}>
      {(milestone) => (
        <MilestoneForm
          key={milestone?.id ?? 'new'}
          milestone={milestone}
          title={milestoneId ? t('milestones.edit') : t('milestones.new')}
          onSaved={(m) => navigate(milestoneId ? '..' : `../${m.id}`, { relative: 'path' })}
        />
      )}
    </Loaded>
  );
}

function MilestoneDetail() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const canWrite = useCan('organizer');
  const isAdmin = useCan('admin');
  const when = useWhen();
  const { milestoneId = '' } = useParams();
  const path = { params: { path: { campaignId: campaign.id, milestoneId } } };
  const loaded = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/milestones/{milestoneId}', path)),
    [campaign.id, milestoneId],
  );
  const [locale, setLocale] = useState<'en' | 'ar' | null>(null);
  const submit = useSubmit();
  if (loaded.error) return <Failure error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  const m = loaded.data;
  const locales = [m.locale, ...Object.keys(m.translations)] as ('en' | 'ar')[];

  const sendAlert = () =>
    submit.run(async () => {
      await must(
        api.POST('/campaigns/{campaignId}/milestones/{milestoneId}/alert', {
          ...path,
          body: { realert: m.alertedAt !== null },
        }),
      );
      loaded.reload();
    });

  return (
    <Stack>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1}>{m.title}</Title>
          <Group gap="xs">
            <KindBadge kind={m.kind} />
            <Text size="sm">{when(m)}</Text>
          </Group>
        </Stack>
        <Button variant="default" component={Link} to=".." relative="path">
          {t('common.back')}
        </Button>
      </Group>
      <SubmitOutcome state={submit} savedText={t('milestones.alertQueued')} />
      <Group gap="xs">
        {canWrite && (
          <Button variant="default" component={Link} to="edit">
            {t('common.edit')}
          </Button>
        )}
        {isAdmin && <DeleteButton of="milestones" submit={submit} remove={() => must(api.DELETE(MILESTONE, path))} />}
      </Group>
      <Card withBorder dir={m.locale === 'ar' ? 'rtl' : 'ltr'} lang={m.locale}>
        {/* descriptionHtml is the API's sanitized rendering. */}
        <div dangerouslySetInnerHTML={{ __html: m.descriptionHtml }} />
        {m.sourceLinks.length > 0 && (
          <Stack gap={2} mt="sm">
            <Text size="sm" fw={600}>
              {t('milestones.sources')}
            </Text>
            {m.sourceLinks.map((l) => (
              <Anchor key={l.url} href={l.url} target="_blank" rel="noopener noreferrer" size="sm" dir="ltr">
                {l.title ?? l.url}
                {l.publisher ? ` — ${l.publisher}` : ''}
              </Anchor>
            ))}
          </Stack>
        )}
      </Card>
      {canWrite && (
        <Stack component="section" aria-label={t('milestones.alertPreview')}>
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t('milestones.alertPreview')}
            </Title>
            {locales.length > 1 && (
              <Group gap="xs">
                {locales.map((l) => (
                  <Button
                    key={l}
                    size="compact-sm"
                    variant={(locale ?? m.locale) === l ? 'filled' : 'default'}
                    onClick={() => setLocale(l)}
                  >
                    {t(`lang.${l}`)}
                  </Button>
                ))}
              </Group>
            )}
          </Group>
          {m.alertedAt && (
            <Text size="sm">{t('milestones.alertedAt', { when: formatDate(m.alertedAt, campaign.timeZone) })}</Text>
          )}
          <MilestoneAlertPreview milestoneId={m.id} locale={locale ?? undefined} />
          {isAdmin && (
            <Group>
              <Button
                loading={submit.busy}
                onClick={() => window.confirm(t('milestones.sendConfirm')) && void sendAlert()}
              >
                {m.alertedAt ? t('milestones.resend') : t('milestones.send')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function MilestoneAlertPreview({ milestoneId, locale }: { milestoneId: string; locale?: 'en' | 'ar' }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const params = { path: { campaignId: campaign.id, milestoneId }, query: locale ? { locale } : {} };
  return (
    <AlertPreview
      title={t('milestones.alertPreview')}
      load={() => must(api.GET(`${MILESTONE}/alert-preview`, { params }))}
      deps={[campaign.id, milestoneId, locale]}
    />
  );
}
