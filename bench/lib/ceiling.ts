/**
 * What the ceilings and load generators of the form benchmarks (sign, signup, RSVP) share: the
 * per-value crypto of PiiCipherService done directly, a closed loop of concurrent clients with a warm-up,
 * and a stream of addresses of which a share repeats an earlier one.
 */
import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { summarize } from './stats.js';

/** The same work per value as PiiCipherService: AES-256-GCM, the HMAC blind index and the IP hash. */
export function benchCrypto(secrets: Record<string, string>) {
  const encKey = Buffer.from(secrets.DATA_ENCRYPTION_KEY, 'base64');
  const keyId = createHash('sha256').update(encKey).digest('hex').slice(0, 8);
  const blindKey = Buffer.from(secrets.BLIND_INDEX_KEY, 'base64');
  const ipKey = Buffer.from(secrets.IP_HASH_KEY, 'base64');
  return {
    encrypt: (plain: string) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', encKey, iv);
      const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return [
        'v1',
        keyId,
        iv.toString('base64url'),
        c.getAuthTag().toString('base64url'),
        data.toString('base64url'),
      ].join('.');
    },
    blind: (value: string) => createHmac('sha256', blindKey).update(value).digest('base64url'),
    ipHash: (value: string) => createHmac('sha256', ipKey).update(value).digest('base64url').slice(0, 22),
  };
}

export interface ClosedLoopResult {
  ok: number;
  errors: number;
  errorSamples: string[];
  elapsedMs: number;
  perSecond: number;
  latency: ReturnType<typeof summarize>;
}

/**
 * `concurrency` clients, each calling `once(i)` again as soon as its previous call settles, for
 * `warmupMs` unmeasured and then `durationMs` measured (calls started in the warm-up are not counted).
 */
export async function runClosedLoop(
  options: { concurrency: number; durationMs: number; warmupMs: number },
  once: (i: number) => Promise<unknown>,
): Promise<ClosedLoopResult> {
  const measureFrom = performance.now() + options.warmupMs;
  const stopAt = measureFrom + options.durationMs;
  let lastAnswer = measureFrom;
  let counter = 0;
  const latencies: number[] = [];
  const result = { ok: 0, errors: 0, errorSamples: [] as string[] };
  const client = async () => {
    for (;;) {
      const t0 = performance.now();
      if (t0 >= stopAt) return;
      let failed: unknown = null;
      await once(counter++).catch((err: unknown) => (failed = err ?? new Error('failed')));
      const t1 = performance.now();
      if (t0 < measureFrom) continue;
      latencies.push(t1 - t0);
      if (failed) {
        result.errors++;
        if (result.errorSamples.length < 5) result.errorSamples.push(String(failed));
      } else result.ok++;
      lastAnswer = Math.max(lastAnswer, t1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsedMs = lastAnswer - measureFrom;
  return { ...result, elapsedMs, perSecond: result.ok / (elapsedMs / 1000), latency: summarize(latencies) };
}

/**
 * Addresses `<prefix>-<i>@bench.example.org`, except that about `repeatRatio` of them repeat a
 * recent earlier one (as in a viral burst: people submitting again). Call with increasing `i`.
 */
export function repeatingEmails(
  prefix: string,
  repeatRatio: number,
): (i: number) => { email: string; repeat: boolean } {
  const every = repeatRatio > 0 ? Math.round(1 / repeatRatio) : 0;
  const fresh: string[] = [];
  return (i) => {
    if (every && i % every === every - 1 && fresh.length > 0)
      return { email: fresh[fresh.length - 1 - ((i * 7919) % Math.min(fresh.length, 2000))], repeat: true };
    const email = `${prefix}-${i}@bench.example.org`;
    fresh.push(email);
    return { email, repeat: false };
  };
}
