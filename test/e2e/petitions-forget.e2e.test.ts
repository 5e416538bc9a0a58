import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { PiiCipherService } from '../../src/infra/crypto/pii-cipher.service.js';
import { HttpClient, startApp, testConfig, uniqueIp } from '../support/app.js';
import { TEST_REDIS_URL } from '../support/env.js';
import { createCampaign, createOrganizer, createPetition } from '../support/factories.js';
import type { Proc } from '../support/process.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { waitUntil } from '../support/wait.js';
import { dumpDatabase, startLoggedServer } from '../support/exposure.js';

/** Every key of this run's Redis prefix with its value(s), as one searchable text per key. */
async function redisDump(redis: Redis, prefix: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 }) as AsyncIterable<string[]>) {
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === 'string'
          ? await redis.get(key)
          : type === 'hash'
            ? JSON.stringify(await redis.hgetall(key))
            : type === 'list'
              ? JSON.stringify(await redis.lrange(key, 0, -1))
              : type === 'set'
                ? JSON.stringify(await redis.smembers(key))
                : type === 'zset'
                  ? JSON.stringify(await redis.zrange(key, 0, -1))
                  : type === 'stream'
                    ? JSON.stringify(await redis.xrange(key, '-', '+'))
                    : '';
      out.set(key, `${key}\n${value ?? ''}`);
    }
  }
  return out;
}

/**
 * "Verify, then forget" petitions (issue #17): the signature needs the email confirmation and is
 * counted once, but after confirmation nothing of the signer's email, name or IP is left in any
 * table (a pg_dump), in the logs (a real server process at debug level) or in Redis (every key of
 * the run's prefix, names and values).
 */
describe('verify, then forget', () => {
  let smtp: SmtpSink;
  let proc: Proc;
  let http: HttpClient;
  const marker = randomBytes(4).toString('hex');
  const person = {
    email: `Forget-${marker}@Example.org`,
    firstName: `Wilhelmina${marker}`,
    lastName: `Oakenshield${marker}`,
    comment: `Please keep me out of it ${marker}`,
  };
  const ip = uniqueIp();
  const confirmIp = uniqueIp();

  beforeAll(async () => {
    ({ proc, http, smtp } = await startLoggedServer());
  });
  afterAll(async () => {
    await proc?.stop();
    await smtp?.stop();
  });

  it('should count a confirmed signer once and keep no email, name or IP-derived value anywhere', async () => {
    const helper = await startApp({ role: 'api' });
    let owner: Awaited<ReturnType<typeof createOrganizer>>;
    let campaign: { id: string; slug: string };
    let petition: { id: string; slug: string; [k: string]: any };
    try {
      owner = await createOrganizer(helper);
      campaign = await createCampaign(helper, owner.token);
      petition = await createPetition(helper, owner.token, campaign.id, { verifyThenForget: true });
    } finally {
      await helper.close();
    }
    // The organizer's settings say what is kept.
    expect(petition.verifyThenForget).toBe(true);
    expect(petition.signerDataKept.join('\n')).toMatch(/keyed hash of your email/i);
    expect(petition.signerDataKept.join('\n')).toMatch(/Not kept once you confirm: your name, your email address/);

    const signPath = `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`;
    const sign = (email: string, from: string) =>
      http.request('POST', signPath, {
        body: { ...person, email, showName: true, postalCode: 'N1 9GU', country: 'GB' },
        headers: { 'x-forwarded-for': from },
      });
    const mails = () => smtp.messages.filter((m) => m.envelopeTo.includes(person.email.toLowerCase()));

    const first = await sign(person.email, ip);
    expect(first.status).toBe(202);
    await smtp.waitFor(() => mails().length >= 1);
    // Signing again before confirming, in another casing: the same answer, the same signature.
    const again = await sign(person.email.toUpperCase(), ip);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);

    const text = mails()[0].parsed.text ?? '';
    expect(text).toContain('This petition counts you without keeping you');
    const token = /\/public\/signatures\/confirm\?token=([\w.-]+)/.exec(text)![1];
    const confirmed = await http.request('POST', '/public/signatures/confirm', {
      body: { token },
      headers: { 'x-forwarded-for': confirmIp },
    });
    expect(confirmed.status).toBe(200);

    // Counted once; a repeat after confirmation is answered the same and counts nothing.
    const repeat = await sign(person.email, uniqueIp());
    expect(repeat.status).toBe(202);
    expect(repeat.body).toEqual(first.body);
    const count = () =>
      http.get(`/public/campaigns/${campaign.slug}/petitions/${petition.slug}`).then((r) => r.body.confirmedCount);
    await waitUntil(async () => ((await count()) === 1 ? true : null), { what: 'the count' });

    // Organizers see a counted, unnamed signer; no supporter was added.
    const list = await http.get(`/campaigns/${campaign.id}/petitions/${petition.id}/signatures`, owner.token);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      status: 'confirmed',
      isPublic: false,
      displayName: 'Verified signer (not kept)',
      verifiedNotKept: true,
      comment: null,
      country: 'GB',
      postalPrefix: 'N1',
      emailDomain: null,
      ipHash: null,
      signer: { supporterId: null, email: null, firstName: null, lastName: null },
    });
    expect((await http.get(`/campaigns/${campaign.id}/supporters`, owner.token)).body.items).toEqual([]);
    const csv = await http.get(`/campaigns/${campaign.id}/petitions/${petition.id}/signatures.csv`, owner.token);
    expect(csv.text).toContain('Verified signer (not kept)');
    const delivery = await http.get(`/campaigns/${campaign.id}/petitions/${petition.id}/delivery.html`, owner.token);
    expect(delivery.text).toContain('1 of them are verified signers who chose not to be kept');
    const publicList = await http.get(`/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signers`);
    expect(publicList.body.items.map((s: { name: string }) => s.name)).toEqual(['Verified signer (not kept)']);

    // What a dump, the logs or Redis could give away: the address in any casing, the name, the
    // comment, both client addresses and their keyed hashes, the address's global blind index.
    const cipher = new PiiCipherService(testConfig());
    const lower = person.email.toLowerCase();
    const secrets = [
      person.email,
      lower,
      person.email.toUpperCase(),
      `forget-${marker}`,
      person.firstName,
      person.lastName,
      person.comment,
      ip,
      confirmIp,
      cipher.ipHash(ip),
      cipher.ipHash(confirmIp),
      cipher.blindIndex(lower),
    ];
    const found = (text: string) =>
      secrets.filter((s) => text.includes(s) || text.toLowerCase().includes(s.toLowerCase()));

    // 1. The database: a pg_dump, and the rows themselves (encrypted columns cannot be searched).
    const dump = await dumpDatabase({ dataOnly: true });
    expect(dump).toContain(petition.id);
    expect(found(dump)).toEqual([]);
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const rows = (await db.query('SELECT * FROM petition_signatures WHERE petition_id = $1', [petition.id])).rows;
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        supporter_id: null,
        pending_enc: null,
        display_name: null,
        comment: null,
        email_domain: null,
        ip_hash: null,
        source: null,
        ref: null,
        country: 'GB',
        postal_prefix: 'N1',
        status: 'confirmed',
      });
      expect(rows[0].signer_key).toBe(cipher.scopedIndex(petition.id, lower));
      const sent = (
        await db.query(
          `SELECT key, supporter_id, address_enc, address_index, secret_data, smtp_response, last_error
             FROM mail_messages WHERE key LIKE $1`,
          [`signature-confirmation:${rows[0].id}%`],
        )
      ).rows;
      expect(sent.length).toBeGreaterThanOrEqual(1);
      // (The SMTP reply may be written after confirmation by a sender finishing; the dump scan
      // above shows it does not quote the address.)
      for (const m of sent)
        expect(m).toMatchObject({ supporter_id: null, address_enc: null, address_index: null, secret_data: null });
      expect(
        (await db.query('SELECT count(*)::int AS n FROM supporters WHERE campaign_id = $1', [campaign.id])).rows[0].n,
      ).toBe(0);
    } finally {
      await db.end();
    }

    // 2. Redis: no key holds the address or its blind index now; the only IP-derived keys left are
    // the per-minute request counters every public page hit makes, each set to expire within 2
    // minutes: their time to live is checked here rather than waited out.
    const prefix = process.env.REDIS_PREFIX!;
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const now = await redisDump(redis, prefix);
      const leftNow = [...now.values()].filter((v) => found(v).length > 0);
      for (const v of leftNow) {
        expect(found(v).every((s) => s === cipher.ipHash(ip) || s === cipher.ipHash(confirmIp))).toBe(true);
        const key = v.split('\n')[0];
        expect(key).toMatch(/:rl:(public|link:[\w-]+:60|link-invalid):/);
        const ttl = await redis.pttl(key); // -1 would be a key that never expires
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(120_000);
      }
    } finally {
      redis.disconnect();
    }

    // 3. The logs of the whole run (debug level).
    await proc.stop();
    const logs = proc.output();
    expect(logs).toContain('PetitionsModule dependencies initialized');
    expect(found(logs)).toEqual([]);
  }, 420_000);

  it('should state on the signing form, in English and Arabic, exactly what is kept', async () => {
    const helper = await startApp({ role: 'api' });
    try {
      const owner = await createOrganizer(helper);
      const campaign = await createCampaign(helper, owner.token);
      const petition = await createPetition(helper, owner.token, campaign.id, {
        verifyThenForget: true,
        variants: { ar: { title: 'أوقفوا العقود', body: 'نطالب بذلك.', target: 'المدير' } },
      });
      const page = (locale: string) =>
        helper.http.request('GET', `/c/${campaign.slug}/petitions/${petition.slug}?locale=${locale}`, {
          headers: { accept: 'text/html' },
        });
      const en = (await page('en')).text;
      expect(en).toContain('This petition counts you without keeping you');
      for (const line of petition.signerDataKept) expect(en).toContain(line.replace(/’/g, '&#x27;').slice(0, 40));
      expect(en).toContain('This keeps your name and email address');
      expect(en).not.toContain('name="showName"');
      expect(en).not.toContain('name="comment"');
      const ar = (await page('ar')).text;
      expect(ar).toContain('هذه العريضة تحسبك دون أن تحتفظ ببياناتك');
      expect(ar).toContain('لا يُحفظ بعد التأكيد');

      // A petition with signatures keeps its mode.
      const res = await helper.http.request(
        'POST',
        `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`,
        {
          body: { email: `mode-${randomBytes(3).toString('hex')}@example.org` },
          headers: { 'x-forwarded-for': uniqueIp() },
        },
      );
      expect(res.status).toBe(202);
      const patch = await helper.http.patch(
        `/campaigns/${campaign.id}/petitions/${petition.id}`,
        { verifyThenForget: false },
        owner.token,
      );
      expect(patch.status).toBe(409);
      expect(patch.body.errors[0].path).toBe('verifyThenForget');
    } finally {
      await helper.close();
    }
  }, 120_000);
});
