/**
 * Every queue and the jobs it carries, in one place. The worker refuses to start when a job here
 * has no handler, when two handlers claim one job, or when a handler names a job not listed here.
 * Job ids are derived from the business event (see each producer), never random, so a retried
 * producer cannot create a second job for the same event.
 */
export const QUEUE_REGISTRY = {
  maintenance: ['maintenance.purge-expired-auth'],
  statements: ['statements.publish-scheduled', 'statements.publish-due'],
  petitions: ['petitions.aggregate-counts', 'petitions.purge-pending'],
  // Send jobs only: this queue carries the global mail rate limit (MAIL_RATE_PER_SECOND).
  mail: ['mail.send'],
  broadcasts: ['broadcasts.expand'],
  events: ['events.housekeeping'],
  supporters: ['supporters.purge-unconfirmed', 'supporters.expire-ip-hashes'],
  retention: ['retention.daily', 'retention.shutdown', 'retention.shutdowns-due'],
  digests: ['digests.tick', 'digests.campaign', 'digests.reconcile', 'digests.purge'],
  // Outbound webhook calls; relayed from webhook_deliveries by an in-process timer in each worker.
  webhooks: ['webhooks.deliver', 'webhooks.purge'],
} as const satisfies Record<string, readonly string[]>;

export type QueueName = keyof typeof QUEUE_REGISTRY;
export type JobName = (typeof QUEUE_REGISTRY)[QueueName][number];

/** The data of a job only a schedule adds (the scheduler gives it `{}`). */
type Scheduled = Record<string, never>;

/**
 * Each job's data, the contract between its producers (`QueueService.add`) and its handler
 * (`@JobHandler`): a producer passing other data, or a handler expecting other data, does not
 * compile (test/types/contracts.ts proves it). Every job of the registry has an entry, and no other.
 */
export type JobPayloads = EveryJob<{
  'maintenance.purge-expired-auth': Scheduled;
  'statements.publish-scheduled': { statementId: string; version: number };
  'statements.publish-due': Scheduled;
  'petitions.aggregate-counts': Scheduled;
  'petitions.purge-pending': Scheduled;
  'mail.send': { id: string };
  'broadcasts.expand': { broadcastId: string };
  'events.housekeeping': Scheduled;
  'supporters.purge-unconfirmed': Scheduled;
  'supporters.expire-ip-hashes': Scheduled;
  'retention.daily': Scheduled;
  'retention.shutdown': { shutdownId: string };
  'retention.shutdowns-due': Scheduled;
  /** `at`: the scheduler clock of a pass; the scheduler's own ticks have none (now). */
  'digests.tick': { at?: string };
  'digests.campaign': { campaignId: string; at: string; trigger?: string };
  'digests.reconcile': Scheduled;
  'digests.purge': Scheduled;
  /** `attempt`: the delivery's attempt count when relayed; the claim is fenced by it. */
  'webhooks.deliver': { id: string; attempt: number };
  'webhooks.purge': Scheduled;
}>;
type EveryJob<T extends Record<JobName, object> & Record<Exclude<keyof T, JobName>, never>> = T;

export const QUEUE_NAMES = Object.keys(QUEUE_REGISTRY) as QueueName[];

/** Queues whose worker concurrency comes from their own setting instead of QUEUE_CONCURRENCY. */
export const QUEUE_CONCURRENCY_SETTINGS: Partial<
  Record<QueueName, 'MAIL_SEND_CONCURRENCY' | 'DIGESTS_CONCURRENCY' | 'WEBHOOKS_CONCURRENCY'>
> = {
  mail: 'MAIL_SEND_CONCURRENCY',
  digests: 'DIGESTS_CONCURRENCY',
  webhooks: 'WEBHOOKS_CONCURRENCY',
};

export function queueOf(job: JobName): QueueName {
  const queue = QUEUE_NAMES.find((q) => (QUEUE_REGISTRY[q] as readonly string[]).includes(job));
  if (!queue) throw new Error(`Job "${job}" is not in the queue registry`);
  return queue;
}

/**
 * Recurring jobs. The worker upserts them as BullMQ job schedulers, which fire once per tick
 * however many worker processes run (an in-process cron would fire in each of them).
 */
export const SCHEDULES: { job: JobName; every?: number; pattern?: string; tz?: string }[] = [
  { job: 'maintenance.purge-expired-auth', every: 60 * 60 * 1000 },
  // Catches scheduled statements whose delayed job was lost (Redis flushed, worker down at the time).
  { job: 'statements.publish-due', every: 60 * 1000 },
  // Drains signature count deltas into the count cache: counts are exact within about 2 s.
  { job: 'petitions.aggregate-counts', every: 1000 },
  { job: 'petitions.purge-pending', every: 6 * 60 * 60 * 1000 },
  // Cancels reminders of events that have started and marks ended events completed.
  { job: 'events.housekeeping', every: 60 * 1000 },
  // Retention: unconfirmed signups past SUPPORTERS_PENDING_DAYS, consent-log IP hashes past 30 days.
  { job: 'supporters.purge-unconfirmed', every: 60 * 60 * 1000 },
  { job: 'supporters.expire-ip-hashes', every: 60 * 60 * 1000 },
  // Retention rules of every campaign, daily at 03:17 UTC (a quiet hour, off the quarter hours);
  // shutdowns whose delayed job was lost, every minute.
  { job: 'retention.daily', pattern: '17 3 * * *', tz: 'UTC' },
  { job: 'retention.shutdowns-due', every: 60 * 1000 },
  // Digests fall due only on UTC quarter hours (every zone offset is a multiple of 15 minutes), so
  // one pass per campaign a minute after each (a minute of clock skew to spare); copy mail
  // outcomes onto digest runs every minute; purge old per-supporter records daily.
  { job: 'digests.tick', pattern: '1,16,31,46 * * * *', tz: 'UTC' },
  { job: 'digests.reconcile', every: 60 * 1000 },
  { job: 'digests.purge', every: 24 * 60 * 60 * 1000 },
  // Settled webhook deliveries and their attempt log past WEBHOOKS_LOG_DAYS.
  { job: 'webhooks.purge', every: 24 * 60 * 60 * 1000 },
];
