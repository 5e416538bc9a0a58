import pg from 'pg';
import { type TestApp } from '../support/app.js';
import {
  addMember,
  createCampaign,
  createEvent,
  createPetition,
  type OrganizerFixture,
  startWithCampaign,
  unique,
} from '../support/factories.js';
import { rsvp, rsvpBody } from '../support/events.js';
import { signupAndConfirm, waitForMail } from '../support/supporters.js';
import { waitUntil } from '../support/wait.js';
import { verifySignature, WebhookReceiver } from '../support/webhooks.js';
import { WebhookDeliveryService } from '../../src/modules/webhooks/webhook-delivery.service.js';

/**
 * Outbound webhooks end to end: a real receiver in this process, the app's worker delivering to
 * it. Backoff is shortened by configuration so retries take milliseconds; nothing sleeps.
 */
let t: TestApp;
let owner: OrganizerFixture;
let campaign: { id: string; slug: string };
let petition: { id: string; slug: string };
let db: pg.Client;
const receivers: WebhookReceiver[] = [];
let ipCounter = 1;

const FAILURES_BEFORE_DISABLE = 6;

beforeAll(async () => {
  ({ t, owner, campaign } = await startWithCampaign({
    env: {
      TRUST_PROXY: 'true',
      WEBHOOKS_RETRY_BASE_MS: '40',
      WEBHOOKS_RETRY_MAX_MS: '150',
      WEBHOOKS_RELAY_INTERVAL_MS: '50',
      WEBHOOKS_DISABLE_AFTER_FAILURES: String(FAILURES_BEFORE_DISABLE),
      WEBHOOKS_TIMEOUT_MS: '2000',
    },
  }));
  petition = await createPetition(t, owner.token, campaign.id);
  db = new pg.Client({ connectionString: t.config.get('DATABASE_URL') });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await Promise.all(receivers.map((r) => r.stop()));
  await t?.close();
});

async function receiver(): Promise<WebhookReceiver> {
  const r = await new WebhookReceiver().start();
  receivers.push(r);
  return r;
}

async function register(r: WebhookReceiver, eventTypes: string[], c = campaign, token = owner.token) {
  const res = await t.http.post(`/campaigns/${c.id}/webhooks`, { url: r.url, eventTypes }, token);
  expect(res.status).toBe(201);
  return res.body as { id: string; secret: string; enabled: boolean };
}

/** Signs the petition and clicks the confirmation link; returns the signer's email. */
async function signAndConfirm(p = petition, c = campaign, person: Record<string, string> = {}) {
  const email = person.email ?? `${unique('signer')}@example.org`;
  const ip = `203.0.113.${ipCounter++ % 250}`;
  const res = await t.http.request('POST', `/public/campaigns/${c.slug}/petitions/${p.slug}/signatures`, {
    body: { email, firstName: 'Rania', lastName: 'Haddad', consentUpdates: true, consentTextVersion: 'v1', ...person },
    headers: { 'x-forwarded-for': ip },
  });
  if (res.status !== 202) throw new Error(`signing failed: ${res.status} ${res.text}`);
  const mail = await waitForMail(t, email, /signature/i);
  const token = /\/public\/signatures\/confirm\?token=([\w.-]+)/.exec(mail.parsed.text ?? '')![1];
  const confirmed = await t.http.request('POST', '/public/signatures/confirm', {
    body: { token },
    headers: { 'x-forwarded-for': ip },
  });
  expect(confirmed.status).toBe(200);
  return { email, token, ip };
}

const callsOf = (r: WebhookReceiver, email: string) => r.calls.filter((c) => c.body.includes(email));

async function deliveries(endpointId: string, c = campaign) {
  const res = await t.http.get(`/campaigns/${c.id}/webhooks/${endpointId}/deliveries`, owner.token);
  expect(res.status).toBe(200);
  return res.body.items as any[];
}

describe('webhook endpoints', () => {
  it('should show the secret once, and let only owners and admins write', async () => {
    const r = await receiver();
    const ep = await register(r, ['signature', 'signup']);
    expect(ep.secret).toMatch(/^whsec_/);
    const got = await t.http.get(`/campaigns/${campaign.id}/webhooks/${ep.id}`, owner.token);
    expect(got.status).toBe(200);
    expect(got.body.secret).toBeUndefined();
    expect(got.text).not.toContain(ep.secret);

    const organizer = await addMember(t, owner, campaign.id, 'organizer');
    expect((await t.http.get(`/campaigns/${campaign.id}/webhooks`, organizer.token)).status).toBe(200);
    const refused = await t.http.post(
      `/campaigns/${campaign.id}/webhooks`,
      { url: r.url, eventTypes: ['signature'] },
      organizer.token,
    );
    expect(refused.status).toBe(403);

    const rotated = await t.http.post(`/campaigns/${campaign.id}/webhooks/${ep.id}/rotate-secret`, {}, owner.token);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(ep.secret);

    const bad = await t.http.post(
      `/campaigns/${campaign.id}/webhooks`,
      { url: 'ftp://example.org/x', eventTypes: ['nope'] },
      owner.token,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['eventTypes.0']));
    expect((await t.http.delete(`/campaigns/${campaign.id}/webhooks/${ep.id}`, owner.token)).status).toBe(200);
  });

  it('should send a signed ping on request and answer how the receiver took it', async () => {
    const r = await receiver();
    const ep = await register(r, ['signature']);
    const ping = await t.http.post(`/campaigns/${campaign.id}/webhooks/${ep.id}/ping`, {}, owner.token);
    expect(ping.status).toBe(200);
    expect(ping.body).toMatchObject({ ok: true, statusCode: 200, error: null });
    expect(r.calls).toHaveLength(1);
    expect(verifySignature(r.calls[0], ep.secret)).toBe(true);
    expect(r.calls[0].headers['x-groundswell-event']).toBe('ping');
    expect(r.calls[0].json[0]).toMatchObject({ 'groundswell:event_type': 'ping', idempotency_key: expect.any(String) });
    r.mode = 'fail';
    const down = await t.http.post(`/campaigns/${campaign.id}/webhooks/${ep.id}/ping`, {}, owner.token);
    expect(down.body).toMatchObject({ ok: false, statusCode: 503 });
    // A test call is not an event: nothing in the delivery log, nothing retried.
    expect(await deliveries(ep.id)).toEqual([]);
    await t.http.delete(`/campaigns/${campaign.id}/webhooks/${ep.id}`, owner.token);
  });
});

describe('webhook delivery', () => {
  it('should deliver one signed OSDI signature per confirmed signature, and redeliver with the same key', async () => {
    const r = await receiver();
    const ep = await register(r, ['signature']);
    const { email, token, ip } = await signAndConfirm();
    const [call] = await waitUntil(() => callsOf(r, email).length > 0 && callsOf(r, email), {
      what: 'the signature webhook',
    });
    expect(verifySignature(call, ep.secret)).toBe(true);
    expect(verifySignature(call, 'whsec_wrong')).toBe(false);
    expect(call.headers['content-type']).toBe('application/hal+json');
    expect(call.json).toHaveLength(1);
    const item = call.json[0];
    const key = item.idempotency_key;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(call.headers['idempotency-key']).toBe(key);
    expect(item['osdi:signature']).toMatchObject({
      identifiers: [expect.stringMatching(/^groundswell:/)],
      'groundswell:status': 'confirmed',
      _links: { 'osdi:petition': { href: expect.stringContaining(`/petitions/${petition.id}`) } },
      person: { given_name: 'Rania', email_addresses: [expect.objectContaining({ address: email })] },
    });

    // Confirming again changes nothing and records nothing: a later event arrives, this one not twice.
    await t.http.request('POST', '/public/signatures/confirm', { body: { token }, headers: { 'x-forwarded-for': ip } });
    const second = await signAndConfirm();
    await waitUntil(() => callsOf(r, second.email).length > 0, { what: 'the second signature webhook' });
    expect(r.delivered(key)).toHaveLength(1);

    const [delivery] = (await deliveries(ep.id)).filter((d) => d.eventId === key);
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 1, lastStatus: 200, eventType: 'signature' });
    expect(delivery.log).toEqual([expect.objectContaining({ attempt: 1, statusCode: 200, ok: true })]);
    expect(delivery.log[0].durationMs).toEqual(expect.any(Number));

    const again = await t.http.post(
      `/campaigns/${campaign.id}/webhooks/${ep.id}/deliveries/${delivery.id}/redeliver`,
      {},
      owner.token,
    );
    expect(again.status).toBe(200);
    await waitUntil(() => r.delivered(key).length === 2, { what: 'the redelivery' });
    expect(verifySignature(r.delivered(key)[1], ep.secret)).toBe(true);
    await t.http.delete(`/campaigns/${campaign.id}/webhooks/${ep.id}`, owner.token);
  });

  it('should retry with backoff while the receiver is down and deliver once it is back', async () => {
    const r = await receiver();
    r.mode = 'fail';
    const ep = await register(r, ['signature']);
    const { email } = await signAndConfirm();
    await waitUntil(() => callsOf(r, email).length >= 2, { what: 'two failed attempts' });
    r.mode = 'ok';
    await waitUntil(() => callsOf(r, email).some((c) => c.status === 200), { what: 'the delivery after retries' });
    const key = callsOf(r, email)[0].json[0].idempotency_key;
    expect(new Set(callsOf(r, email).map((c) => c.json[0].idempotency_key))).toEqual(new Set([key]));
    const delivery = await waitUntil(
      async () => (await deliveries(ep.id)).find((d) => d.eventId === key && d.state === 'delivered'),
      { what: 'the delivery recorded delivered' },
    );
    expect(delivery.attempts).toBeGreaterThanOrEqual(3);
    expect(delivery.log.slice(0, 2)).toEqual([
      expect.objectContaining({ ok: false, statusCode: 503 }),
      expect.objectContaining({ ok: false, statusCode: 503 }),
    ]);
    const endpoint = (await t.http.get(`/campaigns/${campaign.id}/webhooks/${ep.id}`, owner.token)).body;
    expect(endpoint).toMatchObject({ enabled: true, consecutiveFailures: 0 });
    await t.http.delete(`/campaigns/${campaign.id}/webhooks/${ep.id}`, owner.token);
  });

  it("should disable an endpoint after a run of failures and email the campaign's owners", async () => {
    const c = await createCampaign(t, owner.token);
    const p = await createPetition(t, owner.token, c.id);
    const r = await receiver();
    r.mode = 'drop';
    const ep = await register(r, ['signature'], c);
    await signAndConfirm(p, c);
    const disabled = await waitUntil(
      async () => {
        const e = (await t.http.get(`/campaigns/${c.id}/webhooks/${ep.id}`, owner.token)).body;
        return !e.enabled && e;
      },
      { what: 'the endpoint disabled' },
    );
    expect(disabled.consecutiveFailures).toBe(FAILURES_BEFORE_DISABLE);
    expect(disabled.disabledReason).toMatch(/consecutive failed attempts/);
    const notice = await waitForMail(t, owner.email, /webhook/i);
    expect(notice.parsed.text).toContain(r.url);

    // Re-enabled, the pending delivery goes out.
    r.mode = 'ok';
    const reenabled = await t.http.patch(`/campaigns/${c.id}/webhooks/${ep.id}`, { enabled: true }, owner.token);
    expect(reenabled.body).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledAt: null });
    await waitUntil(() => r.calls.some((x) => x.status === 200), { what: 'the delivery after re-enabling' });
  });

  it('should send signups, attendances and milestones as OSDI resources', async () => {
    const c = await createCampaign(t, owner.token);
    const r = await receiver();
    const ep = await register(r, ['signup', 'attendance', 'milestone'], c);
    const email = `${unique('joiner')}@example.org`;
    await signupAndConfirm(t, c.slug, { email, firstName: 'Nadia' });
    const event = await createEvent(t, owner.token, c.id);
    const attendee = rsvpBody();
    expect((await rsvp(t, c.slug, event.slug, attendee)).status).toBeLessThan(300);
    const milestone = await t.http.post(
      `/campaigns/${c.id}/milestones`,
      { kind: 'win', title: 'The council voted', occurredOn: '2026-12-01' },
      owner.token,
    );
    expect(milestone.status).toBe(201);
    const rels = await waitUntil(
      () => {
        const got = new Set(r.calls.map((x) => Object.keys(x.json[0] ?? {})[0]));
        return got.size >= 3 && got;
      },
      { what: 'a signup, an attendance and a milestone webhook' },
    );
    expect([...rels].sort()).toEqual(['groundswell:milestone', 'osdi:attendance', 'osdi:submission']);
    const byRel = (rel: string) => r.calls.find((x) => rel in x.json[0])!.json[0][rel];
    expect(byRel('osdi:submission').person.email_addresses[0].address).toBe(email);
    expect(byRel('osdi:attendance')).toMatchObject({
      status: 'accepted',
      person: { email_addresses: [expect.objectContaining({ address: attendee.email })] },
    });
    expect(byRel('groundswell:milestone')).toMatchObject({ kind: 'win', title: 'The council voted' });
    for (const call of r.calls) expect(verifySignature(call, ep.secret)).toBe(true);
  });

  it('should keep no personal data in webhook tables when a person with pending deliveries is erased', async () => {
    const c = await createCampaign(t, owner.token);
    const p = await createPetition(t, owner.token, c.id);
    const r = await receiver();
    r.mode = 'fail';
    const ep = await register(r, ['signature', 'erasure'], c);
    const lastName = unique('Erasable');
    const { email } = await signAndConfirm(p, c, { lastName });
    await waitUntil(() => callsOf(r, email).length >= 1, { what: 'a failed attempt carrying the person' });
    const supporter = await t.http.get(`/campaigns/${c.id}/supporters?email=${encodeURIComponent(email)}`, owner.token);
    const supporterId = supporter.body.items[0].id;

    const erased = await t.http.post(
      `/campaigns/${c.id}/supporters/${supporterId}/erase`,
      { confirm: 'erase' },
      owner.token,
    );
    expect(erased.status).toBe(200);

    // Every webhook table, every column, as text: neither the email nor the name is anywhere.
    const { rows } = await db.query(`
      SELECT row_to_json(x)::text AS t FROM webhook_events x
      UNION ALL SELECT row_to_json(x)::text FROM webhook_deliveries x
      UNION ALL SELECT row_to_json(x)::text FROM webhook_attempts x
      UNION ALL SELECT row_to_json(x)::text FROM webhook_endpoints x`);
    const dump = rows.map((row) => row.t).join('\n');
    expect(dump).toContain(supporterId);
    expect(dump).not.toContain(email);
    expect(dump).not.toContain(lastName);

    // Delivered after the erasure: built from what is left, so nothing personal either.
    const before = r.calls.length;
    r.mode = 'ok';
    const later = await waitUntil(
      () => {
        const ok = r.calls.slice(before).filter((x) => x.status === 200);
        return ok.length >= 2 && ok;
      },
      { what: 'the signature and erasure webhooks after the erasure' },
    );
    for (const call of later) {
      expect(call.body).not.toContain(email);
      expect(call.body).not.toContain(lastName);
    }
    expect(later.map((x) => Object.keys(x.json[0])[0]).sort()).toEqual(['groundswell:erasure', 'osdi:signature']);
    await t.http.delete(`/campaigns/${c.id}/webhooks/${ep.id}`, owner.token);
  });

  it('should purge settled deliveries past WEBHOOKS_LOG_DAYS and keep recent ones', async () => {
    const r = await receiver();
    const ep = await register(r, ['signature']);
    const old = await signAndConfirm();
    const recent = await signAndConfirm();
    const settled = await waitUntil(
      async () => {
        const items = await deliveries(ep.id);
        return items.length === 2 && items.every((d) => d.state === 'delivered') && items;
      },
      { what: 'both deliveries delivered' },
    );
    const oldKey = callsOf(r, old.email)[0].json[0].idempotency_key;
    await db.query(`UPDATE webhook_deliveries SET updated_at = now() - interval '31 days' WHERE event_id = $1::uuid`, [
      oldKey,
    ]);
    await db.query(`UPDATE webhook_events SET occurred_at = now() - interval '31 days' WHERE id = $1::uuid`, [oldKey]);
    expect(await t.app.get(WebhookDeliveryService).purge()).toBeGreaterThanOrEqual(1);
    const left = await deliveries(ep.id);
    expect(left.map((d) => d.eventId)).toEqual(
      settled.filter((d: any) => d.eventId !== oldKey).map((d: any) => d.eventId),
    );
    expect(callsOf(r, recent.email)[0].json[0].idempotency_key).toBe(left[0].eventId);
    const oldDelivery = settled.find((d: any) => d.eventId === oldKey).id;
    const attempts = await db.query('SELECT 1 FROM webhook_attempts WHERE delivery_id = $1::uuid', [oldDelivery]);
    expect(attempts.rowCount).toBe(0);
    expect((await db.query('SELECT 1 FROM webhook_events WHERE id = $1::uuid', [oldKey])).rowCount).toBe(0);
    await t.http.delete(`/campaigns/${campaign.id}/webhooks/${ep.id}`, owner.token);
  });
});
