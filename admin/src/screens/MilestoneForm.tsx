import { Card, Grid, Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign } from '../campaign';
import { LocaleSelect, SaveButton, SubmitOutcome, toLocalInput, useSubmit } from '../form';
import { type MessageKey, useI18n } from '../i18n';
import { MarkdownPreview } from '../markdown';
import type { Milestone } from './Milestones';

type Locale = 'en' | 'ar';
type CreateBody = paths['/campaigns/{campaignId}/milestones']['post']['requestBody']['content']['application/json'];
type UpdateBody =
  paths['/campaigns/{campaignId}/milestones/{milestoneId}']['patch']['requestBody']['content']['application/json'];

const KINDS: Milestone['kind'][] = ['win', 'action', 'escalation', 'setback', 'report'];

function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

/** Source links as typed: one per line, "URL title". */
function parseLinks(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [url, ...rest] = line.split(/\s+/);
      return rest.length ? { url, title: rest.join(' ') } : { url };
    });
}

export function MilestoneForm(props: { milestone: Milestone | null; title: string; onSaved: (m: Milestone) => void }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const m = props.milestone;
  const [kind, setKind] = useState<Milestone['kind']>(m?.kind ?? 'win');
  const [locale, setLocale] = useState<Locale>(
    (m?.locale as Locale) ?? (campaign.defaultLocale === 'ar' ? 'ar' : 'en'),
  );
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  const [title, setTitle] = useState(m?.title ?? '');
  const [description, setDescription] = useState(m?.description ?? '');
  const [trTitle, setTrTitle] = useState(m?.translations[other]?.title ?? '');
  const [trDescription, setTrDescription] = useState(m?.translations[other]?.description ?? '');
  const [precision, setPrecision] = useState<'day' | 'instant'>(m?.precision ?? 'day');
  const [day, setDay] = useState(m?.occurredOn ?? today(campaign.timeZone));
  const [instant, setInstant] = useState(toLocalInput(m?.occurredAt ?? null));
  const [links, setLinks] = useState(
    (m?.sourceLinks ?? []).map((l) => (l.title ? `${l.url} ${l.title}` : l.url)).join('\n'),
  );
  const submit = useSubmit();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const when =
      precision === 'day' ? { occurredOn: day } : { occurredAt: instant ? new Date(instant).toISOString() : '' };
    const translation = trTitle.trim() ? { [other]: { title: trTitle, description: trDescription } } : {};
    const common = { kind, title, description, locale, sourceLinks: parseLinks(links), ...when };
    void submit.run(async () => {
      if (!m) {
        const body: CreateBody = { ...common, translations: translation, notify: false };
        props.onSaved(
          await must(
            api.POST('/campaigns/{campaignId}/milestones', { params: { path: { campaignId: campaign.id } }, body }),
          ),
        );
        return;
      }
      // A translation emptied out is removed (null).
      const translations: UpdateBody['translations'] = trTitle.trim()
        ? translation
        : m.translations[other]
          ? { [other]: null }
          : {};
      const body: UpdateBody = { ...common, translations };
      props.onSaved(
        await must(
          api.PATCH('/campaigns/{campaignId}/milestones/{milestoneId}', {
            params: { path: { campaignId: campaign.id, milestoneId: m.id } },
            body,
          }),
        ),
      );
    });
  }

  const dirOf = (l: Locale) => (l === 'ar' ? 'rtl' : 'ltr');
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={1}>{props.title}</Title>
        <SubmitOutcome state={submit} />
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack>
              <Group grow align="start">
                <Select
                  label={t('milestones.fieldKind')}
                  allowDeselect={false}
                  value={kind}
                  error={submit.errorOf('kind')}
                  onChange={(v) => v && setKind(v as Milestone['kind'])}
                  data={KINDS.map((k) => ({ value: k, label: t(`milestones.kind.${k}` as MessageKey) }))}
                />
                <LocaleSelect
                  label={t('milestones.fieldLocale')}
                  value={locale}
                  error={submit.errorOf('locale')}
                  onChange={setLocale}
                />
              </Group>
              <TextInput
                label={t('milestones.fieldTitle')}
                required
                dir={dirOf(locale)}
                value={title}
                error={submit.errorOf('title')}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
              <Textarea
                label={t('milestones.fieldDescription')}
                autosize
                minRows={4}
                dir={dirOf(locale)}
                value={description}
                error={submit.errorOf('description')}
                onChange={(e) => setDescription(e.currentTarget.value)}
              />
              <SegmentedControl
                aria-label={t('milestones.precision')}
                value={precision}
                onChange={(v) => setPrecision(v as 'day' | 'instant')}
                data={[
                  { value: 'day', label: t('milestones.onDay') },
                  { value: 'instant', label: t('milestones.atTime') },
                ]}
                style={{ alignSelf: 'start' }}
              />
              {precision === 'day' ? (
                <TextInput
                  type="date"
                  label={t('milestones.fieldDay')}
                  description={t('milestones.fieldDayHelp', { zone: campaign.timeZone })}
                  value={day}
                  error={submit.errorOf('occurredOn')}
                  onChange={(e) => setDay(e.currentTarget.value)}
                />
              ) : (
                <TextInput
                  type="datetime-local"
                  label={t('milestones.fieldInstant')}
                  value={instant}
                  error={submit.errorOf('occurredAt') ?? submit.errorOf('occurredOn')}
                  onChange={(e) => setInstant(e.currentTarget.value)}
                />
              )}
              <Textarea
                label={t('milestones.fieldLinks')}
                description={t('milestones.fieldLinksHelp')}
                autosize
                minRows={2}
                dir="ltr"
                value={links}
                error={submit.errorOf('sourceLinks')}
                onChange={(e) => setLinks(e.currentTarget.value)}
              />
              <TextInput
                label={t('milestones.fieldTranslation', { language: t(`lang.${other}`) })}
                dir={dirOf(other)}
                value={trTitle}
                error={submit.errorOf(`translations.${other}`)}
                onChange={(e) => setTrTitle(e.currentTarget.value)}
              />
              <Textarea
                label={t('milestones.fieldTranslationText', { language: t(`lang.${other}`) })}
                autosize
                minRows={2}
                dir={dirOf(other)}
                value={trDescription}
                onChange={(e) => setTrDescription(e.currentTarget.value)}
              />
              <SaveButton busy={submit.busy} cancel label={t('milestones.saveAndPreview')} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder dir={dirOf(locale)} lang={locale}>
              <Text size="sm" c="dimmed" mb="xs">
                {t('statements.preview')}
              </Text>
              <Title order={2} size="h3">
                {title}
              </Title>
              <MarkdownPreview source={description} label={t('statements.preview')} />
            </Card>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
