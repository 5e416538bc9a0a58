// Shared helpers of the retention e2e tests: signers and attendees through the public API.
import { type TestApp, uniqueIp } from './app.js';
import { rsvp } from './events.js';

/** Signs a petition from an address of its own and confirms from the emailed link (the `n`th such mail to them). */
export async function signAndConfirm(
  t: TestApp,
  campaignSlug: string,
  petitionSlug: string,
  body: Record<string, unknown>,
  n = 1,
): Promise<void> {
  const email = String(body.email);
  const res = await t.http.request('POST', `/public/campaigns/${campaignSlug}/petitions/${petitionSlug}/signatures`, {
    body,
    headers: { 'x-forwarded-for': uniqueIp() },
  });
  if (res.status !== 202) throw new Error(`signing failed: ${res.status} ${res.text}`);
  const mine = (all: typeof t.smtp.messages) =>
    all.filter((m) => m.envelopeTo.includes(email) && /signature/i.test(m.parsed.subject ?? ''));
  await t.smtp.waitFor((all) => mine(all).length >= n);
  const text = mine(t.smtp.messages)[n - 1].parsed.text ?? '';
  const token = /\/public\/signatures\/confirm\?token=([\w.-]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no confirmation link in: ${text}`);
  const confirmed = await t.http.request('POST', '/public/signatures/confirm', {
    body: { token },
    headers: { 'x-forwarded-for': uniqueIp() },
  });
  if (confirmed.status !== 200) throw new Error(`confirming failed: ${confirmed.status} ${confirmed.text}`);
}

/** An RSVP that must be accepted. */
export async function attend(t: TestApp, campaignSlug: string, eventSlug: string, body: Record<string, unknown>) {
  const res = await rsvp(t, campaignSlug, eventSlug, body);
  if (res.status >= 300) throw new Error(`RSVP failed: ${res.status} ${res.text}`);
}

/** A person of a test: distinctive values a dump scan can look for. */
export function person(marker: string, key: string, extra: Record<string, unknown> = {}) {
  return {
    email: `ret-${marker}-${key}@example.org`,
    firstName: `Zorblatt${marker}${key}`,
    lastName: `Quimbly${marker}${key}`,
    locale: 'en',
    ...extra,
  };
}
