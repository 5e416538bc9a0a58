import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { ApiError } from './api/client';
import { useI18n } from './i18n';
import { Failure } from './ui';

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
export function EmailPreview(props: { subject: string; html: string; audience: number; title: string }) {
  const { t, formatNumber } = useI18n();
  return (
    <Stack gap="xs" data-testid="alert-preview">
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
