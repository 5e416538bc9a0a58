import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { safeEqual } from '../../common/crypto.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';

export interface SignedLink {
  /** What the link is for (confirm, unsubscribe, preferences, erase, rsvp-cancel...): a token for one purpose is useless for another. */
  purpose: string;
  /** The id the link acts on (supporter, signature, RSVP). Never an email. */
  subject: string;
  /** Unix seconds; omitted for links that must keep working (one-click unsubscribe). */
  expiresAt?: number;
}

/**
 * Tokens for the links in emails: `<payload>.<hmac>` in base64url, signed with TOKEN_SECRET.
 * Stateless, so a link works on any API process and needs no table.
 */
@Injectable()
export class LinkSignerService {
  private readonly secret: string;

  constructor(private readonly config: AppConfig) {
    this.secret = config.get('TOKEN_SECRET');
  }

  sign(link: SignedLink): string {
    const payload = Buffer.from(JSON.stringify([link.purpose, link.subject, link.expiresAt ?? 0])).toString(
      'base64url',
    );
    return `${payload}.${this.mac(payload)}`;
  }

  /** Signs with an expiry `ttlSeconds` from now. */
  signFor(purpose: string, subject: string, ttlSeconds?: number): string {
    return this.sign({
      purpose,
      subject,
      expiresAt: ttlSeconds ? Math.floor(Date.now() / 1000) + ttlSeconds : undefined,
    });
  }

  /** Returns the subject, or throws a 400 naming the `token` field. */
  verify(purpose: string, token: string | undefined, field = 'token'): string {
    const fail = (why: string) => Problem.field(field, why, 'invalid-token');
    if (!token || token.length > 1000) throw fail('is missing or malformed');
    const [payload, mac] = token.split('.');
    if (!payload || !mac || !safeEqual(mac, this.mac(payload))) throw fail('is not a valid link token');
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw fail('is not a valid link token');
    }
    const [p, subject, exp] = parsed as [string, string, number];
    if (p !== purpose) throw fail('is not valid for this action');
    if (exp && exp < Date.now() / 1000) throw fail('has expired');
    return subject;
  }

  /** An absolute URL on PUBLIC_URL carrying a token. */
  url(path: string, token: string, extra: Record<string, string> = {}): string {
    const url = new URL(path, this.config.get('PUBLIC_URL'));
    url.searchParams.set('token', token);
    for (const [k, v] of Object.entries(extra)) url.searchParams.set(k, v);
    return url.toString();
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
