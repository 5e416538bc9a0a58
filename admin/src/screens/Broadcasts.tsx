import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Progress,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { MailPreviewTabs } from '../mailPreview';
import { BroadcastTools } from './BroadcastTools';
import { Failure, Loading, StatusBadge, useLoad } from '../ui';

type Preview =
  paths['/campaigns/{campaignId}/broadcasts/{broadcastId}/preview']['get']['responses'][200]['content']['application/json']['items'][number];

export default function Broadcasts() {
  return (
    <Routes>
      <Route index element={<BroadcastList />} />
      <Route path="new" element={<Compose />} />
      <Route path=":broadcastId" element={<BroadcastDetail />} />
    </Routes>
  );
}

function BroadcastList() {
  const { t, formatDate, formatNumber } = useI18n();
  const campaign = useCampaign();
  const { data, error } = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/broadcasts', { params: { path: { campaignId: campaign.id } } })),
    [campaign.id],
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('broadcasts.title')}</Title>
        <Button component={Link} to="new">
          {t('broadcasts.new')}
        </Button>
      </Group>
      <Failure error={error} />
      {!data && !error && <Loading />}
      {data && data.items.length === 0 && <Text>{t('common.none')}</Text>}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={500}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('broadcasts.name')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th ta="end">{t('overview.supporters')}</Table.Th>
                <Table.Th>{t('events.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Anchor component={Link} to={b.id}>
                      {b.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={b.status} />
                  </Table.Td>
                  <Table.Td ta="end">{b.audienceCount === null ? '—' : formatNumber(b.audienceCount)}</Table.Td>
                  <Table.Td>{formatDate(b.startedAt ?? b.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Compose() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [locales, setLocales] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      const tagList = tags
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const created = await must(
        api.POST('/campaigns/{campaignId}/broadcasts', {
          params: { path: { campaignId: campaign.id } },
          body: {
            template: 'campaign.update',
            name,
            subject,
            body,
            filter: {
              purpose: 'updates',
              ...(tagList.length ? { tags: tagList } : {}),
              ...(locales.length ? { locales: locales as ('en' | 'ar')[] } : {}),
            },
          },
        }),
      );
      // The draft's audience is only in the create answer; the detail screen shows it from here.
      navigate(`../${created.broadcast.id}`, { relative: 'path', state: { audience: created.audience } });
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <Title order={1}>{t('broadcasts.new')}</Title>
        <Failure error={failure} />
        <TextInput
          label={t('broadcasts.name')}
          required
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <TextInput
          label={t('broadcasts.subject')}
          required
          value={subject}
          error={errors.subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
        />
        <Textarea
          label={t('broadcasts.body')}
          required
          autosize
          minRows={8}
          value={body}
          error={errors.body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        <TextInput
          label={t('broadcasts.tags')}
          value={tags}
          error={errors['filter.tags']}
          onChange={(e) => setTags(e.currentTarget.value)}
        />
        <MultiSelect
          label={t('broadcasts.locales')}
          placeholder={t('broadcasts.localesAll')}
          value={locales}
          onChange={setLocales}
          error={errors['filter.locales']}
          data={[
            { value: 'en', label: t('lang.en') },
            { value: 'ar', label: t('lang.ar') },
          ]}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('broadcasts.createDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function BroadcastDetail() {
  const { t, formatNumber } = useI18n();
  const campaign = useCampaign();
  const canSend = useCan('admin');
  const { broadcastId = '' } = useParams();
  const draftAudience = (useLocation().state as { audience?: number } | null)?.audience;
  const path = { campaignId: campaign.id, broadcastId };
  const broadcast = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/broadcasts/{broadcastId}', { params: { path } })),
    [broadcastId],
  );
  const [previews, setPreviews] = useState<Preview[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const b = broadcast.data;
  const live = b?.status === 'running' || (b?.status === 'paused' && !b.progress.expansionDone);

  useEffect(() => {
    void must(api.GET('/campaigns/{campaignId}/broadcasts/{broadcastId}/preview', { params: { path } })).then(
      (r) => setPreviews(r.items),
      setFailure,
    );
  }, [broadcastId]);

  // Live progress: poll while messages are still going out.
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(broadcast.reload, 1000);
    return () => clearInterval(timer);
  }, [live, broadcast.reload]);

  async function act(action: 'start' | 'pause' | 'resume' | 'cancel') {
    setBusy(true);
    setFailure(null);
    try {
      const url = `/campaigns/{campaignId}/broadcasts/{broadcastId}/${action}` as const;
      await must(api.POST(url, { params: { path }, body: {} }));
      broadcast.reload();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  if (broadcast.error) return <Failure error={broadcast.error} />;
  if (!b) return <Loading />;
  const pr = b.progress;
  const audience = pr.audience ?? b.audienceCount ?? draftAudience ?? null;
  const finished = pr.sent + pr.failed + pr.suppressed + pr.cancelled;
  const total = Math.max(pr.total, audience ?? 0);
  const percent = total > 0 ? Math.round((finished / total) * 100) : b.status === 'completed' ? 100 : 0;

  return (
    <Stack>
      <Anchor component={Link} to=".." relative="path">
        {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1}>{b.name}</Title>
          <Group gap="sm">
            <StatusBadge status={b.status} />
            {audience !== null && (
              <Text data-testid="audience">{t('broadcasts.audience', { count: formatNumber(audience) })}</Text>
            )}
          </Group>
        </Stack>
        {canSend && (
          <Group>
            {b.status === 'draft' && (
              <Button
                loading={busy}
                onClick={() =>
                  window.confirm(t('broadcasts.startConfirm', { count: audience ?? '?' })) && void act('start')
                }
              >
                {t('broadcasts.start')}
              </Button>
            )}
            {b.status === 'running' && (
              <Button variant="default" loading={busy} onClick={() => void act('pause')}>
                {t('broadcasts.pause')}
              </Button>
            )}
            {b.status === 'paused' && (
              <Button loading={busy} onClick={() => void act('resume')}>
                {t('broadcasts.resume')}
              </Button>
            )}
            {(b.status === 'running' || b.status === 'paused' || b.status === 'draft') && (
              <Button color="red.9" variant="outline" loading={busy} onClick={() => void act('cancel')}>
                {t('broadcasts.cancel')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Failure error={failure} />
      {b.status !== 'draft' && (
        <Stack gap={4}>
          <Text fw={600}>{t('broadcasts.progress')}</Text>
          <Progress value={percent} size="lg" aria-label={t('broadcasts.progress')} />
          <Text size="sm" data-testid="progress">
            {t('broadcasts.progressLine', {
              sent: formatNumber(pr.sent),
              failed: formatNumber(pr.failed),
              suppressed: formatNumber(pr.suppressed),
              pending: formatNumber(pr.pending + pr.sending + pr.paused),
              total: formatNumber(total),
            })}
            {b.status === 'completed' && ` · ${t('broadcasts.done')}`}
          </Text>
        </Stack>
      )}
      {previews && <MailPreviewTabs previews={previews} />}
      {b.status !== 'cancelled' && <BroadcastTools broadcast={b} onChange={broadcast.reload} />}
    </Stack>
  );
}
