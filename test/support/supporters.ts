import { type TestApp, uniqueIp } from './app.js';
import type { ReceivedMessage } from './smtp-sink.js';

/** Env for supporter tests: client IPs come from X-Forwarded-For, so each test "person" has their own. */
export const SUPPORTERS_TEST_ENV = { TRUST_PROXY: 'true', RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' };

/**
 * Every request of this client comes from a different address (through X-Forwarded-For, with
 * TRUST_PROXY on), as many different supporters would: per-IP limits then apply per person.
 */
export function spreadIps(t: TestApp): void {
  const request = t.http.request.bind(t.http);
  t.http.request = (method, path, options = {}) =>
    request(method, path, { ...options, headers: { 'x-forwarded-for': uniqueIp(), ...options.headers } });
}

export function signup(
  t: TestApp,
  slug: string,
  body: Record<string, unknown>,
  options: { ip?: string; headers?: Record<string, string> } = {},
) {
  return t.http.request('POST', `/public/campaigns/${slug}/supporters`, {
    body,
    headers: { 'x-forwarded-for': options.ip ?? uniqueIp(), ...options.headers },
  });
}

export function signupForm(
  t: TestApp,
  slug: string,
  form: Record<string, string>,
  options: { ip?: string; headers?: Record<string, string> } = {},
) {
  return t.http.request('POST', `/public/campaigns/${slug}/supporters`, {
    form,
    headers: { 'x-forwarded-for': options.ip ?? uniqueIp(), ...options.headers },
  });
}

/** The confirmation email's subject in every locale. */
export const CONFIRM_SUBJECT = /confirm|تأكيد/i;

export const consent = { consentUpdates: true, consentTextVersion: 'updates-v3' };

/** Messages to an address whose subject matches. */
export function mailsTo(t: TestApp, email: string, subject: RegExp = /./): ReceivedMessage[] {
  return t.smtp.messages.filter(
    (m) => m.envelopeTo.includes(email.toLowerCase()) && subject.test(m.parsed.subject ?? ''),
  );
}

export async function waitForMail(
  t: TestApp,
  email: string,
  subject: RegExp,
  count = 1,
  timeoutMs = 15_000,
): Promise<ReceivedMessage> {
  await t.smtp.waitFor(() => mailsTo(t, email, subject).length >= count, timeoutMs);
  const all = mailsTo(t, email, subject);
  return all[all.length - 1];
}

/** The path and query of the first link to `path` in a message's text part. */
export function linkIn(message: ReceivedMessage, path: string): string {
  const text = message.parsed.text ?? '';
  const match = new RegExp(`https?://[^\\s/]+(${path.replace(/\//g, '\\/')}\\?token=[\\w.-]+)`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
}

/** Signs up and confirms through the emailed link; returns the confirm path. */
export async function signupAndConfirm(t: TestApp, slug: string, body: Record<string, unknown>): Promise<string> {
  const before = mailsTo(t, body.email as string, CONFIRM_SUBJECT).length;
  const res = await signup(t, slug, { ...consent, ...body });
  if (res.status !== 202) throw new Error(`signup failed: ${res.status} ${res.text}`);
  const mail = await waitForMail(t, body.email as string, CONFIRM_SUBJECT, before + 1);
  const path = linkIn(mail, '/public/confirm');
  const confirmed = await t.http.post(path, {});
  if (confirmed.status !== 200) throw new Error(`confirm failed: ${confirmed.status} ${confirmed.text}`);
  return path;
}
