import { normalizeEmail } from '../../src/common/email.js';
import { LinkSignerService } from '../../src/infra/crypto/link-signer.service.js';
import { PiiCipherService } from '../../src/infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { startApp, type TestApp, uniqueIp } from '../support/app.js';
import { createCampaign, createOrganizer, unique } from '../support/factories.js';
import { SUPPORTERS_TEST_ENV } from '../support/supporters.js';

/**
 * Thousands of random and hostile payloads against the public signup endpoint (and a few hundred
 * against the preferences endpoint): huge strings, wrong types, header injection, invalid Unicode
 * and UTF-8, prototype keys, broken JSON, wrong media types, form posts. Every answer must be a
 * 4xx problem (or the normal 202 for a payload that happens to be valid), never a 5xx, and the
 * database must hold exactly the supporters of the accepted payloads, each complete.
 * Deterministic: the generator is seeded (FUZZ_SEED to reproduce another run).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const CASES = Number(process.env.FUZZ_CASES ?? 3000);

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(SEED);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
const chance = (p: number) => rand() < p;

const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(100_001),
  'é'.repeat(5000),
  'Eve\r\nBcc: victim@example.org',
  'name\nSubject: hi',
  '\u0000',
  'a\u0007b',
  '\ud800',
  '\udfff\ud800',
  'a\u202Eevil',
  '\u2066x\u2069',
  '\uFEFF',
  '\uFFFF',
  '😀'.repeat(60),
  'ن'.repeat(101),
  "'; DROP TABLE supporters; --",
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${jndi:ldap://x}',
  '=cmd|" /C calc"!A0',
  '../../etc/passwd',
  '%00',
  'null',
  'true',
  '0',
  '-1',
  '1e309',
  'javascript:alert(1)',
  'http://[::1',
  'https://example.org/' + 'p'.repeat(3000),
  'Zoë',
  'O\u0308',
  'GB',
  'gb',
  'XX',
  'en',
  'ar',
  'fr',
  '+44 20 7946 0000',
  '12345',
  'SW1A 1AA',
];

const HOSTILE_EMAILS = [
  'plain@example.org',
  'UPPER@EXAMPLE.ORG',
  ' spaced@example.org ',
  'a@b',
  '@example.org',
  'a@@example.org',
  'a@example..org',
  '.a@example.org',
  'a.@example.org',
  'a..b@example.org',
  'a@example.org\r\nBcc: b@example.org',
  'a@example.org\n',
  '"quoted"@example.org',
  'a b@example.org',
  'a<b>@example.org',
  'josé@exämple.org',
  'jose\u0301@example.org',
  'ü@xn--bcher-kva.example',
  'a@' + 'd'.repeat(64) + '.org',
  'x'.repeat(65) + '@example.org',
  'x'.repeat(300) + '@example.org',
  'a@example.org' + 'x'.repeat(400),
  '\ud800@example.org',
  'a\u0000@example.org',
  'a@exa_mple.org',
  'a@-example.org',
  'a@example.c',
  'a@123.456',
  'mailinator@mailinator.com',
];

const FIELDS = [
  'email',
  'firstName',
  'lastName',
  'postalCode',
  'country',
  'locale',
  'phone',
  'source',
  'referrer',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmContent',
  'utmTerm',
  'formId',
  'consentTextVersion',
  'consentUpdates',
  'consentDigests',
  'website',
  'redirect',
] as const;
const EXTRA_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'status',
  'id',
  'campaignId',
  'emailIndex',
  'tags',
  'confirmed',
  '',
];

let counter = 0;
const validEmail = () => {
  const local = `fz${counter++}-${unique('f')}`;
  return pick([
    `${local}@example.org`,
    `${local.toUpperCase()}@Example.ORG`,
    ` ${local}é@example.org `,
    `${local}e\u0301@example.org`,
  ]);
};

function randomValue(depth = 0): unknown {
  switch (int(depth > 2 ? 6 : 9)) {
    case 0:
      return pick(HOSTILE_STRINGS);
    case 1:
      return int(3) === 0 ? -int(1e9) : rand() * 1e12;
    case 2:
      return chance(0.5);
    case 3:
      return null;
    case 4:
      return Array.from({ length: int(4) }, () => pick(HOSTILE_STRINGS));
    case 5:
      return String.fromCharCode(...Array.from({ length: int(40) }, () => int(0x10000)));
    case 6:
      return { [pick(EXTRA_KEYS) || 'k']: randomValue(depth + 1) };
    case 7:
      return Array.from({ length: int(3) }, () => randomValue(depth + 1));
    default:
      return pick(HOSTILE_EMAILS);
  }
}

function fieldValue(field: (typeof FIELDS)[number]): unknown {
  if (chance(0.55)) {
    // plausible values, so that many payloads get deep into validation and some are valid
    switch (field) {
      case 'email':
        return chance(0.6) ? validEmail() : pick(HOSTILE_EMAILS);
      case 'consentUpdates':
      case 'consentDigests':
      case 'redirect':
        return pick([true, false, 'on', 'true', '1', 'yes', 'off']);
      case 'consentTextVersion':
        return pick(['v1', 'join-2026-05', 'v1 <b>', '']);
      case 'country':
        return pick(['GB', 'ps', 'US', 'XX', 'EU', '']);
      case 'locale':
        return pick(['en', 'ar', 'fr', '']);
      case 'website':
        return chance(0.9) ? '' : 'http://spam.example';
      case 'referrer':
        return pick(['https://news.example/article?id=1', 'ftp://x', 'not a url', '']);
      default:
        return pick(HOSTILE_STRINGS.slice(0, 20).concat(['Nadia', 'Haddad', 'SW1A 1AA', '+44 20 7946 0000']));
    }
  }
  return randomValue();
}

/** A valid signup with at most one field replaced by a random or hostile value. */
function mutatedValidBody(): Record<string, unknown> {
  const body: Record<string, unknown> = {
    email: validEmail(),
    firstName: 'Nadia',
    lastName: 'Haddad',
    consentUpdates: true,
    consentTextVersion: 'fuzz-v1',
  };
  if (chance(0.7)) {
    const field = pick(FIELDS);
    body[field] = chance(0.5) ? fieldValue(field) : randomValue();
  }
  return body;
}

function randomBody(): Record<string, unknown> {
  if (chance(0.4)) return mutatedValidBody();
  const body: Record<string, unknown> = {};
  for (const f of FIELDS) if (f === 'email' ? chance(0.92) : chance(0.45)) body[f] = fieldValue(f);
  if (chance(0.6)) {
    body.consentUpdates = true;
    body.consentTextVersion = 'fuzz-v1';
  }
  if (chance(0.08)) body[pick(EXTRA_KEYS)] = randomValue();
  return body;
}

interface Case {
  contentType?: string;
  body: string | Buffer | undefined;
  /** The JSON object sent, when there is one (to know which emails were accepted). */
  sent?: Record<string, unknown>;
}

/** The urlencoded body, and what the server will see (every value a string, repeated keys an array). */
function toForm(body: Record<string, unknown>): { text: string; seen: Record<string, unknown> } {
  const params = new URLSearchParams();
  const seen: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    const values = Array.isArray(v)
      ? v.map(String)
      : [typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)];
    for (const x of values) params.append(k, x);
    seen[k] = values.length === 1 ? values[0] : values;
  }
  return { text: params.toString(), seen };
}

function randomCase(): Case {
  const r = rand();
  if (r < 0.62) {
    const sent = randomBody();
    return { contentType: 'application/json', body: JSON.stringify(sent), sent };
  }
  if (r < 0.8) {
    const form = toForm(randomBody());
    return { contentType: 'application/x-www-form-urlencoded', body: form.text, sent: form.seen };
  }
  return pick<() => Case>([
    () => ({ contentType: 'application/json', body: '{"email": "a@example.org",' }),
    () => ({ contentType: 'application/json', body: '' }),
    () => ({
      contentType: 'application/json',
      body: pick(['[]', '"x"', '42', 'null', 'true', '[{"email":"a@example.org"}]']),
    }),
    () => ({
      contentType: 'application/json',
      body: Buffer.from([
        0x7b, 0x22, 0x65, 0x6d, 0x61, 0x69, 0x6c, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d,
      ]),
    }),
    () => ({
      contentType: 'application/json',
      body: JSON.stringify({ email: validEmail(), nested: { a: { b: { c: { d: [[[[1]]]] } } } } }),
    }),
    () => ({ contentType: 'application/json', body: '{"__proto__": {"isAdmin": true}, "email": "p@example.org"}' }),
    () => ({
      contentType: 'application/json',
      body: JSON.stringify({ email: validEmail(), firstName: 'x'.repeat(1_100_000) }),
    }),
    () => ({ contentType: 'text/plain', body: 'email=a@example.org' }),
    () => ({ contentType: 'application/xml', body: '<email>a@example.org</email>' }),
    () => ({
      contentType: 'multipart/form-data; boundary=x',
      body: '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.org\r\n--x--',
    }),
    () => ({ contentType: 'text/csv', body: 'email\na@example.org' }),
    () => ({ contentType: undefined, body: undefined }),
    () => ({ contentType: 'application/x-www-form-urlencoded', body: 'email=%E0%A4%A&consentUpdates=on' }),
    () => ({ contentType: 'application/x-www-form-urlencoded', body: 'email=a%40example.org&email=b%40example.org' }),
    () => ({ contentType: 'application/x-www-form-urlencoded', body: '%%%%=&&&==' }),
    () => ({ contentType: 'application/json; charset=utf-16', body: JSON.stringify({ email: 'a@example.org' }) }),
  ])();
}

describe('fuzzing the public signup endpoint', () => {
  let t: TestApp;
  let campaign: { id: string; slug: string };

  beforeAll(async () => {
    t = await startApp({
      env: {
        ...SUPPORTERS_TEST_ENV,
        SIGNUP_MAX_PER_EMAIL_PER_HOUR: '10000',
        SIGNUP_MAX_PER_IP_PER_HOUR: '1000000',
        SIGNUP_BLOCK_DISPOSABLE: 'true',
        LOG_LEVEL: 'fatal',
      },
    });
    const owner = await createOrganizer(t);
    campaign = await createCampaign(t, owner.token);
  });
  afterAll(() => t.close());

  it(`should answer ${CASES} random and hostile payloads with 4xx (or 202 when valid), never 5xx, and leave no partial rows`, async () => {
    const failures: string[] = [];
    const accepted = new Set<string>();
    const statuses = new Map<number, number>();
    const url = `${t.url}/public/campaigns/${campaign.slug}/supporters`;

    let next = 0;
    async function worker() {
      while (next < CASES) {
        const i = next++;
        const c = randomCase();
        const headers: Record<string, string> = { 'x-forwarded-for': uniqueIp() };
        if (c.contentType) headers['content-type'] = c.contentType;
        if (chance(0.2)) headers.accept = 'text/html';
        let status: number;
        let type: string;
        try {
          const body = typeof c.body === 'string' || c.body === undefined ? c.body : new Uint8Array(c.body);
          const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual' });
          status = res.status;
          type = res.headers.get('content-type') ?? '';
          await res.arrayBuffer();
        } catch (err) {
          failures.push(`#${i}: request failed: ${(err as Error).message}`);
          continue;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const ok = status === 202 || status === 200 || status === 303;
        // Browsers (Accept: text/html) get the HTML error page or the form again; API clients problem+json.
        const errorType = headers.accept === 'text/html' ? 'text/html' : 'application/problem+json';
        if (status >= 500 || (!ok && (status < 400 || !type.includes(errorType)))) {
          failures.push(`#${i}: ${status} ${type} for ${String(c.body).slice(0, 200)}`);
        }
        if (
          ok &&
          c.sent &&
          typeof c.sent.email === 'string' &&
          !(typeof c.sent.website === 'string' && c.sent.website.trim() !== '')
        ) {
          accepted.add(normalizeEmail(c.sent.email));
        }
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker));

    expect(failures.slice(0, 20)).toEqual([]);
    expect(statuses.get(202) ?? 0).toBeGreaterThan(50); // the generator does reach the valid path
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);

    // No partial rows: every supporter is complete, came from an accepted payload, and has its consent log.
    const prisma = t.app.get(PrismaService);
    const cipher = t.app.get(PiiCipherService);
    const rows = await prisma.supporter.findMany({ where: { campaignId: campaign.id }, include: { consents: true } });
    const stored = new Set<string>();
    for (const r of rows) {
      expect(r.emailIndex).not.toBeNull();
      expect(r.emailEnc).not.toBeNull();
      const address = cipher.decrypt(r.emailEnc)!;
      expect(cipher.blindIndex(address)).toBe(r.emailIndex);
      stored.add(address);
      const grants = r.consents.filter((c) => c.action === 'granted');
      if (r.consentUpdates) expect(grants.some((g) => g.purpose === 'updates' && g.textVersion)).toBe(true);
      if (r.consentDigests) expect(grants.some((g) => g.purpose === 'digests' && g.textVersion)).toBe(true);
    }
    expect([...stored].filter((e) => !accepted.has(e))).toEqual([]);
    expect([...accepted].filter((e) => !stored.has(e))).toEqual([]);
  }, 600_000);

  it('should answer random bodies on the preferences endpoint with 4xx or 200, never 5xx', async () => {
    const res = await fetch(`${t.url}/public/campaigns/${campaign.slug}/supporters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
      body: JSON.stringify({ email: validEmail(), consentUpdates: true, consentTextVersion: 'v1' }),
    });
    expect(res.status).toBe(202);
    const s = await t.app
      .get(PrismaService)
      .supporter.findFirstOrThrow({ where: { campaignId: campaign.id }, orderBy: { id: 'desc' } });
    const token = t.app.get(LinkSignerService).signFor('preferences', s.id);
    const keys = [
      'locale',
      'digestFrequency',
      'digestHour',
      'timeZone',
      'updates',
      'digests',
      'unsubscribeAll',
      'fullForm',
      '__proto__',
      'x',
    ];
    const bad: string[] = [];
    for (let i = 0; i < 300; i++) {
      const body: Record<string, unknown> = {};
      for (const k of keys)
        if (chance(0.35))
          body[k] = chance(0.5)
            ? randomValue()
            : pick(['en', 'ar', 'daily', 'never', '7', 7, 25, 'Asia/Gaza', 'Mars/Base', true, 'on', '']);
      const tokenVariant = pick([token, token + 'x', '', 'a.b', token.split('.')[0]]);
      const r = await fetch(`${t.url}/public/preferences?token=${encodeURIComponent(tokenVariant)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': uniqueIp() },
        body: JSON.stringify(body),
      });
      if (r.status >= 500 || (r.status !== 200 && r.status >= 300 && r.status < 400))
        bad.push(`${r.status} ${JSON.stringify(body).slice(0, 200)}`);
      await r.arrayBuffer();
    }
    expect(bad).toEqual([]);
  }, 120_000);
});
