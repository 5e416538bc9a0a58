/**
 * Child process of `npm run bench:rsvp`: the ceiling of one hot event. What every RSVP to the same
 * event must do one at a time, issued directly through node-postgres at the same concurrency: lock
 * the event row, count the seats, insert the RSVP and its three outbox rows (confirmation and two
 * reminders), commit. No HTTP, validation, supporter upsert, ORM or logging. The API's figure for
 * one event divided by this one says what the layers around the lock cost.
 */
import pg from 'pg';
import { uuidv7 } from '../src/common/ids.js';
import { type ClosedLoopResult, runClosedLoop } from './lib/ceiling.js';
import { childMain } from './lib/load.js';

export interface RsvpCeilingInput {
  databaseUrl: string;
  campaignId: string;
  eventId: string;
  concurrency: number;
  pool: number;
  durationMs: number;
  warmupMs: number;
}

export type RsvpCeilingOutput = ClosedLoopResult;

const MAIL_INSERT = `INSERT INTO mail_messages (id, key, template, category, campaign_id, supporter_id, locale, data, state, priority, send_at, updated_at)
VALUES ($1::uuid, $2, 'event.rsvp-confirmed', 'transactional', $3::uuid, $4::uuid, NULL, $5::jsonb, 'queued', 1, $6, now()) ON CONFLICT (key) DO NOTHING`;

childMain<RsvpCeilingInput, RsvpCeilingOutput>(async (input) => {
  const pool = new pg.Pool({ connectionString: input.databaseUrl, max: input.pool });
  const data = JSON.stringify({
    title: 'Bench rally',
    startsAt: new Date().toISOString(),
    ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'.repeat(20),
  });
  const one = async () => {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT id FROM events WHERE id = $1::uuid FOR UPDATE', [input.eventId]);
      const { rows } = await c.query<{ n: number; g: number }>(
        `SELECT count(*)::int AS n, coalesce(sum(guests), 0)::int AS g FROM event_rsvps WHERE event_id = $1::uuid AND status = 'confirmed'`,
        [input.eventId],
      );
      const status = rows[0].n + rows[0].g < 1_000_000 ? 'confirmed' : 'waitlisted';
      const rsvpId = uuidv7();
      const supporterId = uuidv7();
      await c.query(
        `INSERT INTO event_rsvps (id, event_id, campaign_id, supporter_id, status, guests, confirmed_at, created_at, updated_at) VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::"EventRsvpStatus", 0, now(), now(), now())`,
        [rsvpId, input.eventId, input.campaignId, supporterId, status],
      );
      for (const key of [
        `event-rsvp-confirmed:${rsvpId}`,
        `event-reminder:${rsvpId}:24h:1`,
        `event-reminder:${rsvpId}:2h:1`,
      ]) {
        await c.query(MAIL_INSERT, [uuidv7(), key, input.campaignId, supporterId, data, new Date()]);
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  };
  const result = await runClosedLoop(input, one);
  await pool.end();
  return result;
});
