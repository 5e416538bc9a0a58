import { Probe } from './readiness.js';

describe('Probe', () => {
  it('should stay up on the last success when a probe fails within the staleness window', async () => {
    let clock = 0;
    let fail = false;
    const probe = new Probe(() => (fail ? Promise.reject(new Error('slow')) : Promise.resolve()), {
      timeoutMs: 1000,
      staleMs: 10_000,
      now: () => clock,
    });
    expect((await probe.check()).status).toBe('up');
    fail = true;
    clock = 9_000;
    expect(await probe.check()).toMatchObject({ status: 'up', stale: true, error: 'slow' });
    clock = 10_001;
    expect(await probe.check()).toMatchObject({ status: 'down', error: 'slow' });
  });

  it('should report down when the dependency never answered', async () => {
    const probe = new Probe(() => new Promise(() => undefined), { timeoutMs: 20, staleMs: 10_000 });
    expect(await probe.check()).toMatchObject({ status: 'down', error: 'no answer in 0.02 s' });
  });

  it('should share one probe in flight when callers ask at the same time', async () => {
    let calls = 0;
    const probe = new Probe(
      async () => {
        calls++;
        await new Promise((r) => setTimeout(r, 10));
      },
      { timeoutMs: 1000, staleMs: 1000 },
    );
    await Promise.all([probe.check(), probe.check(), probe.check()]);
    expect(calls).toBe(1);
  });
});
