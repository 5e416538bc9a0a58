/**
 * Every queue and the jobs it carries, in one place. The worker refuses to start when a job here
 * has no handler, when two handlers claim one job, or when a handler names a job not listed here.
 * Job ids are derived from the business event (see each producer), never random, so a retried
 * producer cannot create a second job for the same event.
 */
export const QUEUE_REGISTRY = {
  maintenance: ['maintenance.purge-expired-auth'],
} as const satisfies Record<string, readonly string[]>;

export type QueueName = keyof typeof QUEUE_REGISTRY;
export type JobName = (typeof QUEUE_REGISTRY)[QueueName][number];

export const QUEUE_NAMES = Object.keys(QUEUE_REGISTRY) as QueueName[];

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
];
