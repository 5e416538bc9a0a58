import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { LinkSignerService } from '../../src/infra/crypto/link-signer.service.js';
import { type DigestSchedule, nextPeriod } from '../../src/modules/digests/digest-period.js';
import { type TestApp, uniqueIp } from './app.js';
import { createStatement, createSupporters, DAY } from './factories.js';

export interface DigestSubscriber {
  id: string;
  email: string;
}

/**
 * A confirmed supporter who consented to digests (the import/confirmed-signup path of the
 * supporters service), with their digest preferences set through the public preferences link,
 * exactly as a supporter would set them.
 */
export async function subscriber(
  t: TestApp,
  campaignId: string,
  options: {
    frequency?: 'never' | 'daily' | 'weekly';
    hour?: number | null;
    timeZone?: string | null;
    country?: string;
    postalCode?: string;
    locale?: 'en' | 'ar';
    grants?: ('updates' | 'digests')[];
  } = {},
): Promise<DigestSubscriber> {
  const [row] = await createSupporters(t, campaignId, 1, {
    firstName: 'Rana',
    country: options.country,
    postalCode: options.postalCode,
    locale: options.locale,
    grants: options.grants ?? ['digests'],
    textVersion: 'v1',
  });
  const prefs: Record<string, unknown> = {};
  if (options.frequency) prefs.digestFrequency = options.frequency;
  if (options.hour !== undefined) prefs.digestHour = options.hour;
  if (options.timeZone !== undefined) prefs.timeZone = options.timeZone;
  if (Object.keys(prefs).length > 0) await setPreferences(t, row.id, prefs);
  return row;
}

/** Changes preferences through the signed link every email carries. */
export async function setPreferences(t: TestApp, supporterId: string, prefs: Record<string, unknown>): Promise<void> {
  const token = t.app.get(LinkSignerService).signFor('preferences', supporterId);
  const res = await t.http.request('POST', `/public/preferences?token=${encodeURIComponent(token)}`, {
    body: prefs,
    headers: { 'x-forwarded-for': uniqueIp() },
  });
  if (res.status !== 200) throw new Error(`preferences: ${res.status} ${res.text}`);
}

export function digestsOf(t: TestApp, supporterId: string) {
  return t.app.get(PrismaService).digest.findMany({ where: { supporterId }, orderBy: { id: 'asc' } });
}

/** The first due instant of a schedule after now. */
export function firstDue(schedule: Partial<DigestSchedule> & { timeZone: string }, from = new Date()): Date {
  return nextPeriod({ kind: 'daily', hour: 8, weekday: 1, ...schedule }, from).dueAt;
}

export const minutes = (n: number) => n * 60_000;
export const days = (n: number) => n * DAY;
export const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** "08:00" on the wall clock of `timeZone` at `instant`. */
export function localClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );
}

export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** Publishes a statement now (no alert), through the organizer API. */
export async function publishStatement(
  t: TestApp,
  token: string,
  campaignId: string,
  title: string,
  summary = '',
): Promise<void> {
  const created = await createStatement(t, token, campaignId, {
    variants: { en: { title, summary, body: `${title}. More to follow.` } },
  });
  const published = await t.http.post(
    `/campaigns/${campaignId}/statements/${created.id}/publish`,
    { notify: false },
    token,
  );
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${published.text}`);
}
