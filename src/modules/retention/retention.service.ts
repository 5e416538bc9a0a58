import { Injectable, Logger } from '@nestjs/common';
import { type Actor, SYSTEM_ACTOR } from '../../common/actor.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { RsvpRetentionService } from '../events/rsvp-retention.service.js';
import { SignatureRetentionService } from '../petitions/signature-retention.service.js';
import { SupporterPrivacyService } from '../supporters/supporter-privacy.service.js';
import { RETENTION_DEFAULTS, type UpdateRetentionPolicy } from './retention.schemas.js';

export interface RetentionPolicyRules {
  signerMonths: number;
  rsvpDays: number;
  auditMonths: number;
}

/** What one run did to one campaign: counts only, never who. */
export interface RetentionOutcome {
  petitions: number;
  signatures: number;
  events: number;
  rsvps: number;
  supportersErased: number;
  auditEntries: number;
}

/** `now` minus whole calendar months (UTC), as PostgreSQL's interval arithmetic does. */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/**
 * The retention rules of each campaign and the daily run that applies them (docs/decisions/retention.md).
 * Each domain module anonymizes its own tables through its service; this module only orchestrates:
 * petitions (signatures of ended petitions), events (RSVPs of past events), supporters (the people
 * on the list only because of what expired) and audit (entries naming supporters).
 */
@Injectable()
export class RetentionService {
  private readonly log = new Logger('retention');

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly signatures: SignatureRetentionService,
    private readonly rsvps: RsvpRetentionService,
    private readonly privacy: SupporterPrivacyService,
  ) {}

  async policy(campaignId: string) {
    const row = await this.prisma.retentionPolicy.findUnique({ where: { campaignId } });
    return row
      ? {
          signerMonths: row.signerMonths,
          rsvpDays: row.rsvpDays,
          auditMonths: row.auditMonths,
          isDefault: false,
          updatedAt: row.updatedAt,
        }
      : { ...RETENTION_DEFAULTS, isDefault: true, updatedAt: null };
  }

  async updatePolicy(actor: Actor, campaignId: string, input: UpdateRetentionPolicy) {
    await this.prisma.$transaction(async (tx) => {
      await tx.retentionPolicy.upsert({
        where: { campaignId },
        create: { campaignId, ...RETENTION_DEFAULTS, ...input, updatedBy: actor.organizerId },
        update: { ...input, updatedBy: actor.organizerId },
      });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'retention.policy-updated',
        entityType: 'campaign',
        entityId: campaignId,
        details: { ...input },
      });
    });
    return this.policy(campaignId);
  }

  /** What will expire when, per rule, as of `now`. */
  async expiries(campaignId: string, now = new Date()) {
    const policy = await this.policy(campaignId);
    const audit = await this.audit.namingSupporters(campaignId);
    return {
      at: now,
      policy,
      petitions: await this.signatures.expiring(campaignId, policy.signerMonths, now),
      events: await this.rsvps.expiring(campaignId, policy.rsvpDays, now),
      audit: {
        ...audit,
        nextExpiresAt: audit.oldestAt ? monthsBefore(audit.oldestAt, -policy.auditMonths) : null,
      },
    };
  }

  /** The daily job: every campaign's rules, one campaign at a time. Returns the totals. */
  async runAll(now = new Date()): Promise<RetentionOutcome & { campaigns: number }> {
    const total = {
      campaigns: 0,
      petitions: 0,
      signatures: 0,
      events: 0,
      rsvps: 0,
      supportersErased: 0,
      auditEntries: 0,
    };
    let after: string | null = null;
    for (;;) {
      const ids = await this.campaigns.idsPage(after, 100);
      for (const id of ids) {
        const o = await this.runCampaign(id, now);
        total.campaigns++;
        for (const k of Object.keys(o) as (keyof RetentionOutcome)[]) total[k] += o[k];
      }
      if (ids.length < 100) break;
      after = ids[ids.length - 1];
    }
    if (total.signatures + total.rsvps + total.supportersErased + total.auditEntries > 0)
      this.log.log(
        `retention: ${total.signatures} signatures, ${total.rsvps} RSVPs anonymized, ${total.supportersErased} supporters erased, ${total.auditEntries} audit entries in ${total.campaigns} campaigns`,
      );
    return total;
  }

  /**
   * Applies one campaign's rules as of `now`. Idempotent, and safe to stop at any point: the people
   * to erase are found from rows not anonymized yet, and are erased before their rows are unlinked
   * (a rerun finds whatever an interrupted run left). Writes one audit entry, counts only, when it
   * changed anything.
   */
  async runCampaign(campaignId: string, now = new Date()): Promise<RetentionOutcome> {
    const rules = await this.policy(campaignId);
    // 1. who is on the list only because of what expires now
    const candidates = [
      ...new Set([
        ...(await this.signatures.dueSigners(campaignId, rules.signerMonths, now)),
        ...(await this.rsvps.dueAttendees(campaignId, rules.rsvpDays, now)),
      ]),
    ];
    const stillActive = new Set([
      ...(await this.signatures.notYetDue(campaignId, candidates, rules.signerMonths, now)),
      ...(await this.rsvps.notYetDue(campaignId, candidates, rules.rsvpDays, now)),
    ]);
    const supportersErased = await this.privacy.eraseUnsubscribed(
      campaignId,
      candidates.filter((id) => !stillActive.has(id)),
    );
    // 2. the expired rows lose their link to the person
    const sig = await this.signatures.anonymizeExpired(campaignId, rules.signerMonths, now);
    const rsvp = await this.rsvps.anonymizeExpired(campaignId, rules.rsvpDays, now);
    // 3. old audit entries stop naming supporters
    const auditEntries = await this.audit.forgetSupporters(campaignId, monthsBefore(now, rules.auditMonths));
    const outcome = {
      petitions: sig.petitions,
      signatures: sig.signatures,
      events: rsvp.events,
      rsvps: rsvp.rsvps,
      supportersErased,
      auditEntries,
    };
    if (sig.signatures + rsvp.rsvps + supportersErased + auditEntries > 0)
      await this.audit.record(undefined, {
        campaignId,
        actor: SYSTEM_ACTOR,
        action: 'retention.applied',
        entityType: 'campaign',
        entityId: campaignId,
        details: {
          ...outcome,
          rules: { signerMonths: rules.signerMonths, rsvpDays: rules.rsvpDays, auditMonths: rules.auditMonths },
          at: now.toISOString(),
        },
      });
    return outcome;
  }
}
