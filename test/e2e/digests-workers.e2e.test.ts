import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { TX_BULK } from '../../src/infra/prisma/transactions.js';
import { QueueService } from '../../src/infra/queue/queue.service.js';
import { localDay } from '../../src/modules/digests/digest-period.js';
import { DIGEST_TICK_MS } from '../../src/modules/digests/digest-runner.service.js';
import { SupporterUpsertService } from '../../src/modules/supporters/supporter-upsert.service.js';
import { mailSettled, waitUntil } from '../support/wait.js';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, unique } from '../support/factories.js';
import { type Proc, startProcess } from '../support/process.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { days, firstDue, minutes, plus, publishStatement } from '../support/digests.js';

const SUPPORTERS = 120;

/**
 * Exactly-once with real worker processes: the built service (`node dist/src/main.js --role=worker`)
 * twice, against the run's database and Redis, mailing this file's SMTP sink. The API runs in this
 * process (role api: no consumers), so every job is taken by one of the two workers.
 */
describe('digests with two worker processes', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  const workers: Proc[] = [];

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    t = await startApp({ role: 'api', smtp });
  });

  afterAll(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGTERM')));
    await t?.close();
    await smtp?.stop();
  });

  async function startWorker(): Promise<Proc> {
    const proc = startProcess(['--role=worker'], {
      MAIL_URL: smtp.url,
      LOG_LEVEL: 'info',
      DIGESTS_PAGE_SIZE: '50',
      DIGESTS_CONCURRENCY: '4',
      HOST: '127.0.0.1',
    });
    workers.push(proc);
    await proc.waitForOutput(/job schedulers upserted/);
    return proc;
  }

  /** Puts digest jobs on the queue, as the scheduler would, and waits until every one has run. */
  async function runJobs(
    jobs: { name: 'digests.campaign' | 'digests.tick'; data: Record<string, unknown> }[],
  ): Promise<void> {
    const queues = t.app.get(QueueService);
    const ids = jobs.map(() => unique('job'));
    for (const [i, j] of jobs.entries()) await queues.add(j.name, j.data, { jobId: ids[i] });
    const queue = queues.queue('digests');
    await waitUntil(
      async () => {
        const states = await Promise.all(ids.map((id) => queue.getJobState(id)));
        if (states.includes('failed')) throw new Error(`a digest job failed: ${states.join(', ')}`);
        return states.every((s) => s === 'completed');
      },
      { what: 'digest jobs', timeoutMs: 240_000 },
    );
  }

  const digestMails = (emails: Set<string>) =>
    smtp.messages.filter(
      (m) => /weekly digest/.test(m.parsed.subject ?? '') && m.envelopeTo.some((a) => emails.has(a)),
    );

  it('should send one digest per supporter and period however many workers compute it at once, and again none after they restart', async () => {
    const owner = await createOrganizer(t);
    const c = await createCampaign(t, owner.token, { timeZone: 'Europe/London' });
    // Weekly digests (the supporters' default) on the weekday of the next 08:00 in London.
    const due = firstDue({ timeZone: 'Europe/London' });
    const weekday = ((localDay(due, 'Europe/London').getUTCDay() + 6) % 7) + 1;
    expect(
      (await t.http.patch(`/campaigns/${c.id}/digests/settings`, { weeklyDay: weekday }, owner.token)).status,
    ).toBe(200);

    const emails = new Set(Array.from({ length: SUPPORTERS }, () => `${unique('w')}@example.org`));
    await t.app.get(PrismaService).$transaction(
      (tx) =>
        t.app.get(SupporterUpsertService).upsert(
          tx,
          [...emails].map((email) => ({
            campaignId: c.id,
            fields: { email },
            defaultLocale: 'en',
            grants: ['digests'],
            consent: { textVersion: 'v1', source: 'test', formId: null, ipHash: null },
          })),
          { confirmVia: 'test' },
        ),
      TX_BULK,
    );
    await publishStatement(t, owner.token, c.id, 'Week one');
    await Promise.all([startWorker(), startWorker()]);

    // Eight passes over the same period at once (overlapping ticks, a retried job, a duplicate),
    // spread over both workers' 4 digest slots each, walking the supporters in pages of 50.
    await runJobs(
      Array.from({ length: 8 }, (_, i) => ({
        name: 'digests.campaign' as const,
        data: { campaignId: c.id, at: plus(due, minutes(1) + i * 1000).toISOString(), trigger: 'schedule' },
      })),
    );

    const prisma = t.app.get(PrismaService);
    const rows = await prisma.digest.groupBy({
      by: ['supporterId'],
      where: { campaignId: c.id },
      _count: { _all: true },
    });
    expect(rows).toHaveLength(SUPPORTERS);
    expect(rows.every((r) => r._count._all === 1)).toBe(true);
    const runs = await prisma.digestRun.findMany({ where: { campaignId: c.id } });
    expect(runs.reduce((n, r) => n + r.queued, 0)).toBe(SUPPORTERS);
    expect(runs.every((r) => r.status === 'completed')).toBe(true);

    await smtp.waitFor(() => digestMails(emails).length >= SUPPORTERS, 240_000);
    const perAddress = new Map<string, number>();
    for (const m of digestMails(emails)) for (const a of m.envelopeTo) perAddress.set(a, (perAddress.get(a) ?? 0) + 1);
    expect(perAddress.size).toBe(SUPPORTERS);
    expect([...perAddress.values()].every((n) => n === 1)).toBe(true);

    // Both workers go away; a new one starts. The scheduler's own tick and more passes later in the
    // same period (and the very same clock again) find nothing to send.
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGTERM')));
    await startWorker();
    await runJobs([
      { name: 'digests.campaign', data: { campaignId: c.id, at: plus(due, minutes(1)).toISOString() } },
      { name: 'digests.campaign', data: { campaignId: c.id, at: plus(due, minutes(120)).toISOString() } },
      { name: 'digests.tick', data: { at: plus(due, minutes(180)).toISOString() } },
    ]);
    // The tick's fan-out jobs for this campaign are keyed by slot; wait for ours to finish too.
    await waitUntil(
      async () => {
        const job = await t.app
          .get(QueueService)
          .queue('digests')
          .getJob(
            `digests-campaign.${c.id}.${Math.floor(plus(due, minutes(180)).getTime() / DIGEST_TICK_MS) * DIGEST_TICK_MS}`,
          );
        return job ? await job.isCompleted() : false;
      },
      { what: 'the fan-out job', timeoutMs: 240_000 },
    );
    expect(await prisma.digest.count({ where: { campaignId: c.id } })).toBe(SUPPORTERS);

    // Next week: due again, but nothing new since last week's digest, so nothing is sent.
    await runJobs([
      { name: 'digests.campaign', data: { campaignId: c.id, at: plus(due, days(7) + minutes(1)).toISOString() } },
    ]);
    const nextWeek = await prisma.digest.groupBy({
      by: ['status'],
      where: { campaignId: c.id, cutoff: plus(due, days(7) + minutes(1)) },
      _count: { _all: true },
    });
    expect(nextWeek).toEqual([{ status: 'empty', _count: { _all: SUPPORTERS } }]);
    await mailSettled(t);
    expect(digestMails(emails)).toHaveLength(SUPPORTERS);
    // No address ever left the supporters module in a digest record.
    const sample = await prisma.digest.findFirst({ where: { campaignId: c.id } });
    expect(JSON.stringify(sample)).not.toMatch(/@example\.org/);
    // Three worker boots and four rounds of jobs: a minute idle, several on a busy machine.
  }, 900_000);
});
