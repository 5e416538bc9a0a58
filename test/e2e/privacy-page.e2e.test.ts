import { type TestApp, uniqueIp } from '../support/app.js';
import { EVENTS_TEST_ENV } from '../support/events.js';
import { createEvent, createPetition, type OrganizerFixture, startWithCampaign } from '../support/factories.js';
import { CONFIRM_SUBJECT, consent, signup, waitForMail } from '../support/supporters.js';
import { waitUntil } from '../support/wait.js';

/**
 * A campaign's privacy page (/c/:slug/privacy) and its JSON twin: drawn from the live settings,
 * in English and Arabic (right-to-left), and linked from every form (hosted and embedded), every
 * page footer and the footer of the mail a supporter receives.
 */
let t: TestApp;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let petition: { slug: string };
let event: { slug: string };

const page = (path: string) =>
  t.http.request('GET', path, { headers: { accept: 'text/html', 'x-forwarded-for': uniqueIp() } });
const privacyHref = (locale: string) => `href="/c/${campaign.slug}/privacy?locale=${locale}"`;

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign({ env: EVENTS_TEST_ENV }, { name: 'Safe Workers' }));
  petition = await createPetition(t, owner.token, campaign.id, {
    variants: { ar: { title: 'أنهوا العقود', body: 'نطالبكم بالتحرك.', target: 'المدير' } },
  });
  event = await createEvent(t, owner.token, campaign.id);
});
afterAll(async () => {
  await t?.close();
});

describe('the privacy page', () => {
  it("should state each form's fields, what is encrypted and never kept, the retention, roles and rights", async () => {
    const res = await page(`/c/${campaign.slug}/privacy`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="en" dir="ltr">');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    // The petition form: email required and encrypted, postal code optional and encrypted.
    const sign = res.text.slice(res.text.indexOf('data-form="petition"'));
    expect(sign).toMatch(/data-field="email"><th scope="row">Email address<\/th><td>required<\/td><td>encrypted</);
    expect(sign).toMatch(/data-field="postalCode"><th scope="row">Postal code<\/th><td>optional<\/td><td>encrypted</);
    expect(res.text).toContain('data-form="signup"');
    expect(res.text).toContain('data-form="rsvp"');
    expect(res.text).toContain('Your IP address is never stored.');
    expect(res.text).toContain('only the site name is kept, never the path or query');
    expect(res.text).toContain('as evidence, for 30 days.');
    expect(res.text).toContain('is deleted after 14 days');
    expect(res.text).toMatch(/data-role="viewer">Counts and non-personal details/);
    expect(res.text).toMatch(/data-role="owner">Names, email addresses/);
    expect(res.text).toContain('the audit log records who, when and how many people');
    expect(res.text).toContain(`action="/public/campaigns/${campaign.slug}/privacy-requests?locale=en"`);
    expect(res.text).toContain('has not given a contact address');
    // No personal data and no outside host on the page.
    expect(res.text).not.toMatch(/(src|href)="(https?:)?\/\/(?!localhost)[^"]*\.(js|css)"/);
  });

  it('should change with the settings: a contact address set by an admin appears on the page and in the JSON', async () => {
    const contact = `privacy-${campaign.slug}@example.org`;
    const set = await t.http.patch(
      `/campaigns/${campaign.id}/supporters/settings`,
      { privacyContact: contact },
      owner.token,
    );
    expect(set.status).toBe(200);
    expect(set.body.privacyContact).toBe(contact);
    const json = await t.http.get(`/public/campaigns/${campaign.slug}/privacy`);
    expect(json.status).toBe(200);
    expect(json.body.facts).toContainEqual({ kind: 'contact', email: contact });
    expect(json.body.facts).toContainEqual(
      expect.objectContaining({ kind: 'ip-hash', where: 'consent-log', kept: { days: 30 } }),
    );
    expect(json.body.page).toBe(`/c/${campaign.slug}/privacy`);
    // The page is cached for a couple of seconds, like every page: it shows the new address once that has passed.
    await waitUntil(
      async () => ((await page(`/c/${campaign.slug}/privacy`)).text.includes(`mailto:${contact}`) ? true : null),
      {
        what: 'the privacy page showing the new contact',
        timeoutMs: 10_000,
      },
    );
    // The small-group threshold (k) of the campaign, as readers without personal data get it.
    expect(json.body.facts).toContainEqual({ kind: 'small-groups', k: 5 });
    expect((await t.http.patch(`/campaigns/${campaign.id}`, { minGroupSize: 8 }, owner.token)).status).toBe(200);
    const after = await t.http.get(`/public/campaigns/${campaign.slug}/privacy`);
    expect(after.body.facts).toContainEqual({ kind: 'small-groups', k: 8 });
    await waitUntil(
      async () => ((await page(`/c/${campaign.slug}/privacy`)).text.includes('at least 8 people') ? true : null),
      { what: 'the privacy page showing the new k', timeoutMs: 10_000 },
    );
    const bad = await t.http.patch(
      `/campaigns/${campaign.id}/supporters/settings`,
      { privacyContact: 'nope' },
      owner.token,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toContain('privacyContact');
  });

  it("should state the campaign's retention rules, a scheduled shutdown and employer warnings, never the targeted domains", async () => {
    const facts = async () => (await t.http.get(`/public/campaigns/${campaign.slug}/privacy`)).body.facts;
    const before = await facts();
    expect(before).toContainEqual({ kind: 'retention', what: 'signer', kept: { months: 6 } });
    expect(before).toContainEqual({ kind: 'retention', what: 'rsvp', kept: { days: 30 } });
    expect(before).toContainEqual({ kind: 'retention', what: 'audit-naming-supporters', kept: { months: 12 } });
    expect(before).toContainEqual({ kind: 'employer-warning', configured: false });
    expect(before).not.toContainEqual(expect.objectContaining({ kind: 'shutdown' }));

    const rules = { signerMonths: 3, rsvpDays: 10 };
    expect((await t.http.patch(`/campaigns/${campaign.id}/retention`, rules, owner.token)).status).toBe(200);
    const targeted = { targetedOrganizations: [{ name: 'Acme Freight', domains: ['acme-freight.example'] }] };
    expect((await t.http.patch(`/campaigns/${campaign.id}`, targeted, owner.token)).status).toBe(200);
    const shutdown = await t.http.post(`/campaigns/${campaign.id}/shutdown`, { confirm: campaign.slug }, owner.token);
    expect(shutdown.status).toBe(201);

    const after = await facts();
    expect(after).toContainEqual({ kind: 'retention', what: 'signer', kept: { months: 3 } });
    expect(after).toContainEqual({ kind: 'retention', what: 'rsvp', kept: { days: 10 } });
    // The signature's IP hash goes with the rest of the signature when retention anonymizes it.
    expect(after).toContainEqual({ kind: 'ip-hash', where: 'signature', kept: { months: 3 } });
    expect(after).toContainEqual({ kind: 'shutdown', dueAt: shutdown.body.dueAt });
    await waitUntil(async () => ((await facts()).some((f: { configured?: boolean }) => f.configured) ? true : null), {
      what: 'the facts showing the targeted organizations',
      timeoutMs: 10_000,
    });
    const en = await waitUntil(
      async () => {
        const res = await page(`/c/${campaign.slug}/privacy`);
        return res.text.includes('the form warns you before anything is stored') ? res.text : null;
      },
      { what: 'the privacy page showing the new settings', timeoutMs: 10_000 },
    );
    expect(en).toContain('3 months after a petition is delivered or closed, its signatures are anonymized');
    expect(en).toContain('10 days after an event, its RSVPs are anonymized');
    expect(en).toContain('until the signature is anonymized 3 months after');
    expect(en).toContain('Nothing about the warning is recorded');
    expect(en).toContain('carries no tracking of any kind');
    expect(en).toMatch(/data-fact="shutdown">This campaign is scheduled to shut down on/);
    const ar = (await page(`/c/${campaign.slug}/privacy?locale=ar`)).text;
    expect(ar).toContain('بعد 3 أشهر من تسليم العريضة أو إغلاقها تُجهَّل توقيعاتها');
    expect(ar).toContain('تحدد هذه الحملة جهات تستهدفها');
    // The warning engineer kept the list of targets unreadable from outside: so does the page.
    for (const text of [en, ar, JSON.stringify(await facts())]) {
      expect(text).not.toContain('acme-freight');
      expect(text).not.toContain('Acme Freight');
    }
    expect((await t.http.post(`/campaigns/${campaign.id}/shutdown/cancel`, {}, owner.token)).status).toBe(200);
  });

  it('should state, per "verify, then forget" petition, what its signatures keep', async () => {
    const forget = await createPetition(t, owner.token, campaign.id, { verifyThenForget: true, title: 'Count us' });
    const json = await t.http.get(`/public/campaigns/${campaign.slug}/privacy`);
    expect(json.body.facts).toContainEqual({
      kind: 'verify-then-forget',
      petition: forget.slug,
      title: 'Count us',
      kept: forget.signerDataKept,
    });
    // The standard petition of this campaign is not in that mode.
    expect(json.body.facts).not.toContainEqual(expect.objectContaining({ petition: petition.slug }));
    const html = await waitUntil(
      async () => {
        const res = await page(`/c/${campaign.slug}/privacy`);
        return res.text.includes(`data-fact="verify-then-forget:${forget.slug}"`) ? res.text : null;
      },
      { what: 'the privacy page showing the forget petition', timeoutMs: 10_000 },
    );
    expect(html).toContain('“Count us”: verify, then forget');
    expect(html).toContain('A keyed hash of your email address, usable only on this petition');
    expect(html).toContain('Not kept once you confirm: your name, your email address');
    // Each language is cached on its own for a couple of seconds.
    await waitUntil(
      async () =>
        (await page(`/c/${campaign.slug}/privacy?locale=ar`)).text.includes('لا يُحفظ بعد التأكيد') ? true : null,
      { what: 'the Arabic privacy page stating what the petition keeps', timeoutMs: 10_000 },
    );
  });

  it('should be in Arabic, right to left, with ?locale=ar or Accept-Language', async () => {
    const ar = await page(`/c/${campaign.slug}/privacy?locale=ar`);
    expect(ar.text).toContain('<html lang="ar" dir="rtl">');
    expect(ar.text).toContain('<h1>الخصوصية</h1>');
    expect(ar.text).toContain('لا نخزّن عنوان IP الخاص بك أبداً.');
    const byHeader = await t.http.request('GET', `/c/${campaign.slug}/privacy`, {
      headers: { accept: 'text/html', 'accept-language': 'ar', 'x-forwarded-for': uniqueIp() },
    });
    expect(byHeader.text).toContain('<html lang="ar" dir="rtl">');
  });

  it('should answer 404 for an unknown campaign, as a page and as JSON', async () => {
    expect((await page('/c/no-such-campaign/privacy')).status).toBe(404);
    expect((await t.http.get('/public/campaigns/no-such-campaign/privacy')).status).toBe(404);
  });
});

describe('links to the privacy page', () => {
  it('should be under every hosted and embedded form, in the form language, and in every page footer', async () => {
    for (const locale of ['en', 'ar']) {
      const forms = [
        `/c/${campaign.slug}`,
        `/c/${campaign.slug}/petitions/${petition.slug}`,
        `/c/${campaign.slug}/events/${event.slug}`,
      ];
      for (const path of forms) {
        const res = await page(`${path}?locale=${locale}`);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        // One under the form, one in the footer.
        expect({ path, links: res.text.split(privacyHref(locale)).length - 1 }).toEqual({ path, links: 2 });
      }
      const embeds = [
        `/embed/${campaign.slug}/signup`,
        `/embed/${campaign.slug}/petitions/${petition.slug}`,
        `/embed/${campaign.slug}/events/${event.slug}`,
      ];
      for (const path of embeds) {
        const res = await page(`${path}?locale=${locale}`);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        // Out of the frame: a new tab.
        expect(res.text).toContain(`${privacyHref(locale)} target="_blank" rel="noopener"`);
      }
    }
    const statements = await page(`/c/${campaign.slug}/statements`);
    expect(statements.text).toContain(privacyHref('en'));
  });

  it("should be in the footer of a supporter's email, in its language (SMTP sink)", async () => {
    const email = `privacy-mail-${campaign.slug}@example.org`;
    expect((await signup(t, campaign.slug, { ...consent, email, locale: 'ar' })).status).toBe(202);
    const mail = await waitForMail(t, email, CONFIRM_SUBJECT);
    expect(mail.parsed.html).toContain(`/c/${campaign.slug}/privacy?locale=ar"`);
    expect(mail.parsed.html).toContain('كيف نتعامل مع بياناتك');
    expect(mail.parsed.text).toContain(`كيف نتعامل مع بياناتك: `);
    expect(mail.parsed.text).toMatch(new RegExp(`https?://\\S+/c/${campaign.slug}/privacy\\?locale=ar`));
  });
});
