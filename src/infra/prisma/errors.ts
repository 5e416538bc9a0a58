import { HttpStatus } from '@nestjs/common';
import { Problem } from '../../common/problem.js';
import { Prisma } from '../../generated/prisma/client.js';

/**
 * The one place that reads Prisma's and PostgreSQL's error codes. Services ask these questions
 * (`isUniqueViolation`, `isNotFound`, `isBusy`) instead of comparing codes, and the problem filter
 * maps whatever a service did not handle with `databaseProblem`, so a race between two identical
 * requests ends as a 404, 409 or 503, never a 500.
 *
 * With the pg driver adapter, PostgreSQL's own SQLSTATE travels in
 * `meta.driverAdapterError.cause.originalCode` (raw queries report P2010 with it).
 */

/** Unique constraint violation: two requests inserted the same key. */
const UNIQUE = new Set(['P2002']);
/** The row a write or `...OrThrow` read needed is gone: P2025, and the older "record not found" codes. */
const NOT_FOUND = new Set(['P2025', 'P2001', 'P2015', 'P2018']);
/**
 * Overload or contention, safe to retry: no connection within maxWait / transaction expired (P2028),
 * write conflict or deadlock (P2034), pool timeout (P2024).
 */
const BUSY = new Set(['P2028', 'P2034', 'P2024']);
/** serialization_failure, deadlock_detected, lock_not_available, too_many_connections, query_canceled (statement_timeout). */
const BUSY_SQLSTATES = new Set(['40001', '40P01', '55P03', '53300', '57014']);
const UNIQUE_SQLSTATES = new Set(['23505']);

type Known = Prisma.PrismaClientKnownRequestError;

function known(err: unknown): Known | null {
  return err instanceof Prisma.PrismaClientKnownRequestError ? err : null;
}

/** PostgreSQL's SQLSTATE behind a Prisma error, when the driver adapter reported one. */
export function sqlState(err: unknown): string | undefined {
  const meta = known(err)?.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A unique violation, optionally only on a constraint over `field` (Prisma names the fields in
 * `meta.target`, or the constraint in `meta.driverAdapterError.cause.constraint`).
 */
export function isUniqueViolation(err: unknown, field?: string): boolean {
  const e = known(err);
  if (!e) return false;
  const state = sqlState(e);
  if (!UNIQUE.has(e.code) && !(state && UNIQUE_SQLSTATES.has(state))) return false;
  if (!field) return true;
  return JSON.stringify(e.meta ?? {}).includes(field);
}

export function isNotFound(err: unknown): boolean {
  const e = known(err);
  return !!e && NOT_FOUND.has(e.code);
}

export function isBusy(err: unknown): boolean {
  const e = known(err);
  if (!e) return false;
  const state = sqlState(e);
  return BUSY.has(e.code) || (!!state && BUSY_SQLSTATES.has(state));
}

/** 503 with Retry-After: nothing was written, and trying again in a moment is safe. */
export function busyProblem(detail = 'Many people are doing this right now; please try again in a moment.'): Problem {
  return new Problem(HttpStatus.SERVICE_UNAVAILABLE, 'busy', 'Service busy', detail, { retryAfterSeconds: 2 });
}

/** Runs `fn`, turning overload and contention into the busy problem. */
export async function busyAs503<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isBusy(err)) throw busyProblem();
    throw err;
  }
}

/**
 * The problem for a database error no service handled, or null when it is a real server error.
 * Called by the problem filter. Services that can say more (which field is taken, that a repeat is
 * harmless) handle the error themselves with the predicates above.
 */
export function databaseProblem(err: unknown): Problem | null {
  if (isBusy(err)) return busyProblem();
  if (isNotFound(err)) {
    const model = (known(err)?.meta as { modelName?: unknown } | undefined)?.modelName;
    return Problem.notFound(typeof model === 'string' ? model.replace(/([a-z])([A-Z])/g, '$1 $2') : 'The resource');
  }
  if (isUniqueViolation(err))
    return Problem.conflict('conflict', 'A concurrent request made the same change first; reload and try again.');
  return null;
}
