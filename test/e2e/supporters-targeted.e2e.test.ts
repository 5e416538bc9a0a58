import { MailService } from '../../src/modules/mail/mail.service.js';
import { campaignUpdateTemplate } from '../../src/modules/mail/templates/campaign-update.template.js';
import { SupportersService } from '../../src/modules/supporters/supporters.service.js';
import { rsvp } from '../support/events.js';
import {
  addMember,
  createEvent,
  createPetition,
  startWithCampaign,
  unique,
  type CampaignSuite,
} from '../support/factories.js';
import {
  consent,
  CONFIRM_SUBJECT,
  signup,
  signupAndConfirm,
  signupForm,
  spreadIps,
  SUPPORTERS_TEST_ENV,
  waitForMail,
} from '../support/supporters.js';
import { waitUntil } from '../support/wait.js';

/**
 * Warnings before exposure (issue #17): a campaign lists the organizations it targets and their
 * email domains; a supporter typing an address there is warned before anything is stored, and mail
 * to such an address carries no tracking and a safety note. Also the Signal username contact.
 */
let s: CampaignSuite;
let supporters: SupportersService;

const ACK = { employerEmailAcknowledged: true };
const work = (tag = 'w') => `${unique(tag)}@mail.microsoft.com`;
const personal = (tag = 'p') => `${unique(tag)}@example.org`;

async function rowOf(email: string) {
  return s.prisma.supporter.findFirst({
    where: { campaignId: s.campaign.id, emailIndex: supporters.emailIndex(email) },
  });
}
const outbox = () => s.prisma.mailMessage.count({ where: { campaignId: s.campaign.id } });

function expectWarning(res: { status: number; body: any; headers: Headers }) {
  expect(res.status).toBe(422);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toMatchObject({
    type: 'urn:groundswell:problem:employer-email',
    errors: [{ path: 'email', code: 'employer-email' }],
    domain: expect.stringMatching(/^(microsoft|github)\.com$/),
    acknowledgeWith: 'employerEmailAcknowledged',
  });
}

beforeAll(async () => {
  s = await startWithCampaign({ env: { ...SUPPORTERS_TEST_ENV, SIGNUP_MAX_PER_IP_PER_HOUR: '1000' } });
  spreadIps(s.t);
  supporters = s.t.app.get(SupportersService);
  const res = await s.t.http.patch(
    `/campaigns/${s.campaign.id}`,
    {
      targetedOrganizations: [
        { name: 'Microsoft', domains: ['Microsoft.com', 'github.com', 'microsoft.com'] },
        { name: 'Café', domains: ['café.example'] },
      ],
      // Set before any mail goes out: the sender keeps what it knows of a campaign for a minute.
      mailSafetyNote: { en: 'Careful: your employer may read this mailbox.' },
    },
    s.owner.token,
  );
  expect(res.status).toBe(200);
});
afterAll(() => s.t.close());

describe('targeted organizations (organizer API)', () => {
  it('should keep the list canonical (lowercase, IDNA, deduplicated) and show it in the campaign JSON', async () => {
    const res = await s.t.http.get(`/campaigns/${s.campaign.id}`, s.owner.token);
    expect(res.body.targetedOrganizations).toEqual([
      { name: 'Microsoft', domains: ['microsoft.com', 'github.com'] },
      { name: 'Café', domains: ['xn--caf-dma.example'] },
    ]);
    expect(res.body.mailSafetyNote).toEqual({ en: 'Careful: your employer may read this mailbox.' });
  });

  it.each([
    ['*.microsoft.com', 'subdomains match already'],
    ['https://microsoft.com', 'must be a domain name'],
    ['someone@microsoft.com', 'must be a domain name'],
    ['localhost', 'must be a domain name'],
  ])('should refuse %s as a domain, naming the field', async (domain, message) => {
    const res = await s.t.http.patch(
      `/campaigns/${s.campaign.id}`,
      { targetedOrganizations: [{ name: 'X', domains: [domain] }] },
      s.owner.token,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ path: 'targetedOrganizations.0.domains.0', message: expect.stringContaining(message) }),
    ]);
  });

  it('should refuse more than 20 organizations, and let no organizer below admin change the list', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `O${i}`, domains: [`o${i}.example`] }));
    const res = await s.t.http.patch(`/campaigns/${s.campaign.id}`, { targetedOrganizations: many }, s.owner.token);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('targetedOrganizations');
    const organizer = await addMember(s.t, s.owner, s.campaign.id, 'organizer');
    const denied = await s.t.http.patch(`/campaigns/${s.campaign.id}`, { targetedOrganizations: [] }, organizer.token);
    expect(denied.status).toBe(403);
  });
});

describe('the warning before anything is stored (JSON API)', () => {
  it('should answer a signup on a targeted subdomain with 422 and store nothing, then store it when acknowledged', async () => {
    const email = work();
    const before = await outbox();
    const res = await signup(s.t, s.campaign.slug, { email, firstName: 'Rana', ...consent });
    expectWarning(res);
    expect(JSON.stringify(res.body)).not.toContain(email);
    expect(await rowOf(email)).toBeNull();
    expect(await outbox()).toBe(before);

    const again = await signup(s.t, s.campaign.slug, { email, firstName: 'Rana', ...consent, ...ACK });
    expect(again.status).toBe(202);
    expect(await rowOf(email)).toMatchObject({ status: 'pending' });
    await waitForMail(s.t, email, CONFIRM_SUBJECT);
  });

  it('should not warn for an address that only looks like a targeted domain', async () => {
    for (const email of [`${unique('n')}@notmicrosoft.com`, `${unique('n')}@microsoft.com.evil.example`]) {
      const res = await signup(s.t, s.campaign.slug, { email, ...consent });
      expect(res.status === 202 ? '' : res.text).toBe('');
    }
  });

  it('should warn before a petition signature, with no signature, supporter or outbox row, and sign when acknowledged', async () => {
    const petition = await createPetition(s.t, s.owner.token, s.campaign.id);
    const email = `${unique('sig')}@GitHub.com`;
    const path = `/public/campaigns/${s.campaign.slug}/petitions/${petition.slug}/signatures`;
    const before = await outbox();
    expectWarning(await s.t.http.post(path, { email, firstName: 'Omar' }));
    expect(await s.prisma.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(0);
    expect(await rowOf(email)).toBeNull();
    expect(await outbox()).toBe(before);

    const again = await s.t.http.post(path, { email, firstName: 'Omar', ...ACK });
    expect([again.status, again.text]).toEqual([202, expect.any(String)]);
    expect(await s.prisma.petitionSignature.count({ where: { petitionId: petition.id } })).toBe(1);
  });

  it('should warn before an RSVP, with no RSVP, supporter or outbox row, and RSVP when acknowledged', async () => {
    const event = await createEvent(s.t, s.owner.token, s.campaign.id);
    const email = work('rsvp');
    const before = await outbox();
    const res = await rsvp(s.t, s.campaign.slug, event.slug, { email, firstName: 'Lina' });
    expectWarning(res);
    expect(await s.prisma.eventRsvp.count({ where: { eventId: event.id } })).toBe(0);
    expect(await rowOf(email)).toBeNull();
    expect(await outbox()).toBe(before);

    const again = await rsvp(s.t, s.campaign.slug, event.slug, { email, firstName: 'Lina', ...ACK });
    expect(again.status).toBe(200);
    expect(await s.prisma.eventRsvp.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe('the warning as a re-rendered form (browsers without JavaScript)', () => {
  it('should show the form again with the address held by a "continue anyway" form, and the other values kept', async () => {
    const email = work('html');
    const res = await signupForm(
      s.t,
      s.campaign.slug,
      { email, firstName: 'Huda', locale: 'ar', consentUpdates: 'true', consentTextVersion: 'v1' },
      { headers: { accept: 'text/html' } },
    );
    expect(res.status).toBe(422);
    const page = res.text;
    expect(page).toContain('هل هذا بريد عملك؟');
    expect(page).toContain('microsoft.com');
    // The main form's email field is empty; the other values stay.
    expect(page).toMatch(/<input id="signup-email" name="email" type="email" value required/);
    expect(page).toContain('value="Huda"');
    expect(page).toContain('<input type="hidden" name="employerEmailAcknowledged" value="true"/>');
    expect(page).toContain(`<input type="hidden" name="email" value="${email}"/>`);
    expect(await rowOf(email)).toBeNull();
  });
  it("should keep an embedded form's warning inside the frame, posting back to the embed", async () => {
    const email = work('embed');
    const res = await s.t.http.request('POST', `/public/campaigns/${s.campaign.slug}/supporters?embed=1`, {
      form: { email, locale: 'en', consentUpdates: 'true', consentTextVersion: 'v1' },
      headers: { accept: 'text/html' },
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('Is this your work email?');
    expect(res.text).toMatch(/<body[^>]*class="embed"/);
    expect(res.text).toContain(`action="/public/campaigns/${s.campaign.slug}/supporters?embed=1"`);
    expect(await rowOf(email)).toBeNull();
  });
});

describe('mail to an address on a targeted domain', () => {
  it('should carry the safety note and no tracking, while a normal recipient gets the message unchanged', async () => {
    const targeted = work('mail');
    const normal = personal('mail');
    await signupAndConfirm(s.t, s.campaign.slug, { email: targeted, ...ACK });
    await signupAndConfirm(s.t, s.campaign.slug, { email: normal });
    const ids = [(await rowOf(targeted))!.id, (await rowOf(normal))!.id];
    const mail = s.t.app.get(MailService);
    const subject = `News ${unique('n')}`;
    await s.prisma.$transaction((tx) =>
      mail.enqueueMany(
        tx,
        ids.map((supporterId) => ({
          key: `targeted-test:${subject}:${supporterId}`,
          template: campaignUpdateTemplate,
          campaignId: s.campaign.id,
          category: 'campaign' as const,
          to: { supporterId },
          locale: 'en' as const,
          data: { subject, body: 'Read more: https://news.example/story?utm_source=gs&utm_medium=email&id=7' },
        })),
      ),
    );
    const toTargeted = await waitForMail(s.t, targeted, new RegExp(subject));
    const toNormal = await waitForMail(s.t, normal, new RegExp(subject));

    expect(toTargeted.parsed.text).toMatch(/^Careful: your employer may read this mailbox\./);
    expect(toTargeted.parsed.html).toContain('data-safety-note');
    expect(toTargeted.parsed.text).toContain('https://news.example/story?id=7');
    expect(toTargeted.raw).not.toMatch(/utm_/);
    expect(toTargeted.header('x-pm-trackopens')).toBe('false');
    expect(toTargeted.header('x-mailgun-track')).toBe('no');

    expect(toNormal.parsed.text).not.toContain('Careful');
    expect(toNormal.parsed.html).not.toContain('data-safety-note');
    expect(toNormal.parsed.text).toContain('utm_source=gs');
    expect(toNormal.header('x-pm-trackopens')).toBeUndefined();
  });

  it('should use the built-in note in Arabic when the campaign wrote none for that language', async () => {
    const email = work('ar');
    await signup(s.t, s.campaign.slug, { email, locale: 'ar', ...consent, ...ACK });
    const m = await waitForMail(s.t, email, CONFIRM_SUBJECT);
    expect(m.parsed.text).toMatch(/^ملاحظة لسلامتك/);
  });
});

describe('Signal username', () => {
  it('should refuse a malformed Signal username, naming the field', async () => {
    for (const bad of ['ab.01', 'name.00', '1name.01', 'name', 'name.0123456789']) {
      const res = await signup(s.t, s.campaign.slug, { email: personal(), signalUsername: bad, ...consent });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].path).toBe('signalUsername');
    }
  });

  it('should keep it encrypted, show it to admins and in exports, and erase it with the supporter', async () => {
    const email = personal('sig');
    const res = await signup(s.t, s.campaign.slug, { email, signalUsername: '@Nadia_K.42', ...consent });
    expect(res.status === 202 ? '' : res.text).toBe('');
    const row = (await rowOf(email))!;
    expect(row.signalUsernameEnc).toMatch(/^v1\./);
    const base = `/campaigns/${s.campaign.id}/supporters/${row.id}`;
    expect((await s.t.http.get(base, s.owner.token)).body.personal.signalUsername).toBe('nadia_k.42');
    expect((await s.t.http.get(`${base}/export`, s.owner.token)).body.supporter.signalUsername).toBe('nadia_k.42');
    const csv = await s.t.http.get(`/campaigns/${s.campaign.id}/supporters/export.csv`, s.owner.token);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('signal_username');
    expect(csv.text).toContain('nadia_k.42');
    expect((await s.t.http.post(`${base}/erase`, { confirm: 'erase' }, s.owner.token)).status).toBe(200);
    await waitUntil(async () => (await s.prisma.supporter.findUnique({ where: { id: row.id } }))?.status === 'erased', {
      what: 'the erasure',
    });
    expect((await s.prisma.supporter.findUnique({ where: { id: row.id } }))!.signalUsernameEnc).toBeNull();
  });
});
