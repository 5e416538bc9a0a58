import { waitUntil } from '../support/wait.js';
import { startApp, type TestApp } from '../support/app.js';
import { createCampaign, createOrganizer, createSupporters, startBroadcast, unique } from '../support/factories.js';
import { freePort } from '../support/process.js';
// Fault tests of the mail pipeline. They never touch the machine's shared Redis: the worker that is
// killed is a child process of this test, and the Redis that is stopped is a private redis-server.
import { type ChildProcess, spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { MailService } from '../../src/modules/mail/mail.service.js';
import { campaignUpdateTemplate } from '../../src/modules/mail/templates/campaign-update.template.js';

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}

/**
 * Messages the sink received for these recipients. Only theirs: the outbox is the run's shared
 * database, so a worker here also delivers what another test file left queued (a broadcast still
 * sending when its file ended), to this file's sink.
 */
function receivedBy(t: TestApp, emails: Set<string>) {
  return t.smtp.messages.filter((m) => m.envelopeTo.some((to) => emails.has(to)));
}

function perRecipient(t: TestApp, emails: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of receivedBy(t, emails))
    for (const to of m.envelopeTo) if (emails.has(to)) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

describe('mail reliability: a worker killed mid-broadcast', () => {
  // Enough that the kill lands mid-send; 2,500 took minutes on a busy machine (load average ~20).
  const RECIPIENTS = 1200;
  let t: TestApp;
  const workers: ChildProcess[] = [];

  const startWorker = (): ChildProcess => {
    const child = spawn(process.execPath, ['dist/src/main.js', '--role=worker'], {
      env: {
        ...process.env,
        MAIL_URL: t.smtp.url,
        MAIL_RATE_PER_SECOND: '400',
        MAIL_SENDING_LEASE_SECONDS: '3',
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    workers.push(child);
    return child;
  };

  beforeAll(async () => {
    // The API only: every job runs in the child worker processes.
    t = await startApp({ role: 'api' });
    // A killed worker's SMTP connections end with a reset; the sink must take that as a real server does.
    (t.smtp as unknown as { server: EventEmitter }).server.on('error', () => undefined);
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await Promise.all(workers.map(exited));
    await t.close();
  });

  it('should leave every recipient with exactly one message when the worker is SIGKILLed and restarted', async () => {
    const org = await createOrganizer(t);
    const campaign = await createCampaign(t, org.token);
    const supporters = await createSupporters(t, campaign.id, RECIPIENTS);
    const emails = new Set(supporters.map((s) => s.email));
    const first = startWorker();

    const id = await startBroadcast(t, org.token, campaign.id, {
      name: 'Crash test',
      subject: 'Still one each',
      body: 'Hello',
    });

    await t.smtp.waitFor(() => receivedBy(t, emails).length >= 300, 240_000);
    first.kill('SIGKILL');
    await exited(first);
    const prisma = t.app.get(PrismaService);
    const inFlight = await prisma.mailMessage.count({ where: { broadcastId: id, state: 'sending' } });
    const atKill = receivedBy(t, emails).length;
    expect(atKill).toBeLessThan(RECIPIENTS);

    startWorker();
    const done = await waitUntil(
      async () => {
        const b = (await t.http.get(`/campaigns/${campaign.id}/broadcasts/${id}`, org.token)).body;
        return b.status === 'completed' ? b : null;
      },
      { what: 'the broadcast to complete after the restart', timeoutMs: 300_000 },
    );
    const counts = perRecipient(t, emails);
    const twice = [...counts.entries()].filter(([, n]) => n > 1);
    const unconfirmed = await prisma.mailMessage.findMany({
      where: { broadcastId: id, unconfirmed: true },
      select: { supporterId: true },
    });
    const missing = supporters.filter((s) => !counts.has(s.email));
    console.log(
      `SIGKILL after ${atKill} accepted, ${inFlight} in state sending at the kill, ${unconfirmed.length} recorded as sent-unconfirmed, ${missing.length} missing`,
    );
    // Nobody gets two, whenever the kill lands.
    expect(twice).toEqual([]);
    // Everybody gets one, except a message caught in the one window the design leaves (a kill
    // between its hand-over's COMMIT write and its end-of-data dot, docs/decisions/mail-outbox.md).
    // The worker is single-threaded, so one kill catches at most one message there, and that
    // message is recorded sent-unconfirmed, where organizers see it.
    expect(missing.length).toBeLessThanOrEqual(1);
    for (const s of missing) expect(unconfirmed.map((u) => u.supporterId)).toContain(s.id);
    expect(done.progress).toMatchObject({ total: RECIPIENTS, sent: RECIPIENTS, failed: 0, sending: 0, pending: 0 });
  }, 600_000);
});

describe('mail reliability: Redis stopped while messages are created', () => {
  let t: TestApp;
  let redis: ChildProcess | null = null;
  let port = 0;

  const startRedis = async () => {
    redis = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    await waitUntil(
      async () => {
        const probe = new Redis({
          port,
          host: '127.0.0.1',
          lazyConnect: true,
          retryStrategy: () => null,
          maxRetriesPerRequest: 0,
        });
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } catch {
          return false;
        } finally {
          probe.disconnect();
        }
      },
      { what: 'the private redis-server', timeoutMs: 60_000 },
    );
  };
  const stopRedis = async () => {
    redis!.kill('SIGKILL');
    await exited(redis!);
    redis = null;
  };

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    t = await startApp({ env: { REDIS_URL: `redis://127.0.0.1:${port}`, MAIL_RATE_PER_SECOND: '1000' } });
  });
  afterAll(async () => {
    if (!redis) await startRedis(); // let the app close cleanly
    await t.close();
    await stopRedis();
  });

  it('should deliver every message created while Redis was down once Redis is back', async () => {
    const org = await createOrganizer(t);
    const campaign = await createCampaign(t, org.token);
    const supporters = await createSupporters(t, campaign.id, 40);
    const emails = new Set(supporters.map((s) => s.email));
    const prisma = t.app.get(PrismaService);
    const mail = t.app.get(MailService);
    const send = (i: number) =>
      prisma.$transaction((tx) =>
        mail.enqueue(tx, {
          key: unique(`redis-${i}`),
          template: campaignUpdateTemplate,
          campaignId: campaign.id,
          category: 'campaign',
          to: { supporterId: supporters[i].id },
          data: { subject: `Message ${i}`, body: 'Body' },
        }),
      );

    for (let i = 0; i < 10; i++) await send(i);
    await t.smtp.waitFor(() => receivedBy(t, emails).length === 10, 120_000);

    await stopRedis();
    for (let i = 10; i < 40; i++) await send(i); // the business writes keep working: the outbox is in PostgreSQL
    expect(await prisma.mailMessage.count({ where: { campaignId: campaign.id, state: 'queued' } })).toBe(30);
    await startRedis();

    await t.smtp.waitFor(() => receivedBy(t, emails).length >= 40, 180_000);
    const counts = perRecipient(t, emails);
    expect(counts.size).toBe(40);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    await waitUntil(
      async () => (await prisma.mailMessage.count({ where: { campaignId: campaign.id, state: 'sent' } })) === 40,
      { what: 'all 40 recorded as sent' },
    );
  }, 420_000);
});
