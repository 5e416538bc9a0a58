import { Injectable, Logger } from '@nestjs/common';
import { RedisService } from '../../infra/redis/redis.service.js';

export interface LimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  retryAfterSeconds: number;
}

// Sliding window over two fixed buckets: the previous bucket's count is weighted by how much of it
// still overlaps the window. One round trip, O(1) memory per key, no burst at bucket edges.
const SCRIPT = `
local cur = redis.call('INCR', KEYS[1])
if cur == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1] * 2) end
local prev = tonumber(redis.call('GET', KEYS[2]) or '0')
return {cur, prev}
`;

/**
 * Counters in Redis, so limits hold across every API process. When Redis is unreachable a limit
 * fails open (and says so in the log): refusing every signup because the limiter is down would do
 * more harm than a short window without limits.
 */
@Injectable()
export class RateLimiter {
  private readonly log = new Logger('rate-limit');

  constructor(private readonly redis: RedisService) {}

  async hit(key: string, limit: number, windowMs: number, now = Date.now()): Promise<LimitResult> {
    const bucket = Math.floor(now / windowMs);
    const elapsed = (now % windowMs) / windowMs;
    try {
      const [cur, prev] = (await this.redis.eval(SCRIPT, 2, `rl:${key}:${bucket}`, `rl:${key}:${bucket - 1}`, windowMs)) as [number, number];
      const count = Math.floor(prev * (1 - elapsed)) + cur;
      const allowed = count <= limit;
      return { allowed, count, limit, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(((1 - elapsed) * windowMs) / 1000)) };
    } catch (err) {
      this.log.warn(`rate limiter unavailable, allowing request: ${(err as Error).message}`);
      return { allowed: true, count: 0, limit, retryAfterSeconds: 0 };
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
