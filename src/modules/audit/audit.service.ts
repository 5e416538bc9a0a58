import { Injectable } from '@nestjs/common';
import type { AuditActor } from '../../common/actor.js';
import { type PageQuery, pageArgs, toPage } from '../../common/pagination.js';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';

export interface AuditEntry {
  campaignId?: string | null;
  /** Pass the service's `Actor` as is: `{ ..., actor, ... }`. */
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Ids, field names and statuses only: never supporter personal data. */
  details?: Prisma.InputJsonValue;
}

/** What an organizer did with supporters' personal data: read it on screen, searched it, exported it, erased it. */
export type PersonalDataAccess = 'view' | 'search' | 'export' | 'erase';

/** Every personal-data access is an audit row with this action prefix (`personal-data.view`...). */
export const PERSONAL_DATA_ACTION = 'personal-data.';

export interface PersonalDataEntry {
  campaignId: string;
  actor: AuditActor;
  access: PersonalDataAccess;
  /** What was read: `supporters`, `supporter`, `signatures`, `attendees`, `delivery`, `osdi-people`... */
  what: string;
  /** How many people's personal data it held. A count, never who. */
  people: number;
  entityType?: string;
  entityId?: string | null;
  /** Route, filter names, format: never values a supporter typed. */
  details?: Record<string, Prisma.InputJsonValue>;
}

export type AuditRecorder = (
  tx: Tx | undefined,
  actor: AuditActor,
  campaignId: string,
  action: string,
  entityId: string,
  details?: Prisma.InputJsonObject,
) => Promise<void>;

function actorColumns(actor: AuditActor): { actorId: string | null; actorKind: string } {
  if ('kind' in actor) return { actorId: actor.supporterId ?? null, actorKind: 'supporter' };
  return actor.organizerId
    ? { actorId: actor.organizerId, actorKind: 'organizer' }
    : { actorId: null, actorKind: 'system' };
}

/** The audit log: who did what to which entity, when. Owned here; other modules call record(). */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  /** Pass the caller's transaction so the audit row commits (or rolls back) with the change. */
  async record(tx: Tx | undefined, entry: AuditEntry): Promise<void> {
    await (tx ?? this.prisma).auditEvent.create({
      data: {
        campaignId: entry.campaignId ?? null,
        ...actorColumns(entry.actor),
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        details: entry.details ?? {},
      },
    });
  }

  /**
   * One access to supporters' personal data by an organizer (a view, search, export or erasure):
   * who, when, what and how many people. The one shape of these rows, whoever records them (the
   * `@AuditsPersonalData` interceptor for answers, the CSV exports for files).
   */
  recordPersonalData(entry: PersonalDataEntry, tx?: Tx): Promise<void> {
    return this.record(tx, {
      campaignId: entry.campaignId,
      actor: entry.actor,
      action: `${PERSONAL_DATA_ACTION}${entry.access}`,
      entityType: entry.entityType ?? 'campaign',
      entityId: entry.entityId ?? (entry.entityType ? null : entry.campaignId),
      details: { what: entry.what, people: entry.people, ...entry.details },
    });
  }

  /** record() for one entity type: what a service that audits its own entity keeps as `this.record`. */
  recorder(entityType: string): AuditRecorder {
    return (tx, actor, campaignId, action, entityId, details = {}) =>
      this.record(tx, { campaignId, actor, action, entityType, entityId, details });
  }

  async list(
    campaignId: string,
    query: PageQuery & { action?: string; entityType?: string; actorId?: string; personalData?: boolean },
  ) {
    const { where, orderBy, take, limit } = pageArgs(query);
    const rows = await this.prisma.auditEvent.findMany({
      where: {
        ...where,
        campaignId,
        ...(query.action ? { action: query.action } : {}),
        ...(query.entityType ? { entityType: query.entityType } : {}),
        ...(query.actorId ? { actorId: query.actorId } : {}),
        ...(query.personalData ? { AND: [{ action: { startsWith: PERSONAL_DATA_ACTION } }] } : {}),
      },
      orderBy,
      take,
    });
    return toPage(rows, limit);
  }

  // ---------------------------------------------------------------- retention

  /**
   * Entries of the campaign older than `before` that still name a supporter: a supporter as the
   * entity or the actor, or a `supporterId(s)` in the details. How many, and the oldest one's date.
   */
  async namingSupporters(campaignId: string, before?: Date): Promise<{ entries: number; oldestAt: Date | null }> {
    const [row] = await this.prisma.$queryRaw<{ n: bigint; oldest: Date | null }[]>`
      SELECT count(*) AS n, min(created_at) AS oldest FROM audit_events
       WHERE campaign_id = ${campaignId}::uuid AND created_at < ${before ?? new Date('9999-01-01')}
         AND ${NAMES_SUPPORTER}`;
    return { entries: Number(row.n), oldestAt: row.oldest };
  }

  /**
   * Retention: entries older than `before` stop naming supporters (the supporter id goes from the
   * entity, the actor and the details; action, entity type, organizer and date stay). Idempotent.
   */
  async forgetSupporters(campaignId: string, before: Date): Promise<number> {
    return this.prisma.$executeRaw`
      UPDATE audit_events
         SET entity_id = CASE WHEN entity_type = 'supporter' THEN NULL ELSE entity_id END,
             actor_id = CASE WHEN actor_kind = 'supporter' THEN NULL ELSE actor_id END,
             details = details - 'supporterId' - 'supporterIds'
       WHERE campaign_id = ${campaignId}::uuid AND created_at < ${before} AND ${NAMES_SUPPORTER}`;
  }
}

/** An audit entry that names a supporter (see forgetSupporters). */
const NAMES_SUPPORTER = Prisma.sql`((entity_type = 'supporter' AND entity_id IS NOT NULL)
  OR (actor_kind = 'supporter' AND actor_id IS NOT NULL)
  OR (jsonb_typeof(details) = 'object' AND (details ? 'supporterId' OR details ? 'supporterIds')))`;
