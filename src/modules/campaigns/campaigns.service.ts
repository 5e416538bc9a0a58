// Over 500 lines because: campaign settings, members and invitations share the role rules (assertMayGrant,
// the last-owner guard) and the audit entries. The next seam to split out is invitations (invite, list,
// revoke, accept, join: about 130 lines) into a CampaignInvitationsService.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { newToken, sha256 } from '../../common/crypto.js';
import { Problem } from '../../common/problem.js';
import { type Campaign, type CampaignRole, Prisma } from '../../generated/prisma/client.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService, normalizeLoginEmail, organizerLocale } from '../auth/auth.service.js';
import type { Locale } from '../../common/i18n.js';
import { MailService } from '../mail/mail.service.js';
import { AppConfig } from '../../config/config.js';
import { isLocalHttpOrigin } from './campaigns.schemas.js';
import { invitationTemplate } from './campaigns.templates.js';
import { ROLE_RANK } from '../../common/auth/auth.decorators.js';
import type { Actor } from '../../common/actor.js';
import { isUniqueViolation } from '../../infra/prisma/errors.js';
import { targetedDomains, targetedOrganizationsOf } from '../../common/targeted-domains.js';
import { TtlCache } from '../../common/ttl-cache.js';
import { DEFAULT_MIN_GROUP_SIZE, seesExactGroups } from '../../common/small-groups.js';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** A public campaign's slug, or the campaign itself when the caller has looked it up already. */
export type CampaignOrSlug = string | Campaign;
/** Campaigns are the root of all data; membership decides who may see and change each one. */
const invalidInvitationToken = () => Problem.field('token', 'is invalid, expired or already used', 'invalid-token');

@Injectable()
export class CampaignsService implements OnModuleInit {
  /** Targeted domains per campaign, a moment stale at most: every public form post reads them. */
  private readonly domainsCache = new TtlCache<string[]>(2_000);

  constructor(
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.mail.registerTemplate(invitationTemplate);
  }

  async create(
    actor: Actor,
    input: { slug: string; name: string; summary?: string; timeZone: string; defaultLocale: string; startedOn?: Date },
  ) {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const campaign = await tx.campaign.create({ data: { ...input, summary: input.summary ?? '' } });
        await tx.campaignMember.create({
          data: { campaignId: campaign.id, organizerId: actor.organizerId, role: 'owner' },
        });
        await this.audit.record(tx, {
          campaignId: campaign.id,
          actor,
          action: 'campaign.created',
          entityType: 'campaign',
          entityId: campaign.id,
        });
        return { ...campaign, role: 'owner' as const };
      });
    } catch (err) {
      throw this.slugConflict(err);
    }
  }

  async listFor(organizerId: string) {
    const memberships = await this.prisma.campaignMember.findMany({
      where: { organizerId },
      include: { campaign: true },
      orderBy: { campaign: { name: 'asc' } },
    });
    return memberships.map((m) => ({ ...m.campaign, role: m.role }));
  }

  async get(campaignId: string) {
    const campaign = await this.prisma.campaign.findUnique({ where: { id: campaignId } });
    if (!campaign) throw Problem.notFound('Campaign');
    return campaign;
  }

  /**
   * The k of small-group suppression for a reader of this campaign's aggregates: 1 (exact figures)
   * for roles that see personal data, the campaign's `minGroupSize` for everyone else.
   */
  async minGroupSizeFor(campaignId: string, role: CampaignRole | undefined): Promise<number> {
    if (seesExactGroups(role)) return 1;
    const c = await this.prisma.campaign.findUnique({ where: { id: campaignId }, select: { minGroupSize: true } });
    return c?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  }

  /** For public endpoints: archived campaigns are gone from public view. */
  async getPublicBySlug(slug: string) {
    const campaign = await this.prisma.campaign.findUnique({ where: { slug } });
    if (!campaign || campaign.status === 'archived') throw Problem.notFound('Campaign');
    return campaign;
  }

  /**
   * Public forms of a campaign an owner shut down are closed (409 campaign-shut-down); its public
   * record (statements, timeline, petition totals) stays readable.
   */
  assertTakesSignups(campaign: { shutDownAt: Date | null }): void {
    if (campaign.shutDownAt)
      throw Problem.conflict('campaign-shut-down', 'This campaign has shut down and no longer takes signups.');
  }

  /** Campaign shutdown (retention module): marks the campaign shut down. */
  async markShutDown(campaignId: string, at = new Date()): Promise<void> {
    await this.prisma.campaign.update({ where: { id: campaignId }, data: { shutDownAt: at } });
  }

  /** The campaign a public read is about: looked up by slug, or the one its caller already has (one lookup per page). */
  async publicCampaign(campaign: CampaignOrSlug): Promise<Campaign> {
    return typeof campaign === 'string' ? this.getPublicBySlug(campaign) : campaign;
  }

  /** The public face of a campaign: its home page's address and its JSON collections. */
  async publicView(slug: string) {
    const c = await this.getPublicBySlug(slug);
    const base = this.config.get('PUBLIC_URL');
    const api = `/public/campaigns/${encodeURIComponent(c.slug)}`;
    const abs = (path: string) => new URL(path, base).toString();
    return {
      slug: c.slug,
      name: c.name,
      summary: c.summary,
      defaultLocale: c.defaultLocale,
      timeZone: c.timeZone,
      startedOn: c.startedOn,
      url: abs(`/c/${encodeURIComponent(c.slug)}`),
      links: {
        petitions: abs(`${api}/petitions`),
        events: abs(`${api}/events`),
        statements: abs(`${api}/statements`),
        timeline: abs(`${api}/timeline`),
      },
    };
  }

  /** Origins allowed to frame the campaign's embedded forms (frame-ancestors); [] when none or unknown. */
  /** The email domains of the organizations a campaign targets (see src/common/targeted-domains.ts). */
  async targetedDomainsOf(campaignId: string): Promise<string[]> {
    return this.domainsCache.get(campaignId, async () => {
      const c = await this.prisma.campaign.findUnique({
        where: { id: campaignId },
        select: { targetedOrganizations: true },
      });
      return targetedDomains(targetedOrganizationsOf(c?.targetedOrganizations));
    });
  }

  async embedOriginsOf(slug: string): Promise<string[]> {
    const c = await this.prisma.campaign.findUnique({ where: { slug }, select: { embedOrigins: true } });
    return c?.embedOrigins ?? [];
  }

  async findBySlug(slug: string) {
    return this.prisma.campaign.findUnique({ where: { slug } });
  }

  /** Ids of every campaign, whatever its status, in ascending id order after `afterId` (the retention job). */
  async idsPage(afterId: string | null, limit: number): Promise<string[]> {
    const rows = await this.prisma.campaign.findMany({
      where: afterId ? { id: { gt: afterId } } : {},
      orderBy: { id: 'asc' },
      select: { id: true },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /**
   * Ids of active campaigns (not paused or archived) in ascending id order after `afterId`, for
   * jobs that walk every campaign (the digest scheduler). Read-only.
   */
  async activeIdsPage(afterId: string | null, limit: number): Promise<string[]> {
    const rows = await this.prisma.campaign.findMany({
      where: { status: 'active', ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: 'asc' },
      take: limit,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** The caller's role and the campaign's two-factor rule, or null when not a member (the access guard). */
  async accessOf(campaignId: string, organizerId: string) {
    const m = await this.prisma.campaignMember.findUnique({
      where: { campaignId_organizerId: { campaignId, organizerId } },
      select: { role: true, campaign: { select: { requireTwoFactor: true } } },
    });
    return m ? { role: m.role, requireTwoFactor: m.campaign.requireTwoFactor } : null;
  }

  /** The caller's role in a campaign, or null when not a member. */
  async roleOf(campaignId: string, organizerId: string): Promise<CampaignRole | null> {
    const m = await this.prisma.campaignMember.findUnique({
      where: { campaignId_organizerId: { campaignId, organizerId } },
      select: { role: true },
    });
    return m?.role ?? null;
  }

  async update(actor: Actor, campaignId: string, input: Prisma.CampaignUpdateInput) {
    if (input.requireTwoFactor !== undefined) {
      if (actor.role !== 'owner') throw Problem.forbidden('Only an owner can change the two-factor requirement.');
      if (input.requireTwoFactor === true && !(await this.auth.hasTwoFactor(actor.organizerId)))
        throw Problem.unprocessable(
          'two-factor-not-enrolled',
          'Turn on two-factor authentication for yourself before requiring it of every member.',
          { errors: [{ path: 'requireTwoFactor', message: 'needs your own two-factor authentication first' }] },
        );
    }
    if (Array.isArray(input.embedOrigins) && this.config.isProduction) {
      const errors = input.embedOrigins.flatMap((o, i) =>
        isLocalHttpOrigin(o) ? [{ path: `embedOrigins.${i}`, message: 'must use https in production' }] : [],
      );
      if (errors.length) throw Problem.validation(errors);
    }
    const campaign = await this.prisma.$transaction(async (tx) => {
      const updated = await tx.campaign.update({ where: { id: campaignId }, data: input });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'campaign.updated',
        entityType: 'campaign',
        entityId: campaignId,
        details: { fields: Object.keys(input) },
      });
      return updated;
    });
    return campaign;
  }

  async archive(actor: Actor, campaignId: string) {
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.campaign.update({
        where: { id: campaignId },
        data: { status: 'archived', archivedAt: new Date() },
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'campaign.archived',
        entityType: 'campaign',
        entityId: campaignId,
      });
      return updated;
    });
  }

  async members(campaignId: string) {
    const rows = await this.prisma.campaignMember.findMany({ where: { campaignId }, orderBy: { createdAt: 'asc' } });
    const people = new Map((await this.auth.findOrganizers(rows.map((r) => r.organizerId))).map((o) => [o.id, o]));
    return rows.map((r) => ({
      organizerId: r.organizerId,
      role: r.role,
      createdAt: r.createdAt,
      email: people.get(r.organizerId)?.email ?? '',
      name: people.get(r.organizerId)?.name ?? '',
    }));
  }

  /** The campaign's owners as mail recipients (system notices), each in the language they chose. */
  async ownersToNotify(campaignId: string): Promise<{ organizerId: string; email: string; locale?: Locale }[]> {
    const rows = await this.prisma.campaignMember.findMany({
      where: { campaignId, role: 'owner' },
      orderBy: { createdAt: 'asc' },
    });
    const people = await this.auth.findOrganizers(rows.map((r) => r.organizerId));
    return people.map((o) => ({ organizerId: o.id, email: o.email, locale: organizerLocale(o.locale) ?? undefined }));
  }

  /** Adds an existing organizer at once; anyone else gets an emailed invitation to create an account. */
  async invite(actor: Actor, campaignId: string, input: { email: string; role: CampaignRole }) {
    this.assertMayGrant(actor, input.role);
    await this.get(campaignId); // 404 for an unknown campaign
    const email = normalizeLoginEmail(input.email);
    const existing = await this.auth.findOrganizerByEmail(email);
    if (existing) {
      if (await this.roleOf(campaignId, existing.id))
        throw Problem.conflict('already-member', 'This organizer is already a member.', {
          errors: [{ path: 'email', message: 'is already a member' }],
        });
      const member = await this.prisma.$transaction(async (tx) => {
        const m = await tx.campaignMember.create({ data: { campaignId, organizerId: existing.id, role: input.role } });
        await this.audit.record(tx, {
          campaignId,
          actor,
          action: 'member.added',
          entityType: 'member',
          entityId: existing.id,
          details: { role: input.role },
        });
        return m;
      });
      return {
        status: 'added' as const,
        member: {
          organizerId: existing.id,
          email: existing.email,
          name: existing.name,
          role: member.role,
          createdAt: member.createdAt,
        },
      };
    }

    const token = newToken('gsi');
    const invitation = await this.prisma.$transaction(async (tx) => {
      await tx.campaignInvitation.updateMany({
        where: { campaignId, email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const inv = await tx.campaignInvitation.create({
        data: {
          campaignId,
          email,
          role: input.role,
          tokenHash: sha256(token),
          invitedBy: actor.organizerId,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        },
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: inv.id,
        details: { role: input.role },
      });
      // Through the outbox, in this transaction: the invitation and its email commit together.
      await this.mail.enqueue(tx, {
        key: `campaign-invitation:${inv.id}`,
        template: invitationTemplate,
        campaignId,
        category: 'transactional',
        to: { address: email },
        data: { role: input.role, days: INVITATION_TTL_MS / (24 * 3600 * 1000) },
        secrets: { token },
      });
      return inv;
    });
    return { status: 'invited' as const, invitation };
  }

  listInvitations(campaignId: string) {
    return this.prisma.campaignInvitation.findMany({ where: { campaignId }, orderBy: { id: 'desc' } });
  }

  async revokeInvitation(actor: Actor, campaignId: string, invitationId: string): Promise<void> {
    const { count } = await this.prisma.campaignInvitation.updateMany({
      where: { id: invitationId, campaignId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw Problem.notFound('Invitation');
    await this.audit.record(undefined, {
      campaignId,
      actor,
      action: 'invitation.revoked',
      entityType: 'invitation',
      entityId: invitationId,
    });
  }

  async acceptInvitation(input: { token: string; name: string; password: string }) {
    const inv = await this.openInvitation(input.token);
    return this.claimInvitation(inv, async (tx) => {
      const organizer = await this.auth.createOrganizer(
        { email: inv.email, name: input.name, password: input.password },
        tx,
      );
      return {
        organizerId: organizer.id,
        result: {
          organizer: { id: organizer.id, email: organizer.email, name: organizer.name, locale: organizer.locale },
          campaignId: inv.campaignId,
          role: inv.role,
        },
      };
    });
  }

  /**
   * An organizer who already has an account accepts an invitation sent to their address (they
   * signed up after being invited). The invitation must be for the signed-in organizer's email.
   */
  async joinByInvitation(token: string, organizer: { id: string; email: string }) {
    const inv = await this.openInvitation(token);
    if (inv.email !== normalizeLoginEmail(organizer.email))
      throw Problem.forbidden('This invitation was sent to another email address; sign in with that account.');
    return this.claimInvitation(inv, async (tx) => {
      const existing = await tx.campaignMember.findUnique({
        where: { campaignId_organizerId: { campaignId: inv.campaignId, organizerId: organizer.id } },
      });
      if (existing) throw Problem.conflict('already-member', 'You are already a member of this campaign.');
      return { organizerId: organizer.id, result: { campaignId: inv.campaignId, role: inv.role } };
    });
  }

  /** The invitation a token names while it can still be used; every other token gets the same 400. */
  private async openInvitation(token: string) {
    const inv = await this.prisma.campaignInvitation.findUnique({ where: { tokenHash: sha256(token) } });
    if (!inv || inv.acceptedAt || inv.revokedAt || inv.expiresAt <= new Date()) throw invalidInvitationToken();
    return inv;
  }

  /** Uses the invitation once (of two concurrent uses, one gets the 400), adds the member, audits it. */
  private claimInvitation<T>(
    inv: { id: string; campaignId: string; role: CampaignRole },
    join: (tx: Tx) => Promise<{ organizerId: string; result: T }>,
  ): Promise<T> {
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.campaignInvitation.updateMany({
        where: { id: inv.id, acceptedAt: null },
        data: { acceptedAt: new Date() },
      });
      if (claimed.count === 0) throw invalidInvitationToken();
      const { organizerId, result } = await join(tx);
      await tx.campaignMember.create({ data: { campaignId: inv.campaignId, organizerId, role: inv.role } });
      await this.audit.record(tx, {
        campaignId: inv.campaignId,
        actor: { organizerId },
        action: 'invitation.accepted',
        entityType: 'invitation',
        entityId: inv.id,
        details: { role: inv.role },
      });
      return result;
    });
  }

  async changeRole(actor: Actor, campaignId: string, organizerId: string, role: CampaignRole) {
    this.assertMayGrant(actor, role);
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.campaignMember.findUnique({
        where: { campaignId_organizerId: { campaignId, organizerId } },
      });
      if (!current) throw Problem.notFound('Member');
      this.assertMayManage(actor, current.role);
      if (current.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(tx, campaignId, organizerId);
      const updated = await tx.campaignMember.update({
        where: { campaignId_organizerId: { campaignId, organizerId } },
        data: { role },
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'member.role-changed',
        entityType: 'member',
        entityId: organizerId,
        details: { from: current.role, to: role },
      });
      return updated;
    });
  }

  async removeMember(actor: Actor, campaignId: string, organizerId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.campaignMember.findUnique({
        where: { campaignId_organizerId: { campaignId, organizerId } },
      });
      if (!current) throw Problem.notFound('Member');
      if (organizerId !== actor.organizerId) this.assertMayManage(actor, current.role);
      if (current.role === 'owner') await this.assertAnotherOwner(tx, campaignId, organizerId);
      // A parallel removal of the same member may have won since the read: that is a 404 here too.
      const { count } = await tx.campaignMember.deleteMany({ where: { campaignId, organizerId } });
      if (count === 0) throw Problem.notFound('Member');
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'member.removed',
        entityType: 'member',
        entityId: organizerId,
        details: { role: current.role },
      });
    });
  }

  /** Only owners can make or unmake owners; admins manage everyone below them. */
  private assertMayGrant(actor: Actor, role: CampaignRole): void {
    if (role === 'owner' && actor.role !== 'owner') throw Problem.forbidden('Only an owner can grant the owner role.');
  }

  private assertMayManage(actor: Actor, targetRole: CampaignRole): void {
    if (actor.role !== 'owner' && ROLE_RANK[targetRole] >= ROLE_RANK[actor.role ?? 'viewer']) {
      throw Problem.forbidden('You can only change members below your own role.');
    }
  }

  private async assertAnotherOwner(
    tx: Prisma.TransactionClient,
    campaignId: string,
    organizerId: string,
  ): Promise<void> {
    const owners = await tx.campaignMember.count({
      where: { campaignId, role: 'owner', organizerId: { not: organizerId } },
    });
    if (owners === 0) throw Problem.conflict('last-owner', 'A campaign must keep at least one owner.');
  }

  private slugConflict(err: unknown): unknown {
    if (isUniqueViolation(err)) {
      return Problem.conflict('slug-taken', 'Another campaign already uses this slug.', {
        errors: [{ path: 'slug', message: 'is already taken', code: 'taken' }],
      });
    }
    return err;
  }
}
