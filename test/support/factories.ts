import { randomBytes } from 'node:crypto';
import { startApp, type TestApp } from './app.js';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { AuthService } from '../../src/modules/auth/auth.service.js';
import { SupporterUpsertService } from '../../src/modules/supporters/supporter-upsert.service.js';

export const unique = (prefix = 'x'): string => `${prefix}-${randomBytes(5).toString('hex')}`;

export interface OrganizerFixture {
  id: string;
  email: string;
  password: string;
  token: string;
}

/** An organizer account created through the service (as `npm run admin:create` does), signed in over HTTP. */
export async function createOrganizer(
  t: TestApp,
  overrides: { email?: string; name?: string } = {},
): Promise<OrganizerFixture> {
  const email = overrides.email ?? `${unique('org')}@example.org`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const org = await t.app
    .get(AuthService)
    .createOrganizer({ email, name: overrides.name ?? 'Test Organizer', password });
  const login = await t.http.post('/auth/login', { email, password });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.text}`);
  return { id: org.id, email, password, token: login.body.token };
}

/** A member of the campaign with the given role (a new organizer account, added through the members API). */
export async function addMember(
  t: TestApp,
  owner: OrganizerFixture,
  campaignId: string,
  role: 'admin' | 'organizer' | 'viewer',
  overrides: { name?: string } = {},
): Promise<OrganizerFixture> {
  const member = await createOrganizer(t, overrides);
  const res = await t.http.post(`/campaigns/${campaignId}/members`, { email: member.email, role }, owner.token);
  if (res.status !== 201 || res.body.status !== 'added')
    throw new Error(`adding member failed: ${res.status} ${res.text}`);
  return member;
}

/** One member in each role below owner, for tests of who may do what. */
export interface CampaignTeam {
  admin: OrganizerFixture;
  organizer: OrganizerFixture;
  viewer: OrganizerFixture;
}

/** An admin, an organizer and a viewer of the campaign, each a new account added by the owner. */
export async function addTeam(t: TestApp, owner: OrganizerFixture, campaignId: string): Promise<CampaignTeam> {
  const admin = await addMember(t, owner, campaignId, 'admin');
  const organizer = await addMember(t, owner, campaignId, 'organizer');
  const viewer = await addMember(t, owner, campaignId, 'viewer');
  return { admin, organizer, viewer };
}

export async function createCampaign(
  t: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slug: string }> {
  const res = await t.http.post(
    '/campaigns',
    { slug: unique('camp'), name: 'Test campaign', timeZone: 'Europe/London', defaultLocale: 'en', ...overrides },
    token,
  );
  if (res.status !== 201) throw new Error(`campaign create failed: ${res.status} ${res.text}`);
  return res.body;
}

/** What most suites start with: the app, an organizer, and a campaign that organizer owns. */
export interface CampaignSuite {
  t: TestApp;
  prisma: PrismaService;
  owner: OrganizerFixture;
  campaign: { id: string; slug: string };
}

export async function startWithCampaign(
  options: Parameters<typeof startApp>[0] = {},
  campaign: Record<string, unknown> = {},
): Promise<CampaignSuite> {
  const t = await startApp(options);
  const owner = await createOrganizer(t);
  return { t, prisma: t.app.get(PrismaService), owner, campaign: await createCampaign(t, owner.token, campaign) };
}

/**
 * Accepts an invitation at `path` (the console's `/auth/invitations/accept` or the API's
 * `/invitations/accept`), after first trying a password that is too short: both answers come back,
 * so the test asserts the refusal and the acceptance.
 */
export async function acceptInvitation(
  t: TestApp,
  path: string,
  body: { token: string | undefined; name: string; password: string },
) {
  const weak = await t.http.post(path, { ...body, password: 'short' });
  const accepted = await t.http.post(path, body);
  return { weak, accepted };
}

export const DAY = 86_400_000;

/** An ISO instant `ms` from now (negative: in the past). */
export function isoIn(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}

/** An open petition, created through the organizer API. */
export async function createPetition(
  t: TestApp,
  token: string,
  campaignId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slug: string; [k: string]: any }> {
  return created(t, token, 'petition', `/campaigns/${campaignId}/petitions`, {
    slug: unique('pet'),
    title: 'End the contracts',
    body: 'We, the undersigned, ask **you** to act.',
    target: 'The CEO',
    status: 'open',
    ...overrides,
  });
}

/** A public event ten days from now, created through the organizer API. */
export async function createEvent(
  t: TestApp,
  token: string,
  campaignId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slug: string; [k: string]: any }> {
  return created(t, token, 'event', `/campaigns/${campaignId}/events`, {
    title: `Rally ${unique('ev')}`,
    description: 'Bring signs, water and friends.',
    startsAt: isoIn(10 * DAY),
    endsAt: isoIn(10 * DAY + 2 * 3600_000),
    timeZone: 'Europe/London',
    location: {
      name: 'Parliament Square',
      address: 'Parliament Sq',
      locality: 'London',
      postalCode: 'SW1P 3BD',
      country: 'GB',
      latitude: 51.500729,
      longitude: -0.124625,
    },
    ...overrides,
  });
}

/** A draft statement in English, created through the organizer API. */
export async function createStatement(
  t: TestApp,
  token: string,
  campaignId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slug: string; [k: string]: any }> {
  return created(t, token, 'statement', `/campaigns/${campaignId}/statements`, {
    slug: unique('st'),
    primaryLocale: 'en',
    variants: { en: { title: 'A win', summary: '', body: 'Text.' } },
    ...overrides,
  });
}

/** A draft broadcast (to the campaign's update subscribers), created through the organizer API. */
export async function createBroadcast(
  t: TestApp,
  token: string,
  campaignId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; [k: string]: any }> {
  const body = await created(t, token, 'broadcast', `/campaigns/${campaignId}/broadcasts`, {
    name: 'Update',
    subject: 'News',
    body: 'We won.',
    ...overrides,
  });
  return body.broadcast;
}

/** A broadcast created and started (its mails queued) through the organizer API; returns its id. */
export async function startBroadcast(
  t: TestApp,
  token: string,
  campaignId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const { id } = await createBroadcast(t, token, campaignId, overrides);
  const res = await t.http.post(`/campaigns/${campaignId}/broadcasts/${id}/start`, {}, token);
  if (res.status !== 200) throw new Error(`broadcast start failed: ${res.status} ${res.text}`);
  return id;
}

/** POSTs through the organizer API and returns the created resource, or throws with the answer. */
async function created(t: TestApp, token: string, what: string, path: string, body: Record<string, unknown>) {
  const res = await t.http.post(path, body, token);
  if (res.status !== 201) throw new Error(`${what} create failed: ${res.status} ${res.text}`);
  return res.body as { id: string; slug: string; [k: string]: any };
}

export interface SupporterFixture {
  id: string;
  email: string;
}

export interface SupporterOptions {
  locale?: 'en' | 'ar';
  firstName?: string;
  country?: string;
  postalCode?: string;
  tag?: string;
  grants?: ('updates' | 'digests')[];
  textVersion?: string | null;
}

/**
 * Confirmed supporters who consented to `grants` (updates by default), created through the
 * supporters service (the path a confirmed signup or an import takes), in transactions of 500.
 */
export async function createSupporters(
  t: TestApp,
  campaignId: string,
  count: number,
  options: SupporterOptions = {},
): Promise<SupporterFixture[]> {
  const prisma = t.app.get(PrismaService);
  const upserts = t.app.get(SupporterUpsertService);
  const out: SupporterFixture[] = [];
  const run = unique('s');
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => `${run}-${start + i}@example.org`);
    const rows = await prisma.$transaction(
      (tx) =>
        upserts.upsert(
          tx,
          batch.map((email) => ({
            campaignId,
            fields: {
              email,
              firstName: options.firstName,
              country: options.country,
              postalCode: options.postalCode,
              locale: options.locale,
              tags: options.tag ? [options.tag] : undefined,
            },
            defaultLocale: 'en',
            grants: options.grants ?? ['updates'],
            consent: { textVersion: options.textVersion ?? null, source: 'test', formId: null, ipHash: null },
          })),
          { confirmVia: 'test' },
        ),
      { timeout: 120_000 },
    );
    out.push(...rows.map((r, i) => ({ id: r.id, email: batch[i] })));
  }
  return out;
}
