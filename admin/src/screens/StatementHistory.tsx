import { Box, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api, must } from '../api/client';
import { useCampaign } from '../campaign';
import { useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';
import type { Statement } from './Statements';

/** Revision history of a statement, and the unified diff between any two revisions. */
export function StatementHistory({ statement }: { statement: Statement }) {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const path = { campaignId: campaign.id, statementId: statement.id };
  const revisions = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/statements/{statementId}/revisions', { params: { path } })),
    [campaign.id, statement.id, statement.revision],
  );
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const latest = statement.revision;
  const from = range?.from ?? Math.max(1, latest - 1);
  const to = range?.to ?? latest;

  if (revisions.error) return <Failure error={revisions.error} />;
  if (!revisions.data) return <Loading />;
  const options = revisions.data.items.map((r) => ({
    value: String(r.number),
    label: t('statements.revision', { number: r.number }),
  }));
  return (
    <Stack component="section" aria-label={t('statements.history')}>
      <Title order={2} size="h3">
        {t('statements.history')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table striped data-testid="revisions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('statements.when')}</Table.Th>
              <Table.Th>{t('statements.changed')}</Table.Th>
              <Table.Th>{t('statements.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {revisions.data.items.map((r) => (
              <Table.Tr key={r.number}>
                <Table.Td>{r.number}</Table.Td>
                <Table.Td>{formatDate(r.createdAt, campaign.timeZone)}</Table.Td>
                <Table.Td dir="ltr">{r.changedFields.join(', ') || '—'}</Table.Td>
                <Table.Td>{r.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {latest > 1 && (
        <>
          <Group>
            <Select
              label={t('statements.diffFrom')}
              allowDeselect={false}
              value={String(from)}
              data={options}
              onChange={(v) => v && setRange({ from: Number(v), to })}
              w={160}
            />
            <Select
              label={t('statements.diffTo')}
              allowDeselect={false}
              value={String(to)}
              data={options}
              onChange={(v) => v && setRange({ from, to: Number(v) })}
              w={160}
            />
          </Group>
          <RevisionDiff statementId={statement.id} from={from} to={to} />
        </>
      )}
    </Stack>
  );
}

function RevisionDiff({ statementId, from, to }: { statementId: string; from: number; to: number }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const { data, error } = useLoad(
    async () =>
      must(
        api.GET('/campaigns/{campaignId}/statements/{statementId}/diff', {
          params: { path: { campaignId: campaign.id, statementId }, query: { from, to } },
        }),
      ),
    [campaign.id, statementId, from, to],
  );
  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  if (data.changes.length === 0) return <Text>{t('statements.noChanges')}</Text>;
  return (
    <Stack data-testid="diff">
      {data.changes.map((c) => (
        <Card key={c.field} withBorder padding="xs">
          <Text fw={600} dir="ltr" mb={4}>
            {c.field}
          </Text>
          <Box component="pre" dir="ltr" m={0} style={{ whiteSpace: 'pre-wrap', fontSize: 13, overflowX: 'auto' }}>
            {c.patch
              .split('\n')
              .filter((line) => !/^(===|---|\+\+\+|Index:)/.test(line))
              .map((line, i) => (
                <DiffLine key={i} line={line} />
              ))}
          </Box>
        </Card>
      ))}
    </Stack>
  );
}

/** One line of a unified diff: additions green, removals red, with a text marker for colour-blind readers. */
function DiffLine({ line }: { line: string }) {
  const kind = line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : line.startsWith('@@') ? 'hunk' : 'same';
  const style = {
    add: { background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-dark-9)' },
    del: { background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-dark-9)' },
    hunk: { color: 'var(--mantine-color-gray-7)' },
    same: {},
  }[kind];
  const Tag = kind === 'add' ? 'ins' : kind === 'del' ? 'del' : 'span';
  return (
    <Tag data-diff={kind} style={{ display: 'block', textDecoration: 'none', ...style }}>
      {line || ' '}
    </Tag>
  );
}
