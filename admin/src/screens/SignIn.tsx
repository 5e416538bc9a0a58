import { Alert, Anchor, Button, Group, PasswordInput, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { SignInError, signIn } from '../api/session';
import { useI18n } from '../i18n';
import { AuthCard } from './AuthCard';

/** A two-factor code field, shown once the API says the account has two-factor authentication on. */
export function TotpField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  return (
    <TextInput
      label={t('signin.totp')}
      description={t('signin.totpHelp')}
      autoComplete="one-time-code"
      required
      autoFocus
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** What a failed sign-in says, and whether it means "now ask for the code". */
export function signInFailure(
  err: unknown,
  totp: string | null,
  t: ReturnType<typeof useI18n>['t'],
): { askTotp: boolean; message: string | null } {
  if (err instanceof SignInError && err.needsTwoFactor)
    return totp === null ? { askTotp: true, message: null } : { askTotp: true, message: t('signin.totpRequired') };
  if (err instanceof SignInError && err.wrongTwoFactor) return { askTotp: true, message: t('signin.totpFailed') };
  if (err instanceof SignInError && err.status === 429) return { askTotp: false, message: t('signin.throttled') };
  return { askTotp: false, message: t('signin.failed') };
}

export function SignIn({ notice }: { notice?: string }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [throttled, setThrottled] = useState(false);
  const [linkSent, setLinkSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password, totp?.trim() || undefined);
    } catch (err) {
      const failure = signInFailure(err, totp, t);
      if (failure.askTotp && totp === null) setTotp('');
      setError(failure.message);
      setThrottled(err instanceof SignInError && err.status === 429);
    } finally {
      setBusy(false);
    }
  }

  /** A throttled account (someone guessing its password) still gets in through an emailed link. */
  async function emailLink() {
    await api.POST('/auth/sign-in-link', { body: { email } });
    setLinkSent(true);
  }

  return (
    <AuthCard title={t('signin.title')} onSubmit={submit}>
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {linkSent && (
        <Alert color="green" role="status">
          {t('signin.linkSent')}
        </Alert>
      )}
      <TextInput
        label={t('signin.email')}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('signin.password')}
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      {totp !== null && <TotpField value={totp} onChange={setTotp} />}
      <Button type="submit" loading={busy}>
        {t('signin.submit')}
      </Button>
      <Group justify="space-between">
        <Anchor component={Link} to="/password-reset/request" size="sm">
          {t('signin.forgot')}
        </Anchor>
        {throttled && !linkSent && email && (
          <Anchor component="button" type="button" size="sm" onClick={() => void emailLink()}>
            {t('signin.emailLink')}
          </Anchor>
        )}
      </Group>
    </AuthCard>
  );
}
