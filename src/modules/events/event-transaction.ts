import { busyAs503 } from '../../infra/prisma/errors.js';
import type { PrismaService, Tx } from '../../infra/prisma/prisma.service.js';

/**
 * Transactions that take an event's row lock. RSVPs to one popular event queue on that lock, so
 * they get more room than Prisma's defaults (2 s to get a connection, 5 s to finish); changes and
 * cancellations of a large event also write one outbox row per attendee. When the wait is still too
 * long the client gets 503 with Retry-After, not a 500: nothing was written and trying again is safe.
 */
export const RSVP_TX = { maxWait: 10_000, timeout: 20_000 } as const;
export const BULK_TX = { maxWait: 10_000, timeout: 120_000 } as const;

export async function eventTransaction<T>(
  prisma: PrismaService,
  fn: (tx: Tx) => Promise<T>,
  options: { maxWait: number; timeout: number } = RSVP_TX,
): Promise<T> {
  return busyAs503(() => prisma.$transaction(fn, options));
}
