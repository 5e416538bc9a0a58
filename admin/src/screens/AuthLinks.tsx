import { Alert, Anchor, Button, PasswordInput, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, must } from '../api/client';
import { adoptSession, SignInError } from '../api/session';
import { useI18n } from '../i18n';
import { Failure, Loading } from '../ui';
import { AuthCard } from './AuthCard';
import { SignIn, signInFailure, TotpField } from './SignIn';

/**
 * The pages that emailed links open (invitation, password reset, sign-in link) and the request
 * for a reset link. Each posts the link's token once; the API decides whether it is still good.
 */

function useToken(): string {
  const [params] = useSearchParams();
  return params.get('token') ?? '';
}

/** Field errors of a 4xx, beside their fields; anything else as one message. */
function useFormErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  return {
    errors,
    failure,
    reset() {
      setErrors({});
      setFailure(null);
    },
    show(err: unknown) {
      const fields = err instanceof ApiError ? err.fieldErrors() : {};
      if (Object.keys(fields).length && !fields.token) setErrors(fields);
      else setFailure(err);
    },
  };
}

const BackToSignIn = () => {
  const { t } = useI18n();
  return (
    <Anchor component={Link} to="/" size="sm">
      {t('auth.backToSignIn')}
    </Anchor>
  );
};

/** /admin/invitations/accept?token=… for someone without an account: name and password, then in. */
export function AcceptInvitation() {
  const { t } = useI18n();
  const token = useToken();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [hasAccount, setHasAccount] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    form.reset();
    try {
      const accepted = await must(api.POST('/auth/invitations/accept', { body: { token, name, password } }));
      navigate(`/c/${accepted.campaignId}/overview`, { replace: true });
      adoptSession(accepted);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setHasAccount(true);
      else form.show(err);
    } finally {
      setBusy(false);
    }
  }

  // An account with the invited address exists: sign in here, then the signed-in page joins.
  if (hasAccount) return <SignIn notice={t('invitation.hasAccount')} />;
  return (
    <AuthCard title={t('invitation.title')} onSubmit={submit}>
      <Text size="sm">{t('invitation.intro')}</Text>
      <Failure error={form.failure} />
      <TextInput
        label={t('invitation.name')}
        autoComplete="name"
        required
        value={name}
        error={form.errors.name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <PasswordInput
        label={t('auth.newPassword')}
        description={t('auth.passwordRule')}
        autoComplete="new-password"
        required
        value={password}
        error={form.errors.password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      <Button type="submit" loading={busy}>
        {t('invitation.accept')}
      </Button>
      <BackToSignIn />
    </AuthCard>
  );
}

/** The same link opened while signed in: join with this account, then open the campaign. */
export function JoinInvitation() {
  const { t } = useI18n();
  const token = useToken();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<unknown>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    must(api.POST('/auth/invitations/join', { body: { token } })).then(
      (joined) => navigate(`/c/${joined.campaignId}/overview`, { replace: true }),
      setFailure,
    );
  }, [token, navigate]);
  if (!failure) return <Loading />;
  return (
    <AuthCard title={t('invitation.title')}>
      <Failure error={failure} />
      <Anchor component={Link} to="/">
        {t('invitation.toConsole')}
      </Anchor>
    </AuthCard>
  );
}

/** /admin/password-reset/request: email me a reset link (the answer never says whether an account exists). */
export function ForgotPassword() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    form.reset();
    try {
      await must(api.POST('/auth/password-reset/request', { body: { email } }));
      setSent(true);
    } catch (err) {
      form.show(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthCard title={t('reset.requestTitle')} onSubmit={submit}>
      {sent ? (
        <Alert color="green" role="status">
          {t('reset.sent')}
        </Alert>
      ) : (
        <>
          <Failure error={form.failure} />
          <TextInput
            label={t('signin.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            error={form.errors.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            {t('reset.send')}
          </Button>
        </>
      )}
      <BackToSignIn />
    </AuthCard>
  );
}

/** /admin/password-reset?token=…: a new password; every session of the account is signed out. */
export function ResetPassword() {
  const { t } = useI18n();
  const token = useToken();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    form.reset();
    try {
      await must(api.POST('/auth/password-reset/complete', { body: { token, password } }));
      setDone(true);
    } catch (err) {
      form.show(err);
    } finally {
      setBusy(false);
    }
  }

  if (done) return <SignIn notice={t('reset.done')} />;
  return (
    <AuthCard title={t('reset.title')} onSubmit={submit}>
      <Failure error={form.failure} />
      <PasswordInput
        label={t('auth.newPassword')}
        description={t('auth.passwordRule')}
        autoComplete="new-password"
        required
        value={password}
        error={form.errors.password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      <Button type="submit" loading={busy}>
        {t('reset.submit')}
      </Button>
      <BackToSignIn />
    </AuthCard>
  );
}

/** /admin/sign-in/link?token=…: the emailed link plus the password (and code) signs in past a throttle. */
export function SignInLink() {
  const { t } = useI18n();
  const token = useToken();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFailure(null);
    const res = await api.POST('/auth/session/link', {
      body: { token, password, ...(totp?.trim() ? { totp: totp.trim() } : {}) },
    });
    setBusy(false);
    if (res.data) {
      navigate('/', { replace: true });
      adoptSession(res.data);
      return;
    }
    if (res.response.status === 400) return setFailure(new ApiError(400, res.error ?? null));
    const failed = signInFailure(new SignInError(res.response.status, res.error ?? null), totp, t);
    if (failed.askTotp && totp === null) setTotp('');
    setError(failed.message);
  }

  return (
    <AuthCard title={t('signinLink.title')} onSubmit={submit}>
      <Failure error={failure} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
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
      <BackToSignIn />
    </AuthCard>
  );
}
