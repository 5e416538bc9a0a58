import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hmac, safeEqual } from '../../common/crypto.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';

export const SESSION_COOKIE = 'gs_session';
/** A random id that lets "new device" emails recognise a browser the organizer used before. */
export const DEVICE_COOKIE = 'gs_device';
const DEVICE_MAX_AGE = 400 * 24 * 3600;
export const CSRF_HEADER = 'x-csrf-token';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The console's session travels in an HttpOnly, SameSite=Strict cookie instead of a header that
 * script could read. The cookie holds the same opaque session token a bearer client gets; only
 * its SHA-256 is stored. Cookie-authenticated writes also need `X-CSRF-Token`, an HMAC of the
 * session id under TOKEN_SECRET: nothing to store, and useless for any other session.
 */
@Injectable()
export class SessionCookiesService {
  /**
   * Secure unless PUBLIC_URL is plain http on a loopback host: a local `npm start` on
   * http://localhost must be able to sign in, while any other plain-http deployment gets a cookie
   * the browser will not send back over http (a session cookie never crosses a network in clear).
   */
  readonly secure: boolean;
  private readonly secret: string;
  private readonly maxAgeSeconds: number;

  constructor(config: AppConfig) {
    const url = new URL(config.get('PUBLIC_URL'));
    this.secure = !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
    this.secret = config.get('TOKEN_SECRET');
    this.maxAgeSeconds = config.get('SESSION_TTL_HOURS') * 3600;
  }

  /** The session token in the request's cookie, if any. */
  read(req: FastifyRequest): string | undefined {
    const header = req.headers.cookie;
    if (!header) return undefined;
    const value = parseCookie(header)[SESSION_COOKIE];
    return value && /^[\w-]{1,200}$/.test(value) ? value : undefined;
  }

  /** After a successful sign-in: the session cookie, and the device cookie for a new browser. */
  set(reply: FastifyReply, token: string, device?: { deviceId: string; fresh: boolean }): void {
    void reply.header('set-cookie', this.serialize(SESSION_COOKIE, token, this.maxAgeSeconds));
    if (device?.fresh) void reply.header('set-cookie', this.serialize(DEVICE_COOKIE, device.deviceId, DEVICE_MAX_AGE));
  }

  /** The browser's device id, or a fresh one for a browser that has none (set by `set`). */
  device(req: FastifyRequest): { deviceId: string; userAgent?: string; fresh: boolean } {
    const existing = req.headers.cookie ? parseCookie(req.headers.cookie)[DEVICE_COOKIE] : undefined;
    const known = !!existing && /^[\w-]{20,64}$/.test(existing);
    return {
      deviceId: known ? existing : randomBytes(18).toString('base64url'),
      userAgent: req.headers['user-agent'],
      fresh: !known,
    };
  }

  clear(reply: FastifyReply): void {
    void reply.header('set-cookie', this.serialize(SESSION_COOKIE, '', 0));
  }

  csrfToken(sessionId: string): string {
    return hmac(this.secret, `csrf:${sessionId}`);
  }

  csrfMatches(sessionId: string, presented: string | string[] | undefined): boolean {
    return typeof presented === 'string' && safeEqual(presented, this.csrfToken(sessionId));
  }

  private serialize(name: string, value: string, maxAge: number): string {
    return stringifySetCookie({
      name,
      value,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      path: '/',
      maxAge,
    });
  }
}

export const csrfProblem = (): Problem =>
  new Problem(
    403,
    'csrf-token',
    'Forbidden',
    'Requests authenticated by the session cookie must send the X-CSRF-Token header from /auth/session.',
    { header: 'X-CSRF-Token', errors: [{ path: 'X-CSRF-Token', message: 'is missing or does not match the session' }] },
  );
