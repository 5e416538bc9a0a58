import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/app.js';
import {
  addMember,
  createEvent,
  createPetition,
  type OrganizerFixture,
  startWithCampaign,
} from '../support/factories.js';
import { rsvp } from '../support/events.js';
import { attend, person, signAndConfirm } from '../support/retention.js';
import { consent, signup } from '../support/supporters.js';
import { waitUntil } from '../support/wait.js';
import type { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { dumpDatabase } from '../support/exposure.js';

/**
 * An owner shuts a campaign down: typed confirmation, a delay (3 s here, 24 hours by default) during
 * which it can be cancelled, then every supporter's personal data is erased while counts and the
 * public record stay. The worker's delayed job runs it; owners are emailed at each step.
 */
describe('campaign shutdown', () => {
  let t: TestApp;
  let prisma: PrismaService;
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };
  const m = randomBytes(4).toString('hex');
  const [A, B, C, D] = ['a', 'b', 'c', 'd'].map((k) => person(m, k));
  const comment = `Fired for organizing ${m}`;

  beforeAll(async () => {
    ({ t, prisma, owner, campaign } = await startWithCampaign({
      env: { TRUST_PROXY: '127.0.0.1', RATE_LIMIT_PUBLIC_PER_MINUTE: '100000', CAMPAIGN_SHUTDOWN_DELAY_SECONDS: '3' },
    }));
  });
  afterAll(async () => {
    await t?.close();
  });

  const ownerMail = (subject: RegExp) =>
    t.smtp.messages.filter((msg) => msg.envelopeTo.includes(owner.email) && subject.test(msg.parsed.subject ?? ''));

  it('should erase every supporter after the delay, unless cancelled, leaving counts and the public record', async () => {
    const base = `/campaigns/${campaign.id}/shutdown`;
    const pub = `/public/campaigns/${campaign.slug}`;
    const petition = await createPetition(t, owner.token, campaign.id);
    const event = await createEvent(t, owner.token, campaign.id);
    const statement = await t.http.post(
      `/campaigns/${campaign.id}/statements`,
      { slug: `st-${m}`, primaryLocale: 'en', variants: { en: { title: 'We stand', summary: '', body: 'Together.' } } },
      owner.token,
    );
    expect(statement.status).toBe(201);
    await t.http.post(
      `/campaigns/${campaign.id}/statements/${statement.body.id}/publish`,
      { notify: false },
      owner.token,
    );
    await signAndConfirm(t, campaign.slug, petition.slug, { ...A, comment, showName: true, ...consent });
    await signAndConfirm(t, campaign.slug, petition.slug, { ...B, comment, showName: true });
    await attend(t, campaign.slug, event.slug, C);
    expect((await signup(t, campaign.slug, { ...D, ...consent })).status).toBe(202);
    await waitUntil(
      async () => (await t.http.get(`${pub}/petitions/${petition.slug}`)).body.confirmedCount === 2 || undefined,
      { what: 'the petition count to reach 2' },
    );

    // --- the typed confirmation, owners only
    const admin = await addMember(t, owner, campaign.id, 'admin');
    expect((await t.http.post(base, { confirm: campaign.slug }, admin.token)).status).toBe(403);
    const wrong = await t.http.post(base, { confirm: 'yes' }, owner.token);
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('confirm');

    // --- scheduled, then cancelled: nothing happens
    const first = await t.http.post(base, { confirm: campaign.slug }, owner.token);
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('scheduled');
    expect((await t.http.post(base, { confirm: campaign.slug }, owner.token)).status).toBe(409);
    const cancelled = await t.http.post(`${base}/cancel`, {}, owner.token);
    expect(cancelled.body).toMatchObject({ id: first.body.id, status: 'cancelled', cancelledBy: owner.id });
    await t.smtp.waitFor(() => ownerMail(/will be shut down/).length === 1 && ownerMail(/was cancelled/).length === 1);
    // the first schedule's delayed job fires after 3 s and must do nothing
    const job = await t.app.get(QueueService).queue('retention').getJob(`shutdown.${first.body.id}`);
    await waitUntil(async () => (await job!.isCompleted()) || undefined, { what: 'the cancelled shutdown job to run' });
    expect((await t.app.get(QueueService).queue('retention').getJob(`shutdown.${first.body.id}`))!.returnvalue).toBe(
      false,
    );
    expect((await t.http.get(base, owner.token)).body).toMatchObject({
      shutDownAt: null,
      current: { status: 'cancelled' },
    });
    expect(await prisma.supporter.count({ where: { campaignId: campaign.id, status: 'erased' } })).toBe(0);

    // --- scheduled again, and left to run
    const second = await t.http.post(base, { confirm: campaign.slug }, owner.token);
    expect(second.status).toBe(201);
    const done = await waitUntil(
      async () => {
        const s = (await t.http.get(base, owner.token)).body;
        return s.current?.status === 'completed' ? s : undefined;
      },
      { what: 'the shutdown to complete', timeoutMs: 60_000 },
    );
    expect(done.shutDownAt).not.toBeNull();
    expect(done.current.result).toMatchObject({ supportersErased: 4, petitionsClosed: 1 });
    await t.smtp.waitFor(() => ownerMail(/has been shut down/).length === 1);
    expect(ownerMail(/will be shut down/)).toHaveLength(2);

    // erased: every supporter, the signatures' personal fields, the consent log, mail recipients' data
    const supporters = await prisma.supporter.findMany({ where: { campaignId: campaign.id } });
    expect(supporters).toHaveLength(4);
    for (const s of supporters)
      expect(s).toMatchObject({
        status: 'erased',
        emailEnc: null,
        emailIndex: null,
        firstNameEnc: null,
        lastNameEnc: null,
      });
    expect(await prisma.supporterConsent.count({ where: { supporterId: { in: supporters.map((s) => s.id) } } })).toBe(
      0,
    );
    for (const s of await prisma.petitionSignature.findMany({ where: { campaignId: campaign.id } }))
      expect(s).toMatchObject({ displayName: null, comment: null, ipHash: null, status: 'confirmed' });
    const supporterMail = await prisma.mailMessage.findMany({
      where: { campaignId: campaign.id, supporterId: { not: null } },
    });
    expect(supporterMail.length).toBeGreaterThan(0);
    for (const msg of supporterMail) if (msg.state !== 'sending') expect(msg.data).toEqual({});

    // counts and the public record stay; the forms are closed
    const page = await t.http.get(`${pub}/petitions/${petition.slug}`);
    expect(page.body).toMatchObject({ confirmedCount: 2, status: 'closed' });
    expect((await t.http.get(`${pub}/statements/st-${m}`)).status).toBe(200);
    expect((await t.http.get(`${pub}/timeline`)).status).toBe(200);
    const event1 = await t.http.get(`/campaigns/${campaign.id}/events/${event.id}`, owner.token);
    expect(event1.body.counts.confirmed).toBe(0); // the attendee's upcoming RSVP was cancelled with her data
    const again = await signup(t, campaign.slug, { ...person(m, 'e'), ...consent });
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/campaign-shut-down/);
    expect((await rsvp(t, campaign.slug, event.slug, person(m, 'f'))).status).toBe(409);
    const sign = await t.http.post(`${pub}/petitions/${petition.slug}/signatures`, person(m, 'g'));
    expect(sign.status).toBe(409);
    expect((await t.http.post(base, { confirm: campaign.slug }, owner.token)).status).toBe(409);

    // the audit log says what happened, with counts
    const log = await t.http.get(`/campaigns/${campaign.id}/audit?entityType=campaign_shutdown`, owner.token);
    expect(log.body.items.map((i: { action: string }) => i.action)).toEqual([
      'campaign.shut-down',
      'campaign.shutdown-scheduled',
      'campaign.shutdown-cancelled',
      'campaign.shutdown-scheduled',
    ]);

    // a dump of the database holds none of these people's values
    const dump = await dumpDatabase();
    expect(dump).toContain('campaign_shutdowns');
    const values = [A, B, C, D].flatMap((p) => [p.email, p.firstName, p.lastName]).concat(comment);
    expect(values.filter((v) => dump.includes(v))).toEqual([]);
  }, 180_000);
});
