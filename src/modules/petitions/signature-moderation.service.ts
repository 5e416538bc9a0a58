import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import { Problem } from '../../common/problem.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { PetitionCountsService } from './petition-counts.service.js';
import { PetitionsService } from './petitions.service.js';
import { uuidv7Floor } from './uuid-time.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * Organizers' moderation of signatures: invalidate one, reinstate it, or invalidate every
 * signature from one IP hash or email domain in a window (a bot run). Each change adjusts the
 * petition's confirmed count in the same transaction and is audited.
 */
@Injectable()
export class SignatureModerationService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly petitions: PetitionsService,
    private readonly counts: PetitionCountsService,
  ) {}

  async invalidate(actor: Actor, campaignId: string, petitionId: string, signatureId: string, reason: string) {
    await this.petitions.find(campaignId, petitionId);
    const result = await this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ previous: string }[]>`
        WITH old AS (SELECT id, status FROM petition_signatures WHERE id = ${signatureId}::uuid AND petition_id = ${petitionId}::uuid FOR UPDATE)
        UPDATE petition_signatures s SET status = 'invalidated', invalidated_at = now(), invalid_reason = ${reason}, invalidated_by = ${actor.organizerId}::uuid
          FROM old WHERE s.id = old.id AND old.status <> 'invalidated'
        RETURNING old.status::text AS previous`;
      if (!row) {
        const exists = await tx.petitionSignature.findFirst({
          where: { id: signatureId, petitionId },
          select: { id: true },
        });
        if (!exists) throw Problem.notFound('Signature');
        return { changed: false };
      }
      if (row.previous === 'confirmed') await this.counts.recordDelta(tx, petitionId, -1);
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'signature.invalidated',
        entityType: 'signature',
        entityId: signatureId,
        details: { petitionId, previous: row.previous },
      });
      return { changed: true };
    });
    if (result.changed) await this.counts.forget(petitionId);
    return this.prisma.petitionSignature.findUniqueOrThrow({ where: { id: signatureId } });
  }

  /** Undoes an invalidation: back to confirmed (counted again) or to pending if it never was. */
  async reinstate(actor: Actor, campaignId: string, petitionId: string, signatureId: string, note?: string) {
    await this.petitions.find(campaignId, petitionId);
    await this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ status: string }[]>`
        UPDATE petition_signatures
           SET status = CASE WHEN confirmed_at IS NULL THEN 'pending'::"SignatureStatus" ELSE 'confirmed'::"SignatureStatus" END,
               invalidated_at = NULL, invalid_reason = NULL, invalidated_by = NULL
         WHERE id = ${signatureId}::uuid AND petition_id = ${petitionId}::uuid AND status = 'invalidated'
        RETURNING status::text`;
      if (!row) {
        const exists = await tx.petitionSignature.findFirst({
          where: { id: signatureId, petitionId },
          select: { id: true },
        });
        if (!exists) throw Problem.notFound('Signature');
        return;
      }
      if (row.status === 'confirmed') await this.counts.recordDelta(tx, petitionId, 1);
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'signature.reinstated',
        entityType: 'signature',
        entityId: signatureId,
        details: { petitionId, status: row.status, ...(note ? { note } : {}) },
      });
    });
    return this.prisma.petitionSignature.findUniqueOrThrow({ where: { id: signatureId } });
  }

  /** Invalidates every signature from one IP hash or email domain in a window (a bot run). */
  async invalidateMatching(
    actor: Actor,
    campaignId: string,
    petitionId: string,
    input: { reason: string; ipHash?: string; emailDomain?: string; from?: Date; to?: Date },
  ) {
    await this.petitions.find(campaignId, petitionId);
    const from = input.from ?? new Date(Date.now() - 24 * HOUR_MS);
    const to = input.to ?? new Date(Date.now() + MINUTE_MS);
    const result = await this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ previous: string }[]>`
        WITH old AS (
          SELECT id, status FROM petition_signatures
           WHERE petition_id = ${petitionId}::uuid AND id >= ${uuidv7Floor(from)}::uuid AND id < ${uuidv7Floor(to)}::uuid
             AND status <> 'invalidated'
             AND (${input.ipHash ?? null}::text IS NULL OR ip_hash = ${input.ipHash ?? null})
             AND (${input.emailDomain ?? null}::text IS NULL OR email_domain = ${input.emailDomain ?? null})
           FOR UPDATE)
        UPDATE petition_signatures s SET status = 'invalidated', invalidated_at = now(), invalid_reason = ${input.reason}, invalidated_by = ${actor.organizerId}::uuid
          FROM old WHERE s.id = old.id
        RETURNING old.status::text AS previous`;
      const confirmed = rows.filter((r) => r.previous === 'confirmed').length;
      await this.counts.recordDelta(tx, petitionId, -confirmed);
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'signature.invalidated-bulk',
        entityType: 'petition',
        entityId: petitionId,
        details: {
          count: rows.length,
          confirmed,
          byIpHash: Boolean(input.ipHash),
          emailDomain: input.emailDomain ?? null,
          from: from.toISOString(),
          to: to.toISOString(),
        },
      });
      return { invalidated: rows.length };
    });
    if (result.invalidated > 0) await this.counts.forget(petitionId);
    return result;
  }
}
