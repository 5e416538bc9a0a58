// Over 500 lines because: a statement's workflow (draft, review, approval, scheduling, publication,
// retraction) is one state machine; every transition goes through `transition`, `lock` and `record`
// here, and splitting the transitions would spread the state machine over files. The next seam to
// split out is the public reads (`listPublished` to `publicUrl`, about 100 lines).
import { Injectable, Logger } from '@nestjs/common';
import { ROLE_RANK } from '../../common/auth/auth.decorators.js';
import type { Locale } from '../../common/i18n.js';
import { renderMarkdown } from '../../common/markdown.js';
import { decodeTimeCursor, type Page, type PageQuery, pageArgs, toPage, toTimePage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';
import { type CampaignRole, Prisma, type StatementStatus } from '../../generated/prisma/client.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { QueueService } from '../../infra/queue/queue.service.js';
import { type AuditRecorder, AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { diffSnapshots, changedFields, type StatementSnapshot } from './statement-diff.js';
import { StatementAlertsService } from './statement-alerts.service.js';
import type { UpdateStatementInput, VariantInput } from './statements.schemas.js';
import { type AnyActor, SYSTEM_ACTOR } from '../../common/actor.js';
import { isUniqueViolation } from '../../infra/prisma/errors.js';

/** Job id of the delayed publication of one schedule version; a reschedule makes the old one a no-op. */
export const publishJobId = (statementId: string, version: number): string =>
  `statement-publish.${statementId}.v${version}`;

/** A delayed job may fire a little before its instant on another host's clock; publishedAt never precedes the schedule. */
const EARLY_TOLERANCE_MS = 2000;
const SWEEP_BATCH = 100;

const withVariants = { variants: { orderBy: { locale: 'asc' as const } } } satisfies Prisma.StatementInclude;
type StatementRow = Prisma.StatementGetPayload<{ include: typeof withVariants }>;

/** Statuses whose content only admins may change (it was approved, or readers see it). */
const ADMIN_EDIT: StatementStatus[] = ['approved', 'scheduled', 'published'];
/** Statuses a statement may be published or (re)scheduled from: any not yet published or retracted. */
const UNPUBLISHED: StatementStatus[] = ['draft', 'in_review', 'approved', 'scheduled'];

/**
 * Statements: drafting, review, publication (now or scheduled), revisions, retraction, and the
 * public reading side. Visibility rule for every public query: status = published AND
 * published_at <= now() (see `visibleWhere`), so nothing shows before its publication instant even
 * if a row is published early by a clock-skewed worker.
 */
@Injectable()
export class StatementsService {
  private readonly log = new Logger('statements');

  private readonly record: AuditRecorder;

  constructor(
    private readonly prisma: PrismaService,
    private readonly campaigns: CampaignsService,
    audit: AuditService,
    private readonly queues: QueueService,
    private readonly alerts: StatementAlertsService,
    private readonly config: AppConfig,
  ) {
    this.record = audit.recorder('statement');
  }

  // ---------------------------------------------------------------- organizer side

  async create(
    actor: AnyActor,
    campaignId: string,
    input: { slug: string; primaryLocale: Locale; variants: Partial<Record<Locale, VariantInput>>; note?: string },
  ) {
    try {
      const id = await this.prisma.$transaction(async (tx) => {
        const statement = await tx.statement.create({
          data: {
            campaignId,
            slug: input.slug,
            primaryLocale: input.primaryLocale,
            createdBy: actor.organizerId,
            variants: { create: Object.entries(input.variants).map(([locale, v]) => this.variantData(locale, v)) },
          },
          include: withVariants,
        });
        const snapshot = this.snapshotOf(statement);
        await tx.statementRevision.create({
          data: {
            statementId: statement.id,
            number: 1,
            authorId: actor.organizerId,
            ...this.revisionData(snapshot),
            changedFields: changedFields(null, snapshot),
            note: input.note ?? null,
          },
        });
        await this.record(tx, actor, campaignId, 'statement.created', statement.id, {
          slug: input.slug,
          locales: Object.keys(input.variants),
        });
        return statement.id;
      });
      return this.get(campaignId, id);
    } catch (err) {
      throw this.slugConflict(err);
    }
  }

  async list(campaignId: string, query: PageQuery & { status?: StatementStatus }) {
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.statement.findMany({
      where: { ...where, campaignId, ...(query.status ? { status: query.status } : {}) },
      orderBy,
      take,
      include: withVariants,
    });
    const page = toPage(rows, limit);
    return {
      items: page.items.map(({ variants, ...s }) => ({
        ...s,
        title: (variants.find((v) => v.locale === s.primaryLocale) ?? variants[0])?.title ?? '',
        locales: variants.map((v) => v.locale),
      })),
      nextCursor: page.nextCursor,
    };
  }

  async get(campaignId: string, id: string): Promise<StatementRow> {
    const statement = await this.prisma.statement.findFirst({ where: { id, campaignId }, include: withVariants });
    if (!statement) throw Problem.notFound('Statement');
    return statement;
  }

  /**
   * One edit = one revision. Organizers edit drafts and statements in review; approved, scheduled
   * and published statements are edited by admins only (their content was signed off). An edit of a
   * published statement marks it updated and never re-alerts unless `realert` is set.
   */
  async update(actor: AnyActor, campaignId: string, id: string, input: UpdateStatementInput) {
    try {
      await this.prisma.$transaction(async (tx) => {
        const current = await this.lock(tx, campaignId, id);
        if (current.status === 'retracted')
          throw Problem.conflict('statement-retracted', 'A retracted statement can no longer be edited.');
        if (ADMIN_EDIT.includes(current.status))
          this.requireRole(actor, 'admin', `Only admins can edit a statement that is ${current.status}.`);
        if (input.realert) {
          this.requireRole(actor, 'admin', 'Only admins can send alerts.');
          if (current.status !== 'published')
            throw Problem.field('realert', 'is only possible for a published statement', 'not-published');
        }
        if (input.expectedRevision !== undefined && input.expectedRevision !== current.revision) {
          throw Problem.conflict(
            'stale-revision',
            `The statement is at revision ${current.revision}; reload it and apply your changes again.`,
            { currentRevision: current.revision },
          );
        }

        const before = this.snapshotOf(current);
        const after = this.applyEdit(before, input);
        const fields = changedFields(before, after);
        if (fields.length > 0) {
          if (!after.content[after.primaryLocale])
            throw Problem.field('primaryLocale', 'must be a locale the statement has content in', 'missing-variant');
          await this.writeContent(tx, current, before, after);
          const number = current.revision + 1;
          await tx.statementRevision.create({
            data: {
              statementId: id,
              number,
              authorId: actor.organizerId,
              ...this.revisionData(after),
              changedFields: fields,
              note: input.note ?? null,
            },
          });
          await tx.statement.update({
            where: { id },
            data: {
              revision: number,
              slug: after.slug,
              primaryLocale: after.primaryLocale,
              ...(current.status === 'published' ? { contentUpdatedAt: new Date() } : {}),
            },
          });
          await this.record(tx, actor, campaignId, 'statement.edited', id, { revision: number, fields });
        }
        if (input.realert) {
          const version = current.alertVersion + 1;
          await tx.statement.update({ where: { id }, data: { alertVersion: version } });
          const fresh = await tx.statement.findUniqueOrThrow({ where: { id }, include: withVariants });
          await this.alerts.create(tx, fresh, version, actor.organizerId);
          await this.record(tx, actor, campaignId, 'statement.realerted', id, { alertVersion: version });
        }
      });
    } catch (err) {
      throw this.slugConflict(err);
    }
    return this.get(campaignId, id);
  }

  /** Organizer: draft -> in review. */
  async submit(actor: AnyActor, campaignId: string, id: string, note?: string) {
    return this.transition(actor, campaignId, id, 'statement.submitted', ['draft'], async (tx) => {
      await tx.statement.update({
        where: { id },
        data: { status: 'in_review', submittedAt: new Date(), submittedBy: actor.organizerId },
      });
      return { note: note ?? null };
    });
  }

  /** In review or approved -> draft: the author withdraws it, or a reviewer asks for changes. */
  async returnToDraft(actor: AnyActor, campaignId: string, id: string, note?: string) {
    return this.transition(
      actor,
      campaignId,
      id,
      'statement.returned-to-draft',
      ['in_review', 'approved'],
      async (tx) => {
        await tx.statement.update({ where: { id }, data: { status: 'draft', approvedAt: null, approvedBy: null } });
        return { note: note ?? null };
      },
    );
  }

  /** Admin: in review -> approved. */
  async approve(actor: AnyActor, campaignId: string, id: string, note?: string) {
    this.requireRole(actor, 'admin', 'Only admins and owners approve statements.');
    return this.transition(actor, campaignId, id, 'statement.approved', ['in_review'], async (tx) => {
      await tx.statement.update({
        where: { id },
        data: { status: 'approved', approvedAt: new Date(), approvedBy: actor.organizerId },
      });
      return { note: note ?? null };
    });
  }

  /**
   * Admin: publish now. From approved, or straight from review/draft (the admin's publication is
   * the approval). A scheduled statement can be published early too; its delayed job becomes a no-op.
   */
  async publish(actor: AnyActor, campaignId: string, id: string, options: { notify: boolean }) {
    this.requireRole(actor, 'admin', 'Only admins and owners publish statements.');
    return this.transition(actor, campaignId, id, 'statement.published', UNPUBLISHED, async (tx, current) => {
      await this.publishInTx(tx, actor, { ...current, notifyOnPublish: options.notify }, new Date());
      return { notify: options.notify };
    });
  }

  /** Admin: schedule or reschedule. The row is the truth; the delayed job and the sweep act on it. */
  async schedule(
    actor: AnyActor,
    campaignId: string,
    id: string,
    input: { publishAt: Date; timeZone?: string; notify: boolean },
  ) {
    this.requireRole(actor, 'admin', 'Only admins and owners schedule statements.');
    if (input.publishAt.getTime() <= Date.now()) throw Problem.field('publishAt', 'must be in the future', 'past');
    const campaign = await this.campaigns.get(campaignId);
    let version = 0;
    const result = await this.transition(
      actor,
      campaignId,
      id,
      'statement.scheduled',
      UNPUBLISHED,
      async (tx, current) => {
        version = current.scheduleVersion + 1;
        await tx.statement.update({
          where: { id },
          data: {
            status: 'scheduled',
            scheduledFor: input.publishAt,
            scheduleTimeZone: input.timeZone ?? campaign.timeZone,
            scheduleVersion: version,
            notifyOnPublish: input.notify,
            approvedAt: current.approvedAt ?? new Date(),
            approvedBy: current.approvedBy ?? actor.organizerId,
          },
        });
        return { publishAt: input.publishAt.toISOString(), version, rescheduled: current.status === 'scheduled' };
      },
    );
    await this.enqueuePublication(id, version, input.publishAt);
    return result;
  }

  /** Admin: scheduled -> approved. Bumping the version turns the pending delayed job into a no-op. */
  async unschedule(actor: AnyActor, campaignId: string, id: string, note?: string) {
    this.requireRole(actor, 'admin', 'Only admins and owners change schedules.');
    return this.transition(actor, campaignId, id, 'statement.unscheduled', ['scheduled'], async (tx, current) => {
      await tx.statement.update({
        where: { id },
        data: {
          status: 'approved',
          scheduledFor: null,
          scheduleTimeZone: null,
          scheduleVersion: current.scheduleVersion + 1,
        },
      });
      return { note: note ?? null };
    });
  }

  /**
   * Admin: published -> retracted. Removed from public lists and feeds. Nothing is sent about it,
   * and whatever part of its alert has not gone out yet is cancelled (what was sent stays sent).
   */
  async retract(actor: AnyActor, campaignId: string, id: string, reason: string) {
    this.requireRole(actor, 'admin', 'Only admins and owners retract statements.');
    const statement = await this.transition(actor, campaignId, id, 'statement.retracted', ['published'], async (tx) => {
      await tx.statement.update({
        where: { id },
        data: {
          status: 'retracted',
          retractedAt: new Date(),
          retractedBy: actor.organizerId,
          retractionReason: reason,
        },
      });
      return {};
    });
    await this.alerts.cancelUnsent(actor.organizerId, statement);
    return statement;
  }

  /** Deletes a statement that never went public. Published ones are retracted instead, so links keep explaining. */
  async remove(actor: AnyActor, campaignId: string, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const current = await this.lock(tx, campaignId, id);
      if (current.status === 'scheduled')
        throw Problem.conflict('statement-scheduled', 'Unschedule the statement before deleting it.');
      if (current.status === 'published' || current.status === 'retracted' || current.publishedAt) {
        throw Problem.conflict(
          'statement-published',
          'A statement that was published cannot be deleted; retract it instead.',
        );
      }
      if (current.status === 'approved')
        this.requireRole(actor, 'admin', 'Only admins can delete an approved statement.');
      await tx.statement.delete({ where: { id } });
      await this.record(tx, actor, campaignId, 'statement.deleted', id, { slug: current.slug });
    });
  }

  async revisions(campaignId: string, id: string) {
    await this.get(campaignId, id);
    const rows = await this.prisma.statementRevision.findMany({
      where: { statementId: id },
      orderBy: { number: 'desc' },
    });
    return rows.map((r) => this.revisionView(r));
  }

  async revision(campaignId: string, id: string, number: number) {
    await this.get(campaignId, id);
    const row = await this.prisma.statementRevision.findUnique({
      where: { statementId_number: { statementId: id, number } },
    });
    if (!row) throw Problem.notFound(`Revision ${number}`);
    return this.revisionView(row);
  }

  async diff(campaignId: string, id: string, from: number, to: number) {
    const [a, b] = await Promise.all([this.revision(campaignId, id, from), this.revision(campaignId, id, to)]);
    const result = diffSnapshots(a, b, `r${from}`, `r${to}`);
    const meta = (r: typeof a) => ({ number: r.number, authorId: r.authorId, createdAt: r.createdAt });
    return { from: meta(a), to: meta(b), ...result };
  }

  // ---------------------------------------------------------------- scheduled publication (worker)

  /** Delayed job: publishes when the schedule version still matches; anything else is a stale job. */
  async publishScheduled(statementId: string, version: number): Promise<'published' | 'stale' | 'not-due'> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM statements WHERE id = ${statementId}::uuid FOR UPDATE`;
      if (rows.length === 0) return 'stale';
      const current = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, include: withVariants });
      if (current.status !== 'scheduled' || current.scheduleVersion !== version || !current.scheduledFor)
        return 'stale';
      const now = Date.now();
      if (current.scheduledFor.getTime() > now + EARLY_TOLERANCE_MS) return 'not-due';
      const at = new Date(Math.max(now, current.scheduledFor.getTime()));
      await this.publishInTx(tx, SYSTEM_ACTOR, current, at);
      await this.record(tx, SYSTEM_ACTOR, current.campaignId, 'statement.published', statementId, {
        scheduled: true,
        version,
      });
      return 'published';
    });
  }

  /** Sweep: publishes every due schedule (a job lost with Redis, a worker down at the time). */
  async publishDue(now = new Date()): Promise<number> {
    let published = 0;
    for (;;) {
      const due = await this.prisma.statement.findMany({
        where: { status: 'scheduled', scheduledFor: { lte: new Date(now.getTime() + EARLY_TOLERANCE_MS) } },
        select: { id: true, scheduleVersion: true },
        orderBy: { scheduledFor: 'asc' },
        take: SWEEP_BATCH,
      });
      for (const s of due) if ((await this.publishScheduled(s.id, s.scheduleVersion)) === 'published') published++;
      if (due.length < SWEEP_BATCH) break;
    }
    if (published > 0) this.log.log(`sweep published ${published} scheduled statement(s) whose job had not run`);
    return published;
  }

  private async enqueuePublication(id: string, version: number, at: Date): Promise<void> {
    try {
      await this.queues.add(
        'statements.publish-scheduled',
        { statementId: id, version },
        { jobId: publishJobId(id, version), delay: Math.max(0, at.getTime() - Date.now()) },
      );
    } catch (err) {
      // The schedule is committed; the sweep publishes it on time (within its interval) without the job.
      this.log.warn(
        `statement ${id}: delayed publication job not enqueued (${(err as Error).message}); the sweep will publish it`,
      );
    }
  }

  private async publishInTx(tx: Tx, actor: AnyActor, current: StatementRow, at: Date): Promise<void> {
    const notify = current.notifyOnPublish;
    const alertVersion = notify ? Math.max(1, current.alertVersion) : current.alertVersion;
    const published = await tx.statement.update({
      where: { id: current.id },
      data: {
        status: 'published',
        publishedAt: at,
        publishedBy: actor.organizerId,
        notifyOnPublish: notify,
        scheduledFor: null,
        scheduleVersion: current.status === 'scheduled' ? current.scheduleVersion + 1 : current.scheduleVersion,
        approvedAt: current.approvedAt ?? at,
        approvedBy: current.approvedBy ?? actor.organizerId,
        alertVersion,
      },
      include: withVariants,
    });
    if (notify && current.alertVersion === 0) await this.alerts.create(tx, published, 1, actor.organizerId);
  }

  // ---------------------------------------------------------------- public side

  private visibleWhere(campaignId: string, now = new Date()): Prisma.StatementWhereInput {
    return { campaignId, status: 'published', publishedAt: { lte: now } };
  }

  /** Published statements, newest first, keyset-paginated on (publishedAt, id). */
  async listPublished(campaignId: string, query: PageQuery): Promise<Page<StatementRow>> {
    const limit = query.limit ?? 50;
    const cursor = decodeTimeCursor(query.cursor);
    const rows = await this.prisma.statement.findMany({
      where: {
        ...this.visibleWhere(campaignId),
        ...(cursor
          ? { OR: [{ publishedAt: { lt: cursor.at } }, { publishedAt: cursor.at, id: { lt: cursor.id } }] }
          : {}),
      },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      include: withVariants,
    });
    return toTimePage(rows, limit, (r) => r.publishedAt!);
  }

  /** The published statement at this slug; retracted ones answer 410 so old links explain themselves. */
  async getPublished(campaignId: string, slug: string): Promise<StatementRow> {
    const row = await this.prisma.statement.findUnique({
      where: { campaignId_slug: { campaignId, slug } },
      include: withVariants,
    });
    if (row?.status === 'retracted' && row.publishedAt) {
      throw new Problem(410, 'statement-retracted', 'Gone', 'This statement was retracted by the campaign.', {
        retractedAt: row.retractedAt?.toISOString(),
      });
    }
    if (!row || row.status !== 'published' || !row.publishedAt || row.publishedAt > new Date())
      throw Problem.notFound('Statement');
    return row;
  }

  async latestPublished(campaignId: string, limit: number): Promise<StatementRow[]> {
    return this.prisma.statement.findMany({
      where: this.visibleWhere(campaignId),
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: limit,
      include: withVariants,
    });
  }

  /**
   * For digests: statements that became public in (since, until], oldest first, with every variant
   * (pick the reader's language with `pickVariant`). Retracted ones are left out.
   */
  async publishedSince(campaignId: string, since: Date, until: Date = new Date()): Promise<StatementRow[]> {
    return this.prisma.statement.findMany({
      where: { campaignId, status: 'published', publishedAt: { gt: since, lte: until } },
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      include: withVariants,
    });
  }

  /** For the milestones timeline: which of these statements are public now, with their variants. */
  async visibleByIds(campaignId: string, ids: string[]): Promise<Map<string, StatementRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.prisma.statement.findMany({
      where: { ...this.visibleWhere(campaignId), id: { in: ids } },
      include: withVariants,
    });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Any status; null when absent (seed and imports look before they create). */
  async findBySlug(campaignId: string, slug: string): Promise<StatementRow | null> {
    return this.prisma.statement.findUnique({
      where: { campaignId_slug: { campaignId, slug } },
      include: withVariants,
    });
  }

  async exists(campaignId: string, id: string): Promise<boolean> {
    return (await this.prisma.statement.count({ where: { id, campaignId } })) > 0;
  }

  /** Public URL of a statement in a locale (the primary locale gets the bare URL). */
  publicUrl(campaignSlug: string, statement: { slug: string; primaryLocale: string }, locale?: string): string {
    const url = new URL(
      `/c/${encodeURIComponent(campaignSlug)}/statements/${encodeURIComponent(statement.slug)}`,
      this.config.get('PUBLIC_URL'),
    );
    if (locale && locale !== statement.primaryLocale) url.searchParams.set('locale', locale);
    return url.toString();
  }

  // ---------------------------------------------------------------- internals

  private async transition(
    actor: AnyActor,
    campaignId: string,
    id: string,
    action: string,
    from: StatementStatus[],
    apply: (tx: Tx, current: StatementRow) => Promise<Record<string, unknown>>,
  ) {
    await this.prisma.$transaction(async (tx) => {
      const current = await this.lock(tx, campaignId, id);
      if (!from.includes(current.status)) {
        throw Problem.conflict(
          'invalid-transition',
          `A ${current.status.replace('_', ' ')} statement cannot be ${action.split('.')[1].replace(/-/g, ' ')}.`,
          { currentState: current.status },
        );
      }
      const details = await apply(tx, current);
      await this.record(tx, actor, campaignId, action, id, {
        from: current.status,
        ...details,
      } as Prisma.InputJsonObject);
    });
    return this.get(campaignId, id);
  }

  /** Reads the statement with a row lock, so concurrent edits and transitions serialize. */
  private async lock(tx: Tx, campaignId: string, id: string): Promise<StatementRow> {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM statements WHERE id = ${id}::uuid AND campaign_id = ${campaignId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw Problem.notFound('Statement');
    return tx.statement.findUniqueOrThrow({ where: { id }, include: withVariants });
  }

  private requireRole(actor: AnyActor, minimum: CampaignRole, detail: string): void {
    if (ROLE_RANK[actor.role ?? 'viewer'] < ROLE_RANK[minimum]) throw Problem.forbidden(detail);
  }

  private snapshotOf(s: StatementRow): StatementSnapshot {
    return {
      slug: s.slug,
      primaryLocale: s.primaryLocale,
      content: Object.fromEntries(
        s.variants.map((v) => [v.locale, { title: v.title, summary: v.summary, body: v.body }]),
      ),
    };
  }

  private applyEdit(before: StatementSnapshot, input: UpdateStatementInput): StatementSnapshot {
    const content = { ...before.content };
    for (const [locale, change] of Object.entries(input.variants ?? {})) {
      if (change === null) {
        delete content[locale];
        continue;
      }
      const existing = content[locale];
      if (!existing && (change.title === undefined || change.body === undefined)) {
        throw Problem.field(`variants.${locale}`, 'a new translation needs a title and a body', 'incomplete-variant');
      }
      content[locale] = {
        title: change.title ?? existing!.title,
        summary: change.summary ?? existing?.summary ?? '',
        body: change.body ?? existing!.body,
      };
    }
    return { slug: input.slug ?? before.slug, primaryLocale: input.primaryLocale ?? before.primaryLocale, content };
  }

  private async writeContent(
    tx: Tx,
    current: StatementRow,
    before: StatementSnapshot,
    after: StatementSnapshot,
  ): Promise<void> {
    for (const locale of Object.keys(before.content)) {
      if (!after.content[locale])
        await tx.statementVariant.delete({ where: { statementId_locale: { statementId: current.id, locale } } });
    }
    for (const [locale, v] of Object.entries(after.content)) {
      const old = before.content[locale];
      if (old && old.title === v.title && old.summary === v.summary && old.body === v.body) continue;
      const data = this.variantData(locale, v);
      await tx.statementVariant.upsert({
        where: { statementId_locale: { statementId: current.id, locale } },
        create: { ...data, statementId: current.id },
        update: data,
      });
    }
  }

  private variantData(locale: string, v: { title: string; summary?: string; body: string }) {
    return { locale, title: v.title, summary: v.summary ?? '', body: v.body, bodyHtml: renderMarkdown(v.body) };
  }

  private revisionData(s: StatementSnapshot) {
    return { slug: s.slug, primaryLocale: s.primaryLocale, content: s.content as Prisma.InputJsonObject };
  }

  private revisionView(r: {
    number: number;
    authorId: string | null;
    createdAt: Date;
    slug: string;
    primaryLocale: string;
    changedFields: string[];
    note: string | null;
    content: Prisma.JsonValue;
  }) {
    return { ...r, content: r.content as StatementSnapshot['content'] };
  }

  private slugConflict(err: unknown): unknown {
    if (isUniqueViolation(err)) {
      return Problem.conflict('slug-taken', 'Another statement of this campaign already uses this slug.', {
        errors: [{ path: 'slug', message: 'is already taken', code: 'taken' }],
      });
    }
    return err;
  }
}

/** The variant for a reader: their locale when translated, else the primary one. */
export function pickVariant<V extends { locale: string }>(
  statement: { primaryLocale: string; variants: V[] },
  locale?: string | null,
): V {
  return (
    (locale ? statement.variants.find((v) => v.locale === locale) : undefined) ??
    statement.variants.find((v) => v.locale === statement.primaryLocale) ??
    statement.variants[0]
  );
}
