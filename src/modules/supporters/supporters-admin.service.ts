import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { normalizeEmail } from '../../common/email.js';
import { pageArgs, toPage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import type { CampaignRole, Prisma, Supporter, SupporterConsent } from '../../generated/prisma/client.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { csvRow } from '../../common/csv.js';
import { PersonalDataExportsService } from '../campaigns/personal-data-exports.service.js';
import { displayName, mailStatusOf, normalizeTags, personalOf } from './supporter-record.js';
import { refuseGroupFilters, withoutGroupFields } from './group-fields.js';
import { SupporterTrendsService } from './supporter-trends.service.js';
import type { EditSupporter, SupporterFilter } from './supporters.schemas.js';

/** A condition of the incremental-sync read (the OSDI filter, once checked): dates or the email's blind index. */
export type SupporterCondition =
  | { field: 'updatedAt' | 'createdAt'; op: CompareOp; value: Date }
  | { field: 'email'; op: 'eq' | 'ne'; value: string }
  | { and: SupporterCondition[] }
  | { or: SupporterCondition[] };
type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
const PRISMA_OP = { eq: 'equals', ne: 'not', gt: 'gt', ge: 'gte', lt: 'lt', le: 'lte' } as const;

export interface Viewer {
  organizerId: string;
  /** Owners and admins see personal data; organizers and viewers see counts and non-personal fields. */
  personal: boolean;
}

/** Prisma filter of the organizer list (and of bulk tagging and the CSV export). */
export function filterWhere(
  cipher: PiiCipherService,
  campaignId: string,
  f: SupporterFilter,
): Prisma.SupporterWhereInput {
  const and: Prisma.SupporterWhereInput[] = [{ campaignId }];
  if (f.email !== undefined) and.push({ emailIndex: cipher.blindIndex(normalizeEmail(f.email)) });
  if (f.tag) and.push({ tags: { has: f.tag } });
  if (f.source) and.push({ source: f.source });
  if (f.referrer) and.push({ referrerHost: f.referrer.toLowerCase() });
  if (f.locale) and.push({ locale: f.locale });
  if (f.country) and.push({ country: f.country.toUpperCase() });
  if (f.from || f.to) and.push({ createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } });
  const reachable = { status: 'confirmed' as const, undeliverable: null, unsubscribedAt: null };
  switch (f.status) {
    case undefined:
      break;
    case 'pending':
    case 'confirmed':
    case 'erased':
      and.push({ status: f.status });
      break;
    case 'subscribed':
      and.push({ ...reachable, OR: [{ consentUpdates: true }, { consentDigests: true }] });
      break;
    case 'not-subscribed':
      and.push({ ...reachable, consentUpdates: false, consentDigests: false });
      break;
    case 'unsubscribed':
      and.push({ status: 'confirmed', undeliverable: null, unsubscribedAt: { not: null } });
      break;
    case 'bounced':
    case 'complained':
      and.push({ status: 'confirmed', undeliverable: f.status });
      break;
  }
  return { AND: and };
}

const PERSONAL_COLUMNS = ['email', 'first_name', 'last_name', 'phone', 'signal_username', 'postal_code'];
const COLUMNS = [
  'id',
  'status',
  'mail_status',
  'locale',
  'country',
  'source',
  'ref',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_content',
  'utm_term',
  'referrer_host',
  'tags',
  'consent_updates',
  'consent_digests',
  'digest_frequency',
  'created_at',
  'confirmed_at',
  'unsubscribed_at',
  'erased_at',
];

/** The organizer side: list and search, view, edit, bulk tags, counts and the CSV export. */
@Injectable()
export class SupportersAdminService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly trends: SupporterTrendsService,
    private readonly exports: PersonalDataExportsService,
  ) {}

  /** Cursor-paginated list, newest first. Searching by email is for those who may see personal data. */
  async list(
    viewer: Viewer,
    campaignId: string,
    query: SupporterFilter & { cursor?: string; limit?: number; withTotal?: boolean },
  ) {
    refuseGroupFilters(viewer, query);
    if (query.email !== undefined && !viewer.personal)
      throw Problem.forbidden('Searching by email needs the admin or owner role.');
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.supporter.findMany({
      where: { AND: [where, filterWhere(this.cipher, campaignId, query)] },
      orderBy,
      take,
    });
    const page = toPage(rows, limit);
    const total = query.withTotal
      ? await this.prisma.supporter.count({ where: filterWhere(this.cipher, campaignId, query) })
      : undefined;
    return { items: page.items.map((r) => this.view(r, viewer.personal)), nextCursor: page.nextCursor, total };
  }

  async get(viewer: Viewer, campaignId: string, supporterId: string) {
    const s = await this.prisma.supporter.findFirst({
      where: { id: supporterId, campaignId },
      include: { consents: { orderBy: { id: 'asc' } } },
    });
    if (!s) throw Problem.notFound('Supporter');
    return { ...this.view(s, viewer.personal), consentLog: s.consents.map(consentView) };
  }

  /** Admin edit of a supporter's details. The email cannot change (erase and let them sign up again). */
  async edit(viewer: Viewer, campaignId: string, supporterId: string, input: EditSupporter) {
    return this.prisma.$transaction(async (tx) => {
      const s = await tx.supporter.findFirst({ where: { id: supporterId, campaignId } });
      if (!s) throw Problem.notFound('Supporter');
      if (s.status === 'erased')
        throw Problem.conflict('supporter-erased', 'This supporter was erased; there is nothing to edit.');
      const data: Prisma.SupporterUpdateInput = {};
      const enc = (v: string | null | undefined) => (v === undefined ? undefined : this.cipher.encrypt(v));
      if (input.firstName !== undefined) data.firstNameEnc = enc(input.firstName);
      if (input.lastName !== undefined) data.lastNameEnc = enc(input.lastName);
      if (input.phone !== undefined) data.phoneEnc = enc(input.phone);
      if (input.signalUsername !== undefined) data.signalUsernameEnc = enc(input.signalUsername);
      if (input.postalCode !== undefined) data.postalCodeEnc = enc(input.postalCode);
      if (input.country !== undefined) data.country = input.country;
      if (input.locale !== undefined) data.locale = input.locale;
      if (input.tags !== undefined) data.tags = normalizeTags(input.tags);
      if (input.digestFrequency !== undefined) data.digestFrequency = input.digestFrequency;
      if (input.digestHour !== undefined) data.digestHour = input.digestHour;
      if (input.timeZone !== undefined) data.timeZone = input.timeZone;
      const updated = await tx.supporter.update({
        where: { id: supporterId },
        data,
        include: { consents: { orderBy: { id: 'asc' } } },
      });
      await this.audit.record(tx, {
        campaignId,
        actor: viewer,
        action: 'supporter.updated',
        entityType: 'supporter',
        entityId: supporterId,
        details: { fields: Object.keys(input) },
      });
      return { ...this.view(updated, viewer.personal), consentLog: updated.consents.map(consentView) };
    });
  }

  /**
   * One page of a campaign's supporters in modification order (updated_at, id), for incremental
   * sync (the OSDI API). `after` is the key of the previous page's last row (keyset, cheap at any
   * depth); `offset` serves clients that jump to a page number. The plaintext of an email condition
   * is turned into its blind index here and never reaches SQL.
   */
  async syncPage(
    viewer: Viewer,
    campaignId: string,
    q: {
      where?: SupporterCondition;
      after?: { updatedAt: Date; id: string };
      offset?: number;
      limit: number;
      count: boolean;
    },
  ) {
    if (q.where && mentionsEmail(q.where) && !viewer.personal)
      throw Problem.forbidden('Filtering by email needs the admin or owner role.');
    const where: Prisma.SupporterWhereInput = { AND: [{ campaignId }, q.where ? this.conditionWhere(q.where) : {}] };
    const a = q.after;
    // `updated_at >= at` bounds the index range scan; the OR then only filters the rows sharing `at`.
    const keyset = a
      ? { updatedAt: { gte: a.updatedAt }, OR: [{ updatedAt: { gt: a.updatedAt } }, { id: { gt: a.id } }] }
      : {};
    const [rows, total] = await Promise.all([
      this.prisma.supporter.findMany({
        where: { AND: [where, keyset] },
        orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
        skip: a ? 0 : q.offset,
        take: q.limit,
      }),
      q.count ? this.prisma.supporter.count({ where }) : undefined,
    ]);
    return { items: rows.map((r) => ({ ...this.view(r, viewer.personal), updatedAt: r.updatedAt })), total };
  }

  /** One supporter as `syncPage` shows it (null when not in this campaign). */
  async syncOne(viewer: Viewer, campaignId: string, supporterId: string) {
    const r = await this.prisma.supporter.findFirst({ where: { id: supporterId, campaignId } });
    return r ? { ...this.view(r, viewer.personal), updatedAt: r.updatedAt } : null;
  }

  /** The id of the supporter with this email in the campaign, through the blind index. */
  async idByEmail(campaignId: string, email: string): Promise<string | null> {
    const r = await this.prisma.supporter.findFirst({
      where: { campaignId, emailIndex: this.cipher.blindIndex(normalizeEmail(email)) },
      select: { id: true },
    });
    return r?.id ?? null;
  }

  /** Distinct tags of a campaign's supporters with how many carry each, alphabetical. */
  async tagCounts(campaignId: string): Promise<{ tag: string; count: number }[]> {
    const rows = await this.prisma.$queryRaw<{ tag: string; count: bigint }[]>`
      SELECT t AS tag, count(*) AS count FROM supporters, unnest(tags) AS t
       WHERE campaign_id = ${campaignId}::uuid GROUP BY t ORDER BY t`;
    return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
  }

  private conditionWhere(c: SupporterCondition): Prisma.SupporterWhereInput {
    if ('and' in c) return { AND: c.and.map((x) => this.conditionWhere(x)) };
    if ('or' in c) return { OR: c.or.map((x) => this.conditionWhere(x)) };
    if (c.field === 'email') {
      const index = this.cipher.blindIndex(normalizeEmail(c.value));
      return c.op === 'eq' ? { emailIndex: index } : { NOT: { emailIndex: index } };
    }
    return { [c.field]: { [PRISMA_OP[c.op]]: c.value } };
  }

  /** Adds and removes tags on the given supporters, or on every supporter matching a filter. */
  async tagBulk(
    viewer: Viewer,
    campaignId: string,
    input: { supporterIds?: string[]; filter?: SupporterFilter; add?: string[]; remove?: string[] },
  ) {
    refuseGroupFilters(viewer, input.filter);
    if (input.filter?.email !== undefined && !viewer.personal)
      throw Problem.forbidden('Filtering by email needs the admin or owner role.');
    const add = normalizeTags(input.add ?? []);
    const remove = normalizeTags(input.remove ?? []);
    const where: Prisma.SupporterWhereInput = input.supporterIds
      ? { campaignId, id: { in: input.supporterIds } }
      : filterWhere(this.cipher, campaignId, input.filter ?? {});
    let updated = 0;
    let afterId: string | null = null;
    for (;;) {
      const ids: string[] = (
        await this.prisma.supporter.findMany({
          where: { AND: [where, { status: { not: 'erased' } }, afterId ? { id: { gt: afterId } } : {}] },
          select: { id: true },
          orderBy: { id: 'asc' },
          take: 1000,
        })
      ).map((r) => r.id);
      if (ids.length === 0) break;
      afterId = ids[ids.length - 1];
      updated += await this.prisma.$executeRaw`
        UPDATE supporters
           SET tags = ARRAY(SELECT DISTINCT t FROM unnest(array_cat(coalesce(tags, '{}'), ${add}::text[])) AS t WHERE t <> ALL(${remove}::text[]) ORDER BY t),
               updated_at = now()
         WHERE id = ANY(${ids}::uuid[]) AND campaign_id = ${campaignId}::uuid`;
      if (ids.length < 1000) break;
    }
    await this.audit.record(undefined, {
      campaignId,
      actor: viewer,
      action: 'supporters.tagged',
      entityType: 'campaign',
      entityId: campaignId,
      details: { add, remove, updated, by: input.supporterIds ? 'ids' : 'filter' },
    });
    return { updated };
  }

  /**
   * Per-day signups (campaign time zone), status counts and top sources. Erased tombstones count.
   * Below admin the top sources are those of the dashboard's suppressed grid over the whole
   * campaign, not of the range: a ranking per arbitrary range could be subtracted day by day.
   */
  async stats(campaignId: string, query: { from?: Date; to?: Date }, role: CampaignRole | undefined) {
    const campaign = await this.campaigns.get(campaignId);
    const k = await this.campaigns.minGroupSizeFor(campaignId, role);
    const tz = campaign.timeZone;
    const today = new Date(new Date().toLocaleString('sv-SE', { timeZone: tz }).slice(0, 10) + 'T00:00:00Z');
    const to = query.to ?? today;
    const from = query.from ?? new Date(to.getTime() - 29 * 86_400_000);
    if (from > to) throw Problem.field('from', 'must not be after to');
    if (to.getTime() - from.getTime() > 366 * 86_400_000)
      throw Problem.field('from', 'the range may span at most 366 days');
    const fromDay = from.toISOString().slice(0, 10);
    const toDay = to.toISOString().slice(0, 10);

    const perDay = await this.prisma.$queryRaw<{ date: string; signups: bigint; confirmed: bigint }[]>`
      SELECT to_char(d.day, 'YYYY-MM-DD') AS date, count(s.id) AS signups, count(s.confirmed_at) AS confirmed
        FROM generate_series(${fromDay}::date, ${toDay}::date, interval '1 day') AS d(day)
        LEFT JOIN supporters s
          ON s.campaign_id = ${campaignId}::uuid AND (s.created_at AT TIME ZONE ${tz})::date = d.day::date
       GROUP BY d.day ORDER BY d.day`;
    const sources =
      k > 1
        ? (await this.trends.topOrigins(campaign, new Date(0), k)).sources
        : await this.trends.exactSources(campaignId, tz, fromDay, toDay);
    const statuses = await this.prisma.$queryRaw<{ key: string; n: bigint }[]>`
      SELECT CASE
               WHEN status = 'erased' THEN 'erased'
               WHEN status = 'pending' THEN 'pending'
               WHEN undeliverable IS NOT NULL THEN undeliverable::text
               WHEN unsubscribed_at IS NOT NULL THEN 'unsubscribed'
               WHEN consent_updates OR consent_digests THEN 'subscribed'
               ELSE 'not-subscribed' END AS key,
             count(*) AS n
        FROM supporters WHERE campaign_id = ${campaignId}::uuid GROUP BY 1`;
    const byStatus: Record<string, number> = {
      pending: 0,
      subscribed: 0,
      'not-subscribed': 0,
      unsubscribed: 0,
      bounced: 0,
      complained: 0,
      erased: 0,
    };
    for (const s of statuses) byStatus[s.key] = Number(s.n);
    const erasures = await this.prisma.supporterErasure.count({ where: { campaignId } });
    return {
      timeZone: tz,
      total: Object.values(byStatus).reduce((a, b) => a + b, 0),
      byStatus,
      perDay: perDay.map((d) => ({ date: d.date, signups: Number(d.signups), confirmed: Number(d.confirmed) })),
      topSources: sources.groups.map((g) => ({ source: g.value, count: g.count })),
      topSourcesOther: sources.other,
      minGroupSize: k > 1 ? k : null,
      erasures,
    };
  }

  /**
   * The CSV export, streamed page by page (never the whole list in memory). Personal columns only
   * for owners and admins. Cells that a spreadsheet would run as formulas are neutralised.
   */
  async exportCsv(viewer: Viewer, campaignId: string, filter: SupporterFilter): Promise<Readable> {
    refuseGroupFilters(viewer, filter);
    if (filter.email !== undefined && !viewer.personal)
      throw Problem.forbidden('Filtering by email needs the admin or owner role.');
    const where = filterWhere(this.cipher, campaignId, filter);
    const filters = Object.keys(filter);
    // Erased tombstones hold nobody's personal data: they are rows, not people, in the count.
    const people = viewer.personal
      ? await this.prisma.supporter.count({ where: { AND: [where, { status: { not: 'erased' } }] } })
      : null;
    if (!viewer.personal)
      await this.audit.record(undefined, {
        campaignId,
        actor: viewer,
        action: 'supporters.exported-csv',
        entityType: 'campaign',
        entityId: campaignId,
        details: { personal: false, filter: filters },
      });
    const head = await this.exports.start(
      { organizerId: viewer.organizerId },
      { campaignId, what: 'supporters', people, details: { filter: filters } },
    );
    const prisma = this.prisma;
    const view = (r: Supporter) => this.csvValues(r, viewer.personal);
    async function* rows() {
      yield head + csvRow([...COLUMNS, ...(viewer.personal ? PERSONAL_COLUMNS : [])]);
      let afterId: string | null = null;
      for (;;) {
        const page: Supporter[] = await prisma.supporter.findMany({
          where: { AND: [where, afterId ? { id: { gt: afterId } } : {}] },
          orderBy: { id: 'asc' },
          take: 1000,
        });
        if (page.length === 0) return;
        afterId = page[page.length - 1].id;
        yield page.map((r) => csvRow(view(r))).join('');
        if (page.length < 1000) return;
      }
    }
    return Readable.from(rows());
  }

  private csvValues(supporter: Supporter, personal: boolean): unknown[] {
    const r = personal ? supporter : withoutGroupFields(supporter);
    const values: unknown[] = [
      r.id,
      r.status,
      mailStatusOf(r),
      r.locale,
      r.country,
      r.source,
      r.ref,
      r.utmSource,
      r.utmMedium,
      r.utmCampaign,
      r.utmContent,
      r.utmTerm,
      r.referrerHost,
      r.tags.join(';'),
      r.consentUpdates,
      r.consentDigests,
      r.digestFrequency,
      r.createdAt,
      r.confirmedAt,
      r.unsubscribedAt,
      r.erasedAt,
    ];
    if (personal) {
      const p = personalOf(this.cipher, supporter);
      values.push(p.email, p.firstName, p.lastName, p.phone, p.signalUsername, p.postalCode);
    }
    return values;
  }

  view(supporter: Supporter, personal: boolean) {
    const r = personal ? supporter : withoutGroupFields(supporter);
    const base = {
      id: r.id,
      status: r.status,
      mailStatus: mailStatusOf(r),
      locale: r.locale,
      country: r.country,
      source: r.source,
      ref: r.ref,
      utm: {
        source: r.utmSource,
        medium: r.utmMedium,
        campaign: r.utmCampaign,
        content: r.utmContent,
        term: r.utmTerm,
      },
      referrerHost: r.referrerHost,
      tags: r.tags,
      purposes: { updates: r.consentUpdates, digests: r.consentDigests },
      digestFrequency: r.digestFrequency,
      digestHour: r.digestHour,
      timeZone: r.timeZone,
      createdAt: r.createdAt,
      lastSignupAt: r.lastSignupAt,
      confirmedAt: r.confirmedAt,
      confirmedVia: r.confirmedVia,
      unsubscribedAt: r.unsubscribedAt,
      undeliverableAt: r.undeliverableAt,
      erasedAt: r.erasedAt,
    };
    if (!personal) return base;
    const p = personalOf(this.cipher, r);
    return { ...base, personal: { ...p, displayName: displayName(p.firstName, p.lastName) } };
  }
}

function mentionsEmail(c: SupporterCondition): boolean {
  if ('and' in c) return c.and.some(mentionsEmail);
  if ('or' in c) return c.or.some(mentionsEmail);
  return c.field === 'email';
}

function consentView(c: SupporterConsent) {
  return {
    id: c.id,
    purpose: c.purpose,
    action: c.action,
    textVersion: c.textVersion,
    source: c.source,
    formId: c.formId,
    createdAt: c.createdAt,
  };
}
