import { seesPersonalData } from './auth/auth.decorators.js';
import type { CampaignRole } from '../generated/prisma/enums.js';

/**
 * Small groups stay hidden (k-suppression). Aggregates that members who may not see personal data
 * read (viewers, organizers, OSDI tokens of those roles) name a group (a country, a postal prefix,
 * a source, a referring host, a ?ref= code, an email domain) only when it holds at least k people;
 * the rest are counted together as "other". Rules and the guarantee: docs/decisions/supporter-privacy.md.
 */

export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_GROUP_SIZE_FLOOR = 2;
export const MIN_GROUP_SIZE_CEILING = 100;

export interface GroupCount<K> {
  key: K;
  count: number;
}

export interface SuppressedGroups<K> {
  /** Groups of at least k, biggest first (ties by key). */
  groups: GroupCount<K>[];
  /** Everything not named: small groups, rows without a value, and groups beyond a `limit`. */
  other: number;
}

/** Whether a role sees exact small groups: those who can read the rows' personal data anyway. */
export function seesExactGroups(role: CampaignRole | undefined): boolean {
  return seesPersonalData(role);
}

const byCountThenKey = <K>(a: GroupCount<K>, b: GroupCount<K>) =>
  b.count - a.count || String(a.key).localeCompare(String(b.key));

function merged<K>(rows: Iterable<{ key: K | null; count: number | bigint }>): {
  named: GroupCount<K>[];
  none: number;
} {
  const sums = new Map<K, number>();
  let none = 0;
  for (const r of rows) {
    const n = Number(r.count);
    if (r.key === null || r.key === undefined) none += n;
    else sums.set(r.key, (sums.get(r.key) ?? 0) + n);
  }
  return { named: [...sums].map(([key, count]) => ({ key, count })).filter((g) => g.count > 0), none };
}

/**
 * Names the groups of at least `k` and merges the rest (and rows whose key is null) into `other`.
 * When `other` would be between 1 and k-1, the smallest named groups are folded into it until it
 * reaches k: otherwise "total minus the named groups" would be a group below k. The sum is kept.
 * When everything together is below k, nothing is named and `other` is that total (which the
 * reader may know anyway; it says nothing about any group). `k <= 1` returns exact figures.
 * `limit` names at most that many groups; the rest go to `other` too.
 */
export function suppressSmallGroups<K>(
  rows: Iterable<{ key: K | null; count: number | bigint }>,
  k: number,
  limit = Infinity,
): SuppressedGroups<K> {
  const { named, none } = merged(rows);
  named.sort(byCountThenKey);
  let other = none;
  const groups: GroupCount<K>[] = [];
  for (const g of named) {
    if (g.count >= k) groups.push(g);
    else other += g.count;
  }
  while (k > 1 && other > 0 && other < k && groups.length > 0) other += groups.pop()!.count;
  while (groups.length > limit) other += groups.pop()!.count;
  return { groups, other };
}

/** No suppression (roles that see personal data): the same shape, exact figures. */
export function exactGroups<K>(
  rows: Iterable<{ key: K | null; count: number | bigint }>,
  limit = Infinity,
): SuppressedGroups<K> {
  return suppressSmallGroups(rows, 1, limit);
}

/**
 * Suppression for a figure that readers can ask for over several time windows. Each row belongs to
 * one `cell`, a disjoint slice of time from a fixed grid, and every window a reader can ask for is
 * a union of whole cells. Each cell is suppressed on its own and the window's figures are sums of
 * cells, so the difference between two windows (30 days minus 7 days) is again a sum of suppressed
 * cells: every named group in it holds at least k, and "other" holds at least k or everything.
 */
export function suppressAcrossCells<K>(
  rows: Iterable<{ cell: string; key: K | null; count: number | bigint }>,
  k: number,
  limit = Infinity,
): SuppressedGroups<K> {
  const cells = new Map<string, { key: K | null; count: number | bigint }[]>();
  for (const r of rows) {
    const list = cells.get(r.cell) ?? [];
    list.push(r);
    cells.set(r.cell, list);
  }
  const sums = new Map<K, number>();
  let other = 0;
  for (const list of cells.values()) {
    const s = suppressSmallGroups(list, k);
    other += s.other;
    for (const g of s.groups) sums.set(g.key, (sums.get(g.key) ?? 0) + g.count);
  }
  const groups = [...sums].map(([key, count]) => ({ key, count })).sort(byCountThenKey);
  while (groups.length > limit) other += groups.pop()!.count;
  return { groups, other };
}
