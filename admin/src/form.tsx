import { Alert, Button, Card, Code, CopyButton, Group, Select, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useCallback, useState } from 'react';
import { Link, Route, Routes, useNavigate } from 'react-router';
import { ApiError } from './api/client';
import { useI18n } from './i18n';
import { SenderLine } from './mailPreview';
import { Failure, Loading, useLoad } from './ui';

/**
 * Runs a write against the API and keeps what the form shows afterwards: the problem+json field
 * errors (each shown beside its field by the caller), any other failure (shown as an alert), a
 * busy flag for the button and a "saved" flag for a confirmation.
 */
export function useSubmit() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setErrors({});
    setFailure(null);
    setSaved(false);
    try {
      await action();
      setSaved(true);
      return true;
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors()).length) setErrors(err.fieldErrors());
      else setFailure(err);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  /** The message for a field, or for any of its items (`embedOrigins.2` shows under `embedOrigins`). */
  const errorOf = useCallback(
    (field: string) =>
      errors[field] ??
      (Object.entries(errors)
        .filter(([k]) => k.startsWith(`${field}.`))
        .map(([k, v]) => `${k.slice(field.length + 1)}: ${v}`)
        .join('; ') ||
        undefined),
    [errors],
  );
  return { errors, errorOf, failure, busy, saved, run, setSaved };
}

/** The outcome of a `useSubmit` form: a failure alert, or the saved confirmation. */
export function SubmitOutcome({ state, savedText }: { state: ReturnType<typeof useSubmit>; savedText?: string }) {
  const { t } = useI18n();
  if (state.failure) return <Failure error={state.failure} />;
  if (Object.keys(state.errors).length)
    return (
      <Alert color="red" role="alert">
        {t('manage.fixFields')}
      </Alert>
    );
  if (state.saved)
    return (
      <Alert color="green" role="status">
        {savedText ?? t('common.saved')}
      </Alert>
    );
  return null;
}

/** A value to paste elsewhere (an embed snippet, a secret), with a copy button. */
export function CopyBlock({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              size="compact-sm"
              variant={copied ? 'filled' : 'default'}
              onClick={copy}
              aria-label={`${t('manage.copy')}: ${label}`}
            >
              {copied ? t('manage.copied') : t('manage.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block dir="ltr" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {value}
      </Code>
    </Stack>
  );
}

/** An email preview (subject, audience and the HTML in a sandboxed frame: no script, no same origin). */
export function EmailPreview(props: {
  subject: string;
  html: string;
  audience: number;
  title: string;
  from?: string;
  replyTo?: string | null;
}) {
  const { t, formatNumber } = useI18n();
  return (
    <Stack gap="xs" data-testid="alert-preview">
      <SenderLine from={props.from} replyTo={props.replyTo} />
      <Text size="sm">
        {t('manage.previewSubject')}: <strong>{props.subject}</strong>
      </Text>
      <Text size="sm">{t('manage.previewAudience', { count: formatNumber(props.audience) })}</Text>
      <iframe
        title={props.title}
        sandbox=""
        srcDoc={props.html}
        style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-gray-4)', background: '#fff' }}
      />
    </Stack>
  );
}

/** datetime-local value (the organizer's own clock) of an instant, or ''. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A screen's h1, with the link to its "new" form when the role may create. */
export function ScreenTitle({ title, newLabel }: { title: string; newLabel?: string | false }) {
  return (
    <Group justify="space-between">
      <Title order={1}>{title}</Title>
      {newLabel && (
        <Button component={Link} to="new">
          {newLabel}
        </Button>
      )}
    </Group>
  );
}

/** What a loaded value shows: its failure, a loader, or `children` with the data. */
export function Loaded<T>(props: { state: { data: T | undefined; error: unknown }; children: (data: T) => ReactNode }) {
  if (props.state.error) return <Failure error={props.state.error} />;
  if (props.state.data === undefined) return <Loading />;
  return <>{props.children(props.state.data)}</>;
}

/** A list's states: failure, loading, or "nothing here yet"; null once there are items to show. */
export function ListState({
  state,
  empty,
}: {
  state: { data?: { items: unknown[] }; error: unknown };
  empty?: string;
}) {
  const { t } = useI18n();
  if (state.error) return <Failure error={state.error} />;
  if (!state.data) return <Loading />;
  if (state.data.items.length === 0) return <Text>{empty ?? t('common.none')}</Text>;
  return null;
}

/** Deletes the item a detail screen shows, after confirmation, then goes back to its list. */
export function DeleteButton(props: {
  of: 'statements' | 'milestones' | 'webhooks';
  submit: ReturnType<typeof useSubmit>;
  remove: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const remove = () =>
    props.submit.run(async () => {
      await props.remove();
      navigate('..', { relative: 'path' });
    });
  return (
    <Button
      variant="outline"
      color="red.9"
      onClick={() => window.confirm(t(`${props.of}.deleteConfirm`)) && void remove()}
    >
      {t(`${props.of}.delete`)}
    </Button>
  );
}

/** The content language of a form (English or Arabic). */
export function LocaleSelect(props: {
  label: string;
  value: string;
  onChange: (locale: 'en' | 'ar') => void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <Select
      label={props.label}
      allowDeselect={false}
      value={props.value}
      error={props.error}
      onChange={(v) => v && props.onChange(v as 'en' | 'ar')}
      data={(['en', 'ar'] as const).map((l) => ({ value: l, label: t(`lang.${l}`) }))}
    />
  );
}

/** The submit button of a form, shown only to a role that may save it. */
export function SaveButton(props: { show?: boolean; busy: boolean; label?: string; cancel?: boolean }) {
  const { t } = useI18n();
  if (props.show === false) return null;
  return (
    <Group>
      <Button type="submit" loading={props.busy}>
        {props.label ?? t('common.save')}
      </Button>
      {props.cancel && (
        <Button variant="default" component={Link} to=".." relative="path">
          {t('common.cancel')}
        </Button>
      )}
    </Group>
  );
}

/** The alert email of a statement or milestone, loaded by `load` (re-run when `deps` change). */
export function AlertPreview(props: {
  title: string;
  load: () => Promise<{ subject: string; html: string; audience: number }>;
  deps: unknown[];
}) {
  const state = useLoad(props.load, props.deps);
  return <Loaded state={state}>{(d) => <EmailPreview title={props.title} {...d} />}</Loaded>;
}

/** The routes of a list screen: the list, a "new" form, an item and its edit form (`:<param>`). */
export function ScreenRoutes(props: { param: string; list: ReactNode; form: ReactNode; detail: ReactNode }) {
  return (
    <Routes>
      <Route index element={props.list} />
      <Route path="new" element={props.form} />
      <Route path={`:${props.param}`} element={props.detail} />
      <Route path={`:${props.param}/edit`} element={props.form} />
    </Routes>
  );
}

/** Loads the item a form edits (by the route's id), or null for a new one. */
export function useExisting<T>(id: string | undefined, load: (id: string) => Promise<T>, deps: unknown[]) {
  return useLoad(async () => (id ? load(id) : null), [id, ...deps]);
}

/** One titled block of the settings page. */
export function Section(props: { title: string; help?: string; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder component="section" aria-label={props.title} data-testid={props.testId}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {props.title}
        </Title>
        {props.help && (
          <Text size="sm" c="dimmed">
            {props.help}
          </Text>
        )}
        {props.children}
      </Stack>
    </Card>
  );
}
