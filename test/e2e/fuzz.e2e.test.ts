import fc from 'fast-check';
import { LinkSignerService } from '../../src/infra/crypto/link-signer.service.js';
import { PAGE_PATH } from '../../src/web/answer.js';
import type { TestApp } from '../support/app.js';
import {
  addMember,
  type CampaignSuite,
  createBroadcast,
  createEvent,
  createPetition,
  createStatement,
  createSupporters,
  type OrganizerFixture,
  startWithCampaign,
  unique,
} from '../support/factories.js';

/**
 * The permanent guard of issue 15: malformed requests to every operation in /openapi.json,
 * authenticated as an owner with real ids, must never answer a 5xx, drop the connection, or
 * answer an error that is not problem+json. Values come from fast-check arbitraries derived from
 * each operation's request schema, mixed with a fixed list of hostile inputs (NUL, lone
 * surrogates, 10k-character strings, wrong types, deep nesting, huge numbers, bad UUIDs, broken
 * percent-encoding, long path parameters).
 *
 * Seeded and reproducible: FUZZ_SEED and FUZZ_RUNS (requests) pick the run; `npm run fuzz -- --runs N
 * [--seed S]` runs a larger one.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 1515);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const CONCURRENCY = 6;

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
};
type Operation = {
  method: string;
  path: string;
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\ud83d',
  'x'.repeat(10_000),
  'é'.repeat(3000),
  '😀'.repeat(100),
  'a\r\nBcc: victim@example.org',
  "'; DROP TABLE supporters; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  'not a url',
  'http://[::1',
  'javascript:alert(1)',
  '1e309',
  '-1',
  'NaN',
  'null',
  'true',
  '2026-02-30T25:61:00Z',
  '0000-00-00',
  'Mars/Base',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0197a3f2-xxxx-7000-8000-000000000000',
  '__proto__',
  'constructor',
  '\u202Eevil',
  '\uFEFF',
];
const HOSTILE_NUMBERS = [0, -1, 1.5, -0.000001, 2 ** 31, 2 ** 53 + 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER];
const deepNest = (n: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
};
const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  false,
  [],
  {},
  [[[[[]]]]],
  { __proto__: { admin: true } },
  deepNest(200),
  Array.from({ length: 2000 }, () => 'x'),
  ...HOSTILE_NUMBERS,
  ...HOSTILE_STRINGS,
];
/** Raw path segments, sent without encoding. */
const HOSTILE_SEGMENTS = [
  '%E0%A4%A',
  '%00',
  '%ED%A0%80',
  'a%2Fb',
  '..',
  '%25',
  'x'.repeat(250),
  'y'.repeat(2000),
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '%F0%9F%98%80',
];

/** Percent-encodes a path segment; a lone surrogate has no UTF-8, so it goes as the bytes a careless encoder sends. */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);
const hostileValue = fc.constantFrom(...HOSTILE_VALUES);

/** Ids of real resources, by parameter (and body field) name. */
type Ids = Record<string, string>;

function arbitraryFor(doc: { components?: { schemas?: Record<string, Schema> } }, ids: Ids) {
  const resolve = (s: Schema): Schema => {
    let out = s;
    for (let i = 0; out.$ref && i < 10; i++)
      out = doc.components?.schemas?.[out.$ref.replace('#/components/schemas/', '')] ?? {};
    return out;
  };

  const validString = (s: Schema, name?: string): fc.Arbitrary<unknown> => {
    if (name && ids[name]) return fc.constant(ids[name]);
    if (s.format === 'uuid' || /uuid|[0-9a-f]\{8\}/i.test(s.pattern ?? ''))
      return fc.oneof(fc.constantFrom(...Object.values(ids)), fc.uuid());
    if (s.format === 'date-time')
      return fc
        .date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    if (s.format === 'date') return fc.constantFrom('2026-01-15', '2027-06-30', '2025-12-31');
    if (s.format === 'email') return fc.constantFrom(`${unique('fz')}@example.org`, 'a@b', 'x@example.org');
    if (s.format === 'uri') return fc.constantFrom('https://example.org/x', 'http://localhost/', 'ftp://x');
    return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 40) });
  };

  const valid = (input: Schema, depth: number, name?: string): fc.Arbitrary<unknown> => {
    const s = resolve(input);
    if (s.const !== undefined) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const union = s.anyOf ?? s.oneOf;
    if (union?.length) return fc.oneof(...union.map((u) => valid(u, depth, name)));
    if (s.allOf?.length) return valid(s.allOf[0], depth, name);
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    let arb: fc.Arbitrary<unknown>;
    switch (type) {
      case 'string':
        arb = validString(s, name);
        break;
      case 'integer':
        arb = fc.integer({ min: s.minimum ?? -5, max: s.maximum ?? 10_000 });
        break;
      case 'number':
        arb = fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
        break;
      case 'boolean':
        arb = fc.boolean();
        break;
      case 'array':
        arb = depth > 3 ? fc.constant([]) : fc.array(valid(s.items ?? {}, depth + 1), { maxLength: 4 });
        break;
      case 'object':
      case undefined: {
        const props = s.properties ?? {};
        if (depth > 4 || Object.keys(props).length === 0) {
          arb = fc.constant({});
          break;
        }
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, v] of Object.entries(props)) shape[k] = value(v, depth + 1, k);
        arb = fc.record(shape, { requiredKeys: (s.required ?? []).filter((k) => k in shape) });
        break;
      }
      default:
        arb = hostileValue;
    }
    return s.nullable ? fc.option(arb, { nil: null, freq: 8 }) : arb;
  };

  /** Mostly valid by the schema; sometimes hostile, of the wrong type, or a hostile string. */
  const value = (s: Schema, depth = 0, name?: string): fc.Arbitrary<unknown> =>
    fc.oneof(
      { arbitrary: valid(s, depth, name), weight: 6 },
      { arbitrary: hostileString, weight: 2 },
      { arbitrary: hostileValue, weight: 1 },
    );

  return { value, valid, resolve };
}

interface Case {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
  label: string;
  /** Run after every case of a lower phase (see `phaseOf`). */
  phase: number;
}

function buildCases(doc: any, ids: Ids, runs: number, seed: number): Case[] {
  const { value } = arbitraryFor(doc, ids);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths))
    for (const method of ['get', 'post', 'patch', 'delete', 'put'])
      if (item[method]) operations.push({ method: method.toUpperCase(), path, ...item[method] });
  // Archiving the campaign or ending the owner's session would turn the cases after them into 404s
  // and 401s: they are fuzzed too, last, archive before logout.
  const phaseOf = (op: Operation) =>
    op.method === 'POST' && op.path === '/auth/logout' ? 2 : op.path.endsWith('/archive') ? 1 : 0;
  const perOperation = Math.max(3, Math.ceil(runs / operations.length));

  const cases: Case[] = [];
  operations.forEach((op, index) => {
    const phase = phaseOf(op);
    const params = op.parameters ?? [];
    const bodySchema = op.requestBody?.content?.['application/json']?.schema;
    const caseArb = fc.record({
      path: fc.record(
        Object.fromEntries(
          params
            .filter((p) => p.in === 'path')
            .map((p) => [
              p.name,
              fc.oneof(
                { arbitrary: fc.constant(ids[p.name] ? encodeURIComponent(ids[p.name]) : 'x'), weight: 6 },
                {
                  arbitrary: value(p.schema ?? { type: 'string' }, 0, p.name).map((v) =>
                    encodeSegment(String(v).slice(0, 3000)),
                  ),
                  weight: 2,
                },
                { arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS), weight: 2 },
              ),
            ]),
        ),
      ),
      query: fc.record(
        Object.fromEntries(
          params.filter((p) => p.in === 'query').map((p) => [p.name, value(p.schema ?? { type: 'string' }, 0, p.name)]),
        ),
        { requiredKeys: [] },
      ),
      rawQuery: fc.option(fc.constantFrom('a=%E0%A4%A', 'token=%00', 'limit=1e309&limit=2', '%%%=&&', 'x[y]=1'), {
        freq: 6,
      }),
      body: bodySchema ? value(bodySchema) : fc.option(hostileValue, { freq: 4 }),
      bodyShape: fc.constantFrom('json', 'json', 'json', 'json', 'form', 'broken'),
    });
    for (const c of fc.sample(caseArb, { seed: seed + index, numRuns: perOperation })) {
      const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => (c.path as Record<string, string>)[name] ?? 'x');
      const search = new URLSearchParams();
      for (const [k, v] of Object.entries(c.query))
        if (v !== undefined) search.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v));
      const qs = [search.toString(), c.rawQuery ?? ''].filter(Boolean).join('&');
      const url = `${path}${qs ? `?${qs}` : ''}`;
      const label = `${op.method} ${op.path}`;
      if (op.method === 'GET' || op.method === 'DELETE' || c.body === null) {
        cases.push({ method: op.method, url, label, phase });
      } else if (c.bodyShape === 'form' && typeof c.body === 'object' && c.body && !Array.isArray(c.body)) {
        const form = new URLSearchParams();
        for (const [k, v] of Object.entries(c.body)) form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
        cases.push({
          method: op.method,
          url,
          body: form.toString(),
          contentType: 'application/x-www-form-urlencoded',
          label,
          phase,
        });
      } else if (c.bodyShape === 'broken') {
        cases.push({ method: op.method, url, body: '{"a": [1, 2', contentType: 'application/json', label, phase });
      } else {
        cases.push({
          method: op.method,
          url,
          body: JSON.stringify(c.body),
          contentType: 'application/json',
          label,
          phase,
        });
      }
    }
  });
  return cases.sort((a, b) => a.phase - b.phase);
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  const ids: Ids = {};

  beforeAll(async () => {
    let campaign: CampaignSuite['campaign'];
    ({ t, owner, campaign } = await startWithCampaign({
      env: {
        TRUST_PROXY: 'true',
        LOG_LEVEL: 'fatal',
        SIGNUP_MAX_PER_IP_PER_HOUR: '1000000',
        SIGNUP_MAX_PER_EMAIL_PER_HOUR: '10000',
        PETITION_SIGN_BURST_PER_MINUTE: '1000000',
      },
    }));
    ids.campaignId = campaign.id;
    ids.slug = campaign.slug;
    const member = await addMember(t, owner, campaign.id, 'organizer');
    ids.organizerId = member.id;
    const petition = await createPetition(t, owner.token, campaign.id);
    ids.petitionId = petition.id;
    ids.petitionSlug = petition.slug;
    const event = await createEvent(t, owner.token, campaign.id);
    ids.eventId = event.id;
    ids.eventSlug = event.slug;
    ids.statementId = (await createStatement(t, owner.token, campaign.id)).id;
    ids.broadcastId = (await createBroadcast(t, owner.token, campaign.id)).id;
    const milestone = await t.http.post(
      `/campaigns/${campaign.id}/milestones`,
      { kind: 'custom', title: 'We met the council', occurredOn: '2026-01-15' },
      owner.token,
    );
    if (milestone.status === 201) ids.milestoneId = milestone.body.id;
    const [supporter] = await createSupporters(t, campaign.id, 3);
    ids.supporterId = supporter.id;
    const token = await t.http.post('/auth/tokens', { name: 'fuzz' }, owner.token);
    if (token.status === 201) ids.tokenId = token.body.id;
    ids.token = t.app.get(LinkSignerService).signFor('preferences', supporter.id);
  }, 120_000);
  afterAll(() => t.close());

  it(`should answer ${RUNS} malformed requests across every operation without a 5xx, a dropped connection or an error that is not problem+json`, async () => {
    const doc = (await t.http.get('/openapi.json')).body;
    const cases = buildCases(doc, ids, RUNS, SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const covered = new Set<string>();
    let next = 0;
    let ip = 0;

    async function worker(phase: Case[]) {
      while (next < phase.length) {
        const c = phase[next++];
        const headers: Record<string, string> = {
          authorization: `Bearer ${owner.token}`,
          'x-forwarded-for': `10.77.${(ip >> 8) & 255}.${ip++ & 255}`,
        };
        if (c.contentType) headers['content-type'] = c.contentType;
        try {
          const res = await fetch(t.url + c.url, { method: c.method, headers, body: c.body, redirect: 'manual' });
          const type = res.headers.get('content-type') ?? '';
          await res.arrayBuffer();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status < 500) covered.add(c.label);
          // Pages for browsers (the public HTML pages) are the only errors that are not problem+json.
          const page = (c.url.startsWith('/public/') || PAGE_PATH.test(c.url)) && type.startsWith('text/html');
          // The OSDI API answers its errors in OSDI's own HAL shape (src/modules/osdi), by that standard.
          const osdi = c.url.startsWith('/osdi/') && type.includes('application/hal+json');
          if (res.status >= 500 || (res.status >= 400 && !type.includes('application/problem+json') && !page && !osdi))
            failures.push(`${res.status} ${type} ${c.method} ${c.url.slice(0, 200)} ${String(c.body).slice(0, 200)}`);
        } catch (err) {
          failures.push(`dropped: ${(err as Error).message} ${c.method} ${c.url.slice(0, 200)}`);
        }
      }
    }
    for (const phase of [0, 1, 2]) {
      const these = cases.filter((c) => c.phase === phase);
      next = 0;
      await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(these)));
    }

    expect(failures.slice(0, 30)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(RUNS);
    // The generator reaches the operations and sometimes gets through validation.
    expect(covered.size).toBeGreaterThan(100);
    // Every operation is fuzzed, the ones that end the session or the campaign included.
    const labels = new Set(cases.map((c) => c.label));
    expect(labels).toContain('POST /auth/logout');
    expect([...labels].some((l) => l.endsWith('/archive'))).toBe(true);
    expect(labels.size).toBe(
      Object.values<Record<string, unknown>>(doc.paths).reduce(
        (n, item) => n + ['get', 'post', 'patch', 'delete', 'put'].filter((m) => item[m]).length,
        0,
      ),
    );
    expect([...statuses.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
  }, 900_000);
});
