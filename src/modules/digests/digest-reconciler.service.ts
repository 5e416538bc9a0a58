import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../config/config.js';
import type { DigestStatus, MailState } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { MailService } from '../mail/mail.service.js';

const FINAL: Partial<Record<MailState, DigestStatus>> = {
  sent: 'sent',
  suppressed: 'suppressed',
  failed: 'failed',
  cancelled: 'cancelled',
};
const BATCH = 1000;

/**
 * Worker only. Copies the outcome of each queued digest's message (sent, suppressed at send time,
 * failed, cancelled) from the mail outbox onto the digest record and its run's counts, so the run
 * history shows what happened without the organizer API reading mail tables. Also purges old
 * per-supporter records (DIGESTS_HISTORY_DAYS).
 */
@Injectable()
export class DigestReconcilerService {
  private readonly log = new Logger('digests');
  private readonly historyDays: number;

  constructor(
    private readonly prisma: PrismaService,
    private readonly mail: MailService,
    config: AppConfig,
  ) {
    this.historyDays = config.get('DIGESTS_HISTORY_DAYS');
  }

  /** One pass over queued digests (oldest first, at most `maxRows`); returns how many settled. */
  async reconcile(maxRows = 50_000): Promise<number> {
    let after: string | null = null;
    let scanned = 0;
    let settled = 0;
    while (scanned < maxRows) {
      const rows: { id: string; runId: string; mailKey: string | null }[] = await this.prisma.digest.findMany({
        where: { status: 'queued', ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: BATCH,
        select: { id: true, runId: true, mailKey: true },
      });
      if (rows.length === 0) break;
      scanned += rows.length;
      after = rows[rows.length - 1].id;
      const outcomes = await this.mail.outcomes(rows.map((r) => r.mailKey).filter((k): k is string => !!k));
      const finals = rows.flatMap((r) => {
        const o = r.mailKey ? outcomes.get(r.mailKey) : undefined;
        const status = o ? FINAL[o.state] : undefined;
        return status ? [{ id: r.id, status, finishedAt: o!.finishedAt ?? new Date() }] : [];
      });
      if (finals.length > 0) settled += await this.settle(finals);
      if (rows.length < BATCH) break;
    }
    return settled;
  }

  private async settle(finals: { id: string; status: DigestStatus; finishedAt: Date }[]): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      // Only rows still queued: a concurrent reconciler's rows are counted once, by whoever changed them.
      const changed = await tx.$queryRaw<{ run_id: string; status: DigestStatus }[]>`
        UPDATE digests d SET status = u.status::"DigestStatus", finished_at = u.finished_at
          FROM unnest(${finals.map((f) => f.id)}::uuid[], ${finals.map((f) => f.status)}::text[], ${finals.map((f) => f.finishedAt.toISOString())}::timestamptz[])
               AS u(id, status, finished_at)
         WHERE d.id = u.id AND d.status = 'queued'
        RETURNING d.run_id, d.status`;
      const perRun = new Map<string, Record<'sent' | 'suppressed' | 'failed' | 'cancelled', number>>();
      for (const r of changed) {
        const c = perRun.get(r.run_id) ?? { sent: 0, suppressed: 0, failed: 0, cancelled: 0 };
        if (r.status in c) c[r.status as keyof typeof c] += 1;
        perRun.set(r.run_id, c);
      }
      for (const [id, c] of [...perRun].sort(([a], [b]) => (a < b ? -1 : 1))) {
        await tx.digestRun.update({
          where: { id },
          data: {
            sent: { increment: c.sent },
            suppressed: { increment: c.suppressed },
            failed: { increment: c.failed },
            cancelled: { increment: c.cancelled },
          },
        });
      }
      return changed.length;
    });
  }

  /** Deletes settled per-supporter records and runs older than DIGESTS_HISTORY_DAYS, in small batches. */
  async purge(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.historyDays * 86_400_000);
    let removed = 0;
    for (;;) {
      const n = await this.prisma.$executeRaw`
        DELETE FROM digests WHERE id IN (SELECT id FROM digests WHERE created_at < ${before} AND status <> 'queued' LIMIT 5000)`;
      removed += n;
      if (n < 5000) break;
    }
    await this.prisma.$executeRaw`DELETE FROM digest_runs WHERE started_at < ${before} AND status <> 'running'`;
    if (removed > 0) this.log.log(`purged ${removed} digest records older than ${this.historyDays} days`);
    return removed;
  }
}
