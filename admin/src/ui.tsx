import { Alert, Badge, Center, Loader, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api/client';
import { useI18n } from './i18n';
import type { MessageKey } from './i18n/messages';

/** Loads data for a screen, with reload; errors are kept for <Failure>. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    run().then(
      (d) => live && (setData(d), setError(null)),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [run, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload, setData };
}

export function Loading() {
  const { t } = useI18n();
  return (
    <Center p="xl" role="status">
      <Loader />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}

export function Failure({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" role="alert" title={t('common.error', { message })}>
      {error instanceof ApiError &&
        Object.entries(error.fieldErrors()).map(([k, v]) => (
          <div key={k}>
            {k}: {v}
          </div>
        ))}
    </Alert>
  );
}

const statusColor: Record<string, string> = {
  draft: 'gray',
  open: 'green',
  closed: 'orange',
  delivered: 'blue',
  running: 'blue',
  paused: 'yellow',
  completed: 'green',
  cancelled: 'red',
  confirmed: 'green',
  pending: 'yellow',
  erased: 'gray',
  waitlisted: 'yellow',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const key = `status.${status}` as MessageKey;
  const color = statusColor[status] ?? 'gray';
  // Light badges get near-black text: Mantine's tinted text is below AA contrast on the tint (axe).
  return (
    <Badge color={color} c="dark.8" variant="light">
      {t(key) ?? status}
    </Badge>
  );
}
