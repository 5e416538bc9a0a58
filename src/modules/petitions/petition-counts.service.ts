import { Injectable, Logger } from '@nestjs/common';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { RedisService } from '../../infra/redis/redis.service.js';
import { MilestonesService } from '../milestones/milestones.service.js';
import { ANONYMOUS, minuteOf, NOT_KEPT } from './signer-data.js';

/**
 * Signature counts without a hot row (docs/decisions/petition-counting.md).
 *
 * - Confirming, invalidating or reinstating a signature appends a +1/-1 row to
 *   petition_count_deltas in the same transaction: an insert, never an update of a shared row.
 * - The aggregator (job `petitions.aggregate-counts`, a BullMQ job scheduler firing every second
 *   once across all workers) drains the deltas with DELETE ... RETURNING and adds their sum to the
 *   petition's petition_counts row: one write per petition per tick, whatever the signing rate.
 *   A delta row is deleted exactly once, and only committed rows are visible, so the count is exact
 *   once the tick after a confirmation has run (about 1 s).
 * - In the same transaction, a count that passes a threshold records the campaign milestone (unique
 *   key), so a crossing is durable and recorded once even if the tick is retried.
 * - Reads come from Redis (`pet:count:<id>`, refreshed by the aggregator after each commit) and fall
 *   back to the petition_counts row; entries expire after a few seconds so a missed refresh heals.
 */
export const RECENT_SIGNERS = 10;
const COUNT_TTL_S = 5;
const RECENT_TTL_S = 30;
/** Deltas drained per statement; a backlog (aggregator down for a while) drains over several statements. */
const DRAIN_BATCH = 20_000;

export interface RecentSigner {
  name: string;
  comment: string | null;
  signedAt: Date;
}

interface DrainResult {
  deltas: number;
  changed: Map<string, number>;
  crossings: ThresholdCrossing[];
}

export interface ThresholdCrossing {
  petitionId: string;
  campaignId: string;
  threshold: number;
  count: number;
}

@Injectable()
export class PetitionCountsService {
  private readonly log = new Logger('petition-counts');

  constructor(
    private readonly prisma: PrismaService,
    private readonly redis: RedisService,
    private readonly cipher: PiiCipherService,
    private readonly milestones: MilestonesService,
  ) {}

  /** Appends a count change in the caller's transaction (the one that changed the signature). */
  async recordDelta(tx: Tx, petitionId: string, delta: number): Promise<void> {
    if (delta === 0) return;
    await tx.$executeRaw`INSERT INTO petition_count_deltas (petition_id, delta) VALUES (${petitionId}::uuid, ${delta})`;
  }

  /** Confirmed count from the cache (exact within about 2 s of the last confirmation). */
  async confirmed(petitionId: string): Promise<number> {
    return (await this.confirmedMany([petitionId])).get(petitionId) ?? 0;
  }

  async confirmedMany(petitionIds: string[]): Promise<Map<string, number>> {
    const result = new Map<string, number>();
    if (petitionIds.length === 0) return result;
    const cached = await this.redis.mget(...petitionIds.map(countKey)).catch(() => petitionIds.map(() => null));
    const missing = petitionIds.filter((id, i) => {
      if (cached[i] === null) return true;
      result.set(id, Number(cached[i]));
      return false;
    });
    if (missing.length > 0) {
      const rows = await this.prisma.petitionCount.findMany({
        where: { petitionId: { in: missing } },
        select: { petitionId: true, confirmed: true },
      });
      const found = new Map(rows.map((r) => [r.petitionId, r.confirmed]));
      const pipe = this.redis.pipeline();
      for (const id of missing) {
        const n = found.get(id) ?? 0;
        result.set(id, n);
        pipe.set(countKey(id), String(n), 'EX', COUNT_TTL_S);
      }
      await pipe.exec().catch(() => undefined);
    }
    return result;
  }

  /** The latest confirmed signers, as the public may see them ("First L." or "Anonymous"). */
  async recentSigners(petitionId: string): Promise<RecentSigner[]> {
    const cached = await this.redis.get(recentKey(petitionId)).catch(() => null);
    if (cached)
      return (JSON.parse(cached) as { name: string; comment: string | null; signedAt: string }[]).map((s) => ({
        ...s,
        signedAt: new Date(s.signedAt),
      }));
    const fresh = await this.loadRecent(petitionId);
    await this.redis.set(recentKey(petitionId), JSON.stringify(fresh), 'EX', RECENT_TTL_S).catch(() => undefined);
    return fresh;
  }

  private async loadRecent(petitionId: string): Promise<RecentSigner[]> {
    const rows = await this.prisma.petitionSignature.findMany({
      where: { petitionId, status: 'confirmed' },
      orderBy: { confirmedAt: 'desc' },
      take: RECENT_SIGNERS,
      select: { isPublic: true, displayName: true, comment: true, confirmedAt: true, signerKey: true },
    });
    return rows.map((r) => this.publicSigner(r));
  }

  /** What the public sees of one confirmed signature. */
  publicSigner(r: {
    isPublic: boolean;
    displayName: string | null;
    comment: string | null;
    confirmedAt: Date | null;
    signerKey?: string | null;
  }): RecentSigner {
    const name = r.isPublic && r.displayName ? this.cipher.decrypt(r.displayName) : null;
    return {
      name: name ?? (r.signerKey ? NOT_KEPT : ANONYMOUS),
      comment: r.isPublic && r.comment ? this.cipher.decrypt(r.comment) : null,
      signedAt: minuteOf(r.confirmedAt ?? new Date()),
    };
  }

  /**
   * One aggregator tick: drains every pending delta into petition_counts and records thresholds
   * crossed, in one transaction; then refreshes the Redis cache of the petitions that changed.
   */
  async aggregate(): Promise<{ petitions: number; deltas: number; crossings: ThresholdCrossing[] }> {
    let totalDeltas = 0;
    const changed = new Map<string, number>();
    const crossings: ThresholdCrossing[] = [];
    const merge = (r: DrainResult) => {
      totalDeltas += r.deltas;
      for (const [id, n] of r.changed) changed.set(id, n);
      crossings.push(...r.crossings);
    };
    try {
      for (;;) {
        const r = await this.prisma.$transaction((tx) => this.drain(tx, null));
        merge(r);
        if (r.deltas < DRAIN_BATCH) break;
      }
    } catch (err) {
      // One petition must not stop every count (say its milestone cannot be recorded): drain each
      // petition in its own transaction; a failing one keeps its deltas for the next tick.
      this.log.error(`count tick failed, draining petition by petition: ${(err as Error).message}`);
      const pending = await this.prisma.$queryRaw<
        { petition_id: string }[]
      >`SELECT DISTINCT petition_id::text AS petition_id FROM petition_count_deltas`;
      for (const { petition_id } of pending) {
        try {
          for (;;) {
            const r = await this.prisma.$transaction((tx) => this.drain(tx, petition_id));
            merge(r);
            if (r.deltas < DRAIN_BATCH) break;
          }
        } catch (e) {
          this.log.error(`petition ${petition_id}: count not updated this tick: ${(e as Error).message}`);
        }
      }
    }
    if (changed.size > 0) await this.refreshCache(changed);
    return { petitions: changed.size, deltas: totalDeltas, crossings };
  }

  /** Drains up to DRAIN_BATCH deltas (of one petition, or of all) into the counts, in the caller's transaction. */
  private async drain(tx: Tx, petitionId: string | null): Promise<DrainResult> {
    const result: DrainResult = { deltas: 0, changed: new Map(), crossings: [] };
    // SKIP LOCKED: a second aggregator running at the same moment takes other rows instead of waiting.
    const drained = await tx.$queryRaw<{ petition_id: string; delta: number; n: number }[]>`
      WITH d AS (
        DELETE FROM petition_count_deltas
         WHERE id IN (SELECT id FROM petition_count_deltas
                       WHERE (${petitionId}::uuid IS NULL OR petition_id = ${petitionId}::uuid)
                       ORDER BY id LIMIT ${DRAIN_BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING petition_id, delta)
      SELECT petition_id::text AS petition_id, sum(delta)::int AS delta, count(*)::int AS n
        FROM d GROUP BY petition_id ORDER BY petition_id`;
    if (drained.length === 0) return result;
    result.deltas = drained.reduce((s, d) => s + d.n, 0);
    const petitions = await tx.petition.findMany({
      where: { id: { in: drained.map((d) => d.petition_id) } },
      select: {
        id: true,
        campaignId: true,
        thresholds: true,
        locale: true,
        title: true,
        target: true,
        variants: { select: { locale: true, title: true, target: true } },
      },
    });
    const byId = new Map(petitions.map((p) => [p.id, p]));
    for (const d of drained) {
      const petition = byId.get(d.petition_id);
      if (!petition) continue; // deleted with its campaign
      // Row lock until commit: concurrent ticks on one petition serialize here, so each sees the
      // count the other left and a threshold cannot be crossed twice.
      const [row] = await tx.$queryRaw<{ confirmed: number; last_threshold: number }[]>`
        INSERT INTO petition_counts (petition_id, confirmed, updated_at) VALUES (${d.petition_id}::uuid, ${d.delta}, now())
        ON CONFLICT (petition_id) DO UPDATE SET confirmed = petition_counts.confirmed + EXCLUDED.confirmed, updated_at = now()
        RETURNING confirmed, last_threshold`;
      result.changed.set(d.petition_id, row.confirmed);
      const crossed = (petition.thresholds ?? []).filter((t) => t > row.last_threshold && t <= row.confirmed);
      if (crossed.length > 0) {
        for (const threshold of crossed) {
          await this.recordMilestone(tx, petition, threshold);
          result.crossings.push({
            petitionId: petition.id,
            campaignId: petition.campaignId,
            threshold,
            count: row.confirmed,
          });
        }
        await tx.petitionCount.update({
          where: { petitionId: petition.id },
          data: { lastThreshold: Math.max(...crossed) },
        });
      }
    }
    return result;
  }

  /**
   * The campaign milestone of a crossed threshold, in the aggregator's transaction: durable with the
   * new count, and recorded once (unique key) however often the tick runs. It alerts subscribers.
   */
  private async recordMilestone(
    tx: Tx,
    p: {
      id: string;
      campaignId: string;
      locale: string;
      title: string;
      target: string;
      variants: { locale: string; title: string; target: string }[];
    },
    threshold: number,
  ): Promise<void> {
    const text = (locale: string, title: string, target: string) => {
      const n = new Intl.NumberFormat(locale === 'ar' ? 'ar' : 'en').format(threshold);
      return locale === 'ar'
        ? { title: `${n} توقيع على «${title}»`, description: `تجاوزت العريضة الموجّهة إلى ${target} ${n} توقيع مؤكَّد.` }
        : {
            title: `${n} people have signed “${title}”`,
            description: `The petition to ${target} passed ${n} confirmed signatures.`,
          };
    };
    const main = text(p.locale, p.title, p.target);
    await this.milestones.recordAutomatic(tx, {
      campaignId: p.campaignId,
      key: `petition-threshold:${p.id}:${threshold}`,
      kind: 'action',
      title: main.title,
      description: main.description,
      locale: p.locale,
      translations: Object.fromEntries(
        p.variants.filter((v) => v.locale !== p.locale).map((v) => [v.locale, text(v.locale, v.title, v.target)]),
      ),
      occurredAt: new Date(),
      notify: true,
      source: 'petitions',
    });
  }

  private async refreshCache(changed: Map<string, number>): Promise<void> {
    try {
      const pipe = this.redis.pipeline();
      for (const [id, n] of changed) {
        pipe.set(countKey(id), String(n), 'EX', COUNT_TTL_S);
        pipe.set(recentKey(id), JSON.stringify(await this.loadRecent(id)), 'EX', RECENT_TTL_S);
      }
      await pipe.exec();
    } catch (err) {
      // The committed counts are safe; readers fall back to the table once the entries expire.
      this.log.warn(`count cache refresh failed: ${(err as Error).message}`);
    }
  }

  /** Drops cached public data of a petition (after an invalidation changes who is listed). */
  async forget(petitionId: string): Promise<void> {
    await this.redis.del(countKey(petitionId), recentKey(petitionId)).catch(() => undefined);
  }
}

const countKey = (id: string) => `pet:count:${id}`;
const recentKey = (id: string) => `pet:recent:${id}`;
