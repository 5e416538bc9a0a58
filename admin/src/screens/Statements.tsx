import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { atLeast, type Role, useCampaign, useCan } from '../campaign';
import {
  AlertPreview,
  DeleteButton,
  ScreenRoutes,
  ListState,
  ScreenTitle,
  SubmitOutcome,
  toLocalInput,
  useSubmit,
} from '../form';
import { type MessageKey, useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';
import { StatementEditorScreen } from './StatementEditor';
import { StatementHistory } from './StatementHistory';

export const STATEMENT = '/campaigns/{campaignId}/statements/{statementId}';

export type Statement =
  paths['/campaigns/{campaignId}/statements/{statementId}']['get']['responses'][200]['content']['application/json'];
type Status = Statement['status'];

export default function Statements() {
  return (
    <ScreenRoutes
      param="statementId"
      list={<StatementList />}
      form={<StatementEditorScreen />}
      detail={<StatementDetail />}
    />
  );
}

const statusColor: Record<Status, string> = {
  draft: 'gray',
  in_review: 'yellow',
  approved: 'teal',
  scheduled: 'blue',
  published: 'green',
  retracted: 'red',
};

export function StatementStatus({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColor[status]} c="dark.8" variant="light">
      {t(`statements.status.${status}` as MessageKey)}
    </Badge>
  );
}

type Summary =
  paths['/campaigns/{campaignId}/statements']['get']['responses'][200]['content']['application/json']['items'][number];

function useStatements(status: Status | null, enabled = true) {
  const campaign = useCampaign();
  return useLoad(
    async () =>
      enabled
        ? must(
            api.GET('/campaigns/{campaignId}/statements', {
              params: { path: { campaignId: campaign.id }, query: status ? { status } : {} },
            }),
          )
        : { items: [] },
    [campaign.id, status, enabled],
  );
}

function StatementList() {
  const { t } = useI18n();
  const canWrite = useCan('organizer');
  const reviews = useCan('admin');
  const [filter, setFilter] = useState<'all' | Status>('all');
  const list = useStatements(filter === 'all' ? null : filter);
  // Admins and owners approve: what waits for them comes first.
  const queue = useStatements('in_review', reviews);
  return (
    <Stack>
      <ScreenTitle title={t('nav.statements')} newLabel={canWrite && t('statements.new')} />
      {reviews && (
        <Card withBorder component="section" aria-label={t('statements.queue')} data-testid="review-queue">
          <Title order={2} size="h4" mb="xs">
            {t('statements.queue')}
          </Title>
          <Failure error={queue.error} />
          {queue.data && queue.data.items.length === 0 && <Text size="sm">{t('statements.queueEmpty')}</Text>}
          {queue.data && queue.data.items.length > 0 && <StatementTable items={queue.data.items} />}
        </Card>
      )}
      <Select
        label={t('statements.filter')}
        w={240}
        allowDeselect={false}
        value={filter}
        onChange={(v) => v && setFilter(v as typeof filter)}
        data={[
          { value: 'all', label: t('statements.all') },
          ...(['draft', 'in_review', 'approved', 'scheduled', 'published', 'retracted'] as const).map((st) => ({
            value: st,
            label: t(`statements.status.${st}`),
          })),
        ]}
      />
      <ListState state={list} />
      {list.data && list.data.items.length > 0 && <StatementTable items={list.data.items} testId="statements-table" />}
    </Stack>
  );
}

function StatementTable({ items, testId }: { items: Summary[]; testId?: string }) {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statements.statement')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('statements.languages')}</Table.Th>
            <Table.Th>{t('statements.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={s.id}>
                  {s.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatementStatus status={s.status} />
              </Table.Td>
              <Table.Td>{s.locales.map((l) => t(`lang.${l}` as MessageKey)).join(' · ')}</Table.Td>
              <Table.Td>{formatDate(s.updatedAt, campaign.timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type Action = 'submit' | 'return-to-draft' | 'approve' | 'publish' | 'unschedule';

/** The workflow buttons: who may press each (as the API checks) and from which states. */
const transitions: {
  action: Action;
  label: MessageKey;
  role: Role;
  from: Status[];
  color?: string;
  confirm?: MessageKey;
}[] = [
  { action: 'submit', label: 'statements.submit', role: 'organizer', from: ['draft'], color: 'blue' },
  { action: 'approve', label: 'statements.approve', role: 'admin', from: ['in_review'], color: 'teal.9' },
  { action: 'return-to-draft', label: 'statements.returnToDraft', role: 'organizer', from: ['in_review', 'approved'] },
  {
    action: 'publish',
    label: 'statements.publish',
    role: 'admin',
    from: ['draft', 'in_review', 'approved', 'scheduled'],
    color: 'green.9',
    confirm: 'statements.publishConfirm',
  },
  { action: 'unschedule', label: 'statements.unschedule', role: 'admin', from: ['scheduled'] },
];

function StatementDetail() {
  const { t, formatDate } = useI18n();
  const campaign = useCampaign();
  const { statementId = '' } = useParams();
  const canWrite = useCan('organizer');
  const isAdmin = useCan('admin');
  const path = { params: { path: { campaignId: campaign.id, statementId } } };
  const loaded = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/statements/{statementId}', path)),
    [campaign.id, statementId],
  );
  const [locale, setLocale] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  const submit = useSubmit();

  if (loaded.error) return <Failure error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  const s = loaded.data;
  const variant = s.variants.find((v) => v.locale === (locale ?? s.primaryLocale)) ?? s.variants[0];
  const publicUrl = `/c/${campaign.slug}/statements/${s.slug}${variant && variant.locale !== s.primaryLocale ? `?locale=${variant.locale}` : ''}`;

  const act = (action: Action) =>
    submit.run(async () => {
      const body = action === 'publish' ? { notify: true } : {};
      const url = `/campaigns/{campaignId}/statements/{statementId}/${action}` as const;
      loaded.setData((await must(api.POST(url, { ...path, body } as never))) as Statement);
    });

  const can = (status: Status[]) => status.includes(s.status);
  return (
    <Stack>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1}>{variant?.title ?? s.slug}</Title>
          <Group gap="xs">
            <StatementStatus status={s.status} />
            <Text size="sm" c="dimmed">
              {t('statements.revision', { number: s.revision })}
            </Text>
            {s.scheduledFor && s.status === 'scheduled' && (
              <Text size="sm">
                {t('statements.scheduledFor', {
                  when: formatDate(s.scheduledFor, s.scheduleTimeZone ?? campaign.timeZone),
                })}
              </Text>
            )}
            {s.publishedAt && (
              <Text size="sm">
                {t('statements.publishedAt', { when: formatDate(s.publishedAt, campaign.timeZone) })}
              </Text>
            )}
          </Group>
        </Stack>
        <Button variant="default" component={Link} to=".." relative="path">
          {t('common.back')}
        </Button>
      </Group>
      <SubmitOutcome state={submit} savedText={t('statements.done')} />
      <Group gap="xs" data-testid="statement-actions">
        {canWrite && s.status !== 'retracted' && (
          <Button variant="default" component={Link} to="edit">
            {t('common.edit')}
          </Button>
        )}
        {transitions
          .filter((tr) => atLeast(campaign.role, tr.role) && tr.from.includes(s.status))
          .map((tr) => (
            <Button
              key={tr.action}
              color={tr.color}
              variant={tr.color ? 'filled' : 'default'}
              loading={submit.busy}
              onClick={() => (!tr.confirm || window.confirm(t(tr.confirm))) && void act(tr.action)}
            >
              {t(tr.label)}
            </Button>
          ))}
        {canWrite && !s.publishedAt && can(['draft', 'in_review']) && (
          <DeleteButton of="statements" submit={submit} remove={() => must(api.DELETE(STATEMENT, path))} />
        )}
        {s.status === 'published' && (
          <Anchor href={publicUrl} target="_blank" rel="noopener">
            {t('statements.publicPage')}
          </Anchor>
        )}
      </Group>
      {isAdmin && can(['draft', 'in_review', 'approved', 'scheduled']) && (
        <ScheduleForm statement={s} onDone={loaded.setData} />
      )}
      {isAdmin && s.status === 'published' && <RetractForm statement={s} onDone={loaded.setData} />}
      {s.status === 'retracted' && s.retractionReason && (
        <Text c="red.9">{t('statements.retractedBecause', { reason: s.retractionReason })}</Text>
      )}
      {s.variants.length > 1 && (
        <SegmentedControl
          aria-label={t('statements.language')}
          value={variant?.locale ?? s.primaryLocale}
          onChange={setLocale}
          data={s.variants.map((v) => ({ value: v.locale, label: t(`lang.${v.locale}` as MessageKey) }))}
          style={{ alignSelf: 'start' }}
        />
      )}
      {variant && (
        <Card withBorder dir={variant.locale === 'ar' ? 'rtl' : 'ltr'} lang={variant.locale}>
          {variant.summary && (
            <Text fw={500} mb="sm">
              {variant.summary}
            </Text>
          )}
          {/* bodyHtml is the API's sanitized rendering (raw HTML off, links checked). */}
          <div data-testid="statement-body" dangerouslySetInnerHTML={{ __html: variant.bodyHtml }} />
        </Card>
      )}
      {canWrite && (
        <Group>
          <Button variant="default" onClick={() => setPreview((p) => !p)}>
            {preview ? t('statements.hideAlert') : t('statements.showAlert')}
          </Button>
        </Group>
      )}
      {canWrite && preview && <StatementAlertPreview statementId={s.id} locale={variant?.locale} />}
      {canWrite && <StatementHistory statement={s} />}
    </Stack>
  );
}

function StatementAlertPreview({ statementId, locale }: { statementId: string; locale?: string }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const query = locale ? { locale: locale as 'en' | 'ar' } : {};
  const params = { path: { campaignId: campaign.id, statementId }, query };
  return (
    <AlertPreview
      title={t('statements.alertPreview')}
      load={() => must(api.GET(`${STATEMENT}/alert-preview`, { params }))}
      deps={[campaign.id, statementId, locale]}
    />
  );
}

/** datetime-local value in the organizer's own clock, for a default an hour from now. */
const inAnHour = () => toLocalInput(new Date(Date.now() + 3_600_000).toISOString());

function ScheduleForm({ statement, onDone }: { statement: Statement; onDone: (s: Statement) => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const [when, setWhen] = useState(inAnHour);
  const [notify, setNotify] = useState(true);
  const submit = useSubmit();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const publishAt = when ? new Date(when).toISOString() : '';
        void submit.run(async () =>
          onDone(
            await must(
              api.POST('/campaigns/{campaignId}/statements/{statementId}/schedule', {
                params: { path: { campaignId: campaign.id, statementId: statement.id } },
                body: { publishAt, notify, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
              }),
            ),
          ),
        );
      }}
    >
      <Group align="end">
        <TextInput
          type="datetime-local"
          label={t('statements.scheduleAt')}
          description={t('statements.scheduleHelp')}
          value={when}
          error={submit.errorOf('publishAt')}
          onChange={(e) => setWhen(e.currentTarget.value)}
        />
        <Checkbox
          label={t('statements.notify')}
          checked={notify}
          onChange={(e) => setNotify(e.currentTarget.checked)}
          mb={8}
        />
        <Button type="submit" variant="default" loading={submit.busy}>
          {statement.status === 'scheduled' ? t('statements.reschedule') : t('statements.schedule')}
        </Button>
      </Group>
      {submit.failure !== null && <Failure error={submit.failure} />}
    </form>
  );
}

function RetractForm({ statement, onDone }: { statement: Statement; onDone: (s: Statement) => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run(async () =>
          onDone(
            await must(
              api.POST('/campaigns/{campaignId}/statements/{statementId}/retract', {
                params: { path: { campaignId: campaign.id, statementId: statement.id } },
                body: { reason },
              }),
            ),
          ),
        );
      }}
    >
      <Group align="end">
        <Textarea
          label={t('statements.retractReason')}
          description={t('statements.retractHelp')}
          autosize
          value={reason}
          error={submit.errorOf('reason')}
          onChange={(e) => setReason(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button type="submit" color="red.9" variant="outline" loading={submit.busy}>
          {t('statements.retract')}
        </Button>
      </Group>
      {submit.failure !== null && <Failure error={submit.failure} />}
    </form>
  );
}
