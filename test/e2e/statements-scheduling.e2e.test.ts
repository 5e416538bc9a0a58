import type { Job } from 'bullmq';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { publishJobId } from '../../src/modules/statements/statements.service.js';
import { untilPast, waitUntil } from '../support/wait.js';
import { startApp, type TestApp } from '../support/app.js';
import {
  addMember,
  createCampaign,
  createOrganizer,
  createStatement,
  type OrganizerFixture,
  unique,
} from '../support/factories.js';

/**
 * Scheduled publishing against the real worker. "Across a restart" means what it says: the app that
 * scheduled the statement is closed before the publication time and a new app (new process state,
 * same PostgreSQL and Redis) does the publishing.
 */
describe('statements: scheduled publishing', () => {
  let owner: OrganizerFixture;
  let campaign: { id: string; slug: string };
  let current: TestApp | undefined;

  async function boot(): Promise<TestApp> {
    current = await startApp();
    return current;
  }
  async function shutdown(): Promise<void> {
    await current?.close();
    current = undefined;
  }

  async function scheduledStatement(t: TestApp, inMs: number) {
    const created = await createStatement(t, owner.token, campaign.id, {
      slug: unique('sched'),
      variants: { en: { title: 'Scheduled', body: 'Soon.' } },
    });
    const publishAt = new Date(Date.now() + inMs);
    const res = await t.http.post(
      `/campaigns/${campaign.id}/statements/${created.id}/schedule`,
      { publishAt: publishAt.toISOString(), timeZone: 'Asia/Beirut', notify: false },
      owner.token,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'scheduled', scheduleTimeZone: 'Asia/Beirut' });
    return { id: created.id, slug: created.slug, publishAt };
  }

  const publicDetail = (t: TestApp, slug: string) =>
    t.http.get(`/public/campaigns/${campaign.slug}/statements/${slug}`);

  /** The public page of the statement, once it is published. */
  const publishedDetail = (t: TestApp, slug: string, what: string) =>
    waitUntil(
      async () => {
        const r = await publicDetail(t, slug);
        return r.status === 200 ? r : null;
      },
      { what },
    );

  /** The statement's publication job of that version, once the worker has run it. */
  const completedJob = (t: TestApp, statementId: string, version: number, what: string) => {
    const queue = t.app.get(QueueService).queue('statements');
    return waitUntil(
      async () => {
        const job = (await queue.getJob(publishJobId(statementId, version))) as Job | undefined;
        return job && (await job.isCompleted()) ? job : null;
      },
      { what },
    );
  };

  beforeAll(async () => {
    const t = await boot();
    owner = await createOrganizer(t);
    campaign = await createCampaign(t, owner.token);
    await shutdown();
  });
  afterEach(() => shutdown());

  it('should publish a statement at its time when the app that scheduled it was shut down before then', async () => {
    let t = await boot();
    const s = await scheduledStatement(t, 3000);
    expect((await publicDetail(t, s.slug)).status).toBe(404);
    await shutdown();

    // Nobody is running at the publication time.
    await untilPast(s.publishAt);

    t = await boot();
    const res = await publishedDetail(t, s.slug, 'the statement to be published by the new app');
    expect(new Date(res.body.publishedAt).getTime()).toBeGreaterThanOrEqual(s.publishAt.getTime());
    const row = await t.http.get(`/campaigns/${campaign.id}/statements/${s.id}`, owner.token);
    expect(row.body).toMatchObject({ status: 'published', scheduledFor: null, publishedBy: null });
  });

  it('should publish a due statement after a restart when its delayed job was lost with Redis', async () => {
    let t = await boot();
    const s = await scheduledStatement(t, 2000);
    const queue = t.app.get(QueueService).queue('statements');
    expect(await queue.getJob(publishJobId(s.id, 1))).toBeTruthy();
    await queue.remove(publishJobId(s.id, 1));
    expect(await queue.getJob(publishJobId(s.id, 1))).toBeUndefined();
    await shutdown();
    await untilPast(s.publishAt);

    // The new worker's start-up sweep finds the overdue schedule in PostgreSQL.
    t = await boot();
    const res = await publishedDetail(t, s.slug, 'the sweep to publish the statement');
    expect(new Date(res.body.publishedAt).getTime()).toBeGreaterThanOrEqual(s.publishAt.getTime());
  });

  it('should move the publication when rescheduled, leaving the old delayed job without effect', async () => {
    const t = await boot();
    const s = await scheduledStatement(t, 1500);
    const later = new Date(Date.now() + 3600_000);
    const moved = await t.http.post(
      `/campaigns/${campaign.id}/statements/${s.id}/schedule`,
      { publishAt: later.toISOString(), notify: false },
      owner.token,
    );
    expect(moved.body.scheduledFor).toBe(later.toISOString());

    // The first version's job still fires at the old time, and finds itself stale.
    const oldJob = await completedJob(t, s.id, 1, 'the old job to run');
    expect(oldJob.returnvalue).toBe('stale');
    expect((await publicDetail(t, s.slug)).status).toBe(404);
    expect((await t.http.get(`/campaigns/${campaign.id}/statements/${s.id}`, owner.token)).body.status).toBe(
      'scheduled',
    );

    // Moving it earlier again publishes it at the new time.
    await t.http.post(
      `/campaigns/${campaign.id}/statements/${s.id}/schedule`,
      { publishAt: new Date(Date.now() + 1000).toISOString(), notify: false },
      owner.token,
    );
    await publishedDetail(t, s.slug, 'the rescheduled publication');
  });

  it('should never publish a statement whose schedule was cancelled', async () => {
    const t = await boot();
    const s = await scheduledStatement(t, 1000);
    const un = await t.http.post(`/campaigns/${campaign.id}/statements/${s.id}/unschedule`, {}, owner.token);
    expect(un.body).toMatchObject({ status: 'approved', scheduledFor: null });
    const job = await completedJob(t, s.id, 1, "the cancelled schedule's job to run");
    expect(job.returnvalue).toBe('stale');
    expect((await publicDetail(t, s.slug)).status).toBe(404);
  });

  it('should refuse a publication time in the past and scheduling by organizers', async () => {
    const t = await boot();
    const organizer = await addMember(t, owner, campaign.id, 'organizer');
    const created = await createStatement(t, organizer.token, campaign.id, {
      variants: { en: { title: 'x', body: 'x' } },
    });
    const past = await t.http.post(
      `/campaigns/${campaign.id}/statements/${created.id}/schedule`,
      { publishAt: new Date(Date.now() - 1000).toISOString() },
      owner.token,
    );
    expect(past.status).toBe(400);
    expect(past.body.errors[0].path).toBe('publishAt');
    const byOrganizer = await t.http.post(
      `/campaigns/${campaign.id}/statements/${created.id}/schedule`,
      { publishAt: new Date(Date.now() + 60_000).toISOString() },
      organizer.token,
    );
    expect(byOrganizer.status).toBe(403);
  });
});
