import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { ensureDatabase, migrate } from '../../src/infra/prisma/migrator.js';
import { PiiCipherService } from '../../src/infra/crypto/pii-cipher.service.js';
import { waitUntil } from '../support/wait.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { HttpClient, startApp, type TestApp, testConfig, uniqueIp } from '../support/app.js';
import { createCampaign, createOrganizer, createPetition, unique } from '../support/factories.js';
import type { Proc } from '../support/process.js';
import { CONFIRM_SUBJECT, consent, linkIn, SUPPORTERS_TEST_ENV } from '../support/supporters.js';
import { dumpDatabase, startLoggedServer } from '../support/exposure.js';

const run = promisify(execFile);

/**
 * What an attacker with a database dump or the logs would learn about supporters: nothing. The
 * server runs as a real separate process with debug logs; every supporter flow is exercised with
 * distinctive emails and names; then the logs and a pg_dump of the test database are searched for
 * them. Also: key rotation re-encrypts everything under a new key (npm run keys:rotate).
 */
describe('supporter data in dumps and logs', () => {
  let smtp: SmtpSink;
  let proc: Proc;
  let http: HttpClient;
  const marker = randomBytes(4).toString('hex');
  const people = Array.from({ length: 6 }, (_, i) => ({
    email: `priv-${marker}-${i}@example.org`,
    firstName: `Zephyrine${marker}${i}`,
    lastName: `Quillfeather${marker}${i}`,
    phone: `+44 7700 9${String(i).padStart(5, '0')}`,
  }));

  beforeAll(async () => {
    ({ proc, http, smtp } = await startLoggedServer());
    const request = http.request.bind(http);
    http.request = (method, path, options = {}) =>
      request(method, path, { ...options, headers: { 'x-forwarded-for': uniqueIp(), ...options.headers } });
  });
  afterAll(async () => {
    await proc?.stop();
    await smtp?.stop();
  });

  it('should keep every supporter email, name and phone out of the logs and out of a pg_dump', async () => {
    // An organizer through the public API (the child process owns the app).
    const helper = await startApp({ role: 'api' });
    let owner: Awaited<ReturnType<typeof createOrganizer>>;
    let campaign: { id: string; slug: string };
    try {
      owner = await createOrganizer(helper);
      campaign = await createCampaign(helper, owner.token);
    } finally {
      await helper.close();
    }
    const mailTo = (email: string, subject: RegExp) =>
      smtp.messages.filter((m) => m.envelopeTo.includes(email) && subject.test(m.parsed.subject ?? ''));
    const waitMail = (email: string, subject: RegExp, n = 1) =>
      smtp.waitFor(() => mailTo(email, subject).length >= n).then(() => mailTo(email, subject).at(-1)!);
    const pub = `/public/campaigns/${campaign.slug}`;
    const [a, b, c, d, e, f] = people;

    // signups: JSON, form post, a repeat in other casing, an invalid one, a honeypot
    expect((await http.post(`${pub}/supporters`, { ...a, postalCode: 'N1 9GU', ...consent })).status).toBe(202);
    expect(
      (
        await http.request('POST', `${pub}/supporters`, {
          form: { ...b, consentUpdates: 'on', consentTextVersion: 'v1' },
        })
      ).status,
    ).toBe(202);
    expect((await http.post(`${pub}/supporters`, { ...a, email: a.email.toUpperCase(), ...consent })).status).toBe(202);
    expect(
      (await http.post(`${pub}/supporters`, { ...c, firstName: `${c.firstName}\r\nBcc: ${c.email}`, ...consent }))
        .status,
    ).toBe(400);
    expect((await http.post(`${pub}/supporters`, { ...c, ...consent, website: 'spam' })).status).toBe(202);
    expect((await http.post(`${pub}/supporters`, { ...c, ...consent })).status).toBe(202);
    expect(
      (await http.post(`${pub}/supporters`, { email: `${d.email}@@`, firstName: d.firstName, ...consent })).status,
    ).toBe(400);

    // confirm, preferences, unsubscribe, privacy requests, export, erase
    for (const p of [a, b, c]) await http.post(linkIn(await waitMail(p.email, CONFIRM_SUBJECT), '/public/confirm'), {});
    const list = await http.get(`/campaigns/${campaign.id}/supporters`, owner.token);
    expect(list.body.items).toHaveLength(3);
    const byEmail = new Map<string, string>(list.body.items.map((s: any) => [s.personal.email, s.id]));
    const signer = new (await import('../../src/infra/crypto/link-signer.service.js')).LinkSignerService(testConfig());
    const pref = signer.signFor('preferences', byEmail.get(a.email)!);
    expect((await http.get(`/public/preferences?token=${pref}`)).status).toBe(200);
    expect((await http.post(`/public/preferences?token=${pref}`, { digests: true, locale: 'ar' })).status).toBe(200);
    expect(
      (await http.post(`/public/unsubscribe?token=${signer.signFor('unsubscribe', byEmail.get(b.email)!)}`, {})).status,
    ).toBe(200);
    expect((await http.post(`${pub}/privacy-requests`, { email: c.email, kind: 'export' })).status).toBe(202);
    const exportPath = linkIn(await waitMail(c.email, /your data/i), '/public/export');
    expect((await http.post(exportPath, {})).body.supporter.email).toBe(c.email);
    expect((await http.post(`${pub}/privacy-requests`, { email: c.email, kind: 'erasure' })).status).toBe(202);
    expect(
      (await http.post(linkIn(await waitMail(c.email, /erase/i), '/public/erase'), { confirm: true })).status,
    ).toBe(200);

    // organizer: search, edit, import, CSV and JSON export, erase
    expect(
      (await http.get(`/campaigns/${campaign.id}/supporters?email=${encodeURIComponent(a.email)}`, owner.token)).body
        .items,
    ).toHaveLength(1);
    expect(
      (
        await http.patch(
          `/campaigns/${campaign.id}/supporters/${byEmail.get(a.email)}`,
          { phone: a.phone, lastName: `${a.lastName}x` },
          owner.token,
        )
      ).status,
    ).toBe(200);
    const csv = `email,first_name,last_name,phone\n${d.email},${d.firstName},${d.lastName},${d.phone}\n${e.email},${e.firstName},${e.lastName},not-a-phone\n`;
    const imported = await http.request(
      'POST',
      `/campaigns/${campaign.id}/supporters/import?consentAsserted=true&consentBasis=paper`,
      { raw: csv, token: owner.token, headers: { 'content-type': 'text/csv' } },
    );
    expect(imported.body).toMatchObject({ created: 1, failed: 1 });
    expect((await http.get(`/campaigns/${campaign.id}/supporters/export.csv`, owner.token)).text).toContain(d.email);
    expect(
      (await http.get(`/campaigns/${campaign.id}/supporters/${byEmail.get(a.email)}/export`, owner.token)).body
        .supporter.email,
    ).toBe(a.email);
    expect(
      (
        await http.post(
          `/campaigns/${campaign.id}/supporters/${byEmail.get(b.email)}/erase`,
          { confirm: 'erase' },
          owner.token,
        )
      ).status,
    ).toBe(200);
    expect((await http.post(`${pub}/supporters`, { ...f, ...consent })).status).toBe(202);
    await waitMail(f.email, CONFIRM_SUBJECT);
    // the worker sends and logs them; stopping it below drains what is in flight and flushes its logs
    await waitUntil(async () => (smtp.messages.length >= 6 ? true : null), { what: 'mail' });

    const secrets = people.flatMap((p) => [p.email, p.email.toUpperCase(), p.firstName, p.lastName, p.phone]);
    // 1. the logs of the whole run (debug level)
    await proc.stop();
    const logs = proc.output();
    expect(logs.length).toBeGreaterThan(1000);
    if (process.env.GS_SUPPORTERS_LOG_FILE)
      (await import('node:fs')).writeFileSync(process.env.GS_SUPPORTERS_LOG_FILE, logs);
    expect(logs).toContain('SupportersModule dependencies initialized');
    expect(secrets.filter((s) => logs.includes(s))).toEqual([]);
    expect(logs.toLowerCase()).not.toContain(marker + '@');

    // 2. a pg_dump of the test database: none of these, and none of the emails of any supporter
    // stored by the whole suite so far (decrypted with the test key).
    const dump = await dumpDatabase();
    expect(dump).toContain('supporters');
    expect(dump.length).toBeGreaterThan(10_000);
    expect(secrets.filter((s) => dump.includes(s))).toEqual([]);
    const cipher = new PiiCipherService(testConfig());
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const rows = (await client.query('SELECT email_enc FROM supporters WHERE email_enc IS NOT NULL')).rows;
      expect(rows.length).toBeGreaterThan(0);
      // Values a form may legitimately store in plain, non-personal columns (a fuzzed utm field can
      // hold an email-looking string) are not leaks of a supporter's address.
      const plain = new Set<string>(
        (
          await client.query(`SELECT unnest(ARRAY[source, utm_source, utm_medium, utm_campaign, utm_content, utm_term, referrer_host]) AS v FROM supporters
                              UNION SELECT unnest(ARRAY[text_version, form_id]) FROM supporter_consents`)
        ).rows.map((r) => r.v as string),
      );
      // Whole addresses only: "a@example.org" inside an organizer's plain "x-3fa@example.org" is no
      // leak. Every address-shaped token of the dump, found in one scan (a search per supporter
      // grew with the square of the suite's data and timed out).
      const inDump = new Set(
        (dump.match(/[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g) ?? []).map((t) => t.toLowerCase()),
      );
      const leaked: string[] = [];
      for (const r of rows) {
        const address = cipher.decrypt(r.email_enc as string)!;
        if (inDump.has(address.toLowerCase()) && !plain.has(address)) leaked.push(address);
      }
      expect(leaked).toEqual([]);
    } finally {
      await client.end();
    }
    // A pg_dump of everything the suite stored so far: its size depends on where the file runs.
  }, 180_000);
});

describe('key rotation (npm run keys:rotate)', () => {
  const adminUrl = new URL(process.env.GS_TEST_DB_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const dbName = `${process.env.GS_TEST_DB_NAME}_rot`;
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  const oldKey = randomBytes(32).toString('base64');
  const newKey = randomBytes(32).toString('base64');
  const env = (extra: Record<string, string>) => ({
    ...SUPPORTERS_TEST_ENV,
    DATABASE_URL: databaseUrl,
    REDIS_PREFIX: `${process.env.REDIS_PREFIX}:rot`,
    ...extra,
  });
  let t: TestApp | undefined;

  beforeAll(async () => {
    await ensureDatabase(databaseUrl);
    await migrate({ databaseUrl });
  });
  afterAll(async () => {
    await t?.close();
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  });

  it('should re-encrypt every encrypted value (supporters, signatures, outbox) under the new key so the old key can be removed', async () => {
    t = await startApp({ role: 'api', env: env({ DATA_ENCRYPTION_KEY: oldKey }) });
    const owner = await createOrganizer(t);
    const campaign = await createCampaign(t, owner.token);
    const emails = Array.from({ length: 7 }, () => `${unique('rot')}@example.org`);
    for (const [i, address] of emails.entries()) {
      const res = await t.http.request('POST', `/public/campaigns/${campaign.slug}/supporters`, {
        body: {
          email: address,
          firstName: `Rot${i}`,
          lastName: 'Ation',
          phone: '+1 555 0100',
          postalCode: 'AB1 2CD',
          ...consent,
        },
        headers: { 'x-forwarded-for': uniqueIp() },
      });
      expect(res.status).toBe(202);
    }
    // Other modules' encrypted values: a signer's display name and comment, an invitation's address and token.
    const petition = await createPetition(t, owner.token, campaign.id, {
      slug: unique('rot'),
      title: 'Rotate',
      body: 'Body',
      target: 'The board',
    });
    const signer = `${unique('rot-signer')}@example.org`;
    const signed = await t.http.request(
      'POST',
      `/public/campaigns/${campaign.slug}/petitions/${petition.slug}/signatures`,
      {
        body: { email: signer, firstName: 'Yara', lastName: 'Haddad', showName: true, comment: 'Rotate me' },
        headers: { 'x-forwarded-for': uniqueIp() },
      },
    );
    expect(signed.status).toBe(202);
    const invited = await t.http.post(
      `/campaigns/${campaign.id}/members`,
      { email: `${unique('rot-invitee')}@example.org`, role: 'organizer' },
      owner.token,
    );
    expect(invited.status).toBe(201);
    const oldId = new PiiCipherService(testConfig({ DATA_ENCRYPTION_KEY: oldKey })).currentKeyId;
    const newId = new PiiCipherService(testConfig({ DATA_ENCRYPTION_KEY: newKey })).currentKeyId;
    await t.close();
    t = undefined;

    const dry = await run(process.execPath, ['dist/scripts/rotate-keys.js', '--dry-run'], {
      env: { ...process.env, ...env({ DATA_ENCRYPTION_KEY: newKey, DATA_ENCRYPTION_PREVIOUS_KEYS: oldKey }) },
    });
    expect(dry.stdout).toContain('supporter rows holding values under an older key: 8');
    expect(dry.stdout).toContain('petition signature rows holding values under an older key: 1');
    expect(dry.stdout).toContain('mail message rows holding values under an older key: 1');
    const { stdout } = await run(process.execPath, ['dist/scripts/rotate-keys.js', '--batch', '3'], {
      env: { ...process.env, ...env({ DATA_ENCRYPTION_KEY: newKey, DATA_ENCRYPTION_PREVIOUS_KEYS: oldKey }) },
    });
    expect(stdout).toContain('Re-encrypted 8 supporter rows');
    expect(stdout).toContain('Re-encrypted 1 petition signature rows');
    expect(stdout).toContain('Re-encrypted 1 mail message rows');
    expect(stdout).toContain('nothing is left under an older key');

    // Every stored ciphertext is under the new key and opens with the new key alone.
    const newOnly = new PiiCipherService(testConfig({ DATA_ENCRYPTION_KEY: newKey }));
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const read = async (sql: string) =>
        (await client.query(sql)).rows.flatMap((r) => Object.values(r)).filter(Boolean) as string[];
      const supporters = await read(
        'SELECT email_enc, first_name_enc, last_name_enc, phone_enc, postal_code_enc FROM supporters',
      );
      const signatures = await read('SELECT display_name, comment FROM petition_signatures');
      const mail = await read('SELECT address_enc, secret_data FROM mail_messages');
      expect([supporters.length, signatures.length, mail.length]).toEqual([7 * 5 + 3, 2, 2]);
      const all = [...supporters, ...signatures, ...mail];
      expect(all.filter((v) => !v.startsWith(`v1.${newId}.`))).toEqual([]);
      expect(all.some((v) => v.includes(`.${oldId}.`))).toBe(false);
      expect(signatures.map((v) => newOnly.decrypt(v)).sort()).toEqual(['Rotate me', 'Yara H.']);
      expect(JSON.parse(newOnly.decrypt(mail.find((v) => newOnly.decrypt(v)!.startsWith('{'))!)!)).toHaveProperty(
        'token',
      );
    } finally {
      await client.end();
    }

    // The old key is no longer needed.
    t = await startApp({ role: 'api', env: env({ DATA_ENCRYPTION_KEY: newKey }) });
    const login = await t.http.post('/auth/login', { email: owner.email, password: owner.password });
    const list = await t.http.get(`/campaigns/${campaign.id}/supporters?limit=50`, login.body.token);
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: any) => s.personal.email).sort()).toEqual([...emails, signer].sort());
    expect(
      list.body.items
        .filter((s: any) => s.personal.email !== signer)
        .every((s: any) => s.personal.lastName === 'Ation' && s.personal.postalCode === 'AB1 2CD'),
    ).toBe(true);

    const again = await run(process.execPath, ['dist/scripts/rotate-keys.js'], {
      env: { ...process.env, ...env({ DATA_ENCRYPTION_KEY: newKey }) },
    });
    expect(again.stdout).toContain('supporter rows holding values under an older key: 0');
    expect(again.stdout).toContain('mail message rows holding values under an older key: 0');
    // Three app starts and three script runs: about 60 s on a loaded 2-core machine.
  }, 240_000);
});
