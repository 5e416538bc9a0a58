import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/app.js';
import {
  addMember,
  createEvent,
  createPetition,
  DAY,
  isoIn,
  type OrganizerFixture,
  startWithCampaign,
} from '../support/factories.js';
import { attend, person, signAndConfirm } from '../support/retention.js';
import { consent } from '../support/supporters.js';
import type { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { RetentionService } from '../../src/modules/retention/retention.service.js';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { waitUntil } from '../support/wait.js';

/**
 * The retention rules on a seeded timeline: petitions delivered 7 months and 1 month ago, an open
 * one, an event that ends today and one in two months, and an audit entry naming a supporter. The
 * daily job runs at two later instants (its clock is a parameter); each time it must anonymize
 * exactly what the rules say and nothing else, twice in a row (idempotent), without moving a count.
 */
/** What a run of the daily job reports when the rules have nothing (more) to anonymize. */
const NOTHING_DONE = { petitions: 0, signatures: 0, events: 0, rsvps: 0, supportersErased: 0, auditEntries: 0 };

describe('retention rules', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };
  const m = randomBytes(4).toString('hex');
  const [A, B, C, D, F, G, H] = ['a', 'b', 'c', 'd', 'f', 'g', 'h'].map((k) => person(m, k));

  beforeAll(async () => {
    ({ t, prisma, owner, campaign } = await startWithCampaign({
      env: { TRUST_PROXY: '127.0.0.1', RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' },
    }));
  });
  afterAll(async () => {
    await t?.close();
  });

  const run = (at: Date) => t.app.get(RetentionService).runCampaign(campaign.id, at);

  it('should schedule the daily job and the shutdown sweep in the worker', async () => {
    const schedulers = await waitUntil(
      async () => {
        const found = await t.app.get(QueueService).queue('retention').getJobSchedulers();
        return found.length === 2 ? found : undefined;
      },
      { what: 'the retention job schedulers' },
    );
    expect(schedulers.find((s) => s.name === 'retention.daily')).toMatchObject({ pattern: '17 3 * * *', tz: 'UTC' });
  });

  it('should validate the rules and let only owners and admins change them', async () => {
    const base = `/campaigns/${campaign.id}/retention`;
    expect((await t.http.get(base, owner.token)).body).toMatchObject({
      signerMonths: 6,
      rsvpDays: 30,
      auditMonths: 12,
      isDefault: true,
    });
    const bad = await t.http.patch(base, { signerMonths: 0 }, owner.token);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('signerMonths');
    const organizer = await addMember(t, owner, campaign.id, 'organizer');
    expect((await t.http.patch(base, { rsvpDays: 10 }, organizer.token)).status).toBe(403);
    expect((await t.http.get(base, organizer.token)).status).toBe(200);
    const set = await t.http.patch(base, { rsvpDays: 30 }, owner.token);
    expect(set.body).toMatchObject({ rsvpDays: 30, isDefault: false });
  });

  it('should anonymize exactly what the rules say, idempotently, keeping every count', async () => {
    const now = Date.now();
    // --- the timeline
    const p1 = await createPetition(t, owner.token, campaign.id); // delivered 7 months ago
    const p2 = await createPetition(t, owner.token, campaign.id); // stays open
    const p3 = await createPetition(t, owner.token, campaign.id); // delivered a month ago
    const e1 = await createEvent(t, owner.token, campaign.id, { startsAt: isoIn(3600_000), endsAt: isoIn(7200_000) });
    const e2 = await createEvent(t, owner.token, campaign.id, {
      startsAt: isoIn(60 * DAY),
      endsAt: isoIn(60 * DAY + 7200_000),
    });
    const signed = {
      comment: `I was there ${m}`,
      showName: true,
      country: 'GB',
      postalCode: 'N1 9GU',
      source: 'leaflet',
    };
    await signAndConfirm(t, campaign.slug, p1.slug, { ...A, ...signed, ...consent }); // subscribed: stays
    await signAndConfirm(t, campaign.slug, p1.slug, { ...B, ...signed }); // only this signature: erased
    await signAndConfirm(t, campaign.slug, p1.slug, { ...C, ...signed }); // also signed the open one: stays
    await signAndConfirm(t, campaign.slug, p2.slug, { ...C, ...signed }, 2);
    await signAndConfirm(t, campaign.slug, p3.slug, { ...D, ...signed });
    await attend(t, campaign.slug, e1.slug, F); // only this RSVP: erased
    await attend(t, campaign.slug, e1.slug, { ...G, ...consent }); // subscribed: stays
    await attend(t, campaign.slug, e2.slug, H);
    // who is who: the blind index is the service's business; the signatures and RSVPs tell us
    const sigs = await prisma.petitionSignature.findMany({
      where: { campaignId: campaign.id },
      orderBy: { createdAt: 'asc' },
    });
    const rsvps = await prisma.eventRsvp.findMany({
      where: { campaignId: campaign.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(sigs).toHaveLength(5);
    expect(rsvps).toHaveLength(3);
    const [sigA, sigB, sigC1, sigC2, sigD] = sigs;
    const [rsvpF, rsvpG, rsvpH] = rsvps;
    const who = {
      // Standard petitions: every signature has its supporter ("verify, then forget" ones have none).
      A: sigA.supporterId!,
      B: sigB.supporterId!,
      C: sigC1.supporterId!,
      D: sigD.supporterId!,
      F: rsvpF.supporterId,
      G: rsvpG.supporterId,
      H: rsvpH.supporterId,
    };
    expect(sigC2.supporterId).toBe(who.C);
    expect(sigA.displayName).not.toBeNull();
    expect(sigA.comment).not.toBeNull();
    expect((await prisma.supporter.findUniqueOrThrow({ where: { id: who.G } })).consentUpdates).toBe(true);
    expect((await prisma.supporter.findUniqueOrThrow({ where: { id: who.A } })).consentUpdates).toBe(true);

    const deliver = (id: string, at: number) =>
      t.http.post(
        `/campaigns/${campaign.id}/petitions/${id}/deliver`,
        { deliveredAt: new Date(at).toISOString() },
        owner.token,
      );
    expect((await deliver(p1.id, now - 213 * DAY)).status).toBe(200);
    expect((await deliver(p3.id, now - 30 * DAY)).status).toBe(200);
    // an audit entry that names a supporter: an owner's export of A
    expect((await t.http.get(`/campaigns/${campaign.id}/supporters/${who.A}/export`, owner.token)).status).toBe(200);

    // --- organizers see what expires when
    const expiries = await t.http.get(`/campaigns/${campaign.id}/retention/expiries`, owner.token);
    expect(expiries.status).toBe(200);
    const byPetition = Object.fromEntries(
      (expiries.body.petitions as { petitionId: string; signatures: number; expiresAt: string }[]).map((p) => [
        p.petitionId,
        p,
      ]),
    );
    expect(Object.keys(byPetition).sort()).toEqual([p1.id, p3.id].sort());
    expect(byPetition[p1.id].signatures).toBe(3);
    expect(byPetition[p3.id].signatures).toBe(1);
    const p3Expires = new Date(now - 30 * DAY);
    p3Expires.setUTCMonth(p3Expires.getUTCMonth() + 6);
    expect(Math.abs(new Date(byPetition[p3.id].expiresAt).getTime() - p3Expires.getTime())).toBeLessThan(2 * DAY);
    expect(expiries.body.events).toEqual([]); // nothing has ended yet
    expect(expiries.body.audit.entries).toBeGreaterThanOrEqual(1);

    const counts = async () => ({
      petitions: await Promise.all(
        [p1, p2, p3].map(
          async (p) => (await t.http.get(`/public/campaigns/${campaign.slug}/petitions/${p.slug}`)).body.confirmedCount,
        ),
      ),
      events: await Promise.all(
        [e1, e2].map(
          async (e) => (await t.http.get(`/campaigns/${campaign.id}/events/${e.id}`, owner.token)).body.counts,
        ),
      ),
      series: await Promise.all(
        ['signatures', 'signature-confirmations', 'signups'].map(async (metric) => {
          const { to: _to, ...series } = (
            await t.http.get(`/campaigns/${campaign.id}/dashboard/series/${metric}?period=all`, owner.token)
          ).body;
          return series as unknown;
        }),
      ),
    });
    // the count cache drains within about 2 s
    const before = await waitUntil(
      async () => {
        const current = await counts();
        return current.petitions.join() === '3,1,1' ? current : null;
      },
      { what: 'the confirmed counts of P1, P2 and P3 to reach 3, 1 and 1', intervalMs: 200 },
    );

    const linked = async () => ({
      signatures: (await prisma.petitionSignature.findMany({ where: { campaignId: campaign.id, anonymizedAt: null } }))
        .map((s) => s.id)
        .sort(),
      rsvps: (await prisma.eventRsvp.findMany({ where: { campaignId: campaign.id, anonymizedAt: null } }))
        .map((r) => r.id)
        .sort(),
      erased: (await prisma.supporter.findMany({ where: { campaignId: campaign.id, status: 'erased' } }))
        .map((s) => s.id)
        .sort(),
    });

    // --- 40 days on: P1's signers (delivered 7 months before) and E1's attendees expire
    const t1 = new Date(now + 40 * DAY);
    expect(await run(t1)).toEqual({
      petitions: 1,
      signatures: 3,
      events: 1,
      rsvps: 2,
      supportersErased: 2,
      auditEntries: 0,
    });
    const after1 = await linked();
    expect(after1.signatures).toEqual([sigC2.id, sigD.id].sort());
    expect(after1.rsvps).toEqual([rsvpH.id]);
    expect(after1.erased).toEqual([who.B, who.F].sort());
    for (const s of await prisma.petitionSignature.findMany({ where: { id: { in: [sigA.id, sigB.id, sigC1.id] } } })) {
      expect(s).toMatchObject({ displayName: null, comment: null, isPublic: false, emailDomain: null, ipHash: null });
      expect(s).toMatchObject({
        country: 'GB',
        postalPrefix: expect.any(String),
        source: 'leaflet',
        status: 'confirmed',
      });
      expect(s.confirmedAt).not.toBeNull();
      expect(Object.values(who)).not.toContain(s.supporterId); // linked to nobody
    }
    const untouched = await prisma.petitionSignature.findUniqueOrThrow({ where: { id: sigD.id } });
    expect(untouched.supporterId).toBe(who.D);
    expect(untouched.displayName).not.toBeNull();
    for (const r of await prisma.eventRsvp.findMany({ where: { id: { in: [rsvpF.id, rsvpG.id] } } }))
      expect(Object.values(who)).not.toContain(r.supporterId);
    expect(await prisma.supporter.findUniqueOrThrow({ where: { id: who.A } })).toMatchObject({ status: 'confirmed' });
    expect((await prisma.supporter.findUniqueOrThrow({ where: { id: who.A } })).emailEnc).not.toBeNull();
    expect((await prisma.supporter.findUniqueOrThrow({ where: { id: who.C } })).emailEnc).not.toBeNull();
    expect((await prisma.supporter.findUniqueOrThrow({ where: { id: who.G } })).emailEnc).not.toBeNull();
    expect(await prisma.supporter.findUniqueOrThrow({ where: { id: who.B } })).toMatchObject({
      emailEnc: null,
      firstNameEnc: null,
    });
    // again: nothing more
    expect(await run(t1)).toEqual(NOTHING_DONE);
    expect(await linked()).toEqual(after1);
    expect(await counts()).toEqual(before);

    // --- 400 days on: P3's and E2's people expire, and the audit entries stop naming supporters
    const t2 = new Date(now + 400 * DAY);
    const second = await run(t2);
    expect(second).toMatchObject({ petitions: 1, signatures: 1, events: 1, rsvps: 1, supportersErased: 2 });
    expect(second.auditEntries).toBeGreaterThanOrEqual(1);
    const after2 = await linked();
    expect(after2.signatures).toEqual([sigC2.id]); // the open petition never expires
    expect(after2.rsvps).toEqual([]);
    expect(after2.erased).toEqual([who.B, who.D, who.F, who.H].sort());
    const naming = await prisma.auditEvent.count({
      where: {
        campaignId: campaign.id,
        OR: [
          { entityType: 'supporter', entityId: { not: null } },
          { actorKind: 'supporter', actorId: { not: null } },
        ],
      },
    });
    expect(naming).toBe(0);
    const exported = await prisma.auditEvent.findFirstOrThrow({
      where: { campaignId: campaign.id, action: 'personal-data.export' },
    });
    expect(exported).toMatchObject({ entityType: 'supporter', entityId: null, actorId: owner.id });
    expect(await run(t2)).toEqual(NOTHING_DONE);
    expect(await linked()).toEqual(after2);
    expect(await counts()).toEqual(before);

    // --- what the job said, in the audit log: counts, no names
    const log = await t.http.get(`/campaigns/${campaign.id}/audit?action=retention.applied`, owner.token);
    expect(log.body.items).toHaveLength(2);
    expect(log.body.items[1].details).toMatchObject({ signatures: 3, rsvps: 2, supportersErased: 2, auditEntries: 0 });
    expect(JSON.stringify(log.body.items)).not.toMatch(new RegExp(Object.values(who).join('|')));
  });
});
