/**
 * Time limits of interactive transactions (`prisma.$transaction(async (tx) => ...)`).
 *
 * `maxWait` is how long Prisma waits for a pool connection to start the transaction; `timeout` is
 * how long the transaction may stay open before Prisma rolls it back ("Transaction already
 * closed"). Prisma's own defaults (2 s and 5 s) assume an idle machine: at load average ~20 a
 * seed transaction took 6.6 s and the count tick could not get a connection within 2 s. These
 * limits are a safety net against a transaction left open, not a target: a busy machine that is
 * slow but working must finish its work, and when it really cannot, `busyAs503` turns the error
 * into a 503 with Retry-After (nothing was written).
 *
 * `TX_DEFAULT` is the client-wide default (PrismaService passes it as `transactionOptions`), so a
 * transaction written without options gets it; work that is larger than one request's rows names
 * `TX_BULK`. See docs/decisions/operations.md.
 */
export interface TxLimits {
  readonly maxWait: number;
  readonly timeout: number;
}

/** A request's worth of rows (a signature, a member, a status change): every transaction by default. */
export const TX_DEFAULT: TxLimits = { maxWait: 15_000, timeout: 30_000 };

/** Pages of many rows (audience expansion, imports, digest runs, demo seed, outbox relay batches). */
export const TX_BULK: TxLimits = { maxWait: 30_000, timeout: 120_000 };
