import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, download, must } from '../api/client';
import { useCampaign, useCan } from '../campaign';
import { useI18n } from '../i18n';
import { ScrollTable } from '../tables';
import { Failure, Loading, StatusBadge, useLoad } from '../ui';

/** Lists under `other` in the supporter export (signatures, RSVPs ...): one line per record, its date first. */
function historyLines(other: Record<string, unknown>): { kind: string; when: string | null; what: string }[] {
  const lines: { kind: string; when: string | null; what: string }[] = [];
  for (const [kind, value] of Object.entries(other)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (!item || typeof item !== 'object') continue;
      const rec = item as Record<string, unknown>;
      const when = [rec.createdAt, rec.signedAt, rec.at].find((v) => typeof v === 'string') as string | undefined;
      const what = ['petition', 'petitionTitle', 'event', 'eventTitle', 'title', 'status', 'action']
        .map((k) => rec[k])
        .filter((v) => typeof v === 'string' || typeof v === 'number')
        .join(' · ');
      lines.push({ kind, when: when ?? null, what });
    }
  }
  return lines.sort((a, b) => (b.when ?? '').localeCompare(a.when ?? ''));
}

/** One supporter: status and consent log, actions and emails, export and erasure (admins and owners). */
export default function SupporterProfile() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const isAdmin = useCan('admin');
  const isOrganizer = useCan('organizer');
  const { supporterId = '' } = useParams();
  const path = { campaignId: campaign.id, supporterId };
  const supporter = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/supporters/{supporterId}', { params: { path } })),
    [supporterId],
  );
  const history = useLoad(
    async () =>
      isAdmin ? must(api.GET('/campaigns/{campaignId}/supporters/{supporterId}/export', { params: { path } })) : null,
    [supporterId, isAdmin],
  );
  const emails = useLoad(
    async () =>
      isOrganizer
        ? must(
            api.GET('/campaigns/{campaignId}/mail/supporters/{supporterId}/messages', {
              params: { path, query: { limit: 50 } },
            }),
          )
        : null,
    [supporterId, isOrganizer],
  );
  const [failure, setFailure] = useState<unknown>(null);

  if (supporter.error) return <Failure error={supporter.error} />;
  const s = supporter.data;
  if (!s) return <Loading />;
  const name = [s.personal?.firstName, s.personal?.lastName].filter(Boolean).join(' ');
  return (
    <Stack>
      <Anchor component={Link} to={`/c/${campaign.id}/supporters`}>
        {t('common.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1}>{name || s.personal?.email || t('supporters.profile')}</Title>
          <Group gap="sm">
            <StatusBadge status={s.status} />
            {s.personal?.email && (
              <Text dir="ltr" size="sm">
                {s.personal.email}
              </Text>
            )}
          </Group>
        </Stack>
        {isAdmin && s.status !== 'erased' && (
          <Button
            variant="default"
            onClick={() =>
              void download(
                `/campaigns/${campaign.id}/supporters/${s.id}/export`,
                `${campaign.slug}-supporter-${s.id}.json`,
              ).catch(setFailure)
            }
          >
            {t('supporters.exportOne')}
          </Button>
        )}
      </Group>
      <Failure error={failure} />
      {!isAdmin && <Alert color="gray">{t('supporters.personalHidden')}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Text size="sm">{t('supporters.tagsLine', { tags: s.tags.join(', ') || '—' })}</Text>
          <Text size="sm">{t('supporters.sourceLine', { source: s.source ?? '—', ref: s.ref ?? '—' })}</Text>
          <Text size="sm">{t('supporters.sinceLine', { when: formatDate(s.createdAt as string) })}</Text>
          <Text size="sm">{t('supporters.confirmedLine', { when: formatDate(s.confirmedAt as string | null) })}</Text>
        </Card>
        <Card withBorder>
          <Group gap="xs">
            <Badge variant="light" c="dark.8" color={s.purposes.updates ? 'green' : 'gray'}>
              {t('supporters.purposeUpdates')}: {s.purposes.updates ? '✓' : '✗'}
            </Badge>
            <Badge variant="light" c="dark.8" color={s.purposes.digests ? 'green' : 'gray'}>
              {t('supporters.purposeDigests')}: {s.purposes.digests ? '✓' : '✗'}
            </Badge>
          </Group>
          <Text size="sm" mt="xs">
            {t('supporters.localeLine', { locale: s.locale, country: s.country ?? '—' })}
          </Text>
        </Card>
      </SimpleGrid>

      <Title order={2} size="h4">
        {t('supporters.consentLog')}
      </Title>
      {s.consentLog.length === 0 ? (
        <Text>{t('common.none')}</Text>
      ) : (
        <ScrollTable minWidth={520}>
          <Table striped data-testid="consent-log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('maillog.created')}</Table.Th>
                <Table.Th>{t('supporters.purpose')}</Table.Th>
                <Table.Th>{t('audit.action')}</Table.Th>
                <Table.Th>{t('supporters.consentSource')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.consentLog.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDate(c.createdAt as string)}</Table.Td>
                  <Table.Td>{c.purpose}</Table.Td>
                  <Table.Td>{c.action}</Table.Td>
                  <Table.Td dir="ltr">{c.source}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}

      {isAdmin && (
        <>
          <Title order={2} size="h4">
            {t('supporters.actions')}
          </Title>
          <Failure error={history.error} />
          {history.data && historyLines(history.data.other).length === 0 && <Text>{t('common.none')}</Text>}
          {history.data &&
            historyLines(history.data.other).map((l, i) => (
              <Text key={i} size="sm" data-testid="history-line">
                {formatDate(l.when)} · <b>{l.kind}</b> {l.what && `· ${l.what}`}
              </Text>
            ))}
        </>
      )}

      {isOrganizer && (
        <>
          <Title order={2} size="h4">
            {t('supporters.emails')}
          </Title>
          <Failure error={emails.error} />
          {emails.data && emails.data.items.length === 0 && <Text>{t('common.none')}</Text>}
          {emails.data && emails.data.items.length > 0 && (
            <ScrollTable minWidth={480}>
              <Table striped data-testid="supporter-emails">
                <Table.Tbody>
                  {emails.data.items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>{formatDate(m.createdAt as string)}</Table.Td>
                      <Table.Td dir="ltr">{m.template}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={m.state} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </>
      )}

      {isAdmin && s.status !== 'erased' && <Erase supporterId={s.id} onErased={supporter.reload} />}
    </Stack>
  );
}

/** Erasure cannot be undone: the button stays off until "erase" is typed (the API checks the same word). */
function Erase({ supporterId, onErased }: { supporterId: string; onErased: () => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function erase() {
    setBusy(true);
    setFailure(null);
    try {
      await must(
        api.POST('/campaigns/{campaignId}/supporters/{supporterId}/erase', {
          params: { path: { campaignId: campaign.id, supporterId } },
          body: { confirm: 'erase' },
        }),
      );
      onErased();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('supporters.erase')}
        </Title>
        <Text size="sm">{t('supporters.eraseHelp')}</Text>
        <TextInput
          label={t('supporters.eraseType')}
          dir="ltr"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
        />
        <Failure error={failure} />
        <Group>
          <Button color="red.9" disabled={typed.trim() !== 'erase'} loading={busy} onClick={() => void erase()}>
            {t('supporters.eraseSubmit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
