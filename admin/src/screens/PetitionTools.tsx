import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { ApiError, api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { ScrollTable } from '../tables';
import { Failure, Loading, useLoad } from '../ui';

type Petition =
  paths['/campaigns/{campaignId}/petitions/{petitionId}']['get']['responses'][200]['content']['application/json'];
const LOCALES = ['en', 'ar'] as const;

/** Translations, delivery and the burst watch of one petition, below its detail. */
export function PetitionTools({ petition, onChange }: { petition: Petition; onChange: (p: Petition) => void }) {
  const { t } = useI18n();
  const canWrite = useCan('organizer');
  const canInvalidate = useCan('admin');
  return (
    <Tabs defaultValue="translations" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="translations">{t('petitions.translations')}</Tabs.Tab>
        {canWrite && <Tabs.Tab value="deliver">{t('petitions.delivery')}</Tabs.Tab>}
        {canWrite && <Tabs.Tab value="trending">{t('petitions.trending')}</Tabs.Tab>}
      </Tabs.List>
      <Tabs.Panel value="translations" pt="md">
        <Translations petition={petition} onChange={onChange} canWrite={canWrite} />
      </Tabs.Panel>
      <Tabs.Panel value="deliver" pt="md">
        <Deliver petition={petition} onChange={onChange} />
      </Tabs.Panel>
      <Tabs.Panel value="trending" pt="md">
        <Trending petition={petition} canInvalidate={canInvalidate} />
      </Tabs.Panel>
    </Tabs>
  );
}

function Translations(props: { petition: Petition; onChange: (p: Petition) => void; canWrite: boolean }) {
  const { petition: p, onChange, canWrite } = props;
  const { t } = useI18n();
  const campaign = useCampaign();
  const others = LOCALES.filter((l) => l !== p.locale);
  const [locale, setLocale] = useState<string>(others[0] ?? 'ar');
  const existing = p.variants.find((v) => v.locale === locale);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [target, setTarget] = useState(existing?.target ?? p.target);
  const [body, setBody] = useState(existing?.body ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  function pick(l: string) {
    const v = p.variants.find((x) => x.locale === l);
    setLocale(l);
    setTitle(v?.title ?? '');
    setTarget(v?.target ?? p.target);
    setBody(v?.body ?? '');
  }

  async function save(remove: boolean) {
    setErrors({});
    setFailure(null);
    setSaved(false);
    try {
      const updated = await must(
        api.PATCH('/campaigns/{campaignId}/petitions/{petitionId}', {
          params: { path: { campaignId: campaign.id, petitionId: p.id } },
          body: { variants: { [locale]: remove ? null : { title, target, body } } },
        }),
      );
      onChange(updated);
      setSaved(true);
      if (remove) pick(locale);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) {
        const fe = err.fieldErrors();
        setErrors(Object.fromEntries(Object.entries(fe).map(([k, v]) => [k.replace(/^variants\.\w+\./, ''), v])));
      } else setFailure(err);
    }
  }

  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  return (
    <Stack maw={720}>
      <Text size="sm" c="dimmed">
        {t('petitions.translationsHelp', { locale: p.locale === 'ar' ? t('lang.ar') : t('lang.en') })}
      </Text>
      <Select
        label={t('petitions.translationLocale')}
        allowDeselect={false}
        value={locale}
        onChange={(v) => v && pick(v)}
        data={others.map((l) => ({
          value: l,
          label: `${l === 'ar' ? t('lang.ar') : t('lang.en')}${p.variants.some((v) => v.locale === l) ? ' ✓' : ''}`,
        }))}
      />
      <TextInput
        label={t('petitions.fieldTitle')}
        dir={dir}
        lang={locale}
        disabled={!canWrite}
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <TextInput
        label={t('petitions.fieldTarget')}
        dir={dir}
        lang={locale}
        disabled={!canWrite}
        value={target}
        error={errors.target}
        onChange={(e) => setTarget(e.currentTarget.value)}
      />
      <Textarea
        label={t('petitions.fieldBody')}
        dir={dir}
        lang={locale}
        autosize
        minRows={6}
        disabled={!canWrite}
        value={body}
        error={errors.body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <Failure error={failure} />
      {saved && (
        <Alert color="green" role="status">
          {t('common.saved')}
        </Alert>
      )}
      {canWrite && (
        <Group>
          <Button onClick={() => void save(false)}>{t('petitions.translationSave')}</Button>
          {p.variants.some((v) => v.locale === locale) && (
            <Button variant="default" onClick={() => void save(true)}>
              {t('petitions.translationRemove')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

function Deliver({ petition: p, onChange }: { petition: Petition; onChange: (p: Petition) => void }) {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const doc = `/campaigns/${campaign.id}/petitions/${p.id}/delivery.html`;

  async function openDocument() {
    setFailure(null);
    // The document needs the session's credentials: fetch it and open it as a blob.
    try {
      const { authHeaders } = await import('../api/session');
      const res = await fetch(doc, { headers: authHeaders() });
      if (!res.ok) throw new ApiError(res.status, null);
      const url = URL.createObjectURL(await res.blob());
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (err) {
      setFailure(err);
    }
  }
  async function deliver() {
    setFailure(null);
    try {
      onChange(
        await must(
          api.POST('/campaigns/{campaignId}/petitions/{petitionId}/deliver', {
            params: { path: { campaignId: campaign.id, petitionId: p.id } },
            body: note.trim() ? { note: note.trim() } : {},
          }),
        ),
      );
    } catch (err) {
      setFailure(err);
    }
  }
  return (
    <Stack maw={720}>
      <Group>
        <Button variant="default" onClick={() => void openDocument()}>
          {t('petitions.deliveryDocument')}
        </Button>
      </Group>
      {p.status === 'delivered' ? (
        <Alert color="blue">
          {t('petitions.deliveredOn', { when: formatDate(p.deliveredAt as string | null), note: p.deliveryNote ?? '' })}
        </Alert>
      ) : (
        <Card withBorder>
          <Stack>
            <Textarea
              label={t('petitions.deliveryNote')}
              autosize
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group>
              <Button onClick={() => void deliver()} disabled={p.status === 'draft'}>
                {t('petitions.markDelivered')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <Failure error={failure} />
    </Stack>
  );
}

interface BurstRow {
  key: string;
  label: string;
  match: { ipHash: string } | { emailDomain: string };
  count: number;
  invalidated: number;
}

function Trending({ petition: p, canInvalidate }: { petition: Petition; canInvalidate: boolean }) {
  const { t, formatNumber } = useI18n();
  const campaign = useCampaign();
  const path = { campaignId: campaign.id, petitionId: p.id };
  const [minutes, setMinutes] = useState('60');
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const trending = useLoad(
    async () =>
      must(
        api.GET('/campaigns/{campaignId}/petitions/{petitionId}/trending', {
          params: { path, query: { minutes: Number(minutes), top: 10 } },
        }),
      ),
    [p.id, minutes],
  );

  async function invalidate(match: BurstRow['match'], label: string) {
    if (!window.confirm(t('petitions.invalidateConfirm', { what: label }))) return;
    setFailure(null);
    setNotice(null);
    try {
      const from = trending.data?.since as string | undefined;
      const r = await must(
        api.POST('/campaigns/{campaignId}/petitions/{petitionId}/signatures/invalidate-matching', {
          params: { path },
          body: { ...match, reason: t('petitions.burstReason', { what: label }), ...(from ? { from } : {}) },
        }),
      );
      setNotice(t('petitions.invalidated', { count: formatNumber(r.invalidated) }));
      trending.reload();
    } catch (err) {
      setFailure(err);
    }
  }

  const rows: BurstRow[] = [
    ...(trending.data?.ipHashes ?? []).map((r) => ({
      key: `ip:${r.ipHash}`,
      label: `IP ${r.ipHash.slice(0, 10)}…`,
      match: { ipHash: r.ipHash },
      count: r.count,
      invalidated: r.invalidated,
    })),
    ...(trending.data?.emailDomains ?? []).map((r) => ({
      key: `d:${r.domain}`,
      label: `@${r.domain}${r.disposable ? ` (${t('petitions.disposable')})` : ''}`,
      match: { emailDomain: r.domain },
      count: r.count,
      invalidated: r.invalidated,
    })),
  ];
  return (
    <Stack>
      <Group align="end">
        <Select
          label={t('petitions.trendingWindow')}
          allowDeselect={false}
          value={minutes}
          onChange={(v) => v && setMinutes(v)}
          data={['15', '60', '360', '1440'].map((m) => ({ value: m, label: t('petitions.minutes', { count: m }) }))}
        />
        <Button variant="default" onClick={trending.reload}>
          {t('common.refresh')}
        </Button>
      </Group>
      <Failure error={failure ?? trending.error} />
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {!trending.data && !trending.error && <Loading />}
      {trending.data && (
        <Text size="sm">{t('petitions.trendingTotal', { count: formatNumber(trending.data.signatures) })}</Text>
      )}
      {trending.data && rows.length === 0 && <Text>{t('common.none')}</Text>}
      {rows.length > 0 && (
        <ScrollTable minWidth={480}>
          <Table striped data-testid="trending">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('petitions.source')}</Table.Th>
                <Table.Th ta="end">{t('petitions.count')}</Table.Th>
                <Table.Th ta="end">{t('petitions.invalidatedCol')}</Table.Th>
                {canInvalidate && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td dir="ltr">{r.label}</Table.Td>
                  <Table.Td ta="end">{formatNumber(r.count)}</Table.Td>
                  <Table.Td ta="end">{formatNumber(r.invalidated)}</Table.Td>
                  {canInvalidate && (
                    <Table.Td>
                      <Button
                        size="xs"
                        color="red.9"
                        variant="outline"
                        disabled={r.invalidated >= r.count}
                        aria-label={`${t('petitions.invalidate')}: ${r.label}`}
                        onClick={() => void invalidate(r.match, r.label)}
                      >
                        {t('petitions.invalidate')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Title order={3} size="h6" c="dimmed">
        {t('petitions.trendingHelp')}
      </Title>
    </Stack>
  );
}
