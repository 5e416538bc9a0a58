import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { MetricsService } from '../metrics/metrics.service.js';
import { JOB_HANDLER } from './job-handler.decorator.js';
import { QueueService } from './queue.service.js';
import { type JobName, QUEUE_REGISTRY, type QueueName } from './queue.registry.js';

type Handler = (data: unknown, job: Job) => Promise<unknown>;

/**
 * Finds every @JobHandler in the worker's providers and checks them against the registry before
 * any job is taken. Only the worker role loads this, so the API process never consumes jobs.
 */
@Injectable()
export class JobRegistryService implements OnModuleInit {
  private readonly log = new Logger('jobs');
  private readonly handlers = new Map<string, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly metrics: MetricsService,
    private readonly queues: QueueService,
  ) {}

  onModuleInit(): void {
    const owners = new Map<string, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const fn = instance[method] as Handler;
        const job = this.reflector.get<string | undefined>(JOB_HANDLER, fn);
        if (!job) continue;
        owners.set(job, [...(owners.get(job) ?? []), `${proto.constructor.name}.${method}`]);
        this.handlers.set(job, fn.bind(instance));
      }
    }
    const problems = JobRegistryService.check(owners);
    if (problems.length > 0) throw new Error(`Job registry check failed:\n  ${problems.join('\n  ')}`);
    this.log.log(`${this.handlers.size} job handlers registered`);
    // Queue depths, read from Redis at scrape time (the worker's metrics).
    this.metrics.addCollector(async () => {
      for (const queue of this.queues.all()) {
        const counts = await queue.getJobCounts('wait', 'prioritized', 'delayed', 'active', 'failed');
        for (const [state, n] of Object.entries(counts)) this.metrics.queueDepth.set({ queue: queue.name, state }, n);
      }
    });
  }

  /** Pure check, exported for unit tests: exactly one handler per registered job, none unknown. */
  static check(owners: Map<string, string[]>): string[] {
    const problems: string[] = [];
    const known = new Set<string>(Object.values(QUEUE_REGISTRY).flat());
    for (const job of known) {
      const who = owners.get(job) ?? [];
      if (who.length === 0) problems.push(`job "${job}" has no handler`);
      if (who.length > 1) problems.push(`job "${job}" has ${who.length} handlers: ${who.join(', ')}`);
    }
    for (const [job, who] of owners)
      if (!known.has(job)) problems.push(`handler ${who.join(', ')} names unknown job "${job}"`);
    return problems;
  }

  async dispatch(queue: QueueName, job: Job): Promise<unknown> {
    const handler = (QUEUE_REGISTRY[queue] as readonly string[]).includes(job.name)
      ? this.handlers.get(job.name as JobName)
      : undefined;
    if (!handler) throw new Error(`No handler for job "${job.name}" on queue "${queue}"`);
    const end = this.metrics.jobs.startTimer({ queue, job: job.name });
    try {
      const result = await handler(job.data, job);
      end({ outcome: 'completed' });
      return result;
    } catch (err) {
      end({ outcome: 'failed' });
      throw err;
    }
  }
}
