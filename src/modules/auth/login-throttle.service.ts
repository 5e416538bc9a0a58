import { Injectable } from '@nestjs/common';
import { Problem } from '../../common/problem.js';
import { RateLimiterService } from '../../common/rate-limit/rate-limiter.service.js';
import { AppConfig } from '../../config/config.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Login throttling that stops guessing without handing an attacker a way to lock the owner out
 * (issue 15). Three counters, in Redis so they hold across API processes, keyed by keyed hashes
 * (neither addresses nor emails appear in Redis):
 *
 * - attempts per source address (LOGIN_MAX_PER_IP): one address cannot spray many accounts;
 * - failures per account AND source (LOGIN_MAX_PER_ACCOUNT): one address cannot keep guessing one
 *   account, while the owner signing in from anywhere else is not affected;
 * - failures per account from all sources (LOGIN_MAX_PER_ACCOUNT_ALL_SOURCES, generous): caps a
 *   guessing campaign spread over many addresses. Past it, a correct password alone is not enough:
 *   the sign-in needs the account's two-factor code or an emailed sign-in link, which an attacker
 *   without the mailbox or the authenticator does not have.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly limiter: RateLimiterService,
    private readonly config: AppConfig,
    private readonly cipher: PiiCipherService,
  ) {}

  /** Counts the attempt; refuses with 429 when this source may not try (now) for this account. */
  async before(email: string, ip: string): Promise<{ accountUnderAttack: boolean }> {
    const keys = this.keys(email, ip);
    const perIp = await this.limiter.hit(keys.ip, this.config.get('LOGIN_MAX_PER_IP'), WINDOW_MS);
    if (!perIp.allowed)
      throw Problem.tooManyRequests(perIp.retryAfterSeconds, 'Too many login attempts from this address.');
    const [pair, account] = await Promise.all([
      this.limiter.peek(keys.pair, WINDOW_MS).catch(() => 0),
      this.limiter.peek(keys.account, WINDOW_MS).catch(() => 0),
    ]);
    if (pair >= this.config.get('LOGIN_MAX_PER_ACCOUNT'))
      throw Problem.tooManyRequests(
        Math.ceil(WINDOW_MS / 1000),
        'Too many failed logins for this account from this address; try again later.',
      );
    return { accountUnderAttack: account >= this.config.get('LOGIN_MAX_PER_ACCOUNT_ALL_SOURCES') };
  }

  async failed(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.limiter.hitAll([
      { key: keys.pair, limit: Number.MAX_SAFE_INTEGER, windowMs: WINDOW_MS },
      { key: keys.account, limit: Number.MAX_SAFE_INTEGER, windowMs: WINDOW_MS },
    ]);
  }

  /** A success forgives this source's failures; the all-sources count stays until it ages out. */
  async succeeded(email: string, ip: string): Promise<void> {
    await this.limiter.reset(this.keys(email, ip).pair, WINDOW_MS).catch(() => undefined);
  }

  /** The 429 for a correct password while the account is under a distributed attack. */
  static stepUpRequired(hasTwoFactor: boolean): Problem {
    return new Problem(
      429,
      'login-step-up-required',
      'Too many requests',
      hasTwoFactor
        ? 'This account has had many failed sign-ins: sign in with your two-factor code, or ask for a sign-in link by email (POST /auth/sign-in-link).'
        : 'This account has had many failed sign-ins: ask for a sign-in link by email (POST /auth/sign-in-link) and sign in from it.',
      { retryAfterSeconds: Math.ceil(WINDOW_MS / 1000) },
    );
  }

  private keys(email: string, ip: string) {
    const account = this.cipher.blindIndex(`login:${email}`).slice(0, 22);
    const source = this.cipher.ipHash(ip);
    return { ip: `login:ip:${source}`, pair: `login:pair:${account}:${source}`, account: `login:account:${account}` };
  }
}
