// Dead-worker detection: a worker's messages are taken back within seconds of its death (its
// PostgreSQL liveness lock is gone), not after MAIL_SENDING_LEASE_SECONDS, and never while it is
// alive, however slow. The workers are real child processes with the default 300 s lease.
import type { EventEmitter } from 'node:events';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { startApp, type TestApp } from '../support/app.js';
import {
  createCampaign,
  createOrganizer,
  createSupporters,
  startBroadcast,
  type SupporterFixture,
} from '../support/factories.js';
import { type Proc, startWorkerProcess } from '../support/process.js';
import { waitUntil } from '../support/wait.js';

const RECIPIENTS = 1500;

describe('mail workers: liveness', () => {
  let t: TestApp;
  let prisma: PrismaService;
  const workers: Proc[] = [];

  const startWorker = () =>
    startWorkerProcess(
      {
        MAIL_URL: t.smtp.url,
        MAIL_RATE_PER_SECOND: '400',
        MAIL_SENDING_LEASE_SECONDS: '300',
        MAIL_RETRY_BASE_MS: '500',
        LOG_LEVEL: 'info',
      },
      workers,
    );

  beforeAll(async () => {
    t = await startApp({ role: 'api' });
    prisma = t.app.get(PrismaService);
    (t.smtp as unknown as { server: EventEmitter }).server.on('error', () => undefined);
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      await w.exited;
    }
    t.smtp.clear();
  });
  afterAll(() => t.close());

  async function startLivenessBroadcast(): Promise<{
    id: string;
    campaignId: string;
    token: string;
    supporters: SupporterFixture[];
  }> {
    const org = await createOrganizer(t);
    const campaign = await createCampaign(t, org.token);
    const supporters = await createSupporters(t, campaign.id, RECIPIENTS);
    const id = await startBroadcast(t, org.token, campaign.id, {
      name: 'Liveness',
      subject: 'One each',
      body: 'Hello',
    });
    return { id, campaignId: campaign.id, token: org.token, supporters };
  }

  const heldBy = async (broadcastId: string) =>
    prisma.mailMessage.findMany({
      where: { broadcastId, state: 'sending', claimedBy: { not: null } },
      select: { id: true, claimedBy: true },
    });

  const completed = (b: { id: string; campaignId: string; token: string }) =>
    waitUntil(
      async () => {
        const res = (await t.http.get(`/campaigns/${b.campaignId}/broadcasts/${b.id}`, b.token)).body;
        return res.status === 'completed' ? res : null;
      },
      { what: 'the broadcast to complete', timeoutMs: 300_000 },
    );

  const perRecipient = () => {
    const counts = new Map<string, number>();
    for (const m of t.smtp.messages) for (const to of m.envelopeTo) counts.set(to, (counts.get(to) ?? 0) + 1);
    return counts;
  };

  it("should recover a SIGKILLed worker's messages within seconds when the lease is 300 s", async () => {
    const first = await startWorker();
    const b = await startLivenessBroadcast();
    await t.smtp.waitFor((m) => m.length >= 300, 240_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const killedAt = Date.now();
    const held = await heldBy(b.id);
    expect(held.length).toBeGreaterThan(0);
    const deadIds = [...new Set(held.map((r) => r.claimedBy!))];

    await startWorker();
    // Before the heartbeat, these rows waited out the whole 300 s lease.
    await waitUntil(
      async () =>
        (await prisma.mailMessage.count({
          where: { broadcastId: b.id, state: 'sending', claimedBy: { in: deadIds } },
        })) === 0,
      // Seconds idle; the deadline leaves room for a busy machine and is still far below the 300 s lease.
      { what: "the dead worker's messages to be taken back", timeoutMs: 90_000 },
    );
    const recoveredAfterMs = Date.now() - killedAt;
    const done = await completed(b);
    const counts = perRecipient();
    const missing = b.supporters.filter((s) => !counts.has(s.email));
    const unconfirmed = await prisma.mailMessage.findMany({
      where: { broadcastId: b.id, unconfirmed: true },
      select: { supporterId: true },
    });
    console.log(
      `liveness: ${held.length} messages held by the killed worker, taken back ${recoveredAfterMs} ms after the kill; ${unconfirmed.length} sent-unconfirmed, ${missing.length} missing`,
    );
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    expect(missing.length).toBeLessThanOrEqual(1);
    for (const s of missing) expect(unconfirmed.map((u) => u.supporterId)).toContain(s.id);
    expect(done.progress).toMatchObject({ total: RECIPIENTS, sent: RECIPIENTS, sending: 0, pending: 0 });
  }, 600_000);

  it("should leave a stopped but living worker's messages alone when another worker sweeps", async () => {
    const first = await startWorker();
    const b = await startLivenessBroadcast();
    await t.smtp.waitFor((m) => m.length >= 300, 240_000);
    first.child.kill('SIGSTOP'); // alive, but not running at all: the slowest a worker can be
    // Statements the worker sent just before it stopped still complete in PostgreSQL: wait until
    // its rows stop changing.
    let held: Awaited<ReturnType<typeof heldBy>> = []; // the first look only records them
    await waitUntil(
      async () => {
        const now = await heldBy(b.id);
        const stable = now.length === held.length;
        held = now;
        return stable;
      },
      { what: "the stopped worker's rows to settle", timeoutMs: 60_000, intervalMs: 1000 },
    );
    expect(held.length).toBeGreaterThan(0);

    const second = await startWorker();
    // The second worker sweeps every 5 s; across several sweeps the stopped worker keeps its rows.
    const stillHeld = async () =>
      prisma.mailMessage.count({ where: { id: { in: held.map((r) => r.id) }, state: 'sending' } });
    const watchUntil = Date.now() + 16_000;
    while (Date.now() < watchUntil) {
      expect(await stillHeld()).toBe(held.length);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(second.output()).not.toMatch(/recovered \d+ messages/);

    first.child.kill('SIGCONT');
    const done = await completed(b);
    const counts = perRecipient();
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    expect(b.supporters.filter((s) => !counts.has(s.email))).toEqual([]);
    expect(done.progress).toMatchObject({ total: RECIPIENTS, sent: RECIPIENTS, unconfirmed: 0 });
  }, 600_000);
});
