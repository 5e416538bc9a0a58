import { randomUUID } from 'node:crypto';
import type { TestApp } from '../support/app.js';
import {
  addMember,
  createBroadcast,
  createCampaign,
  createEvent,
  createPetition,
  createStatement,
  createSupporters,
  type OrganizerFixture,
  startWithCampaign,
  unique,
} from '../support/factories.js';
import { fillPath, routeTable } from '../support/routes.js';

/**
 * Issue 15, "bad input never causes a 5xx": each case here answered a 500, a raw Fastify error or
 * a misleading status before its fix. The OpenAPI-driven fuzz test (fuzz.e2e.test.ts) guards the
 * whole class; these name the defects one by one.
 */
const PROBLEM = 'application/problem+json';
const ORIGIN = 'https://campaign.example';

describe('input safety: every bad input is a 4xx problem naming the field', () => {
  let t: TestApp;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let other: { id: string; slug: string };
  let petition: { id: string; slug: string };

  beforeAll(async () => {
    ({ t, owner, campaign } = await startWithCampaign({ env: { CORS_ORIGINS: ORIGIN, LOG_LEVEL: 'fatal' } }));
    other = await createCampaign(t, owner.token);
    petition = await createPetition(t, owner.token, campaign.id);
  }, 60_000);
  afterAll(() => t.close());

  const expectProblem = (res: { status: number; headers: Headers }, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain(PROBLEM);
  };
  const paths = (res: { body: { errors?: { path: string }[] } }) => (res.body.errors ?? []).map((e) => e.path);

  describe('refinements never throw', () => {
    it.each(['thankYouUrl', 'confirmedUrl'])('should answer 400 naming %s when it is not a URL', async (field) => {
      const res = await t.http.patch(
        `/campaigns/${campaign.id}/supporters/settings`,
        { [field]: 'not a url' },
        owner.token,
      );
      expectProblem(res, 400);
      expect(paths(res)).toContain(field);
    });
  });

  describe('text PostgreSQL cannot store (NUL, lone surrogates) is refused at validation', () => {
    it.each([
      ['a NUL', 'The\u0000council'],
      ['a lone surrogate', 'The \ud800 council'],
    ])('should answer 400 naming the field when a body string holds %s', async (_, value) => {
      const res = await t.http.patch(
        `/campaigns/${campaign.id}/petitions/${petition.id}`,
        { target: value },
        owner.token,
      );
      expectProblem(res, 400);
      expect(paths(res)).toContain('target');
    });

    it('should answer 400 naming the field when a nested string holds a lone surrogate', async () => {
      const res = await t.http.post(
        '/campaigns',
        { slug: unique('c'), name: 'x\udfff', timeZone: 'Europe/London', defaultLocale: 'en' },
        owner.token,
      );
      expectProblem(res, 400);
      expect(paths(res)).toContain('name');
    });

    it.each([
      ['supporters', '/supporters?source=a%00b', 'source'],
      ['audit', '/audit?action=a%00b', 'action'],
      ['mail messages', '/mail/messages?template=a%00b', 'template'],
    ])('should answer 400 naming the parameter when a %s query filter holds a NUL', async (_, path, param) => {
      const res = await t.http.get(`/campaigns/${campaign.id}${path}`, owner.token);
      expectProblem(res, 400);
      expect(paths(res)).toContain(param);
    });

    it.each([
      ['signatures', () => `/campaigns/${campaign.id}/petitions/${petition.id}/signatures.csv?source=a%00b`],
      ['supporters', () => `/campaigns/${campaign.id}/supporters/export.csv?source=a%00b`],
    ])('should answer 400 before streaming when a %s CSV export filter holds a NUL', async (_, path) => {
      const res = await t.http.get(path(), owner.token);
      expectProblem(res, 400);
      expect(paths(res)).toContain('source');
    });

    it('should answer 400 naming the parameter when a path parameter holds a NUL', async () => {
      const res = await t.http.get(`/public/campaigns/a%00b/petitions`);
      expectProblem(res, 400);
      expect(paths(res)).toContain('slug');
    });

    it('should answer 400 naming the field when a form post holds a NUL', async () => {
      const res = await t.http.request('POST', `/public/campaigns/${campaign.slug}/supporters`, {
        form: { email: `${unique('f')}@example.org`, firstName: 'Na\u0000dia', consentUpdates: 'on' },
      });
      expectProblem(res, 400);
      expect(paths(res)).toContain('firstName');
    });
  });

  describe('concurrent identical requests', () => {
    it('should answer every one of four parallel staff assignments without a 5xx when they name the same member', async () => {
      const member = await addMember(t, owner, campaign.id, 'organizer');
      const event = await createEvent(t, owner.token, campaign.id);
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          t.http.post(`/campaigns/${campaign.id}/events/${event.id}/staff`, { organizerId: member.id }, owner.token),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      const list = await t.http.get(`/campaigns/${campaign.id}/events/${event.id}/staff`, owner.token);
      expect(list.body.items.filter((s: { organizerId: string }) => s.organizerId === member.id)).toHaveLength(1);
    });

    it('should answer 404, not 500, to the losers when one member is removed by parallel requests', async () => {
      const member = await addMember(t, owner, campaign.id, 'viewer');
      const results = await Promise.all(
        Array.from({ length: 4 }, () => t.http.delete(`/campaigns/${campaign.id}/members/${member.id}`, owner.token)),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(statuses.filter((s) => s === 200 || s === 204)).toHaveLength(1);
      expect(statuses.filter((s) => s === 404)).toHaveLength(3);
    });
  });

  describe('router-level errors', () => {
    it('should answer problem+json when the URL has broken percent-encoding', async () => {
      const res = await t.http.get('/campaigns/%E0%A4%A', owner.token);
      expectProblem(res, 400);
      expect(res.body.status).toBe(400);
    });

    it('should answer problem+json when a path parameter is far too long', async () => {
      const res = await t.http.get(`/campaigns/${'a'.repeat(5000)}`, owner.token);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toContain(PROBLEM);
      expect(res.body.status).toBe(res.status);
    });

    it('should answer 400 naming the parameter when a path parameter is 200+ characters', async () => {
      const res = await t.http.get(`/public/campaigns/${'s'.repeat(250)}/petitions`);
      expectProblem(res, 400);
      expect(paths(res)).toContain('slug');
    });
  });

  describe('RFC 9457 members are never overwritten', () => {
    it('should keep status 409 and report the state apart when a cancelled broadcast is started', async () => {
      const api = `/campaigns/${campaign.id}/broadcasts`;
      const created = await t.http.post(api, { name: 'Update', subject: 'News', body: 'We won.' }, owner.token);
      expect(created.status).toBe(201);
      const id = created.body.broadcast.id as string;
      expect((await t.http.post(`${api}/${id}/cancel`, {}, owner.token)).status).toBe(200);
      const res = await t.http.post(`${api}/${id}/start`, {}, owner.token);
      expectProblem(res, 409);
      expect(res.body.status).toBe(409);
      expect(res.body.currentState).toBe('cancelled');
    });

    it('should keep status 409 when a draft statement is approved', async () => {
      const created = await createStatement(t, owner.token, campaign.id);
      const res = await t.http.post(`/campaigns/${campaign.id}/statements/${created.id}/approve`, {}, owner.token);
      expectProblem(res, 409);
      expect(res.body.status).toBe(409);
      expect(res.body.currentState).toBe('draft');
    });
  });

  describe('campaign-scoped lookups', () => {
    it("should answer 404 when a digest preview names another campaign's supporter", async () => {
      const [stranger] = await createSupporters(t, other.id, 1);
      const res = await t.http.get(`/campaigns/${campaign.id}/digests/preview/${stranger.id}`, owner.token);
      expectProblem(res, 404);
      expect(JSON.stringify(res.body)).not.toContain('mailStatus');
    });

    it('should answer 404 when the message history names a supporter the campaign does not have', async () => {
      const [stranger] = await createSupporters(t, other.id, 1);
      for (const id of [randomUUID(), stranger.id]) {
        const res = await t.http.get(`/campaigns/${campaign.id}/mail/supporters/${id}/messages`, owner.token);
        expectProblem(res, 404);
      }
      const [own] = await createSupporters(t, campaign.id, 1);
      const mine = await t.http.get(`/campaigns/${campaign.id}/mail/supporters/${own.id}/messages`, owner.token);
      expect(mine.status).toBe(200);
    });
  });

  it("should answer 404 on every campaign-scoped read when an id names another campaign's resource", async () => {
    // Real resources of the other campaign, each named by the parameter that takes it.
    const foreign: Record<string, string> = {};
    foreign.petitionId = (await createPetition(t, owner.token, other.id)).id;
    foreign.eventId = (await createEvent(t, owner.token, other.id)).id;
    foreign.supporterId = (await createSupporters(t, other.id, 1))[0].id;
    foreign.statementId = (await createStatement(t, owner.token, other.id)).id;
    foreign.broadcastId = (await createBroadcast(t, owner.token, other.id)).id;
    const wrong: string[] = [];
    for (const route of routeTable(t.app)) {
      if (route.method !== 'GET' || !route.campaignRole) continue;
      const names = [...route.path.matchAll(/:(\w+)/g)]
        .map((m) => m[1])
        .filter((n) => n !== 'campaignId' && n !== 'number' && n !== 'metric');
      if (names.length === 0) continue;
      // Non-id parameters and required queries get valid values, so only the lookup can refuse.
      const url =
        fillPath(route.path, { campaignId: campaign.id, number: '1', ...foreign }, randomUUID()) +
        (route.path.endsWith('/diff') ? '?from=1&to=1' : '');
      const res = await t.http.get(url, owner.token);
      if (res.status !== 404) wrong.push(`${res.status} ${route.method} ${route.path}`);
    }
    expect(wrong).toEqual([]);
  });

  describe('caching and CORS', () => {
    it('should send Cache-Control: no-store when an authenticated answer carries personal data', async () => {
      await createSupporters(t, campaign.id, 1);
      for (const path of [`/campaigns/${campaign.id}/supporters`, '/auth/me', `/campaigns/${campaign.id}/members`]) {
        const res = await t.http.get(path, owner.token);
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
    });

    it.each(['PATCH', 'DELETE'])('should allow %s in a preflight from a configured origin', async (method) => {
      const res = await fetch(`${t.url}/campaigns/${campaign.id}/supporters/settings`, {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': method,
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(res.status).toBeLessThan(300);
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('access-control-allow-methods')).toContain(method);
    });
  });
});
