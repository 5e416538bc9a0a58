import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth.decorators.js';
import { newToken, sha256 } from '../../common/crypto.js';
import { Problem } from '../../common/problem.js';
import { RateLimiter } from '../../common/rate-limit/rate-limiter.service.js';
import { AppConfig } from '../../config/config.js';
import { PiiCipher } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
// Algorithm is an ambient const enum (2 = Argon2id), which isolated modules cannot read by name.
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const LOGIN_WINDOW_MS = 15 * 60 * 1000;
const SESSION_PREFIX = 'gss';
const API_TOKEN_PREFIX = 'gsp';
/** last_used_at is informative; writing it on every request would make reads into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export const normalizeLoginEmail = (email: string): string => email.normalize('NFC').trim().toLowerCase();

/** Organizer accounts, login sessions and personal API tokens. */
@Injectable()
export class AuthService {
  private dummyHash?: Promise<string>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
  ) {}

  hashPassword(password: string): Promise<string> {
    return hash(password, ARGON2);
  }

  async createOrganizer(input: { email: string; name: string; password: string }, tx?: Tx) {
    const email = normalizeLoginEmail(input.email);
    const db = tx ?? this.prisma;
    if (await db.organizer.findUnique({ where: { email } })) {
      throw Problem.conflict('organizer-exists', 'An organizer with this email already exists.', {
        errors: [{ path: 'email', message: 'is already registered' }],
      });
    }
    const organizer = await db.organizer.create({
      data: { email, name: input.name.trim(), passwordHash: await this.hashPassword(input.password) },
      select: { id: true, email: true, name: true, createdAt: true },
    });
    await this.audit.record(tx, {
      actor: { id: organizer.id, kind: 'organizer' },
      action: 'organizer.created',
      entityType: 'organizer',
      entityId: organizer.id,
    });
    return organizer;
  }

  findOrganizerByEmail(email: string) {
    return this.prisma.organizer.findUnique({
      where: { email: normalizeLoginEmail(email) },
      select: { id: true, email: true, name: true },
    });
  }

  findOrganizers(ids: string[]) {
    return this.prisma.organizer.findMany({
      where: { id: { in: ids } },
      select: { id: true, email: true, name: true },
    });
  }

  async me(organizerId: string) {
    const organizer = await this.prisma.organizer.findUnique({
      where: { id: organizerId },
      select: { id: true, email: true, name: true, createdAt: true },
    });
    if (!organizer) throw Problem.unauthorized();
    return organizer;
  }

  /**
   * Brute-force protection: attempts per client IP and failures per account are counted in Redis
   * so the limits hold across API processes. An unknown email costs the same argon2 work as a known
   * one, so response time does not reveal which accounts exist.
   */
  async login(emailInput: string, password: string, ip: string) {
    const organizer = await this.verifyCredentials(emailInput, password, ip);
    const { token, expiresAt } = await this.startSession(organizer.id);
    return { token, expiresAt, organizer: { id: organizer.id, email: organizer.email, name: organizer.name } };
  }

  private async verifyCredentials(emailInput: string, password: string, ip: string) {
    const email = normalizeLoginEmail(emailInput);
    const perIp = await this.limiter.hit(
      `login:ip:${this.cipher.ipHash(ip)}`,
      this.config.get('LOGIN_MAX_PER_IP'),
      LOGIN_WINDOW_MS,
    );
    if (!perIp.allowed)
      throw Problem.tooManyRequests(perIp.retryAfterSeconds, 'Too many login attempts from this address.');
    const accountKey = `login:account:${sha256(email)}`;
    if (
      (await this.limiter.peek(accountKey, LOGIN_WINDOW_MS).catch(() => 0)) >= this.config.get('LOGIN_MAX_PER_ACCOUNT')
    ) {
      throw Problem.tooManyRequests(
        Math.ceil(LOGIN_WINDOW_MS / 1000),
        'Too many failed logins for this account; try again later.',
      );
    }

    const organizer = await this.prisma.organizer.findUnique({ where: { email } });
    const ok =
      organizer && !organizer.disabledAt
        ? await verify(organizer.passwordHash, password)
        : (await verify(await this.getDummyHash(), password), false);
    if (!organizer || !ok) {
      await this.limiter.hit(accountKey, this.config.get('LOGIN_MAX_PER_ACCOUNT'), LOGIN_WINDOW_MS);
      throw new Problem(401, 'invalid-credentials', 'Unauthorized', 'Email or password is incorrect.');
    }
    await this.limiter.reset(accountKey, LOGIN_WINDOW_MS).catch(() => undefined);
    return organizer;
  }

  private async startSession(organizerId: string) {
    const token = newToken(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.get('SESSION_TTL_HOURS') * 3600 * 1000);
    const session = await this.prisma.session.create({
      data: { organizerId, tokenHash: sha256(token), expiresAt },
    });
    await this.audit.record(undefined, {
      actor: { id: organizerId, kind: 'organizer' },
      action: 'session.created',
      entityType: 'session',
      entityId: session.id,
    });
    return { token, expiresAt, sessionId: session.id };
  }

  /**
   * A console sign-in: the same credentials check and session as `login`, but the token goes into
   * the HttpOnly cookie (set by the controller) and the answer carries the CSRF token instead.
   */
  async signIn(input: { email: string; password: string; totp?: string }, ip: string) {
    const organizer = await this.verifyCredentials(input.email, input.password, ip);
    const { token, sessionId } = await this.startSession(organizer.id);
    return {
      token,
      sessionId,
      organizer: { id: organizer.id, email: organizer.email, name: organizer.name },
    };
  }

  async logout(auth: AuthContext): Promise<void> {
    if (!auth.sessionId)
      throw Problem.unprocessable(
        'not-a-session',
        'This request used an API token; revoke it under /auth/tokens instead.',
      );
    await this.revokeSession(auth.organizerId, auth.sessionId);
  }

  /** Revokes one of the organizer's sessions; false when it was not theirs or already ended. */
  async revokeSession(organizerId: string, sessionId: string): Promise<boolean> {
    const { count } = await this.prisma.session.updateMany({
      where: { id: sessionId, organizerId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0)
      await this.audit.record(undefined, {
        actor: { id: organizerId, kind: 'organizer' },
        action: 'session.revoked',
        entityType: 'session',
        entityId: sessionId,
      });
    return count > 0;
  }

  /** Resolves a bearer token to its organizer, or null when unknown, expired, revoked or disabled. */
  async authenticate(token: string, options: { sessionsOnly?: boolean } = {}): Promise<AuthContext | null> {
    const now = new Date();
    const tokenHash = sha256(token);
    if (token.startsWith(`${SESSION_PREFIX}_`)) {
      const s = await this.prisma.session.findUnique({
        where: { tokenHash },
        include: { organizer: { select: { disabledAt: true } } },
      });
      if (!s || s.revokedAt || s.expiresAt <= now || s.organizer.disabledAt) return null;
      if (!s.lastUsedAt || now.getTime() - s.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
        await this.prisma.session.update({ where: { id: s.id }, data: { lastUsedAt: now } });
      }
      return { organizerId: s.organizerId, via: 'session', sessionId: s.id };
    }
    if (token.startsWith(`${API_TOKEN_PREFIX}_`) && !options.sessionsOnly) {
      const t = await this.prisma.apiToken.findUnique({
        where: { tokenHash },
        include: { organizer: { select: { disabledAt: true } } },
      });
      if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now) || t.organizer.disabledAt) return null;
      if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
        await this.prisma.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: now } });
      }
      return { organizerId: t.organizerId, via: 'api-token' };
    }
    return null;
  }

  async createApiToken(organizerId: string, input: { name: string; expiresAt?: Date }) {
    const token = newToken(API_TOKEN_PREFIX);
    const row = await this.prisma.apiToken.create({
      data: {
        organizerId,
        name: input.name,
        tokenHash: sha256(token),
        prefix: token.slice(0, 10),
        expiresAt: input.expiresAt ?? null,
      },
    });
    await this.audit.record(undefined, {
      actor: { id: organizerId, kind: 'organizer' },
      action: 'api-token.created',
      entityType: 'api-token',
      entityId: row.id,
      details: { name: input.name },
    });
    return { ...this.tokenView(row), token };
  }

  async listApiTokens(organizerId: string) {
    const rows = await this.prisma.apiToken.findMany({ where: { organizerId }, orderBy: { id: 'desc' } });
    return rows.map((r) => this.tokenView(r));
  }

  async revokeApiToken(organizerId: string, id: string): Promise<void> {
    const { count } = await this.prisma.apiToken.updateMany({
      where: { id, organizerId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw Problem.notFound('API token');
    await this.audit.record(undefined, {
      actor: { id: organizerId, kind: 'organizer' },
      action: 'api-token.revoked',
      entityType: 'api-token',
      entityId: id,
    });
  }

  /** Maintenance job: expired or revoked credentials are kept 30 days for the audit trail, then deleted. */
  async purgeExpired(now = new Date()): Promise<{ sessions: number; tokens: number }> {
    const cutoff = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
    const sessions = await this.prisma.session.deleteMany({
      where: { OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] },
    });
    const tokens = await this.prisma.apiToken.deleteMany({
      where: { OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] },
    });
    return { sessions: sessions.count, tokens: tokens.count };
  }

  private tokenView(r: {
    id: string;
    name: string;
    prefix: string;
    createdAt: Date;
    lastUsedAt: Date | null;
    expiresAt: Date | null;
    revokedAt: Date | null;
  }) {
    return {
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      createdAt: r.createdAt,
      lastUsedAt: r.lastUsedAt,
      expiresAt: r.expiresAt,
      revokedAt: r.revokedAt,
    };
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= this.hashPassword('not-a-real-password-' + Math.random());
    return this.dummyHash;
  }
}
