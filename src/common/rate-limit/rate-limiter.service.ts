import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '../../infra/redis/redis.service.js';

export interface LimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  retryAfterSeconds: number;
}

/** One window to count a request in: at most `limit` hits per `windowMs` under `key`. */
export interface LimitSpec {
  key: string;
  limit: number;
  windowMs: number;
}

// Sliding window over two fixed buckets: the previous bucket's count is weighted by how much of it
// still overlaps the window. O(1) memory per key, no burst at bucket edges. Several windows are
// counted in one round trip, in order, stopping at the first one over its limit (so a request
// refused by one window is not counted in the later ones). KEYS: current and previous bucket of
// each window; ARGV: window length, elapsed fraction of the bucket and limit of each window.
// Returns the current and previous counts of each window it counted.
const SCRIPT = `
local out = {}
for i = 1, #KEYS / 2 do
  local cur = redis.call('INCR', KEYS[2 * i - 1])
  if cur == 1 then redis.call('PEXPIRE', KEYS[2 * i - 1], ARGV[3 * i - 2] * 2) end
  local prev = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
  out[#out + 1] = cur
  out[#out + 1] = prev
  if math.floor(prev * (1 - tonumber(ARGV[3 * i - 1]))) + cur > tonumber(ARGV[3 * i]) then return out end
end
return out
`;

// Takes one hit back out of each bucket key still there; a bucket that falls to zero is deleted.
const UNCOUNT = `
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    if redis.call('DECR', KEYS[i]) <= 0 then redis.call('DEL', KEYS[i]) end
  end
end
return #KEYS
`;

type LimiterRedis = RedisService & {
  rateLimit(keyCount: number, ...args: (string | number)[]): Promise<number[]>;
  rateUncount(keyCount: number, ...keys: string[]): Promise<number>;
};

/**
 * Counters in Redis, so limits hold across every API process. When Redis is unreachable a limit
 * fails open (and says so in the log): refusing every signup because the limiter is down would do
 * more harm than a short window without limits.
 */
@Injectable()
export class RateLimiterService {
  private readonly log = new Logger('rate-limit');
  private readonly redis: LimiterRedis;

  constructor(redis: RedisService) {
    // A named script: sent once, then called by its SHA (EVALSHA).
    if (!('rateLimit' in redis)) redis.defineCommand('rateLimit', { lua: SCRIPT });
    if (!('rateUncount' in redis)) redis.defineCommand('rateUncount', { lua: UNCOUNT });
    this.redis = redis as LimiterRedis;
  }

  async hit(key: string, limit: number, windowMs: number, now = Date.now()): Promise<LimitResult> {
    return (await this.hitAll([{ key, limit, windowMs }], now)).results[0];
  }

  /**
   * Counts one request in several windows with one round trip, in order, stopping at the first
   * window over its limit. `refused` is that window's index (-1 when every window allowed it);
   * `results` holds the windows counted; `counted` the Redis keys of the buckets this hit went into
   * (for `uncount`).
   */
  async hitAll(
    specs: LimitSpec[],
    now = Date.now(),
  ): Promise<{ refused: number; results: LimitResult[]; counted: string[] }> {
    const windows = specs.map((s) => ({
      ...s,
      bucket: Math.floor(now / s.windowMs),
      elapsed: (now % s.windowMs) / s.windowMs,
    }));
    try {
      const keys = windows.flatMap((w) => [`rl:${w.key}:${w.bucket}`, `rl:${w.key}:${w.bucket - 1}`]);
      const args = windows.flatMap((w) => [w.windowMs, w.elapsed, w.limit]);
      const counts = await this.redis.rateLimit(keys.length, ...keys, ...args);
      const results: LimitResult[] = [];
      for (let i = 0; i < counts.length / 2; i++) {
        const w = windows[i];
        const count = Math.floor(counts[2 * i + 1] * (1 - w.elapsed)) + counts[2 * i];
        const allowed = count <= w.limit;
        results.push({
          allowed,
          count,
          limit: w.limit,
          retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(((1 - w.elapsed) * w.windowMs) / 1000)),
        });
      }
      return {
        refused: results.findIndex((r) => !r.allowed),
        results,
        counted: keys.filter((_, i) => i % 2 === 0).slice(0, results.length),
      };
    } catch (err) {
      this.log.warn(`rate limiter unavailable, allowing request: ${(err as Error).message}`);
      return {
        refused: -1,
        results: specs.map((s) => ({ allowed: true, count: 0, limit: s.limit, retryAfterSeconds: 0 })),
        counted: [],
      };
    }
  }

  /**
   * Takes back the hits recorded under these bucket keys (as returned in `counted`), deleting a
   * bucket that falls to zero: a "verify, then forget" signature leaves no counter keyed by its
   * IP or email once confirmed. Best effort: Redis down means the keys simply expire.
   */
  async uncount(counted: string[]): Promise<void> {
    if (counted.length === 0) return;
    try {
      await this.redis.rateUncount(counted.length, ...counted);
    } catch (err) {
      this.log.warn(`rate limiter unavailable, counters left to expire: ${(err as Error).message}`);
    }
  }

  async peek(key: string, windowMs: number, now = Date.now()): Promise<number> {
    const bucket = Math.floor(now / windowMs);
    const elapsed = (now % windowMs) / windowMs;
    const [cur, prev] = await this.redis.mget(`rl:${key}:${bucket}`, `rl:${key}:${bucket - 1}`);
    return Math.floor(Number(prev ?? 0) * (1 - elapsed)) + Number(cur ?? 0);
  }

  async reset(key: string, windowMs: number, now = Date.now()): Promise<void> {
    const bucket = Math.floor(now / windowMs);
    await this.redis.del(`rl:${key}:${bucket}`, `rl:${key}:${bucket - 1}`);
  }
}
