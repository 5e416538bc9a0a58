import { SetMetadata } from '@nestjs/common';
import type { JobName, JobPayloads } from './queue.registry.js';

export const JOB_HANDLER = 'groundswell:job-handler';

/**
 * Marks a provider method as the handler of one job; the job's data is its first argument, typed by
 * JobPayloads: a method whose parameter does not accept the job's data does not compile.
 */
export function JobHandler<J extends JobName>(job: J) {
  const mark = SetMetadata(JOB_HANDLER, job);
  return <M extends (data: JobPayloads[J]) => unknown>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    mark(target, key, descriptor);
  };
}
