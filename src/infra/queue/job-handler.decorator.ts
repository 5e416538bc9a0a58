import { SetMetadata } from '@nestjs/common';
import type { JobName } from './queue.registry.js';

export const JOB_HANDLER = 'groundswell:job-handler';

/** Marks a provider method as the handler of one job; the job's data is its first argument. */
export const JobHandler = (job: JobName): MethodDecorator => SetMetadata(JOB_HANDLER, job);
