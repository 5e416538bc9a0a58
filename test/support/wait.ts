import type { TestApp } from './app.js';
import { PrismaService } from '../../src/infra/prisma/prisma.service.js';

/**
 * The one way tests wait for something asynchronous to happen: poll a probe until it returns a
 * truthy value, or fail naming what was awaited. Tests never sleep a fixed time instead.
 * Deadlines are generous (60 s by default): the suite runs on busy machines, where a condition that
 * holds within a second idle may take tens of seconds; waiting longer costs nothing when it holds.
 * The options object (rather than positional timeout and description) keeps callers from
 * swapping the two, as the helpers this replaced did.
 */
export interface WaitOptions {
  /** Named in the error when the deadline passes: "timed out after 60000 ms waiting for <what>". */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
}

export async function waitUntil<T>(
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  { what, timeoutMs = 60_000, intervalMs = 50 }: WaitOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

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
