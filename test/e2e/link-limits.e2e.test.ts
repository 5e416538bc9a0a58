import { LinkSignerService } from '../../src/infra/crypto/link-signer.service.js';
import { startApp, type TestApp, uniqueIp } from '../support/app.js';
import { createCampaign, createOrganizer, createSupporters } from '../support/factories.js';

/**
 * Issue 15, "supporters are never refused what the law and RFC 8058 give them": a mailbox
 * provider sends one-click unsubscribes for thousands of people from a few servers, and a campus
 * or a mobile carrier puts many people behind one address. Valid signed links are limited per
 * link; only missing or forged tokens are limited per address.
 */
describe('rate limits of the links in emails', () => {
  let t: TestApp;
  let signer: LinkSignerService;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    // The default per-IP limit of public routes as deployed, not the tests' generous one.
    t = await startApp({ env: { TRUST_PROXY: 'true', RATE_LIMIT_PUBLIC_PER_MINUTE: '120', LOG_LEVEL: 'fatal' } });
    signer = t.app.get(LinkSignerService);
    const owner = await createOrganizer(t);
    campaign = await createCampaign(t, owner.token);
  }, 60_000);
  afterAll(() => t.close());

  const oneClick = (token: string, ip: string) =>
    t.http.request('POST', `/public/unsubscribe?token=${encodeURIComponent(token)}`, {
      form: { 'List-Unsubscribe': 'One-Click' },
      headers: { 'x-forwarded-for': ip },
    });

  it('should accept every valid one-click unsubscribe when a mail provider sends 150 from one address', async () => {
    const supporters = await createSupporters(t, campaign.id, 150);
    const provider = uniqueIp();
    const statuses: number[] = [];
    for (const s of supporters) statuses.push((await oneClick(signer.signFor('unsubscribe', s.id), provider)).status);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);

  it('should refuse an address that sends forged tokens, and still accept a valid unsubscribe from it', async () => {
    const ip = uniqueIp();
    const forged: number[] = [];
    for (let i = 0; i < 40; i++) forged.push((await oneClick(`forged.${i}`, ip)).status);
    expect(forged.slice(0, 25).every((s) => s === 400)).toBe(true);
    expect(forged).toContain(429);
    const [s] = await createSupporters(t, campaign.id, 1);
    expect((await oneClick(signer.signFor('unsubscribe', s.id), ip)).status).toBe(200);
  });

  it('should let people behind one busy address export and erase after many link clicks from it', async () => {
    const campus = uniqueIp();
    const people = await createSupporters(t, campaign.id, 40);
    for (const p of people) {
      const res = await t.http.request(
        'GET',
        `/public/preferences?token=${encodeURIComponent(signer.signFor('preferences', p.id))}`,
        { headers: { 'x-forwarded-for': campus } },
      );
      expect(res.status).toBe(200);
    }
    const exported = await t.http.request(
      'POST',
      `/public/export?token=${encodeURIComponent(signer.signFor('export', people[0].id, 3600))}`,
      { body: {}, headers: { 'x-forwarded-for': campus } },
    );
    expect(exported.status).toBe(200);
    const erased = await t.http.request(
      'POST',
      `/public/erase?token=${encodeURIComponent(signer.signFor('erase', people[1].id, 3600))}`,
      { body: { confirm: true }, headers: { 'x-forwarded-for': campus } },
    );
    expect(erased.status).toBe(200);
  }, 60_000);

  it('should limit one export link on its own when it is used over and over', async () => {
    const [p] = await createSupporters(t, campaign.id, 1);
    const token = encodeURIComponent(signer.signFor('export', p.id, 3600));
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.http.request('POST', `/public/export?token=${token}`, {
        body: {},
        headers: { 'x-forwarded-for': uniqueIp() },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
