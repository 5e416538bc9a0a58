import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { BulkTags } from './SupporterTags';
import { type FormEvent, lazy, useState } from 'react';
import { Link, Route, Routes } from 'react-router';
import { ApiError, api, download, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { ScrollTable } from '../tables';
import { Failure, Loading, StatusBadge, useLoad } from '../ui';

type ImportResult =
  paths['/campaigns/{campaignId}/supporters/import']['post']['responses'][200]['content']['application/json'];

const SupporterProfile = lazy(() => import('./SupporterProfile'));

export default function Supporters() {
  return (
    <Routes>
      <Route index element={<SupporterList />} />
      <Route path=":supporterId" element={<SupporterProfile />} />
    </Routes>
  );
}

function SupporterList() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const seesPersonal = useCan('admin');
  const canExport = useCan('organizer');
  const [email, setEmail] = useState('');
  const [tag, setTag] = useState('');
  const [query, setQuery] = useState<{ email?: string; tag?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useLoad(
    async () =>
      must(
        api.GET('/campaigns/{campaignId}/supporters', {
          params: { path: { campaignId: campaign.id }, query: { limit: 100, ...query } },
        }),
      ),
    [campaign.id, query],
  );

  function search(e: FormEvent) {
    e.preventDefault();
    setQuery({ ...(email.trim() ? { email: email.trim() } : {}), ...(tag.trim() ? { tag: tag.trim() } : {}) });
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('supporters.title')}</Title>
        {canExport && (
          <Button
            variant="default"
            onClick={() =>
              void download(`/campaigns/${campaign.id}/supporters/export.csv`, `${campaign.slug}-supporters.csv`).catch(
                setFailure,
              )
            }
          >
            {t('common.exportCsv')}
          </Button>
        )}
      </Group>
      <Failure error={failure} />
      {useCan('admin') && <ImportCard onImported={list.reload} />}
      <form onSubmit={search}>
        <Group align="end">
          {seesPersonal && (
            <TextInput
              label={t('supporters.search')}
              type="email"
              dir="ltr"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
          )}
          <TextInput label={t('supporters.searchTag')} value={tag} onChange={(e) => setTag(e.currentTarget.value)} />
          <Button type="submit" variant="default">
            {t('supporters.searchSubmit')}
          </Button>
        </Group>
      </form>
      {!seesPersonal && <Alert color="gray">{t('supporters.personalHidden')}</Alert>}
      <Failure error={list.error} />
      {!list.data && !list.error && <Loading />}
      {list.data && list.data.items.length === 0 && <Text>{t('common.none')}</Text>}
      {canExport && list.data && list.data.items.length > 0 && (
        <BulkTags
          selected={selected}
          onDone={() => {
            setSelected([]);
            list.reload();
          }}
        />
      )}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable minWidth={600}>
          <Table striped data-testid="supporters-table">
            <Table.Thead>
              <Table.Tr>
                {canExport && (
                  <Table.Th>
                    <Checkbox
                      aria-label={t('supporters.selectAll')}
                      checked={selected.length === list.data.items.length}
                      indeterminate={selected.length > 0 && selected.length < list.data.items.length}
                      onChange={(e) => setSelected(e.currentTarget.checked ? list.data!.items.map((x) => x.id) : [])}
                    />
                  </Table.Th>
                )}
                <Table.Th>{t('supporters.profile')}</Table.Th>
                {seesPersonal && <Table.Th>{t('supporters.name')}</Table.Th>}
                {seesPersonal && <Table.Th>{t('supporters.email')}</Table.Th>}
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('supporters.tags')}</Table.Th>
                <Table.Th>{t('supporters.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  {canExport && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('supporters.select', { who: s.personal?.email ?? s.id.slice(-6) })}
                        checked={selected.includes(s.id)}
                        onChange={(e) =>
                          setSelected((cur) =>
                            e.currentTarget.checked ? [...cur, s.id] : cur.filter((id) => id !== s.id),
                          )
                        }
                      />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={s.id}
                      aria-label={t('supporters.open', { who: s.personal?.email ?? s.id.slice(-6) })}
                    >
                      {t('supporters.openShort')}
                    </Anchor>
                  </Table.Td>
                  {seesPersonal && (
                    <Table.Td>
                      {[s.personal?.firstName, s.personal?.lastName].filter(Boolean).join(' ') || '—'}
                    </Table.Td>
                  )}
                  {seesPersonal && <Table.Td dir="ltr">{s.personal?.email ?? '—'}</Table.Td>}
                  <Table.Td>
                    <StatusBadge status={s.status} />
                  </Table.Td>
                  <Table.Td>{s.tags.join(', ')}</Table.Td>
                  <Table.Td>{formatDate(s.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}

function ImportCard({ onImported }: { onImported: () => void }) {
  const { t, formatNumber } = useI18n();
  const campaign = useCampaign();
  const [file, setFile] = useState<File | null>(null);
  const [basis, setBasis] = useState('');
  const [asserted, setAsserted] = useState(false);
  const [tags, setTags] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    setResult(null);
    const local: Record<string, string> = {};
    if (!file) local.file = t('supporters.importFile');
    if (!asserted) local.consentAsserted = t('supporters.importAssert');
    if (Object.keys(local).length) return setErrors(local);
    setBusy(true);
    try {
      const csv = await file!.text();
      const res = await must(
        api.POST('/campaigns/{campaignId}/supporters/import', {
          params: {
            path: { campaignId: campaign.id },
            query: { consentAsserted: 'true', consentBasis: basis, ...(tags.trim() ? { tags: tags.trim() } : {}) },
          },
          body: csv as never,
          bodySerializer: (b: unknown) => b as string,
          headers: { 'content-type': 'text/csv' },
        }),
      );
      setResult(res);
      onImported();
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) {
        const fe = err.fieldErrors();
        setErrors(Object.fromEntries(Object.entries(fe).map(([k, v]) => [k.replace(/^query\./, ''), v])));
      } else setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('supporters.import')}
          </Title>
          <Failure error={failure} />
          <FileInput
            label={t('supporters.importFile')}
            accept=".csv,text/csv"
            value={file}
            onChange={setFile}
            error={errors.file}
            data-testid="import-file"
          />
          <TextInput
            label={t('supporters.importBasis')}
            description={t('supporters.importBasisHelp')}
            required
            value={basis}
            error={errors.consentBasis}
            onChange={(e) => setBasis(e.currentTarget.value)}
          />
          <TextInput
            label={t('supporters.importTags')}
            value={tags}
            error={errors.tags}
            onChange={(e) => setTags(e.currentTarget.value)}
          />
          <Checkbox
            label={t('supporters.importAssert')}
            checked={asserted}
            error={errors.consentAsserted}
            onChange={(e) => setAsserted(e.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={busy}>
              {t('supporters.importSubmit')}
            </Button>
          </Group>
          {result && (
            <Stack gap="xs" data-testid="import-result">
              <Alert color={result.failed ? 'orange' : 'green'} role="status">
                {t('supporters.importResult', {
                  rows: formatNumber(result.rows),
                  created: formatNumber(result.created),
                  updated: formatNumber(result.updated),
                  failed: formatNumber(result.failed),
                })}
              </Alert>
              {result.errors.length > 0 && (
                <Table data-testid="import-errors">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('supporters.importRow')}</Table.Th>
                      <Table.Th>{t('supporters.importField')}</Table.Th>
                      <Table.Th>{t('supporters.importMessage')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.errors.map((e) => (
                      <Table.Tr key={`${e.row}-${e.field}`}>
                        <Table.Td>{e.row}</Table.Td>
                        <Table.Td dir="ltr">{e.field}</Table.Td>
                        <Table.Td>{e.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          )}
        </Stack>
      </form>
    </Card>
  );
}
