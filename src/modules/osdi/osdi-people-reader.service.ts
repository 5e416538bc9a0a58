import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Problem } from '../../common/problem.js';
import {
  type SupporterCondition,
  SupportersAdminService,
  type Viewer,
} from '../supporters/supporters-admin.service.js';
import { decodeCursor, encodeCursor } from './osdi-cursor.js';
import {
  bindFilter,
  type Condition,
  type FieldRule,
  FilterError,
  parseFilter,
  parseFilterDate,
} from './osdi-filter.js';
import { OsdiIdentifiersService } from './osdi-identifiers.service.js';
import { linksFor, selfWith } from './osdi-request.js';
import {
  collectionResource,
  DEFAULT_PAGE_SIZE,
  type Json,
  MAX_PAGE_SIZE,
  type OsdiLinks,
  personResource,
} from './osdi-resources.js';
import type { CollectionQuery } from './osdi.schemas.js';

type PeopleField = 'modified_date' | 'created_date' | 'created' | 'email_address';
const DATE_OPS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
const PEOPLE_FILTER: Record<PeopleField, FieldRule<Date | string>> = {
  modified_date: { ops: DATE_OPS, parse: parseFilterDate('modified_date') },
  created_date: { ops: DATE_OPS, parse: parseFilterDate('created_date') },
  // The specification's own examples say `created`.
  created: { ops: DATE_OPS, parse: parseFilterDate('created') },
  email_address: {
    ops: ['eq', 'ne'] as const,
    parse: (v: string) => {
      if (!v.includes('@') || v.length > 320) throw new FilterError('"email_address" needs an email address');
      return v;
    },
  },
};

function toSupporterCondition(c: Condition<PeopleField, Date | string>): SupporterCondition {
  if ('and' in c) return { and: c.and.map(toSupporterCondition) };
  if ('or' in c) return { or: c.or.map(toSupporterCondition) };
  if (c.field === 'email_address') return { field: 'email', op: c.op as 'eq' | 'ne', value: c.value as string };
  return { field: c.field === 'modified_date' ? 'updatedAt' : 'createdAt', op: c.op, value: c.value as Date };
}

/** Reads people for the OSDI API (collections and single resources), with their foreign identifiers. */
@Injectable()
export class OsdiPeopleReaderService {
  constructor(
    private readonly admin: SupportersAdminService,
    private readonly identifiers: OsdiIdentifiersService,
  ) {}

  async page(req: FastifyRequest, campaignId: string, viewer: Viewer, q: CollectionQuery): Promise<Json> {
    const perPage = Math.min(q.per_page ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const where = q.filter ? toSupporterCondition(bindFilter(parseFilter(q.filter), PEOPLE_FILTER)) : undefined;
    const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
    const page = cursor ? cursor.page : (q.page ?? 1);
    const { items, total } = await this.admin.syncPage(viewer, campaignId, {
      where,
      after: cursor ? { updatedAt: cursor.at, id: cursor.id } : undefined,
      offset: (page - 1) * perPage,
      limit: perPage,
      count: !cursor,
    });
    const totalRecords = cursor ? cursor.total : (total ?? 0);
    const totalPages = Math.max(1, Math.ceil(totalRecords / perPage));
    const last = items[items.length - 1];
    const links = linksFor(req, campaignId);
    const foreign = await this.identifiers.forResources(
      'person',
      items.map((p) => p.id),
    );
    return collectionResource(links, 'people', {
      self: selfWith(req, {}),
      next:
        page < totalPages && items.length === perPage && last
          ? selfWith(req, {
              page: page + 1,
              per_page: perPage,
              cursor: encodeCursor({ at: last.updatedAt, id: last.id, page: page + 1, total: totalRecords }),
            })
          : undefined,
      // Going back is by page number (offset): next links are the fast path, previous ones are rare.
      previous: page > 1 ? selfWith(req, { page: page - 1, per_page: perPage, cursor: null }) : undefined,
      page,
      perPage,
      totalRecords,
      members: items.map((p) => personResource(links, p, foreign.get(p.id))),
    });
  }

  async one(req: FastifyRequest, campaignId: string, viewer: Viewer, personId: string): Promise<Json> {
    const p = await this.admin.syncOne(viewer, campaignId, personId);
    if (!p) throw Problem.notFound('Person');
    const foreign = await this.identifiers.forResources('person', [p.id]);
    return personResource(linksFor(req, campaignId), p, foreign.get(p.id));
  }

  /**
   * A collection read whole (tags, petitions, events, statements, milestones: a campaign has few),
   * served in pages like every other: `page` and `per_page` (capped at max_pagesize), totals, and
   * next/previous links. These collections take no filter.
   */
  single(
    req: FastifyRequest,
    links: OsdiLinks,
    name: string,
    members: Json[],
    opts: { query?: CollectionQuery; curie?: string } = {},
  ): Json {
    const q = opts.query ?? {};
    if (q.filter) throw new FilterError(`the ${name} collection takes no filter`);
    const perPage = Math.min(q.per_page ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const page = q.page ?? 1;
    const totalPages = Math.max(1, Math.ceil(members.length / perPage));
    return collectionResource(links, name, {
      curie: opts.curie,
      self: selfWith(req, {}),
      next: page < totalPages ? selfWith(req, { page: page + 1, per_page: perPage }) : undefined,
      previous: page > 1 ? selfWith(req, { page: Math.min(page - 1, totalPages), per_page: perPage }) : undefined,
      page,
      perPage,
      totalRecords: members.length,
      members: members.slice((page - 1) * perPage, page * perPage),
    });
  }
}

/** A campaign's petitions, events, statements and milestones are few: their collections are read whole. */
const LIST_PAGE = 200;

/** Every item of one of a campaign's short lists, read in pages of its owning service's list. */
export async function wholeList<T>(
  list: (query: { cursor?: string; limit: number }) => Promise<{ items: T[]; nextCursor: string | null }>,
  toResources: (items: T[]) => Json[] | Promise<Json[]>,
): Promise<Json[]> {
  const all: Json[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: LIST_PAGE, cursor });
    all.push(...(await toResources(page.items)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/**
 * One page of a list that its owning service pages by cursor (signatures, RSVPs), served as an OSDI
 * page: a next link carries the service's cursor; a page number without one skips ahead in one read.
 * The caller applies the filter (`q.filter`) to both `total` and `list`.
 */
export async function cursorPage<T>(
  req: FastifyRequest,
  links: OsdiLinks,
  name: string,
  q: CollectionQuery,
  total: number,
  list: (query: { cursor?: string; limit: number }) => Promise<{ items: T[]; nextCursor: string | null }>,
  toResource: (item: T) => Json,
): Promise<Json> {
  const perPage = Math.min(q.per_page ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  let cursor = q.cursor;
  let page = q.page ?? 1;
  if (cursor) {
    const [p, inner] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    if (!inner || !/^\d+$/.test(p)) throw Problem.field('cursor', 'is not a cursor this server produced');
    page = Number(p);
    cursor = inner;
  } else if (page > 1) {
    cursor = (await list({ limit: (page - 1) * perPage })).nextCursor ?? undefined;
  }
  const result = page > 1 && !cursor ? { items: [] as T[], nextCursor: null } : await list({ cursor, limit: perPage });
  const wrap = (c: string, p: number) => Buffer.from(`${p}|${c}`).toString('base64url');
  return collectionResource(links, name, {
    self: selfWith(req, {}),
    next: result.nextCursor
      ? selfWith(req, { page: page + 1, per_page: perPage, cursor: wrap(result.nextCursor, page + 1) })
      : undefined,
    previous: page > 1 ? selfWith(req, { page: page - 1, per_page: perPage, cursor: null }) : undefined,
    page,
    perPage,
    totalRecords: total,
    members: result.items.map(toResource),
  });
}
