import { JobRegistryService } from './job-registry.service.js';
import { QUEUE_REGISTRY } from './queue.registry.js';

const allJobs = Object.values(QUEUE_REGISTRY).flat() as string[];
const complete = () => new Map(allJobs.map((j) => [j, [`Handler.${j}`]]));

describe('JobRegistryService.check', () => {
  it('should pass when every registered job has exactly one handler', () => {
    expect(JobRegistryService.check(complete())).toEqual([]);
  });

  it('should refuse a registered job without a handler', () => {
    const owners = complete();
    owners.delete(allJobs[0]);
    expect(JobRegistryService.check(owners)).toEqual([`job "${allJobs[0]}" has no handler`]);
  });

  it('should refuse a job claimed by two handlers', () => {
    const owners = complete();
    owners.set(allJobs[0], ['A.run', 'B.run']);
    expect(JobRegistryService.check(owners)[0]).toMatch(/has 2 handlers: A.run, B.run/);
  });

  it('should refuse a handler for a job the registry does not list', () => {
    const owners = complete();
    owners.set('nope.job', ['C.run']);
    expect(JobRegistryService.check(owners)).toEqual(['handler C.run names unknown job "nope.job"']);
  });
});
