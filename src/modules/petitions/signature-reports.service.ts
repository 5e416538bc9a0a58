import { Injectable } from '@nestjs/common';
import { seesPersonalData } from '../../common/auth/auth.decorators.js';
import { type Page, decodeCursor, DEFAULT_PAGE_SIZE, toPage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import { exactGroups, suppressAcrossCells, suppressSmallGroups } from '../../common/small-groups.js';
import { type CampaignRole, Prisma } from '../../generated/prisma/client.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { PersonalDataExportsService } from '../campaigns/personal-data-exports.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { blockedDomainReason } from '../supporters/email-domains.js';
import { SupportersService } from '../supporters/supporters.service.js';
import { csvRow } from '../../common/csv.js';
import { boundsWhere, type DateRanges } from '../../common/date-range.js';
import { PetitionCountsService } from './petition-counts.service.js';
import type { Actor } from '../../common/actor.js';
import { PetitionsService } from './petitions.service.js';
import type { SignaturesQuery } from './petitions.schemas.js';
import { ANONYMOUS, NOT_KEPT, personOf, refuseGroupFilters, supporterIdsOf } from './signer-data.js';
import { uuidv7Floor } from './uuid-time.js';

type SignatureRow = Prisma.PetitionSignatureGetPayload<object>;

/** Rows read per query while streaming an export: memory stays flat whatever the petition's size. */
const EXPORT_BATCH = 1000;

/** The grid that trending windows start on and are suppressed by, for roles below admin. */
const TRENDING_SLOT_MS = 15 * 60_000;

/**
 * Everything organizers read about signatures: lists and search, the streamed CSV export, counts
 * by day, source, country and postal prefix, the fraud view (the delivery document is
 * PetitionDeliveryService's). Personal
 * data (email, names) is decrypted only for owners and admins, and only here.
 */
@Injectable()
export class SignatureReportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly petitions: PetitionsService,
    private readonly counts: PetitionCountsService,
    private readonly supporters: SupportersService,
    private readonly exports: PersonalDataExportsService,
  ) {}

  static seesPersonalData(role: CampaignRole | undefined): boolean {
    return seesPersonalData(role);
  }

  async list(
    campaignId: string,
    petitionId: string,
    role: CampaignRole | undefined,
    query: SignaturesQuery,
    dates?: DateRanges,
  ): Promise<Page<ReturnType<SignatureReportsService['view']>>> {
    await this.petitions.find(campaignId, petitionId);
    const personal = SignatureReportsService.seesPersonalData(role);
    refuseGroupFilters(personal, query);
    if (query.supporterId && !personal)
      throw Problem.forbidden("Looking up one supporter's signature needs the admin role.");
    const where = { ...this.filter(petitionId, query), ...datesWhere(dates) };
    const after = decodeCursor(query.cursor);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.prisma.petitionSignature.findMany({
      where: { ...where, ...(after ? { id: { ...(where.id as object), lt: after } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
    });
    const page = toPage(rows, limit);
    const people = personal
      ? await this.supporters.supporterSummary(supporterIdsOf(page.items), { personal: true })
      : null;
    return { ...page, items: page.items.map((r) => this.view(r, personal, personOf(people, r))) };
  }

  /** How many signatures a petition has, in every status (the OSDI collection's total_records). */
  count(petitionId: string, dates?: DateRanges): Promise<number> {
    return this.prisma.petitionSignature.count({ where: { petitionId, ...datesWhere(dates) } });
  }

  /**
   * One signature of a petition, by its id or by its signer (one signature per person), as `list`
   * shows it to this role; null when there is none.
   */
  async one(
    campaignId: string,
    petitionId: string,
    by: { id: string } | { supporterId: string },
    role: CampaignRole | undefined,
  ): Promise<ReturnType<SignatureReportsService['view']> | null> {
    await this.petitions.find(campaignId, petitionId);
    const row = await this.prisma.petitionSignature.findFirst({ where: { petitionId, ...by } });
    if (!row) return null;
    const personal = SignatureReportsService.seesPersonalData(role);
    const people = personal ? await this.supporters.supporterSummary(supporterIdsOf([row]), { personal: true }) : null;
    return this.view(row, personal, personOf(people, row));
  }

  view(
    r: SignatureRow,
    personal: boolean,
    person: { email?: string | null; firstName?: string | null; lastName?: string | null } | null,
  ) {
    const name = r.isPublic && r.displayName ? this.cipher.decrypt(r.displayName) : null;
    return {
      id: r.id,
      petitionId: r.petitionId,
      status: r.status,
      isPublic: r.isPublic,
      displayName: name ?? (r.signerKey ? NOT_KEPT : ANONYMOUS),
      verifiedNotKept: r.signerKey !== null,
      comment: r.comment && (personal || r.isPublic) ? this.cipher.decrypt(r.comment) : null,
      locale: r.locale,
      // Below admin no field that places the signer in a small group (k-suppression).
      source: personal ? r.source : null,
      ref: personal ? r.ref : null,
      country: personal ? r.country : null,
      postalPrefix: personal ? r.postalPrefix : null,
      emailDomain: personal ? r.emailDomain : null,
      ipHash: r.ipHash,
      createdAt: r.createdAt,
      confirmedAt: r.confirmedAt,
      invalidatedAt: r.invalidatedAt,
      invalidReason: r.invalidReason,
      signer: personal
        ? {
            supporterId: r.supporterId,
            email: person?.email ?? null,
            firstName: person?.firstName ?? null,
            lastName: person?.lastName ?? null,
          }
        : null,
    };
  }

  /** The Prisma filter of a search. */
  private filter(petitionId: string, q: SignaturesQuery): Prisma.PetitionSignatureWhereInput {
    const where: Prisma.PetitionSignatureWhereInput = { petitionId };
    if (q.status) where.status = q.status;
    if (q.public !== undefined) where.isPublic = q.public;
    if (q.country) where.country = q.country;
    if (q.source) where.source = q.source;
    if (q.ref) where.ref = q.ref;
    if (q.postalPrefix) where.postalPrefix = q.postalPrefix.toUpperCase();
    if (q.emailDomain) where.emailDomain = q.emailDomain.toLowerCase();
    if (q.ipHash) where.ipHash = q.ipHash;
    if (q.from || q.to)
      where.id = { ...(q.from ? { gte: uuidv7Floor(q.from) } : {}), ...(q.to ? { lt: uuidv7Floor(q.to) } : {}) };
    if (q.supporterId) where.supporterId = q.supporterId;
    return where;
  }

  /**
   * The full list as CSV, read in id order in batches and written as it goes (never the whole list
   * in memory). Personal columns only for admins and owners; the export itself is audited.
   */
  async *exportCsv(
    actor: Actor,
    campaignId: string,
    petitionId: string,
    query: SignaturesQuery,
  ): AsyncGenerator<string> {
    const petition = await this.petitions.find(campaignId, petitionId);
    const personal = SignatureReportsService.seesPersonalData(actor.role);
    refuseGroupFilters(personal, query);
    if (query.supporterId && !personal)
      throw Problem.forbidden("Looking up one supporter's signature needs the admin role.");
    const where = this.filter(petitionId, query);
    const filters = Object.keys(query).filter((k) => k !== 'cursor' && k !== 'limit');
    if (!personal)
      await this.audit.record(undefined, {
        campaignId,
        actor,
        action: 'petition.signatures-exported',
        entityType: 'petition',
        entityId: petition.id,
        details: { personalData: false, filters },
      });
    yield await this.exports.start(actor, {
      campaignId,
      what: 'signatures',
      people: personal ? await this.prisma.petitionSignature.count({ where }) : null,
      entityType: 'petition',
      entityId: petition.id,
      details: { filters },
    });
    yield csvRow([
      'signature_id',
      'status',
      'signed_at',
      'confirmed_at',
      'public',
      'display_name',
      'comment',
      'locale',
      'source',
      'ref',
      'country',
      'postal_prefix',
      'email_domain',
      'ip_hash',
      'invalidated_at',
      'invalid_reason',
      ...(personal ? ['supporter_id', 'email', 'first_name', 'last_name'] : []),
    ]);
    let after: string | undefined;
    for (;;) {
      const rows = await this.prisma.petitionSignature.findMany({
        where: after ? { AND: [where, { id: { gt: after } }] } : where,
        orderBy: { id: 'asc' },
        take: EXPORT_BATCH,
      });
      if (rows.length === 0) return;
      const people = personal ? await this.supporters.supporterSummary(supporterIdsOf(rows), { personal: true }) : null;
      let chunk = '';
      for (const r of rows) {
        const v = this.view(r, personal, personOf(people, r));
        chunk += csvRow([
          v.id,
          v.status,
          v.createdAt,
          v.confirmedAt,
          v.isPublic ? 'yes' : 'no',
          v.isPublic || v.verifiedNotKept ? v.displayName : '',
          v.comment,
          v.locale,
          v.source,
          v.ref,
          v.country,
          v.postalPrefix,
          v.emailDomain,
          v.ipHash,
          v.invalidatedAt,
          v.invalidReason,
          ...(personal ? [r.supporterId, v.signer?.email, v.signer?.firstName, v.signer?.lastName] : []),
        ]);
      }
      yield chunk;
      after = rows[rows.length - 1].id;
      if (rows.length < EXPORT_BATCH) return;
    }
  }

  /**
   * Counts by status and day, and confirmed signatures by source, ref, country and postal prefix (a
   * scan of this petition's rows; the public uses the cache). Groups below the campaign's
   * `minGroupSize` are merged into `other` for roles that do not see personal data.
   */
  async stats(
    campaignId: string,
    petitionId: string,
    query: { days?: number; top?: number },
    role: CampaignRole | undefined,
  ) {
    const petition = await this.petitions.find(campaignId, petitionId);
    const campaign = await this.campaigns.get(campaignId);
    const k = await this.campaigns.minGroupSizeFor(campaignId, role);
    const tz = campaign.timeZone;
    const days = query.days ?? 30;
    const top = query.top ?? 10;
    const since = new Date(Date.now() - days * 86_400_000);
    const sinceId = uuidv7Floor(since);
    const [byStatus, signedPerDay, confirmedPerDay, sources, refs, countries, prefixes] = await Promise.all([
      this.prisma.$queryRaw<{ status: string; n: number }[]>`
        SELECT status::text, count(*)::int AS n FROM petition_signatures WHERE petition_id = ${petition.id}::uuid GROUP BY status`,
      this.prisma.$queryRaw<{ day: string; n: number }[]>`
        SELECT to_char(created_at AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS day, count(*)::int AS n
          FROM petition_signatures WHERE petition_id = ${petition.id}::uuid AND id >= ${sinceId}::uuid GROUP BY 1`,
      this.prisma.$queryRaw<{ day: string; n: number }[]>`
        SELECT to_char(confirmed_at AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS day, count(*)::int AS n
          FROM petition_signatures WHERE petition_id = ${petition.id}::uuid AND status = 'confirmed' AND confirmed_at >= ${since} GROUP BY 1`,
      this.ranking('source', petition.id, k, top),
      this.ranking('ref', petition.id, k, top),
      this.ranking('country', petition.id, k, top),
      this.ranking('postal_prefix', petition.id, k, top),
    ]);
    const status = Object.fromEntries(byStatus.map((r) => [r.status, r.n]));
    const perDay = new Map<string, { day: string; signed: number; confirmed: number }>();
    for (const d of dayRange(since, new Date(), tz)) perDay.set(d, { day: d, signed: 0, confirmed: 0 });
    for (const r of signedPerDay)
      perDay.set(r.day, { ...(perDay.get(r.day) ?? { day: r.day, signed: 0, confirmed: 0 }), signed: r.n });
    for (const r of confirmedPerDay)
      perDay.set(r.day, { ...(perDay.get(r.day) ?? { day: r.day, signed: 0, confirmed: 0 }), confirmed: r.n });
    return {
      confirmed: status.confirmed ?? 0,
      pending: status.pending ?? 0,
      invalidated: status.invalidated ?? 0,
      timeZone: tz,
      perDay: [...perDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
      topSources: sources.groups,
      topRefs: refs.groups,
      countries: countries.groups,
      postalPrefixes: prefixes.groups,
      minGroupSize: k > 1 ? k : null,
      other: {
        topSources: sources.other,
        topRefs: refs.other,
        countries: countries.other,
        postalPrefixes: prefixes.other,
      },
    };
  }

  /** Confirmed signatures by one column: every group is read, then small groups are merged. */
  private async ranking(
    column: 'source' | 'ref' | 'country' | 'postal_prefix',
    petitionId: string,
    k: number,
    top: number,
  ) {
    // The column name comes from the fixed union above, never from input.
    const rows = await this.prisma.$queryRawUnsafe<{ key: string | null; count: number }[]>(
      `SELECT ${column} AS key, count(*)::int AS count FROM petition_signatures
        WHERE petition_id = $1::uuid AND status = 'confirmed' GROUP BY ${column}`,
      petitionId,
    );
    return suppressSmallGroups(rows, k, top);
  }

  /**
   * For moderators: the client-IP hashes and email domains that signed most in the last window,
   * with how many of those signatures are already invalidated. A key seen once is left out: the
   * view is for spotting bursts, not for looking at individuals.
   */
  async trending(
    campaignId: string,
    petitionId: string,
    query: { minutes?: number; top?: number },
    role: CampaignRole | undefined,
  ) {
    const petition = await this.petitions.find(campaignId, petitionId);
    const k = await this.campaigns.minGroupSizeFor(campaignId, role);
    const now = Date.now();
    // Below admin the window starts on a fixed grid of slots, each suppressed on its own, so two
    // windows (60 and 61 minutes) cannot be subtracted to show one signer's domain.
    const slot = k > 1 ? TRENDING_SLOT_MS : 1;
    const since = new Date(Math.floor((now - (query.minutes ?? 60) * 60_000) / slot) * slot);
    const sinceId = uuidv7Floor(since);
    const top = query.top ?? 20;
    const cell = k > 1 ? Prisma.sql`floor(extract(epoch FROM created_at) * 1000 / ${slot})::text` : Prisma.sql`'all'`;
    const [total, ips, domains] = await Promise.all([
      this.prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM petition_signatures WHERE petition_id = ${petition.id}::uuid AND id >= ${sinceId}::uuid`,
      this.prisma.$queryRaw<{ cell: string; key: string; count: number; invalidated: number }[]>`
        SELECT ${cell} AS cell, ip_hash AS key, count(*)::int AS count, (count(*) FILTER (WHERE status = 'invalidated'))::int AS invalidated
          FROM petition_signatures WHERE petition_id = ${petition.id}::uuid AND id >= ${sinceId}::uuid AND ip_hash IS NOT NULL
         GROUP BY 1, 2`,
      this.prisma.$queryRaw<{ cell: string; key: string; count: number; invalidated: number }[]>`
        SELECT ${cell} AS cell, email_domain AS key, count(*)::int AS count, (count(*) FILTER (WHERE status = 'invalidated'))::int AS invalidated
          FROM petition_signatures WHERE petition_id = ${petition.id}::uuid AND id >= ${sinceId}::uuid AND email_domain IS NOT NULL
         GROUP BY 1, 2`,
    ]);
    // A key seen once is never shown to anyone: the view is for bursts, not individuals.
    const ranked = (rows: typeof ips) => {
      const out =
        k > 1
          ? suppressAcrossCells(rows, k, top)
          : exactGroups(
              rows.filter((r) => r.count > 1),
              top,
            );
      const invalidated = (key: string) => rows.filter((r) => r.key === key).reduce((n, r) => n + r.invalidated, 0);
      return out.groups.map((g) => ({
        key: g.key,
        count: g.count,
        invalidated: Math.min(g.count, invalidated(g.key)),
      }));
    };
    return {
      since,
      signatures: total[0]?.n ?? 0,
      minGroupSize: k > 1 ? k : null,
      ipHashes: ranked(ips).map((r) => ({ ipHash: r.key, count: r.count, invalidated: r.invalidated })),
      emailDomains: ranked(domains).map((r) => ({
        domain: r.key,
        count: r.count,
        invalidated: r.invalidated,
        disposable: blockedDomainReason(`x@${r.key}`, { blocked: [], disposable: true }) !== null,
      })),
    };
  }

  // ---------- public ----------

  /** Confirmed signers, newest first, as the public may see them. */
  async publicList(campaignSlug: string, petitionSlug: string, query: { cursor?: string; limit?: number }) {
    const p = await this.petitions.getPublic(campaignSlug, petitionSlug);
    const after = decodeCursor(query.cursor);
    const limit = Math.min(query.limit ?? DEFAULT_PAGE_SIZE, 100);
    const rows = await this.prisma.petitionSignature.findMany({
      where: { petitionId: p.id, status: 'confirmed', ...(after ? { id: { lt: after } } : {}) },
      orderBy: { id: 'desc' },
      take: limit + 1,
      select: { id: true, isPublic: true, displayName: true, comment: true, confirmedAt: true, signerKey: true },
    });
    const page = toPage(rows, limit);
    return { ...page, items: page.items.map((r) => this.counts.publicSigner(r)) };
  }
}

/**
 * Created and modified bounds (OSDI filters). A signature's modification is its latest event:
 * invalidated, else confirmed, else created, the date the OSDI resource shows as modified_date.
 */
function datesWhere(dates: DateRanges | undefined): Prisma.PetitionSignatureWhereInput {
  const created = boundsWhere(dates?.created);
  const modified = boundsWhere(dates?.modified);
  return {
    ...(created ? { createdAt: created } : {}),
    ...(modified
      ? {
          OR: [
            { invalidatedAt: modified },
            { invalidatedAt: null, confirmedAt: modified },
            { invalidatedAt: null, confirmedAt: null, createdAt: modified },
          ],
        }
      : {}),
  };
}

/** Every calendar day (YYYY-MM-DD in `timeZone`) from `from` to `to`, inclusive. */
function dayRange(from: Date, to: Date, timeZone: string): string[] {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days: string[] = [];
  for (let t = from.getTime(); t <= to.getTime() + 86_400_000; t += 86_400_000) {
    const d = fmt.format(new Date(t));
    if (days[days.length - 1] !== d && d <= fmt.format(to)) days.push(d);
  }
  return days;
}
