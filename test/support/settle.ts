import type { TestApp } from './app.js';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { waitUntil } from './wait.js';

/**
 * Waits until the app's outbox has nothing left to send now: no message queued, enqueued or sending
 * whose time has come. The outbox row of a mail is written in the transaction of the action that
 * causes it, so once this holds, a message that was going to be sent has reached the SMTP sink. A
 * test that asserts "no (further) mail was sent" waits for this instead of sleeping.
 */
export async function mailSettled(t: Pick<TestApp, 'app'>): Promise<void> {
  const prisma = t.app.get(PrismaService);
  await waitUntil(
    async () =>
      (await prisma.mailMessage.count({
        where: { state: { in: ['queued', 'enqueued', 'sending'] }, sendAt: { lte: new Date() } },
      })) === 0,
    { what: 'the outbox to have nothing left to send' },
  );
}

/** Waits until the wall clock is past an instant (a scheduled time that must pass while no app runs). */
export async function untilPast(instant: Date, marginMs = 300): Promise<void> {
  await waitUntil(() => Date.now() > instant.getTime() + marginMs, {
    what: `the clock to pass ${instant.toISOString()}`,
    timeoutMs: Math.max(60_000, instant.getTime() - Date.now() + 60_000),
  });
}
