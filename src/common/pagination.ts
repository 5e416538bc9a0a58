import { z } from 'zod';
import { UUID_RE } from './ids.js';
import { Problem } from './problem.js';
import { queryInt } from './validation.js';

/**
 * Cursor pagination. Lists are ordered newest first by their UUIDv7 id, which is unique and
 * time-ordered, so a cursor is simply the last id seen (base64url so clients treat it as opaque).
 */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export const pageQuery = z.strictObject({
  cursor: z.string().max(200).optional().describe("Opaque cursor from the previous page's nextCursor."),
  limit: queryInt(1, MAX_PAGE_SIZE)
    .optional()
    .describe(`Items per page, at most ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`),
});
export type PageQuery = z.output<typeof pageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as ?cursor= to get the next page; null on the last page.'),
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!UUID_RE.test(id)) throw Problem.field('cursor', 'is not a cursor this list produced');
  return id;
}

/** Prisma arguments for one page in id-descending order. */
export function pageArgs(query: { cursor?: string; limit?: number }) {
  const after = decodeCursor(query.cursor);
  const take = query.limit ?? DEFAULT_PAGE_SIZE;
  return { where: after ? { id: { lt: after } } : {}, orderBy: { id: 'desc' as const }, take: take + 1, limit: take };
}

/** Trims the extra row fetched to learn whether another page exists. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const more = rows.length > limit;
  return { items, nextCursor: more ? Buffer.from(items[items.length - 1].id).toString('base64url') : null };
}

/**
 * Keyset cursors on (instant, id), for lists ordered by a time other than their id's (the
 * timeline by date, published statements by publication): `<ISO instant>|<id>`, base64url.
 */
export function decodeTimeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at ?? '');
  if (!id || !UUID_RE.test(id) || Number.isNaN(date.getTime()))
    throw Problem.field('cursor', 'is not a cursor this list produced');
  return { at: date, id };
}

/** toPage for (instant, id) keysets: the extra row trimmed, the next cursor from the last row kept. */
export function toTimePage<T extends { id: string }>(rows: T[], limit: number, at: (row: T) => Date): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > limit && last ? Buffer.from(`${at(last).toISOString()}|${last.id}`).toString('base64url') : null,
  };
}
