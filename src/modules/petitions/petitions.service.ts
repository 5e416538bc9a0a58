import { Injectable } from '@nestjs/common';
import type { Locale } from '../../common/i18n.js';
import { SUPPORTED_LOCALES } from '../../common/i18n.js';
import { renderMarkdown } from '../../common/markdown.js';
import { type PageQuery, pageArgs, toPage } from '../../common/pagination.js';
import { Problem } from '../../common/problem.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../../config/config.js';
import { type CampaignOrSlug, CampaignsService } from '../campaigns/campaigns.service.js';
import { PetitionCountsService, type RecentSigner } from './petition-counts.service.js';
import type { CreatePetition, UpdatePetition } from './petitions.schemas.js';
import { TtlCache } from '../../common/ttl-cache.js';
import type { Actor } from '../../common/actor.js';
import { isUniqueViolation } from '../../infra/prisma/errors.js';
import { modeFixedProblem, signerDataKept } from './signer-retention.js';

type PetitionRow = Prisma.PetitionGetPayload<{ include: { variants: true } }>;

/** What the public and the sign path need of a petition, cached briefly per process. */
export interface PublicPetition {
  id: string;
  campaignId: string;
  campaignSlug: string;
  campaignName: string;
  campaignTimeZone: string;
  slug: string;
  locale: string;
  status: 'draft' | 'open' | 'closed' | 'delivered';
  closesAt: Date | null;
  deliveredAt: Date | null;
  goal: number | null;
  thresholds: number[];
  texts: Record<string, { title: string; bodyHtml: string; target: string }>;
  verifyThenForget: boolean;
}

/**
 * Public pages may show a petition's text and status up to this long after an organizer changed it
 * on another API process (this process forgets at once). Signing re-checks that the petition is
 * open inside the insert, so a closed petition never takes a signature.
 */
const PUBLIC_CACHE_MS = 2_000;

/** Petitions: organizer CRUD, delivery and the public read model. Signatures live in SignaturesService. */
@Injectable()
export class PetitionsService {
  private readonly publicCache = new TtlCache<PublicPetition | null>(PUBLIC_CACHE_MS);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly counts: PetitionCountsService,
    private readonly config: AppConfig,
  ) {}

  // ---------- organizer ----------

  async create(actor: Actor, campaignId: string, input: CreatePetition) {
    const campaign = await this.campaigns.get(campaignId);
    const locale = input.locale ?? campaign.defaultLocale;
    const status = input.status ?? 'draft';
    this.assertClosesInFuture(input.closesAt ?? null, status);
    try {
      const petition = await this.prisma.$transaction(async (tx) => {
        const created = await tx.petition.create({
          data: {
            campaignId,
            slug: input.slug,
            locale,
            title: input.title,
            bodyMarkdown: input.body,
            bodyHtml: renderMarkdown(input.body),
            target: input.target,
            goal: input.goal ?? null,
            thresholds: input.thresholds ?? [],
            status,
            openedAt: status === 'open' ? new Date() : null,
            closesAt: input.closesAt ?? null,
            verifyThenForget: input.verifyThenForget ?? false,
            createdBy: actor.organizerId,
            count: { create: {} },
            variants: { create: variantRows(input.variants, locale) },
          },
          include: { variants: true },
        });
        await this.audit.record(tx, {
          campaignId,
          actor,
          action: 'petition.created',
          entityType: 'petition',
          entityId: created.id,
          details: { slug: created.slug, status, verifyThenForget: created.verifyThenForget },
        });
        return created;
      });
      return this.view(petition);
    } catch (err) {
      throw slugConflict(err);
    }
  }

  async list(campaignId: string, query: PageQuery & { status?: string; archived?: boolean }) {
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.petition.findMany({
      where: {
        ...where,
        campaignId,
        archivedAt: query.archived ? { not: null } : null,
        ...(query.status ? { status: query.status as PetitionRow['status'] } : {}),
      },
      orderBy,
      take,
      include: { variants: true },
    });
    const page = toPage(rows, limit);
    const counts = await this.counts.confirmedMany(page.items.map((p) => p.id));
    return { ...page, items: page.items.map((p) => this.view(p, counts.get(p.id) ?? 0)) };
  }

  async get(campaignId: string, petitionId: string) {
    const petition = await this.find(campaignId, petitionId);
    return this.view(petition, await this.counts.confirmed(petition.id));
  }

  /** For scripts (seed): a petition by slug, archived or not, or null. */
  findBySlug(campaignId: string, slug: string) {
    return this.prisma.petition.findUnique({
      where: { campaignId_slug: { campaignId, slug } },
      select: { id: true, status: true },
    });
  }

  async find(campaignId: string, petitionId: string): Promise<PetitionRow> {
    const petition = await this.prisma.petition.findFirst({
      where: { id: petitionId, campaignId },
      include: { variants: true },
    });
    if (!petition) throw Problem.notFound('Petition');
    return petition;
  }

  async update(actor: Actor, campaignId: string, petitionId: string, input: UpdatePetition) {
    const current = await this.find(campaignId, petitionId);
    const modeChange = input.verifyThenForget !== undefined && input.verifyThenForget !== current.verifyThenForget;
    if (modeChange && (await this.prisma.petitionSignature.count({ where: { petitionId }, take: 1 })))
      throw modeFixedProblem();
    if (current.archivedAt) throw Problem.conflict('petition-archived', 'Archived petitions cannot be changed.');
    if (input.status && current.status === 'delivered') {
      throw Problem.conflict('petition-delivered', 'A delivered petition keeps its status.');
    }
    if (input.status === 'draft' && current.status !== 'draft') {
      throw Problem.conflict(
        'petition-published',
        'A petition that has been opened cannot go back to draft; close it instead.',
        {
          errors: [{ path: 'status', message: 'cannot go back to draft' }],
        },
      );
    }
    const status = input.status ?? current.status;
    if (input.closesAt !== undefined || input.status === 'open')
      this.assertClosesInFuture(input.closesAt === undefined ? current.closesAt : input.closesAt, status);
    const locale = input.locale ?? current.locale;
    const now = new Date();
    const data: Prisma.PetitionUpdateInput = {
      ...(input.slug !== undefined ? { slug: input.slug } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.body !== undefined ? { bodyMarkdown: input.body, bodyHtml: renderMarkdown(input.body) } : {}),
      ...(input.target !== undefined ? { target: input.target } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      ...(input.goal !== undefined ? { goal: input.goal } : {}),
      ...(input.thresholds !== undefined ? { thresholds: input.thresholds } : {}),
      ...(input.closesAt !== undefined ? { closesAt: input.closesAt } : {}),
      ...(input.verifyThenForget !== undefined ? { verifyThenForget: input.verifyThenForget } : {}),
      ...(input.status !== undefined && input.status !== current.status
        ? {
            status: input.status,
            ...(input.status === 'open' ? { openedAt: current.openedAt ?? now, closedAt: null } : {}),
            ...(input.status === 'closed' ? { closedAt: now } : {}),
          }
        : {}),
    };
    try {
      const updated = await this.prisma.$transaction(async (tx) => {
        if (input.variants) {
          for (const [loc, v] of Object.entries(input.variants)) {
            if (loc === locale) continue; // the main text is the petition's own
            if (v === null) {
              await tx.petitionLocale.deleteMany({ where: { petitionId, locale: loc } });
            } else if (v) {
              const row = { title: v.title, bodyMarkdown: v.body, bodyHtml: renderMarkdown(v.body), target: v.target };
              await tx.petitionLocale.upsert({
                where: { petitionId_locale: { petitionId, locale: loc } },
                create: { petitionId, locale: loc, ...row },
                update: row,
              });
            }
          }
        }
        // A main locale that also had a variant: the petition's own text wins, the duplicate goes.
        if (input.locale) await tx.petitionLocale.deleteMany({ where: { petitionId, locale: input.locale } });
        const row = await tx.petition.update({ where: { id: petitionId }, data, include: { variants: true } });
        await this.audit.record(tx, {
          campaignId,
          actor,
          action:
            input.status && input.status !== current.status
              ? `petition.${input.status === 'open' ? 'opened' : input.status}`
              : 'petition.updated',
          entityType: 'petition',
          entityId: petitionId,
          details: { fields: Object.keys(input), ...(input.status ? { from: current.status, to: input.status } : {}) },
        });
        return row;
      });
      this.forgetPublic(petitionId);
      return this.view(updated, await this.counts.confirmed(petitionId));
    } catch (err) {
      throw slugConflict(err);
    }
  }

  async archive(actor: Actor, campaignId: string, petitionId: string) {
    const current = await this.find(campaignId, petitionId);
    if (current.archivedAt) return this.view(current, await this.counts.confirmed(petitionId));
    const updated = await this.prisma.$transaction(async (tx) => {
      const row = await tx.petition.update({
        where: { id: petitionId },
        data: { archivedAt: new Date() },
        include: { variants: true },
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'petition.archived',
        entityType: 'petition',
        entityId: petitionId,
      });
      return row;
    });
    this.forgetPublic(petitionId);
    return this.view(updated, await this.counts.confirmed(petitionId));
  }

  async deliver(actor: Actor, campaignId: string, petitionId: string, input: { deliveredAt?: Date; note?: string }) {
    const current = await this.find(campaignId, petitionId);
    if (current.archivedAt) throw Problem.conflict('petition-archived', 'Archived petitions cannot be changed.');
    if (current.status === 'draft')
      throw Problem.conflict('petition-draft', 'A draft petition has not been signed by anyone yet; open it first.');
    const deliveredAt = input.deliveredAt ?? new Date();
    if (deliveredAt.getTime() > Date.now() + 5 * 60_000) throw Problem.field('deliveredAt', 'cannot be in the future');
    const updated = await this.prisma.$transaction(async (tx) => {
      const row = await tx.petition.update({
        where: { id: petitionId },
        data: {
          status: 'delivered',
          deliveredAt,
          deliveryNote: input.note ?? null,
          closedAt: current.closedAt ?? new Date(),
        },
        include: { variants: true },
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'petition.delivered',
        entityType: 'petition',
        entityId: petitionId,
        details: { from: current.status, deliveredAt: deliveredAt.toISOString() },
      });
      return row;
    });
    this.forgetPublic(petitionId);
    return this.view(updated, await this.counts.confirmed(petitionId));
  }

  view(p: PetitionRow, confirmedCount = 0) {
    return {
      id: p.id,
      campaignId: p.campaignId,
      slug: p.slug,
      locale: p.locale,
      title: p.title,
      body: p.bodyMarkdown,
      bodyHtml: p.bodyHtml,
      target: p.target,
      goal: p.goal,
      thresholds: p.thresholds ?? [],
      status: p.status,
      closesAt: p.closesAt,
      openedAt: p.openedAt,
      closedAt: p.closedAt,
      deliveredAt: p.deliveredAt,
      deliveryNote: p.deliveryNote,
      archivedAt: p.archivedAt,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      variants: p.variants
        .sort((a, b) => a.locale.localeCompare(b.locale))
        .map((v) => ({
          locale: v.locale,
          title: v.title,
          body: v.bodyMarkdown,
          bodyHtml: v.bodyHtml,
          target: v.target,
        })),
      confirmedCount,
      nextThreshold: nextThreshold(p.thresholds ?? [], confirmedCount),
      verifyThenForget: p.verifyThenForget,
      signerDataKept: signerDataKept(p.verifyThenForget),
    };
  }

  // ---------- public ----------

  /** A published (not draft, not archived) petition of a public campaign, or null. */
  async findPublic(campaignSlug: string, petitionSlug: string): Promise<PublicPetition | null> {
    return this.publicCache.get(`${campaignSlug}/${petitionSlug}`, async () => {
      const campaign = await this.campaigns.findBySlug(campaignSlug);
      if (!campaign || campaign.status === 'archived') return null;
      const p = await this.prisma.petition.findUnique({
        where: { campaignId_slug: { campaignId: campaign.id, slug: petitionSlug } },
        include: { variants: true },
      });
      if (!p || p.archivedAt || p.status === 'draft') return null;
      return this.toPublic(p, campaign);
    });
  }

  async getPublic(campaignSlug: string, petitionSlug: string): Promise<PublicPetition> {
    const p = await this.findPublic(campaignSlug, petitionSlug);
    if (!p) throw Problem.notFound('Petition');
    return p;
  }

  /** The public page's data in the asked locale (falling back to the petition's own). */
  async publicView(campaignSlug: string, petitionSlug: string, locale?: string) {
    const p = await this.getPublic(campaignSlug, petitionSlug);
    const [confirmedCount, recent] = await Promise.all([this.counts.confirmed(p.id), this.counts.recentSigners(p.id)]);
    return this.publicShape(p, confirmedCount, recent, locale);
  }

  async listPublic(campaignOrSlug: CampaignOrSlug, locale?: string) {
    const campaign = await this.campaigns.publicCampaign(campaignOrSlug);
    const rows = await this.prisma.petition.findMany({
      where: { campaignId: campaign.id, archivedAt: null, status: { not: 'draft' } },
      orderBy: { id: 'desc' },
      take: 100,
      include: { variants: true },
    });
    const counts = await this.counts.confirmedMany(rows.map((r) => r.id));
    return rows.map((r) => {
      const {
        bodyHtml: _b,
        recentSigners: _r,
        ...summary
      } = this.publicShape(this.toPublic(r, campaign), counts.get(r.id) ?? 0, [], locale);
      return summary;
    });
  }

  publicShape(p: PublicPetition, confirmedCount: number, recent: RecentSigner[], locale?: string) {
    const chosen = locale && p.texts[locale] ? locale : p.locale;
    const text = p.texts[chosen];
    return {
      slug: p.slug,
      campaign: { slug: p.campaignSlug, name: p.campaignName },
      locale: chosen,
      locales: Object.keys(p.texts).sort(),
      title: text.title,
      bodyHtml: text.bodyHtml,
      target: text.target,
      status: effectiveStatus(p) as 'open' | 'closed' | 'delivered',
      closesAt: p.closesAt,
      deliveredAt: p.deliveredAt,
      confirmedCount,
      goal: p.goal,
      nextThreshold: nextThreshold(p.thresholds, confirmedCount),
      recentSigners: recent,
      verifyThenForget: p.verifyThenForget,
      url: this.pageUrl(p.campaignSlug, p.slug, chosen === p.locale ? undefined : chosen),
    };
  }

  /** The petition's page for people (src/web), absolute from PUBLIC_URL. */
  pageUrl(campaignSlug: string, petitionSlug: string, locale?: string): string {
    const url = new URL(
      `/c/${encodeURIComponent(campaignSlug)}/petitions/${encodeURIComponent(petitionSlug)}`,
      this.config.get('PUBLIC_URL'),
    );
    if (locale) url.searchParams.set('locale', locale);
    return url.toString();
  }

  private toPublic(
    p: PetitionRow,
    campaign: { id: string; slug: string; name: string; timeZone: string },
  ): PublicPetition {
    const texts: PublicPetition['texts'] = { [p.locale]: { title: p.title, bodyHtml: p.bodyHtml, target: p.target } };
    for (const v of p.variants)
      if (v.locale !== p.locale) texts[v.locale] = { title: v.title, bodyHtml: v.bodyHtml, target: v.target };
    return {
      id: p.id,
      campaignId: campaign.id,
      campaignSlug: campaign.slug,
      campaignName: campaign.name,
      campaignTimeZone: campaign.timeZone,
      slug: p.slug,
      locale: p.locale,
      status: p.status,
      closesAt: p.closesAt,
      deliveredAt: p.deliveredAt,
      goal: p.goal,
      thresholds: p.thresholds ?? [],
      texts,
      verifyThenForget: p.verifyThenForget,
    };
  }

  forgetPublic(petitionId: string): void {
    // Keys are slugs; the id is not in them, so drop everything (a handful of entries per process).
    void petitionId;
    this.publicCache.clear();
  }

  // ---------- for other modules (digests) ----------

  /**
   * Open petitions of a campaign with their progress, for digests and campaign pages: the count
   * comes from the count cache (cheap), the text in `locale` when a variant exists.
   */
  async openPetitionsWithProgress(campaignId: string, locale?: Locale) {
    const now = new Date();
    const rows = await this.prisma.petition.findMany({
      where: { campaignId, archivedAt: null, status: 'open', OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
      orderBy: { id: 'asc' },
      include: { variants: true },
    });
    const counts = await this.counts.confirmedMany(rows.map((r) => r.id));
    return rows.map((p) => {
      const v = locale && locale !== p.locale ? p.variants.find((x) => x.locale === locale) : undefined;
      const confirmedCount = counts.get(p.id) ?? 0;
      return {
        id: p.id,
        slug: p.slug,
        locale: v ? v.locale : p.locale,
        title: v ? v.title : p.title,
        target: v ? v.target : p.target,
        goal: p.goal,
        confirmedCount,
        nextThreshold: nextThreshold(p.thresholds ?? [], confirmedCount),
        closesAt: p.closesAt,
        openedAt: p.openedAt,
      };
    });
  }

  private assertClosesInFuture(closesAt: Date | null, status: string): void {
    if (closesAt && status === 'open' && closesAt.getTime() <= Date.now()) {
      throw Problem.field('closesAt', 'must be in the future for an open petition');
    }
  }
}

/** open, unless the closing time has passed (then closed, without waiting for a job to flip it). */
export function effectiveStatus(p: { status: string; closesAt: Date | null }, now = new Date()): string {
  if (p.status === 'open' && p.closesAt && p.closesAt.getTime() <= now.getTime()) return 'closed';
  return p.status;
}

export function nextThreshold(thresholds: number[], count: number): number | null {
  return thresholds.find((t) => t > count) ?? null;
}

function variantRows(variants: CreatePetition['variants'], mainLocale: string) {
  return Object.entries(variants ?? {})
    .filter(([loc, v]) => v && loc !== mainLocale && (SUPPORTED_LOCALES as readonly string[]).includes(loc))
    .map(([locale, v]) => ({
      locale,
      title: v!.title,
      bodyMarkdown: v!.body,
      bodyHtml: renderMarkdown(v!.body),
      target: v!.target,
    }));
}

function slugConflict(err: unknown): unknown {
  if (isUniqueViolation(err)) {
    return Problem.conflict('slug-taken', 'Another petition of this campaign already uses this slug.', {
      errors: [{ path: 'slug', message: 'is already taken', code: 'taken' }],
    });
  }
  return err;
}
