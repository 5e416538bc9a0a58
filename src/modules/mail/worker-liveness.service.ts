import { randomInt } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { AppConfig } from '../../config/config.js';

/** First key of the two-key advisory locks that say "mail worker <id> is alive" ('GSMW'). */
export const LIVENESS_LOCK_SPACE = 0x47534d57;

/**
 * This worker process's heartbeat, kept by PostgreSQL itself: the process holds a session advisory
 * lock `(LIVENESS_LOCK_SPACE, id)` on a connection of its own, and stamps `claimed_by = id` on the
 * messages it claims. While the process lives, the lock is held, however busy its event loop is (a
 * timer-renewed heartbeat would go stale under CPU load and hand a slow worker's rows to another
 * one). When the process dies, its socket closes, PostgreSQL ends the session and the lock is gone
 * at once; the sweep then takes its rows back within seconds instead of waiting for the
 * MAIL_SENDING_LEASE_SECONDS lease, which stays as the backstop (a host that vanishes without
 * closing its socket is found by the TCP keepalives set below, or by the lease).
 *
 * Taking rows back is safe even if the worker were alive after all: the hand-over and the result
 * are fenced by state and attempt number (docs/decisions/mail-outbox.md), so liveness only decides
 * how soon a dead worker's rows move, never whether a message can go out twice.
 */
@Injectable()
export class WorkerLivenessService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('mail-liveness');
  private client: pg.Client | null = null;
  private current: number | null = null;
  private stopped = false;
  private loop: Promise<void> | null = null;

  constructor(private readonly config: AppConfig) {}

  /** The id to stamp on claimed rows, or null while the lock is not held (the lease alone then applies). */
  get id(): number | null {
    return this.current;
  }

  async onApplicationBootstrap(): Promise<void> {
    let first!: () => void;
    const held = new Promise<void>((resolve) => (first = resolve));
    this.loop = this.hold(first);
    // Boot waits for the lock briefly; if PostgreSQL is slow, claims go out unstamped until it is held.
    await Promise.race([held, new Promise((r) => setTimeout(r, 5000).unref())]);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    await this.loop;
  }

  private async hold(onHeld: () => void): Promise<void> {
    while (!this.stopped) {
      const client = new pg.Client({
        connectionString: this.config.get('DATABASE_URL'),
        application_name: 'groundswell-mail-liveness',
        keepAlive: true,
      });
      try {
        const ended = new Promise<void>((resolve) => {
          client.on('error', () => resolve());
          client.on('end', () => resolve());
        });
        await client.connect();
        this.client = client;
        // The server notices a vanished host (no FIN) in about 20 s rather than the kernel's 2 hours.
        await client.query(
          'SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 2',
        );
        for (;;) {
          const id = randomInt(1, 2 ** 31 - 1);
          const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::int, $2::int) AS ok', [
            LIVENESS_LOCK_SPACE,
            id,
          ]);
          if (rows[0]?.ok) {
            this.current = id;
            break;
          }
        }
        onHeld();
        await ended;
      } catch (err) {
        if (!this.stopped) this.log.warn(`liveness lock: ${(err as Error).message}`);
      }
      this.current = null;
      this.client = null;
      await client.end().catch(() => undefined);
      if (!this.stopped) await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/**
 * SQL condition (on `mail_messages m`) for a row in `sending` whose claiming worker is gone: the
 * advisory lock behind its `claimed_by` is no longer held.
 */
export const CLAIMER_GONE = `m.claimed_by IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM pg_locks l
   WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
     AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND l.classid = ${LIVENESS_LOCK_SPACE}::oid AND l.objid = m.claimed_by::oid)`;
