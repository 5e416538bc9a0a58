import { Problem } from '../../common/problem.js';
import { UUID_RE } from '../../common/ids.js';

/**
 * The `cursor` of a next link: the key of the last row served, the page number and the total
 * counted on the first page. Following next links therefore costs one index range scan per page at
 * any depth (no OFFSET), and total_records stays the same across one walk. Clients that build
 * `?page=N` themselves are served by offset instead.
 */
export interface SyncCursor {
  at: Date;
  id: string;
  page: number;
  total: number;
}

export function encodeCursor(c: SyncCursor): string {
  return Buffer.from(JSON.stringify([c.at.toISOString(), c.id, c.page, c.total])).toString('base64url');
}

export function decodeCursor(raw: string): SyncCursor {
  try {
    const [at, id, page, total] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(at));
    if (
      typeof id === 'string' &&
      UUID_RE.test(id) &&
      !Number.isNaN(date.getTime()) &&
      Number.isInteger(page) &&
      Number.isInteger(total)
    )
      return { at: date, id, page: page as number, total: total as number };
  } catch {
    // fall through
  }
  throw Problem.field('cursor', 'is not a cursor this server produced; follow the next link as given');
}
