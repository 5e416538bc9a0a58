import { Injectable } from '@nestjs/common';
import { ROLE_RANK } from '../../common/auth/auth.decorators.js';
import { uuidv7 } from '../../common/ids.js';
import { renderMarkdown } from '../../common/markdown.js';
import { decodeTimeCursor, toTimePage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import type { CampaignRole, Milestone, MilestoneKind, Prisma } from '../../generated/prisma/client.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { type AuditRecorder, AuditService } from '../audit/audit.service.js';
import { type CampaignOrSlug, CampaignsService } from '../campaigns/campaigns.service.js';
import { pickVariant, StatementsService } from '../statements/statements.service.js';
import { dayIn, daysBetween, dayString, startOfDay } from './campaign-days.js';
import { MilestoneAlertsService } from './milestone-alerts.service.js';
import type { CreateMilestoneInput, SourceLink, UpdateMilestoneInput } from './milestones.schemas.js';
import { type AnyActor, SYSTEM_ACTOR } from '../../common/actor.js';
import { WebhooksService } from '../webhooks/webhooks.service.js';

type Translations = Record<string, { title: string; description: string; descriptionHtml: string }>;

type MilestoneContent = Pick<
  AutomaticMilestoneInput,
  'title' | 'description' | 'translations' | 'sourceLinks' | 'statementId' | 'notify'
>;

/** What another module (petitions) records on the timeline, inside its own transaction. */
export interface AutomaticMilestoneInput {
  campaignId: string;
  /** Unique per campaign; a second call with the same key records nothing. E.g. `petition-threshold:<petitionId>:<threshold>`. */
  key: string;
  kind: MilestoneKind;
  /** In `locale` (default: the campaign's default locale). */
  title: string;
  description?: string;
  locale?: string;
  translations?: Record<string, { title: string; description?: string }>;
  occurredAt: Date;
  /** Send the alert to subscribers (in the same transaction, so exactly once). */
  notify: boolean;
  /** The module that records it, e.g. 'petitions'. */
  source: string;
  sourceLinks?: SourceLink[];
  statementId?: string | null;
}

/**
 * The campaign timeline. Organizers record milestones; other modules record automatic ones through
 * recordAutomatic() in their own transaction, idempotent on a unique (campaign, key). A milestone
 * marked `notify` gets exactly one alert broadcast (key alert:milestone:<id>), created in the same
 * transaction as the milestone.
 */
@Injectable()
export class MilestonesService {
  private readonly record: AuditRecorder;

  constructor(
    private readonly prisma: PrismaService,
    private readonly campaigns: CampaignsService,
    private readonly statements: StatementsService,
    audit: AuditService,
    private readonly alerts: MilestoneAlertsService,
    private readonly webhooks: WebhooksService,
  ) {
    this.record = audit.recorder('milestone');
  }

  async create(actor: AnyActor, campaignId: string, input: CreateMilestoneInput) {
    if (input.notify)
      this.requireRole(
        actor,
        'admin',
        'Only admins and owners send alerts; create it without notify and ask an admin.',
      );
    const campaign = await this.campaigns.get(campaignId);
    if (input.statementId) await this.assertStatement(campaignId, input.statementId);
    if (input.key) {
      const existing = await this.prisma.milestone.findUnique({
        where: { campaignId_key: { campaignId, key: input.key } },
      });
      if (existing) return this.view(existing, campaign.startedOn);
    }
    const when = this.when(input, campaign.timeZone);
    const milestone = await this.prisma.$transaction(async (tx) => {
      const id = uuidv7();
      const { count } = await tx.milestone.createMany({
        data: [
          {
            id,
            campaignId,
            key: input.key ?? null,
            kind: input.kind,
            origin: 'organizer',
            ...when,
            locale: input.locale ?? campaign.defaultLocale,
            ...this.content(input),
            createdBy: actor.organizerId,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 0)
        return tx.milestone.findUniqueOrThrow({ where: { campaignId_key: { campaignId, key: input.key! } } });
      await this.record(tx, actor, campaignId, 'milestone.created', id, { kind: input.kind, notify: input.notify });
      await this.webhooks.record(tx, { campaignId, type: 'milestone', key: `milestone:${id}`, subjectId: id });
      if (input.notify) await this.sendAlert(tx, id, 1, actor.organizerId);
      return tx.milestone.findUniqueOrThrow({ where: { id } });
    });
    return this.view(milestone, campaign.startedOn);
  }

  /**
   * Records an automatic milestone inside the caller's transaction, exactly once per key: a
   * repeated or concurrent call (another transaction crossing the same threshold) inserts nothing
   * and returns the existing id with created = false. The alert, when `notify`, is created in the
   * same transaction, so it exists if and only if the milestone does.
   */
  async recordAutomatic(tx: Tx, input: AutomaticMilestoneInput): Promise<{ id: string; created: boolean }> {
    const campaign = await this.campaigns.get(input.campaignId);
    const id = uuidv7();
    const locale = input.locale ?? campaign.defaultLocale;
    // INSERT ... ON CONFLICT DO NOTHING: a duplicate key neither fails nor aborts the caller's transaction.
    const { count } = await tx.milestone.createMany({
      data: [
        {
          id,
          campaignId: input.campaignId,
          key: input.key,
          kind: input.kind,
          origin: 'automatic',
          source: input.source,
          ...this.when({ occurredAt: input.occurredAt }, campaign.timeZone),
          locale,
          ...this.content(input),
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) {
      const existing = await tx.milestone.findUnique({
        where: { campaignId_key: { campaignId: input.campaignId, key: input.key } },
        select: { id: true },
      });
      if (!existing) throw new Error(`milestone ${input.key}: insert skipped but no row has the key`);
      return { id: existing.id, created: false };
    }
    await this.record(tx, SYSTEM_ACTOR, input.campaignId, 'milestone.recorded', id, {
      key: input.key,
      source: input.source,
      kind: input.kind,
      notify: input.notify,
    });
    await this.webhooks.record(tx, {
      campaignId: input.campaignId,
      type: 'milestone',
      key: `milestone:${id}`,
      subjectId: id,
    });
    if (input.notify) await this.sendAlert(tx, id, 1, null);
    return { id, created: true };
  }

  async list(campaignId: string, query: { cursor?: string; limit?: number; kind?: MilestoneKind }) {
    const campaign = await this.campaigns.get(campaignId);
    const page = await this.page({ campaignId, ...(query.kind ? { kind: query.kind } : {}) }, query);
    return { items: page.items.map((m) => this.view(m, campaign.startedOn)), nextCursor: page.nextCursor };
  }

  /** The most recent milestones, newest first (for the dashboard). */
  async latest(campaignId: string, limit: number) {
    const rows = await this.prisma.milestone.findMany({
      where: { campaignId },
      orderBy: { sortAt: 'desc' },
      take: limit,
    });
    return rows.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      occurredOn: m.occurredOn.toISOString().slice(0, 10),
    }));
  }

  async get(campaignId: string, id: string) {
    const campaign = await this.campaigns.get(campaignId);
    return this.view(await this.find(campaignId, id), campaign.startedOn);
  }

  async find(campaignId: string, id: string): Promise<Milestone> {
    const m = await this.prisma.milestone.findFirst({ where: { id, campaignId } });
    if (!m) throw Problem.notFound('Milestone');
    return m;
  }

  /** Edits never re-alert; use alert() with realert for that. */
  async update(actor: AnyActor, campaignId: string, id: string, input: UpdateMilestoneInput) {
    const campaign = await this.campaigns.get(campaignId);
    if (input.statementId) await this.assertStatement(campaignId, input.statementId);
    const milestone = await this.prisma.$transaction(async (tx) => {
      const current = await tx.milestone.findFirst({ where: { id, campaignId } });
      if (!current) throw Problem.notFound('Milestone');
      const translations = { ...(current.translations as Translations) };
      for (const [locale, tr] of Object.entries(input.translations ?? {})) {
        if (tr === null) delete translations[locale];
        else
          translations[locale] = {
            title: tr.title,
            description: tr.description ?? '',
            descriptionHtml: renderMarkdown(tr.description ?? ''),
          };
      }
      const data: Prisma.MilestoneUpdateInput = {
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.description !== undefined
          ? { description: input.description, descriptionHtml: renderMarkdown(input.description) }
          : {}),
        ...(input.locale ? { locale: input.locale } : {}),
        ...(input.translations ? { translations: translations as Prisma.InputJsonObject } : {}),
        ...(input.sourceLinks ? { sourceLinks: input.sourceLinks as Prisma.InputJsonArray } : {}),
        ...(input.statementId !== undefined ? { statementId: input.statementId } : {}),
        ...(input.occurredOn || input.occurredAt ? this.when(input, campaign.timeZone) : {}),
      };
      const updated = await tx.milestone.update({ where: { id }, data });
      await this.record(tx, actor, campaignId, 'milestone.updated', id, { fields: Object.keys(input) });
      return updated;
    });
    return this.view(milestone, campaign.startedOn);
  }

  async remove(actor: AnyActor, campaignId: string, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.milestone.deleteMany({ where: { id, campaignId } });
      if (count === 0) throw Problem.notFound('Milestone');
      await this.record(tx, actor, campaignId, 'milestone.deleted', id);
    });
  }

  /**
   * Admin: send the alert for a milestone recorded without one (after previewing it), or again
   * with `realert` (a new broadcast, key version 2, 3, ...). Without realert a second call is a no-op.
   */
  async alert(actor: AnyActor, campaignId: string, id: string, realert: boolean) {
    this.requireRole(actor, 'admin', 'Only admins and owners send alerts.');
    const campaign = await this.campaigns.get(campaignId);
    const milestone = await this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        { alert_version: number }[]
      >`SELECT alert_version FROM milestones WHERE id = ${id}::uuid AND campaign_id = ${campaignId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw Problem.notFound('Milestone');
      const current = rows[0].alert_version;
      if (current > 0 && !realert) return tx.milestone.findUniqueOrThrow({ where: { id } });
      await tx.milestone.update({ where: { id }, data: { notify: true } });
      await this.sendAlert(tx, id, current + 1, actor.organizerId);
      await this.record(tx, actor, campaignId, current > 0 ? 'milestone.realerted' : 'milestone.alerted', id, {
        alertVersion: current + 1,
      });
      return tx.milestone.findUniqueOrThrow({ where: { id } });
    });
    return this.view(milestone, campaign.startedOn);
  }

  // ---------------------------------------------------------------- public timeline

  /** The public timeline, oldest first, with each milestone's day count since the campaign started. */
  async timeline(campaignOrSlug: CampaignOrSlug, query: { cursor?: string; limit?: number; locale?: string }) {
    const campaign = await this.campaigns.publicCampaign(campaignOrSlug);
    const page = await this.page({ campaignId: campaign.id }, query);
    const linked = await this.statements.visibleByIds(
      campaign.id,
      page.items.map((m) => m.statementId).filter((x): x is string => x !== null),
    );
    const today = dayIn(new Date(), campaign.timeZone);
    const startedOn = campaign.startedOn ? dayString(campaign.startedOn) : null;
    return {
      campaign: {
        slug: campaign.slug,
        name: campaign.name,
        startedOn,
        today,
        daysSinceStart: startedOn ? daysBetween(startedOn, today) : null,
      },
      items: page.items.map((m) => {
        const v = this.view(m, campaign.startedOn);
        const tr = query.locale && query.locale !== m.locale ? v.translations[query.locale] : undefined;
        const statement = m.statementId ? linked.get(m.statementId) : undefined;
        return {
          id: v.id,
          kind: v.kind,
          precision: v.precision,
          occurredOn: v.occurredOn,
          occurredAt: v.occurredAt,
          daysSinceStart: v.daysSinceStart,
          locale: tr ? query.locale! : v.locale,
          translations: [v.locale, ...Object.keys(v.translations)],
          title: tr?.title ?? v.title,
          description: tr?.description ?? v.description,
          descriptionHtml: tr?.descriptionHtml ?? v.descriptionHtml,
          sourceLinks: v.sourceLinks,
          statement: statement
            ? {
                slug: statement.slug,
                title: pickVariant(statement, query.locale).title,
                url: this.statements.publicUrl(campaign.slug, statement, pickVariant(statement, query.locale).locale),
              }
            : null,
        };
      }),
      nextCursor: page.nextCursor,
    };
  }

  /** For digests: milestones recorded in (since, until], oldest first. */
  async recordedSince(campaignId: string, since: Date, until: Date = new Date()) {
    const campaign = await this.campaigns.get(campaignId);
    const rows = await this.prisma.milestone.findMany({
      where: { campaignId, createdAt: { gt: since, lte: until } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((m) => this.view(m, campaign.startedOn));
  }

  // ---------------------------------------------------------------- internals

  private async sendAlert(tx: Tx, id: string, version: number, createdBy: string | null): Promise<void> {
    const milestone = await tx.milestone.update({
      where: { id },
      data: { alertVersion: version, alertedAt: new Date() },
    });
    await this.alerts.create(tx, milestone, version, createdBy);
  }

  private async page(where: Prisma.MilestoneWhereInput, query: { cursor?: string; limit?: number }) {
    const limit = query.limit ?? 100;
    const cursor = decodeTimeCursor(query.cursor);
    const rows = await this.prisma.milestone.findMany({
      where: {
        ...where,
        ...(cursor ? { OR: [{ sortAt: { gt: cursor.at } }, { sortAt: cursor.at, id: { gt: cursor.id } }] } : {}),
      },
      orderBy: [{ sortAt: 'asc' }, { id: 'asc' }],
      take: limit + 1,
    });
    return toTimePage(rows, limit, (m) => m.sortAt);
  }

  /** occurred_on / occurred_at / sort_at from either a day or an instant. */
  private when(input: { occurredOn?: string; occurredAt?: Date }, timeZone: string) {
    if (input.occurredAt) {
      return {
        occurredOn: new Date(`${dayIn(input.occurredAt, timeZone)}T00:00:00Z`),
        occurredAt: input.occurredAt,
        sortAt: input.occurredAt,
      };
    }
    const day = input.occurredOn!;
    return { occurredOn: new Date(`${day}T00:00:00Z`), occurredAt: null, sortAt: startOfDay(day, timeZone) };
  }

  /** What a new milestone says and links, recorded by an organizer or automatically alike. */
  private content(input: MilestoneContent) {
    return {
      title: input.title,
      description: input.description ?? '',
      descriptionHtml: renderMarkdown(input.description ?? ''),
      translations: this.translations(input.translations ?? {}) as Prisma.InputJsonObject,
      sourceLinks: (input.sourceLinks ?? []) as Prisma.InputJsonArray,
      statementId: input.statementId ?? null,
      notify: input.notify,
    };
  }

  private translations(input: Record<string, { title: string; description?: string }>): Translations {
    return Object.fromEntries(
      Object.entries(input).map(([locale, tr]) => [
        locale,
        { title: tr.title, description: tr.description ?? '', descriptionHtml: renderMarkdown(tr.description ?? '') },
      ]),
    );
  }

  view(m: Milestone, startedOn: Date | null) {
    const occurredOn = dayString(m.occurredOn);
    return {
      ...m,
      precision: m.occurredAt ? ('instant' as const) : ('day' as const),
      occurredOn,
      daysSinceStart: startedOn ? daysBetween(dayString(startedOn), occurredOn) : null,
      translations: m.translations as Translations,
      sourceLinks: m.sourceLinks as SourceLink[],
    };
  }

  private async assertStatement(campaignId: string, statementId: string): Promise<void> {
    if (!(await this.statements.exists(campaignId, statementId)))
      throw Problem.field('statementId', 'is not a statement of this campaign', 'unknown-statement');
  }

  private requireRole(actor: AnyActor, minimum: CampaignRole, detail: string): void {
    if (ROLE_RANK[actor.role ?? 'viewer'] < ROLE_RANK[minimum]) throw Problem.forbidden(detail);
  }
}
