import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth.decorators.js';
import { newToken, sha256 } from '../../common/crypto.js';
import { type Locale, localeSchema } from '../../common/i18n.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { newDeviceTemplate, passwordResetTemplate, signInLinkTemplate } from './auth.templates.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { TwoFactorService } from './two-factor.service.js';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane. */
// Algorithm is an ambient const enum (2 = Argon2id), which isolated modules cannot read by name.
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const SESSION_PREFIX = 'gss';
const API_TOKEN_PREFIX = 'gsp';
/** last_used_at is informative; writing it on every request would make reads into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export const normalizeLoginEmail = (email: string): string => email.normalize('NFC').trim().toLowerCase();

/** The columns of an organizer that the API shows them (the `Organizer` schema). */
export const ORGANIZER_FIELDS = { id: true, email: true, name: true, locale: true } as const;

/** An organizer as the API shows them; an unknown stored language reads as "not chosen". */
export function toOrganizerView(o: { id: string; email: string; name: string; locale: string | null }) {
  return { id: o.id, email: o.email, name: o.name, locale: organizerLocale(o.locale) };
}

/** The organizer's chosen language, or null (mail then falls back to its usual default). */
export const organizerLocale = (locale: string | null): Locale | null => localeSchema.safeParse(locale).data ?? null;

/** What identifies the device a session starts on (for "new device" emails and the sessions list). */
export interface DeviceInfo {
  /** The console's long-lived device cookie, when there is one. */
  deviceId?: string;
  userAgent?: string;
}

/** Organizer accounts, login sessions and personal API tokens. */
@Injectable()
export class AuthService implements OnModuleInit {
  private dummyHash?: Promise<string>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly throttle: LoginThrottleService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipherService,
    private readonly mail: MailService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  onModuleInit(): void {
    for (const t of [newDeviceTemplate, signInLinkTemplate, passwordResetTemplate]) this.mail.registerTemplate(t);
  }

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
      select: { ...ORGANIZER_FIELDS, createdAt: true },
    });
    await this.audit.record(tx, {
      actor: { organizerId: organizer.id },
      action: 'organizer.created',
      entityType: 'organizer',
      entityId: organizer.id,
    });
    return { ...toOrganizerView(organizer), createdAt: organizer.createdAt };
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
      select: ORGANIZER_FIELDS,
    });
  }

  async checkPassword(organizerId: string, password: string): Promise<boolean> {
    const o = await this.prisma.organizer.findUniqueOrThrow({ where: { id: organizerId } });
    return verify(o.passwordHash, password);
  }

  /** Whether the organizer has two-factor authentication on (campaigns ask before requiring it). */
  async hasTwoFactor(organizerId: string): Promise<boolean> {
    const o = await this.prisma.organizer.findUnique({ where: { id: organizerId }, select: { totpEnabledAt: true } });
    return !!o?.totpEnabledAt;
  }

  async me(organizerId: string) {
    const organizer = await this.prisma.organizer.findUnique({
      where: { id: organizerId },
      select: { ...ORGANIZER_FIELDS, createdAt: true },
    });
    if (!organizer) throw Problem.unauthorized();
    return { ...toOrganizerView(organizer), createdAt: organizer.createdAt };
  }

  /**
   * Brute-force protection lives in LoginThrottleService (per source, per account and source, and a
   * ceiling per account). An unknown email costs the same argon2 work as a known one, so response
   * time does not reveal which accounts exist.
   */
  async login(input: { email: string; password: string; totp?: string }, ip: string, device: DeviceInfo = {}) {
    const organizer = await this.verifyCredentials(input, ip);
    const { token, expiresAt } = await this.startSession(organizer.id, device);
    return { token, expiresAt, organizer: toOrganizerView(organizer) };
  }

  /**
   * Checks email and password under the login throttle. `viaLink` is set when an emailed sign-in
   * link vouches for the mailbox: the per-account ceiling then no longer asks for a step-up.
   */
  async verifyCredentials(
    input: { email: string; password: string; totp?: string },
    ip: string,
    options: { viaLink?: boolean } = {},
  ) {
    const email = normalizeLoginEmail(input.email);
    const { accountUnderAttack } = await this.throttle.before(email, ip);
    const organizer = await this.prisma.organizer.findUnique({ where: { email } });
    const ok =
      organizer && !organizer.disabledAt
        ? await verify(organizer.passwordHash, input.password)
        : (await verify(await this.getDummyHash(), input.password), false);
    if (!organizer || !ok) {
      await this.throttle.failed(email, ip);
      throw new Problem(401, 'invalid-credentials', 'Unauthorized', 'Email or password is incorrect.');
    }
    if (organizer.totpEnabledAt) {
      // The password was right; only now say that a code is needed (never to a guesser).
      if (!input.totp)
        throw new Problem(401, 'two-factor-required', 'Unauthorized', 'Enter the code from your authenticator app.', {
          errors: [{ path: 'totp', message: 'is required for this account', code: 'required' }],
        });
      if (!(await this.twoFactor.check(organizer, input.totp))) {
        await this.throttle.failed(email, ip);
        throw new Problem(401, 'invalid-two-factor-code', 'Unauthorized', 'The two-factor code is incorrect.', {
          errors: [{ path: 'totp', message: 'is not a valid code', code: 'incorrect' }],
        });
      }
    } else if (accountUnderAttack && !options.viaLink) {
      throw LoginThrottleService.stepUpRequired(false);
    }
    await this.throttle.succeeded(email, ip);
    return organizer;
  }

  /**
   * Creates a session. When the organizer has signed in before but never from this device, the
   * session and a "new sign-in" email commit together (issue 17).
   */
  async startSession(organizerId: string, device: DeviceInfo = {}) {
    const token = newToken(SESSION_PREFIX);
    const expiresAt = new Date(Date.now() + this.config.get('SESSION_TTL_HOURS') * 3600 * 1000);
    const deviceHash = this.cipher.blindIndex(
      device.deviceId ? `device:${device.deviceId}` : `agent:${device.userAgent ?? ''}`,
    );
    const userAgent = device.userAgent ? device.userAgent.slice(0, 300) : null;
    const session = await this.prisma.$transaction(async (tx) => {
      const [earlier, seen] = await Promise.all([
        tx.session.count({ where: { organizerId } }),
        tx.session.count({ where: { organizerId, deviceHash } }),
      ]);
      const created = await tx.session.create({
        data: { organizerId, tokenHash: sha256(token), expiresAt, deviceHash, userAgent },
      });
      if (earlier > 0 && seen === 0) {
        const organizer = await tx.organizer.findUniqueOrThrow({
          where: { id: organizerId },
          select: { email: true, locale: true },
        });
        await this.mail.enqueue(tx, {
          key: `auth-new-device:${created.id}`,
          template: newDeviceTemplate,
          campaignId: null,
          category: 'transactional',
          to: { address: organizer.email },
          locale: organizerLocale(organizer.locale) ?? undefined,
          data: { device: describeDevice(userAgent), at: created.createdAt.toISOString() },
        });
      }
      await this.audit.record(tx, {
        actor: { organizerId },
        action: 'session.created',
        entityType: 'session',
        entityId: created.id,
      });
      return created;
    });
    return { token, expiresAt, sessionId: session.id };
  }

  /**
   * A console sign-in: the same credentials check and session as `login`, but the token goes into
   * the HttpOnly cookie (set by the controller) and the answer carries the CSRF token instead.
   */
  async signIn(
    input: { email: string; password: string; totp?: string },
    ip: string,
    device: DeviceInfo = {},
    options: { viaLink?: boolean } = {},
  ) {
    const organizer = await this.verifyCredentials(input, ip, options);
    const { token, sessionId } = await this.startSession(organizer.id, device);
    return {
      token,
      sessionId,
      organizer: toOrganizerView(organizer),
    };
  }

  /** The organizer's live sessions, newest first, marking the one making the request. */
  async listSessions(organizerId: string, currentSessionId?: string) {
    const rows = await this.prisma.session.findMany({
      where: { organizerId, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { id: 'desc' },
    });
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      lastUsedAt: r.lastUsedAt,
      expiresAt: r.expiresAt,
      device: describeDevice(r.userAgent),
      userAgent: r.userAgent,
      current: r.id === currentSessionId,
    }));
  }

  /** Revokes every session of the organizer but `keep` (after a password change or reset). */
  async revokeOtherSessions(tx: Tx | undefined, organizerId: string, keep?: string): Promise<number> {
    const db = tx ?? this.prisma;
    const { count } = await db.session.updateMany({
      where: { organizerId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
      data: { revokedAt: new Date() },
    });
    return count;
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
        actor: { organizerId },
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
        include: { organizer: { select: { disabledAt: true, totpEnabledAt: true } } },
      });
      if (!s || s.revokedAt || s.expiresAt <= now || s.organizer.disabledAt) return null;
      if (!s.lastUsedAt || now.getTime() - s.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
        await this.prisma.session.update({ where: { id: s.id }, data: { lastUsedAt: now } });
      }
      return { organizerId: s.organizerId, via: 'session', sessionId: s.id, twoFactor: !!s.organizer.totpEnabledAt };
    }
    if (token.startsWith(`${API_TOKEN_PREFIX}_`) && !options.sessionsOnly) {
      const t = await this.prisma.apiToken.findUnique({
        where: { tokenHash },
        include: { organizer: { select: { disabledAt: true, totpEnabledAt: true } } },
      });
      if (!t || t.revokedAt || (t.expiresAt && t.expiresAt <= now) || t.organizer.disabledAt) return null;
      if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
        await this.prisma.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: now } });
      }
      return {
        organizerId: t.organizerId,
        via: 'api-token',
        twoFactor: !!t.organizer.totpEnabledAt,
        token: { id: t.id, access: t.access, campaignId: t.campaignId },
      };
    }
    return null;
  }

  /** `campaignId`, when given, must already be checked to be one of the organizer's campaigns. */
  async createApiToken(
    organizerId: string,
    input: { name: string; expiresAt?: Date; access?: 'read' | 'write'; campaignId?: string | null },
  ) {
    const token = newToken(API_TOKEN_PREFIX);
    const row = await this.prisma.apiToken.create({
      data: {
        organizerId,
        name: input.name,
        tokenHash: sha256(token),
        prefix: token.slice(0, 10),
        expiresAt: input.expiresAt ?? null,
        access: input.access ?? 'write',
        campaignId: input.campaignId ?? null,
      },
    });
    await this.audit.record(undefined, {
      actor: { organizerId },
      action: 'api-token.created',
      entityType: 'api-token',
      entityId: row.id,
      details: { name: input.name, access: row.access, campaignId: row.campaignId },
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
      actor: { organizerId },
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
    await this.prisma.authLink.deleteMany({ where: { expiresAt: { lt: cutoff } } });
    return { sessions: sessions.count, tokens: tokens.count };
  }

  private tokenView(r: {
    id: string;
    name: string;
    prefix: string;
    access: 'read' | 'write';
    campaignId: string | null;
    createdAt: Date;
    lastUsedAt: Date | null;
    expiresAt: Date | null;
    revokedAt: Date | null;
  }) {
    return {
      id: r.id,
      name: r.name,
      prefix: r.prefix,
      access: r.access,
      campaignId: r.campaignId,
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

/** A short, human name for a user agent ("Firefox on Linux"), for the sessions list and emails. */
export function describeDevice(userAgent: string | null | undefined): string {
  const ua = userAgent ?? '';
  if (!ua) return 'Unknown device';
  const browser =
    [
      [/Edg\//, 'Edge'],
      [/OPR\//, 'Opera'],
      [/Firefox\//, 'Firefox'],
      [/Chrom(e|ium)\//, 'Chrome'],
      [/Safari\//, 'Safari'],
      [/curl\//, 'curl'],
      [/node|undici/i, 'Node.js client'],
    ].find(([re]) => (re as RegExp).test(ua))?.[1] ?? 'A browser or client';
  const os =
    [
      [/Android/, 'Android'],
      [/iPhone|iPad/, 'iOS'],
      [/Windows/, 'Windows'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/Linux/, 'Linux'],
    ].find(([re]) => (re as RegExp).test(ua))?.[1] ?? null;
  return os ? `${browser as string} on ${os as string}` : (browser as string);
}
