import { Card, Grid, Group, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, must } from '../api/client';
import type { paths } from '../api/schema';
import { useCampaign } from '../campaign';
import { LocaleSelect, Loaded, useExisting, SaveButton, SubmitOutcome, useSubmit } from '../form';
import { useI18n } from '../i18n';
import { MarkdownPreview } from '../markdown';
import { STATEMENT, type Statement } from './Statements';

type Locale = 'en' | 'ar';
type Variant = { title: string; summary: string; body: string };
type CreateBody = paths['/campaigns/{campaignId}/statements']['post']['requestBody']['content']['application/json'];
type UpdateBody =
  paths['/campaigns/{campaignId}/statements/{statementId}']['patch']['requestBody']['content']['application/json'];

const LOCALES: Locale[] = ['en', 'ar'];
const empty: Variant = { title: '', summary: '', body: '' };
const isEmpty = (v: Variant) => !v.title.trim() && !v.summary.trim() && !v.body.trim();

export function StatementEditorScreen() {
  const { t } = useI18n();
  const campaign = useCampaign();
  const { statementId } = useParams();
  const existing = useExisting(
    statementId,
    (id) => must(api.GET(STATEMENT, { params: { path: { campaignId: campaign.id, statementId: id } } })),
    [campaign.id],
  );
  return (
    <Loaded state={existing}>
      {(statement) => (
        <StatementEditor
          key={statement?.id ?? 'new'}
          statement={statement}
          title={statementId ? t('statements.edit') : t('statements.new')}
        />
      )}
    </Loaded>
  );
}

function StatementEditor({ statement, title }: { statement: Statement | null; title: string }) {
  const { t } = useI18n();
  const campaign = useCampaign();
  const navigate = useNavigate();
  const initial = (l: Locale): Variant => {
    const v = statement?.variants.find((x) => x.locale === l);
    return v ? { title: v.title, summary: v.summary, body: v.body } : empty;
  };
  const [variants, setVariants] = useState<Record<Locale, Variant>>({ en: initial('en'), ar: initial('ar') });
  const [primary, setPrimary] = useState<Locale>(
    (statement?.primaryLocale as Locale) ?? (campaign.defaultLocale === 'ar' ? 'ar' : 'en'),
  );
  const [editing, setEditing] = useState<Locale>(primary);
  const [slug, setSlug] = useState(statement?.slug ?? '');
  const [note, setNote] = useState('');
  const submit = useSubmit();
  const v = variants[editing];
  const setField = (field: keyof Variant, value: string) =>
    setVariants((all) => ({ ...all, [editing]: { ...all[editing], [field]: value } }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const present = LOCALES.filter((l) => !isEmpty(variants[l]));
    const path = { campaignId: campaign.id };
    void submit.run(async () => {
      let saved: Statement;
      if (!statement) {
        const body: CreateBody = {
          slug,
          primaryLocale: primary,
          variants: Object.fromEntries(present.map((l) => [l, variants[l]])),
          ...(note ? { note } : {}),
        };
        saved = await must(api.POST('/campaigns/{campaignId}/statements', { params: { path }, body }));
      } else {
        const had = statement.variants.map((x) => x.locale as Locale);
        // Every language present is sent whole; one emptied out is removed (null).
        const changed: UpdateBody['variants'] = {};
        for (const l of LOCALES) {
          if (present.includes(l)) changed[l] = variants[l];
          else if (had.includes(l)) changed[l] = null;
        }
        const body: UpdateBody = {
          variants: changed,
          expectedRevision: statement.revision,
          ...(slug !== statement.slug ? { slug } : {}),
          ...(primary !== statement.primaryLocale ? { primaryLocale: primary } : {}),
          ...(note ? { note } : {}),
        };
        saved = await must(
          api.PATCH('/campaigns/{campaignId}/statements/{statementId}', {
            params: { path: { ...path, statementId: statement.id } },
            body,
          }),
        );
      }
      navigate(statement ? '..' : `../${saved.id}`, { relative: 'path' });
    });
  }

  const fieldError = (f: keyof Variant) =>
    submit.errorOf(`variants.${editing}.${f}`) ?? submit.errorOf(`variants.${editing}`);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={1}>{title}</Title>
        <SubmitOutcome state={submit} />
        {submit.errorOf('variants') && !submit.errorOf(`variants.${editing}`) && (
          <Text c="red.9" size="sm" role="alert">
            {submit.errorOf('variants')}
          </Text>
        )}
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack>
              <Group grow align="start">
                <TextInput
                  label={t('statements.slug')}
                  description={t('statements.slugHelp')}
                  required
                  dir="ltr"
                  value={slug}
                  error={submit.errorOf('slug')}
                  onChange={(e) => setSlug(e.currentTarget.value)}
                />
                <LocaleSelect
                  label={t('statements.primaryLocale')}
                  value={primary}
                  error={submit.errorOf('primaryLocale')}
                  onChange={setPrimary}
                />
              </Group>
              <SegmentedControl
                aria-label={t('statements.editLanguage')}
                value={editing}
                onChange={(l) => setEditing(l as Locale)}
                data={LOCALES.map((l) => ({
                  value: l,
                  label: `${t(`lang.${l}`)}${l === primary ? ` (${t('statements.primary')})` : ''}`,
                }))}
              />
              {editing !== primary && (
                <Text size="sm" c="dimmed">
                  {t('statements.translationHelp')}
                </Text>
              )}
              <TextInput
                label={t('statements.fieldTitle')}
                required={editing === primary}
                dir={editing === 'ar' ? 'rtl' : 'ltr'}
                value={v.title}
                error={fieldError('title')}
                onChange={(e) => setField('title', e.currentTarget.value)}
              />
              <Textarea
                label={t('statements.fieldSummary')}
                autosize
                minRows={2}
                dir={editing === 'ar' ? 'rtl' : 'ltr'}
                value={v.summary}
                error={submit.errorOf(`variants.${editing}.summary`)}
                onChange={(e) => setField('summary', e.currentTarget.value)}
              />
              <Textarea
                label={t('statements.fieldBody')}
                required={editing === primary}
                autosize
                minRows={10}
                dir={editing === 'ar' ? 'rtl' : 'ltr'}
                value={v.body}
                error={submit.errorOf(`variants.${editing}.body`)}
                onChange={(e) => setField('body', e.currentTarget.value)}
              />
              <TextInput
                label={t('statements.note')}
                description={t('statements.noteHelp')}
                value={note}
                error={submit.errorOf('note')}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <SaveButton busy={submit.busy} cancel />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Card withBorder dir={editing === 'ar' ? 'rtl' : 'ltr'} lang={editing}>
              <Text size="sm" c="dimmed" mb="xs">
                {t('statements.preview')}
              </Text>
              <Title order={2} size="h3">
                {v.title}
              </Title>
              {v.summary && (
                <Text fw={500} my="xs">
                  {v.summary}
                </Text>
              )}
              <MarkdownPreview source={v.body} label={t('statements.preview')} />
            </Card>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
