import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  List,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { QRCodeSVG } from 'qrcode.react';
import { type FormEvent, useState } from 'react';
import { ApiError, api, must } from '../api/client';
import { currentOrganizer, sessionEnded } from '../api/session';
import { useI18n } from '../i18n';
import { Failure, Loading, useLoad } from '../ui';

/** The organizer's own account: password, two-factor authentication, and where they are signed in. */
export default function Account() {
  const { t } = useI18n();
  const me = currentOrganizer();
  return (
    <Stack gap="xl">
      <Title order={1}>{t('account.title')}</Title>
      {me && (
        <Text dir="auto">
          {me.name} · <span dir="ltr">{me.email}</span>
        </Text>
      )}
      <ChangePassword />
      <TwoFactor />
      <Sessions />
    </Stack>
  );
}

function fieldErrorsOf(err: unknown): Record<string, string> {
  return err instanceof ApiError ? err.fieldErrors() : {};
}

function ChangePassword() {
  const { t } = useI18n();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [revoked, setRevoked] = useState<number | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    setRevoked(null);
    try {
      const done = await must(api.POST('/auth/password', { body: { currentPassword, newPassword } }));
      setRevoked(done.revokedSessions);
      setCurrent('');
      setNew('');
    } catch (err) {
      const fields = fieldErrorsOf(err);
      if (Object.keys(fields).length) setErrors(fields);
      else setFailure(err);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="account-password">
      <Stack maw={420}>
        <Title order={2} size="h3" id="account-password">
          {t('account.password')}
        </Title>
        {revoked !== null && (
          <Alert color="green" role="status">
            {t('account.passwordChanged', { count: revoked })}
          </Alert>
        )}
        <Failure error={failure} />
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          value={currentPassword}
          error={errors.currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('auth.newPassword')}
          description={t('auth.passwordRule')}
          autoComplete="new-password"
          required
          value={newPassword}
          error={errors.newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit">{t('account.changePassword')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function TwoFactor() {
  const { t, formatNumber } = useI18n();
  const status = useLoad(async () => must(api.GET('/auth/two-factor')), []);
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);

  const attempt = async (work: () => Promise<void>) => {
    setErrors({});
    setFailure(null);
    try {
      await work();
    } catch (err) {
      const fields = fieldErrorsOf(err);
      if (Object.keys(fields).length) setErrors(fields);
      else setFailure(err);
    }
  };
  const start = () => attempt(async () => setEnrolment(await must(api.POST('/auth/two-factor', { body: {} }))));
  const confirm = (e: FormEvent) => {
    e.preventDefault();
    return attempt(async () => {
      const done = await must(api.POST('/auth/two-factor/confirm', { body: { code: code.trim() } }));
      setRecoveryCodes(done.recoveryCodes);
      setEnrolment(null);
      setCode('');
      status.reload();
    });
  };
  const disable = (e: FormEvent) => {
    e.preventDefault();
    return attempt(async () => {
      await must(api.POST('/auth/two-factor/disable', { body: { password, code: code.trim() } }));
      setPassword('');
      setCode('');
      setRecoveryCodes(null);
      status.reload();
    });
  };

  return (
    <Stack maw={520}>
      <Title order={2} size="h3">
        {t('account.twoFactor')}
      </Title>
      <Failure error={failure ?? status.error} />
      {!status.data && !status.error && <Loading />}
      {recoveryCodes && (
        <Alert color="green" role="status">
          <Text fw={700}>{t('account.twoFactorOn')}</Text>
          <Text size="sm">{t('account.recoveryCodes')}</Text>
          <List dir="ltr" mt="xs" data-testid="recovery-codes">
            {recoveryCodes.map((c) => (
              <List.Item key={c}>
                <Code>{c}</Code>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {status.data && !status.data.enabled && !enrolment && (
        <>
          <Text size="sm">{t('account.twoFactorOff')}</Text>
          <Group>
            <Button onClick={() => void start()}>{t('account.twoFactorStart')}</Button>
          </Group>
        </>
      )}
      {enrolment && (
        <form onSubmit={confirm} noValidate>
          <Stack>
            <Text size="sm">{t('account.twoFactorScan')}</Text>
            <div style={{ background: 'white', padding: 8, width: 'fit-content' }}>
              <QRCodeSVG value={enrolment.otpauthUri} size={176} title={t('account.qrTitle')} />
            </div>
            <Text size="sm">
              {t('account.twoFactorSecret')}{' '}
              <Code dir="ltr" data-testid="totp-secret">
                {enrolment.secret}
              </Code>
            </Text>
            <TextInput
              label={t('account.twoFactorCode')}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              value={code}
              error={errors.code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit">{t('account.twoFactorConfirm')}</Button>
            </Group>
          </Stack>
        </form>
      )}
      {status.data?.enabled && (
        <>
          <Group gap="xs">
            <Badge color="green" c="dark.8" variant="light">
              {t('account.twoFactorOn')}
            </Badge>
            <Text size="sm">{t('account.recoveryLeft', { count: formatNumber(status.data.recoveryCodesLeft) })}</Text>
          </Group>
          <form onSubmit={disable} noValidate>
            <Stack>
              <Text size="sm">{t('account.twoFactorDisableHelp')}</Text>
              <PasswordInput
                label={t('signin.password')}
                autoComplete="current-password"
                required
                value={password}
                error={errors.password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <TextInput
                label={t('signin.totp')}
                autoComplete="one-time-code"
                required
                value={code}
                error={errors.code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" color="red.9" variant="outline">
                  {t('account.twoFactorDisable')}
                </Button>
              </Group>
            </Stack>
          </form>
        </>
      )}
    </Stack>
  );
}

function Sessions() {
  const { t, formatDate } = useI18n();
  const sessions = useLoad(async () => must(api.GET('/auth/sessions')), []);
  const [failure, setFailure] = useState<unknown>(null);

  async function revoke(id: string, current: boolean) {
    setFailure(null);
    try {
      await must(api.DELETE('/auth/sessions/{sessionId}', { params: { path: { sessionId: id } } }));
      if (current) sessionEnded();
      else sessions.reload();
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        {t('account.sessions')}
      </Title>
      <Text size="sm">{t('account.sessionsHelp')}</Text>
      <Failure error={failure ?? sessions.error} />
      {!sessions.data && !sessions.error && <Loading />}
      {sessions.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.device')}</Table.Th>
                <Table.Th>{t('account.signedIn')}</Table.Th>
                <Table.Th>{t('account.lastUsed')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    {s.device}{' '}
                    {s.current && (
                      <Badge size="sm" color="blue" c="dark.8" variant="light">
                        {t('account.thisDevice')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(s.createdAt)}</Table.Td>
                  <Table.Td>{s.lastUsedAt ? formatDate(s.lastUsedAt) : t('members.never')}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      color="red.9"
                      variant="outline"
                      onClick={() => void revoke(s.id, s.current)}
                    >
                      {s.current ? t('signout') : t('account.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
