import {
  Card,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign, useCan } from '../campaign';
import { CopyBlock, SaveButton, Section, SubmitOutcome, useSubmit } from '../form';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';
import { PrivacySettings } from './PrivacySettings';

type CampaignView = paths['/campaigns/{campaignId}']['get']['responses'][200]['content']['application/json'];
type CampaignPatch = NonNullable<
  paths['/campaigns/{campaignId}']['patch']['requestBody']
>['content']['application/json'];
type Digest = paths['/campaigns/{campaignId}/digests/settings']['get']['responses'][200]['content']['application/json'];

const ZONES = [...Intl.supportedValuesOf('timeZone'), 'UTC'];

export default function Settings() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const current = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}', { params: { path: { campaignId: campaign.id } } })),
    [campaign.id],
  );
  return (
    <Stack maw={900}>
      <Title order={1}>{t('settings.title')}</Title>
      <Failure error={current.error} />
      {!current.data && !current.error && <Loading />}
      {current.data && (
        <>
          <GeneralSettings value={current.data} onSaved={current.setData} />
          <EmbedSettings value={current.data} onSaved={current.setData} />
          <SupporterFormSettings />
          <DigestSettings />
          <SenderSettings value={current.data} onSaved={current.setData} />
          <PrivacySettings value={current.data} onSaved={current.setData} />
        </>
      )}
    </Stack>
  );
}

function usePatchCampaign(onSaved: (c: CampaignView) => void) {
  const campaign = useCampaign();
  const submit = useSubmit();
  const save = (body: CampaignPatch) =>
    submit.run(async () =>
      onSaved(
        await must(api.PATCH('/campaigns/{campaignId}', { params: { path: { campaignId: campaign.id } }, body })),
      ),
    );
  return { submit, save };
}

function GeneralSettings({ value, onSaved }: { value: CampaignView; onSaved: (c: CampaignView) => void }) {
  const { t } = useI18n();
  const canEdit = useCan('admin');
  const isOwner = useCan('owner');
  const [name, setName] = useState(value.name);
  const [summary, setSummary] = useState(value.summary);
  const [timeZone, setTimeZone] = useState(value.timeZone);
  const [defaultLocale, setDefaultLocale] = useState(value.defaultLocale);
  const [status, setStatus] = useState(value.status);
  const [startedOn, setStartedOn] = useState(value.startedOn?.slice(0, 10) ?? '');
  const [requireTwoFactor, setRequireTwoFactor] = useState(value.requireTwoFactor);
  const { submit, save } = usePatchCampaign(onSaved);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    // Only what changed: the API refuses an owner-only field from an admin even when unchanged.
    const body: CampaignPatch = {};
    if (name !== value.name) body.name = name;
    if (summary !== value.summary) body.summary = summary;
    if (timeZone !== value.timeZone) body.timeZone = timeZone;
    if (defaultLocale !== value.defaultLocale) body.defaultLocale = defaultLocale as 'en' | 'ar';
    if (status !== value.status && status !== 'archived') body.status = status;
    if (startedOn !== (value.startedOn?.slice(0, 10) ?? '')) body.startedOn = startedOn || null;
    if (requireTwoFactor !== value.requireTwoFactor) body.requireTwoFactor = requireTwoFactor;
    if (Object.keys(body).length === 0) return;
    void save(body);
  }

  const readOnly = !canEdit;
  return (
    <Section title={t('settings.general')} testId="settings-general">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SubmitOutcome state={submit} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('settings.name')}
              required
              readOnly={readOnly}
              value={name}
              error={submit.errorOf('name')}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Select
              label={t('settings.timeZone')}
              description={t('settings.timeZoneHelp')}
              searchable
              readOnly={readOnly}
              allowDeselect={false}
              value={timeZone}
              data={ZONES}
              error={submit.errorOf('timeZone')}
              onChange={(v) => v && setTimeZone(v)}
            />
            <Select
              label={t('settings.locale')}
              description={t('settings.localeHelp')}
              readOnly={readOnly}
              allowDeselect={false}
              value={defaultLocale}
              error={submit.errorOf('defaultLocale')}
              onChange={(v) => v && setDefaultLocale(v)}
              data={[
                { value: 'en', label: t('lang.en') },
                { value: 'ar', label: t('lang.ar') },
              ]}
            />
            <Select
              label={t('settings.status')}
              readOnly={readOnly || status === 'archived'}
              allowDeselect={false}
              value={status}
              error={submit.errorOf('status')}
              onChange={(v) => v && setStatus(v as CampaignView['status'])}
              data={(['active', 'paused', ...(status === 'archived' ? ['archived'] : [])] as const).map((s) => ({
                value: s,
                label: t(`settings.status.${s}` as MessageKey),
              }))}
            />
            <TextInput
              label={t('settings.startedOn')}
              description={t('settings.startedOnHelp')}
              type="date"
              readOnly={readOnly}
              value={startedOn}
              error={submit.errorOf('startedOn')}
              onChange={(e) => setStartedOn(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Textarea
            label={t('settings.summary')}
            autosize
            minRows={2}
            readOnly={readOnly}
            value={summary}
            error={submit.errorOf('summary')}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
          <Switch
            label={t('settings.requireTwoFactor')}
            description={t('settings.requireTwoFactorHelp')}
            checked={requireTwoFactor}
            disabled={!isOwner}
            error={submit.errorOf('requireTwoFactor')}
            onChange={(e) => setRequireTwoFactor(e.currentTarget.checked)}
          />
          <SaveButton show={canEdit} busy={submit.busy} />
        </Stack>
      </form>
    </Section>
  );
}

/** The name and Reply-To on the campaign's mail (the address itself stays the installation's). */
function SenderSettings({ value, onSaved }: { value: CampaignView; onSaved: (c: CampaignView) => void }) {
  const { t } = useI18n();
  const canEdit = useCan('admin');
  const [senderName, setSenderName] = useState(value.senderName ?? '');
  const [replyTo, setReplyTo] = useState(value.replyTo ?? '');
  const { submit, save } = usePatchCampaign((c) => {
    onSaved(c);
    setSenderName(c.senderName ?? '');
    setReplyTo(c.replyTo ?? '');
  });

  return (
    <Section title={t('settings.sender')} help={t('settings.senderHelp')} testId="settings-sender">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save({ senderName: senderName.trim() || null, replyTo: replyTo.trim() || null });
        }}
        noValidate
      >
        <Stack>
          <SubmitOutcome state={submit} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('settings.senderName')}
              description={t('settings.senderNameHelp')}
              maxLength={64}
              readOnly={!canEdit}
              value={senderName}
              error={submit.errorOf('senderName')}
              onChange={(e) => setSenderName(e.currentTarget.value)}
            />
            <TextInput
              label={t('settings.replyTo')}
              description={t('settings.replyToHelp')}
              dir="ltr"
              type="email"
              readOnly={!canEdit}
              value={replyTo}
              error={submit.errorOf('replyTo')}
              onChange={(e) => setReplyTo(e.currentTarget.value)}
            />
          </SimpleGrid>
          <SaveButton show={canEdit} busy={submit.busy} />
        </Stack>
      </form>
    </Section>
  );
}

function EmbedSettings({ value, onSaved }: { value: CampaignView; onSaved: (c: CampaignView) => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const canEdit = useCan('admin');
  const [origins, setOrigins] = useState<string[]>(value.embedOrigins);
  const snippets = useLoad(
    async () => must(api.GET('/campaigns/{campaignId}/embeds', { params: { path: { campaignId: campaign.id } } })),
    [campaign.id],
  );
  const { submit, save } = usePatchCampaign((c) => {
    onSaved(c);
    setOrigins(c.embedOrigins);
  });

  return (
    <Section title={t('settings.embeds')} help={t('settings.embedsHelp')} testId="settings-embeds">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save({ embedOrigins: origins });
        }}
        noValidate
      >
        <Stack>
          <SubmitOutcome state={submit} />
          <TagsInput
            label={t('settings.embedOrigins')}
            description={t('settings.embedOriginsHelp')}
            dir="ltr"
            readOnly={!canEdit}
            value={origins}
            onChange={setOrigins}
            splitChars={[',', ' ']}
            acceptValueOnBlur
            error={submit.errorOf('embedOrigins')}
          />
          <SaveButton show={canEdit} busy={submit.busy} label={t('settings.saveOrigins')} />
        </Stack>
      </form>
      <Failure error={snippets.error} />
      {snippets.data?.items.map((s) => (
        <Card key={`${s.kind}-${s.slug ?? ''}`} withBorder padding="sm">
          <Stack gap="xs">
            <Text fw={600}>
              {t(`settings.embedKind.${s.kind}` as MessageKey)}: {s.title}
            </Text>
            <CopyBlock label={t('settings.snippetScript')} value={s.script} />
            <CopyBlock label={t('settings.snippetIframe')} value={s.iframe} />
          </Stack>
        </Card>
      ))}
    </Section>
  );
}

function SupporterFormSettings() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const canEdit = useCan('admin');
  const path = { params: { path: { campaignId: campaign.id } } };
  const loaded = useLoad(async () => must(api.GET('/campaigns/{campaignId}/supporters/settings', path)), [campaign.id]);
  const submit = useSubmit();
  if (loaded.error) return <Failure error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  const data = loaded.data;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const url = (k: string) => String(form.get(k) ?? '').trim() || null;
    void submit.run(async () =>
      loaded.setData(
        await must(
          api.PATCH('/campaigns/{campaignId}/supporters/settings', {
            ...path,
            body: { thankYouUrl: url('thankYouUrl'), confirmedUrl: url('confirmedUrl') },
          }),
        ),
      ),
    );
  }

  return (
    <Section title={t('settings.forms')} help={t('settings.formsHelp')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SubmitOutcome state={submit} />
          <TextInput
            name="thankYouUrl"
            label={t('settings.thankYouUrl')}
            dir="ltr"
            type="url"
            readOnly={!canEdit}
            defaultValue={data.thankYouUrl ?? ''}
            error={submit.errorOf('thankYouUrl')}
          />
          <TextInput
            name="confirmedUrl"
            label={t('settings.confirmedUrl')}
            dir="ltr"
            type="url"
            readOnly={!canEdit}
            defaultValue={data.confirmedUrl ?? ''}
            error={submit.errorOf('confirmedUrl')}
          />
          <SaveButton show={canEdit} busy={submit.busy} />
        </Stack>
      </form>
    </Section>
  );
}

function DigestSettings() {
  const campaign = useCampaign();
  const path = { params: { path: { campaignId: campaign.id } } };
  const loaded = useLoad(async () => must(api.GET('/campaigns/{campaignId}/digests/settings', path)), [campaign.id]);
  if (loaded.error) return <Failure error={loaded.error} />;
  if (!loaded.data) return <Loading />;
  return <DigestForm value={loaded.data} onSaved={loaded.setData} />;
}

function DigestForm({ value, onSaved }: { value: Digest; onSaved: (d: Digest) => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const canEdit = useCan('admin');
  const [d, setD] = useState(value);
  const submit = useSubmit();
  const set = <K extends keyof Digest>(k: K, v: Digest[K]) => setD((prev) => ({ ...prev, [k]: v }));
  const days = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
    value: String(n),
    // 2024-01-01 was a Monday: ISO weekday n is 2024-01-n.
    label: new Intl.DateTimeFormat(t('manage.dateLocale'), { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, n)),
    ),
  }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const { enabled, defaultHour, weeklyDay, maxItemsPerSection, includeEvents, includePetitions } = d;
    void submit.run(async () =>
      onSaved(
        await must(
          api.PATCH('/campaigns/{campaignId}/digests/settings', {
            params: { path: { campaignId: campaign.id } },
            body: { enabled, defaultHour, weeklyDay, maxItemsPerSection, includeEvents, includePetitions },
          }),
        ),
      ),
    );
  }

  return (
    <Section title={t('settings.digests')} help={t('settings.digestsHelp', { zone: value.campaignTimeZone })}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <SubmitOutcome state={submit} />
          <Switch
            label={t('settings.digestEnabled')}
            checked={d.enabled}
            disabled={!canEdit}
            onChange={(e) => set('enabled', e.currentTarget.checked)}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('settings.digestHour')}
              min={0}
              max={23}
              readOnly={!canEdit}
              value={d.defaultHour}
              error={submit.errorOf('defaultHour')}
              onChange={(v) => set('defaultHour', Number(v))}
            />
            <Select
              label={t('settings.digestDay')}
              readOnly={!canEdit}
              allowDeselect={false}
              value={String(d.weeklyDay)}
              data={days}
              error={submit.errorOf('weeklyDay')}
              onChange={(v) => v && set('weeklyDay', Number(v))}
            />
            <NumberInput
              label={t('settings.digestItems')}
              min={1}
              max={20}
              readOnly={!canEdit}
              value={d.maxItemsPerSection}
              error={submit.errorOf('maxItemsPerSection')}
              onChange={(v) => set('maxItemsPerSection', Number(v))}
            />
          </SimpleGrid>
          <Switch
            label={t('settings.digestEvents')}
            checked={d.includeEvents}
            disabled={!canEdit}
            onChange={(e) => set('includeEvents', e.currentTarget.checked)}
          />
          <Switch
            label={t('settings.digestPetitions')}
            checked={d.includePetitions}
            disabled={!canEdit}
            onChange={(e) => set('includePetitions', e.currentTarget.checked)}
          />
          <SaveButton show={canEdit} busy={submit.busy} />
        </Stack>
      </form>
    </Section>
  );
}
