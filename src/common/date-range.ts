/**
 * Date bounds a reader can apply to its rows: `gte` inclusive, `lt` exclusive. Used by the OSDI
 * filters on signatures and attendances (`created_date` and `modified_date`), which the owning
 * services turn into their own WHERE clauses.
 */
export interface DateBounds {
  gte?: Date;
  lt?: Date;
}

export interface DateRanges {
  created?: DateBounds;
  modified?: DateBounds;
}

/** A Prisma-style comparison for one column, or undefined when there are no bounds. */
export function boundsWhere(b: DateBounds | undefined): { gte?: Date; lt?: Date } | undefined {
  if (!b || (!b.gte && !b.lt)) return undefined;
  return { ...(b.gte ? { gte: b.gte } : {}), ...(b.lt ? { lt: b.lt } : {}) };
}
