// The ceiling for `npm run bench:broadcast`: nodemailer's own pooled send rate to the same sink, with
// the same pool size and the same rendered message, and nothing else (no database, no queue).
import nodemailer from 'nodemailer';
import { childMain } from './lib/load.js';

export interface BroadcastCeilingInput {
  smtpUrl: string;
  messages: number;
  pool: number;
  concurrency: number;
  sample: { subject: string; html: string; text: string };
}
export interface BroadcastCeilingOutput {
  sent: number;
  elapsedMs: number;
  perSecond: number;
}

childMain<BroadcastCeilingInput, BroadcastCeilingOutput>(async (input) => {
  const transport = nodemailer.createTransport({
    url: input.smtpUrl,
    pool: true,
    maxConnections: input.pool,
    maxMessages: Infinity,
  } as never);
  let next = 0;
  let sent = 0;
  const start = performance.now();
  // `concurrency` sends in flight at once, as the worker has: the pool spreads them over its connections.
  await Promise.all(
    Array.from({ length: input.concurrency }, async () => {
      while (next < input.messages) {
        const i = next++;
        await transport.sendMail({
          from: 'Groundswell <no-reply@groundswell.localhost>',
          to: `ceiling-${i}@bench.example.org`,
          subject: input.sample.subject,
          html: input.sample.html,
          text: input.sample.text,
          messageId: `<ceiling-${i}@groundswell.localhost>`,
        });
        sent++;
      }
    }),
  );
  const elapsedMs = performance.now() - start;
  transport.close();
  return { sent, elapsedMs, perSecond: (sent / elapsedMs) * 1000 };
});
