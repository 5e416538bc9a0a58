import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { SignInError, signIn } from '../api/session';
import { LanguageSwitch } from '../LanguageSwitch';
import { useI18n } from '../i18n';

export function SignIn() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Shown once the API says this account has two-factor authentication on.
  const [totp, setTotp] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password, totp?.trim() || undefined);
    } catch (err) {
      if (err instanceof SignInError && err.needsTwoFactor) {
        if (totp === null) setTotp('');
        else setError(t('signin.totpRequired'));
      } else if (err instanceof SignInError && err.wrongTwoFactor) setError(t('signin.totpFailed'));
      else setError(err instanceof SignInError && err.status === 429 ? t('signin.throttled') : t('signin.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group justify="space-between" align="start" wrap="nowrap">
              <Title order={1} size="h3">
                {t('signin.title')}
              </Title>
              <LanguageSwitch />
            </Group>
            {error && (
              <Alert color="red" role="alert">
                {error}
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
            {totp !== null && (
              <TextInput
                label={t('signin.totp')}
                description={t('signin.totpHelp')}
                autoComplete="one-time-code"
                inputMode="text"
                required
                autoFocus
                value={totp}
                onChange={(e) => setTotp(e.currentTarget.value)}
              />
            )}
            <Button type="submit" loading={busy}>
              {t('signin.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
