import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { ApiError, api, download, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { MarkdownPreview } from '../markdown';
import { Failure, Loading, StatusBadge, useLoad } from '../ui';
import { PetitionTools } from './PetitionTools';

type Petition =
  paths['/campaigns/{campaignId}/petitions/{petitionId}']['get']['responses'][200]['content']['application/json'];
type PetitionBody = paths['/campaigns/{campaignId}/petitions']['post']['requestBody']['content']['application/json'];

export default function Petitions() {
  return (
    <Routes>
      <Route index element={<PetitionList />} />
      <Route path="new" element={<PetitionForm />} />
      <Route path=":petitionId" element={<PetitionDetail />} />
      <Route path=":petitionId/edit" element={<PetitionForm />} />
    </Routes>
  );
}

function PetitionList() {
  const { t, formatNumber } = useI18n();
  const campaign = useCampaign();
  const canWrite = useCan('organizer');
  const { data, error } = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/petitions', { params: { path: { campaignId: campaign.id } } })),
    [campaign.id],
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('petitions.title')}</Title>
        {canWrite && (
          <Button component={Link} to="new">
            {t('petitions.new')}
          </Button>
        )}
      </Group>
      <Failure error={error} />
      {!data && !error && <Loading />}
      {data && data.items.length === 0 && <Text>{t('common.none')}</Text>}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={500}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('petitions.petition')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th ta="end">{t('petitions.count')}</Table.Th>
                <Table.Th ta="end">{t('petitions.goal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={p.id}>
                      {p.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={p.status} />
                  </Table.Td>
                  <Table.Td ta="end" data-testid={`count-${p.slug}`}>
                    {formatNumber(p.confirmedCount)}
                  </Table.Td>
                  <Table.Td ta="end">{p.goal === null ? '—' : formatNumber(p.goal)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** datetime-local value (the organizer's own clock) to and from an instant. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

function PetitionForm() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const { petitionId } = useParams();
  const navigate = useNavigate();
  const existing = useLoad(
    async () =>
      petitionId
        ? must(
            api.GET('/campaigns/{campaignId}/petitions/{petitionId}', {
              params: { path: { campaignId: campaign.id, petitionId } },
            }),
          )
        : null,
    [campaign.id, petitionId],
  );
  if (existing.error) return <Failure error={existing.error} />;
  if (existing.data === undefined) return <Loading />;
  return (
    <PetitionEditor
      key={existing.data?.id ?? 'new'}
      petition={existing.data}
      defaultLocale={campaign.defaultLocale === 'ar' ? 'ar' : 'en'}
      onSaved={(p) => navigate(`../${p.id}`, { relative: 'path' })}
      title={petitionId ? t('petitions.edit') : t('petitions.new')}
    />
  );
}

function PetitionEditor(props: {
  petition: Petition | null;
  defaultLocale: 'en' | 'ar';
  title: string;
  onSaved: (p: Petition) => void;
}) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const p = props.petition;
  const [title, setTitle] = useState(p?.title ?? '');
  const [slug, setSlug] = useState(p?.slug ?? '');
  const [target, setTarget] = useState(p?.target ?? '');
  const [body, setBody] = useState(p?.body ?? '');
  const [locale, setLocale] = useState<'en' | 'ar'>(p?.locale === 'ar' ? 'ar' : p ? 'en' : props.defaultLocale);
  const [goal, setGoal] = useState<number | string>(p?.goal ?? '');
  const [closesAt, setClosesAt] = useState(toLocalInput(p?.closesAt ?? null));
  const [thresholds, setThresholds] = useState((p?.thresholds ?? []).join(', '));
  const [forget, setForget] = useState(p?.verifyThenForget ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(null);
    const fields: PetitionBody = {
      title,
      slug,
      target,
      body,
      locale,
      goal: goal === '' ? null : Number(goal),
      closesAt: closesAt ? new Date(closesAt).toISOString() : null,
      thresholds: thresholds
        .split(/[,\s]+/)
        .filter(Boolean)
        .map(Number),
      verifyThenForget: forget,
    };
    try {
      const saved = p
        ? await must(
            api.PATCH('/campaigns/{campaignId}/petitions/{petitionId}', {
              params: { path: { campaignId: campaign.id, petitionId: p.id } },
              body: fields,
            }),
          )
        : await must(
            api.POST('/campaigns/{campaignId}/petitions', {
              params: { path: { campaignId: campaign.id } },
              body: fields,
            }),
          );
      props.onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={1}>{props.title}</Title>
        <Failure error={failure} />
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack>
              <TextInput
                label={t('petitions.fieldTitle')}
                required
                value={title}
                error={errors.title}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
              <TextInput
                label={t('petitions.fieldSlug')}
                description={t('petitions.fieldSlugHelp')}
                required
                dir="ltr"
                value={slug}
                error={errors.slug}
                onChange={(e) => setSlug(e.currentTarget.value)}
              />
              <TextInput
                label={t('petitions.fieldTarget')}
                required
                value={target}
                error={errors.target}
                onChange={(e) => setTarget(e.currentTarget.value)}
              />
              <Select
                label={t('petitions.fieldLocale')}
                value={locale}
                allowDeselect={false}
                error={errors.locale}
                onChange={(v) => v && setLocale(v as 'en' | 'ar')}
                data={[
                  { value: 'en', label: t('lang.en') },
                  { value: 'ar', label: t('lang.ar') },
                ]}
              />
              <Textarea
                label={t('petitions.fieldBody')}
                required
                autosize
                minRows={8}
                value={body}
                error={errors.body}
                dir={locale === 'ar' ? 'rtl' : 'ltr'}
                onChange={(e) => setBody(e.currentTarget.value)}
              />
              <Group grow align="start">
                <NumberInput label={t('petitions.goal')} min={1} value={goal} error={errors.goal} onChange={setGoal} />
                <TextInput
                  label={t('petitions.fieldCloses')}
                  type="datetime-local"
                  value={closesAt}
                  error={errors.closesAt}
                  onChange={(e) => setClosesAt(e.currentTarget.value)}
                />
              </Group>
              <TextInput
                label={t('petitions.fieldThresholds')}
                dir="ltr"
                value={thresholds}
                error={errors.thresholds ?? errors['thresholds.0']}
                onChange={(e) => setThresholds(e.currentTarget.value)}
              />
              <Checkbox
                label={t('petitions.fieldVerifyThenForget')}
                checked={forget}
                error={errors.verifyThenForget}
                onChange={(e) => setForget(e.currentTarget.checked)}
              />
              <Group>
                <Button type="submit" loading={busy}>
                  {t('common.save')}
                </Button>
                <Button variant="default" component={Link} to={p ? `../${p.id}` : '..'} relative="path">
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder dir={locale === 'ar' ? 'rtl' : 'ltr'} lang={locale}>
              <Text size="sm" c="dimmed" mb="xs">
                {t('petitions.preview')}
              </Text>
              <Title order={2} size="h3">
                {title}
              </Title>
              <Text size="sm" mb="sm">
                {target}
              </Text>
              <MarkdownPreview source={body} label={t('petitions.preview')} />
            </Card>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}

function PetitionDetail() {
  const { t, formatDate, formatNumber } = useI18n();
  const campaign = useCampaign();
  const canWrite = useCan('organizer');
  const seesPersonal = useCan('admin');
  const { petitionId = '' } = useParams();
  const path = { campaignId: campaign.id, petitionId };
  const petition = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/petitions/{petitionId}', { params: { path } })),
    [petitionId],
  );
  const signatures = useLoad(
    async () =>
      must(
        api.GET('/campaigns/{campaignId}/petitions/{petitionId}/signatures', {
          params: { path, query: { limit: 100 } },
        }),
      ),
    [petitionId],
  );
  const [failure, setFailure] = useState<unknown>(null);

  async function setStatus(status: 'open' | 'closed') {
    setFailure(null);
    try {
      petition.setData(
        await must(api.PATCH('/campaigns/{campaignId}/petitions/{petitionId}', { params: { path }, body: { status } })),
      );
    } catch (err) {
      setFailure(err);
    }
  }

  if (petition.error) return <Failure error={petition.error} />;
  const p = petition.data;
  if (!p) return <Loading />;
  const publicUrl = `/public/campaigns/${campaign.slug}/petitions/${p.slug}`;
  return (
    <Stack>
      <Anchor component={Link} to=".." relative="path">
        {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1}>{p.title}</Title>
          <Group gap="sm">
            <StatusBadge status={p.status} />
            <Text data-testid="confirmed-count">
              {t('petitions.confirmedCount', { count: formatNumber(p.confirmedCount) })}
            </Text>
            {p.status !== 'draft' && (
              <Anchor href={publicUrl} target="_blank" rel="noopener">
                {t('petitions.publicLink')}
              </Anchor>
            )}
          </Group>
        </Stack>
        {canWrite && (
          <Group>
            <Button variant="default" component={Link} to="edit">
              {t('common.edit')}
            </Button>
            {p.status === 'draft' && <Button onClick={() => void setStatus('open')}>{t('petitions.open')}</Button>}
            {p.status === 'open' && (
              <Button variant="default" onClick={() => void setStatus('closed')}>
                {t('petitions.close')}
              </Button>
            )}
            {p.status === 'closed' && <Button onClick={() => void setStatus('open')}>{t('petitions.reopen')}</Button>}
          </Group>
        )}
      </Group>
      <Failure error={failure} />
      <PetitionTools petition={p} onChange={petition.setData} />
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('petitions.signatures')}
        </Title>
        <Group>
          <Button
            variant="default"
            onClick={() => {
              petition.reload();
              signatures.reload();
            }}
          >
            {t('common.refresh')}
          </Button>
          {canWrite && (
            <Button
              variant="default"
              onClick={() =>
                void download(
                  `/campaigns/${campaign.id}/petitions/${p.id}/signatures.csv`,
                  `${p.slug}-signatures.csv`,
                ).catch(setFailure)
              }
            >
              {t('common.exportCsv')}
            </Button>
          )}
        </Group>
      </Group>
      {!seesPersonal && <Alert color="gray">{t('petitions.noPersonal')}</Alert>}
      <Failure error={signatures.error} />
      {signatures.data && signatures.data.items.length === 0 && <Text>{t('common.none')}</Text>}
      {signatures.data && signatures.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={500}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('petitions.signer')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('petitions.signedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {signatures.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.signer ? (
                      <>
                        {[s.signer.firstName, s.signer.lastName].filter(Boolean).join(' ')}{' '}
                        <Text span c="dimmed" size="sm" dir="ltr">
                          {s.signer.email}
                        </Text>
                      </>
                    ) : (
                      s.displayName
                    )}
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={s.status} />
                  </Table.Td>
                  <Table.Td>{formatDate(s.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
