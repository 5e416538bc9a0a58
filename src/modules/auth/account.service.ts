import { verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import { newToken, sha256 } from '../../common/crypto.js';
import { Problem } from '../../common/problem.js';
import { RateLimiterService } from '../../common/rate-limit/rate-limiter.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import type { AuthLinkPurpose } from '../../generated/prisma/enums.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import type { Locale } from '../../common/i18n.js';
import {
  AuthService,
  type DeviceInfo,
  normalizeLoginEmail,
  ORGANIZER_FIELDS,
  organizerLocale,
  toOrganizerView,
} from './auth.service.js';
import { passwordResetTemplate, signInLinkTemplate } from './auth.templates.js';
import { LoginThrottleService } from './login-throttle.service.js';

const LINK_MINUTES: Record<AuthLinkPurpose, number> = { sign_in: 30, password_reset: 60 };
const LINK_PREFIX: Record<AuthLinkPurpose, string> = { sign_in: 'gsl', password_reset: 'gsr' };
/** Emailed links per account per hour: enough for a person, useless for mail-bombing someone. */
const LINKS_PER_ACCOUNT_PER_HOUR = 5;

/**
 * An organizer's own account: emailed single-use links (sign-in while the account is throttled,
 * password reset), password changes and settings (the language). Requests for links answer the same whether or not the
 * email has an account, so they reveal nothing.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
    private readonly limiter: RateLimiterService,
    private readonly cipher: PiiCipherService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** Emails a link when the address has an account; does nothing otherwise, and says nothing. */
  async requestLink(purpose: AuthLinkPurpose, emailInput: string): Promise<void> {
    const email = normalizeLoginEmail(emailInput);
    const quota = await this.limiter.hit(
      `auth-link:${this.cipher.blindIndex(`link:${email}`).slice(0, 22)}`,
      LINKS_PER_ACCOUNT_PER_HOUR,
      3600_000,
    );
    if (!quota.allowed) return;
    const organizer = await this.prisma.organizer.findUnique({ where: { email } });
    if (!organizer || organizer.disabledAt) return;
    const token = newToken(LINK_PREFIX[purpose]);
    const minutes = LINK_MINUTES[purpose];
    await this.prisma.$transaction(async (tx) => {
      // One live link per purpose: asking again makes the earlier ones useless.
      await tx.authLink.updateMany({
        where: { organizerId: organizer.id, purpose, usedAt: null },
        data: { usedAt: new Date() },
      });
      const link = await tx.authLink.create({
        data: {
          organizerId: organizer.id,
          purpose,
          tokenHash: sha256(token),
          expiresAt: new Date(Date.now() + minutes * 60_000),
        },
      });
      await this.mail.enqueue(tx, {
        key: `auth-link:${link.id}`,
        template: purpose === 'sign_in' ? signInLinkTemplate : passwordResetTemplate,
        campaignId: null,
        category: 'transactional',
        to: { address: organizer.email },
        locale: organizerLocale(organizer.locale) ?? undefined,
        data: { minutes },
        secrets: { token },
      });
      await this.audit.record(tx, {
        actor: { organizerId: organizer.id },
        action: purpose === 'sign_in' ? 'sign-in-link.requested' : 'password-reset.requested',
        entityType: 'organizer',
        entityId: organizer.id,
      });
    });
  }

  /**
   * Signs in with an emailed sign-in link and the password (and the two-factor code when
   * enrolled). The link vouches for the mailbox, so the account-wide ceiling does not ask for more;
   * the per-address throttle still applies. The link is used up only by a successful sign-in.
   */
  async signInWithLink(input: { token: string; password: string; totp?: string }, ip: string, device: DeviceInfo) {
    const link = await this.liveLink('sign_in', input.token);
    const organizer = await this.prisma.organizer.findUniqueOrThrow({ where: { id: link.organizerId } });
    const result = await this.auth.signIn(
      { email: organizer.email, password: input.password, totp: input.totp },
      ip,
      device,
      { viaLink: true },
    );
    if (!(await this.useLink(link.id))) {
      // Another request used the link first: this sign-in does not count.
      await this.auth.revokeSession(organizer.id, result.sessionId);
      throw invalidToken();
    }
    return result;
  }

  /** Completes a password reset: single use, expiring; every session of the account ends. */
  async completeReset(input: { token: string; password: string }): Promise<void> {
    const link = await this.liveLink('password_reset', input.token);
    const passwordHash = await this.auth.hashPassword(input.password);
    await this.prisma.$transaction(async (tx) => {
      const claimed = await tx.authLink.updateMany({
        where: { id: link.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (claimed.count === 0) throw invalidToken();
      await tx.organizer.update({ where: { id: link.organizerId }, data: { passwordHash } });
      await this.auth.revokeOtherSessions(tx, link.organizerId);
      await this.audit.record(tx, {
        actor: { organizerId: link.organizerId },
        action: 'password.reset',
        entityType: 'organizer',
        entityId: link.organizerId,
      });
    });
  }

  /**
   * Changes the password of the signed-in organizer, who must give the current one (throttled
   * like a login, so a stolen session cannot be used to guess it). Other sessions end.
   */
  async changePassword(
    organizerId: string,
    sessionId: string | undefined,
    input: { currentPassword: string; newPassword: string },
    ip: string,
  ): Promise<{ revokedSessions: number }> {
    const organizer = await this.prisma.organizer.findUniqueOrThrow({ where: { id: organizerId } });
    await this.throttle.before(organizer.email, ip);
    if (!(await verify(organizer.passwordHash, input.currentPassword))) {
      await this.throttle.failed(organizer.email, ip);
      throw Problem.field('currentPassword', 'is not your current password', 'incorrect');
    }
    const passwordHash = await this.auth.hashPassword(input.newPassword);
    return this.prisma.$transaction(async (tx) => {
      await tx.organizer.update({ where: { id: organizerId }, data: { passwordHash } });
      const revokedSessions = await this.auth.revokeOtherSessions(tx, organizerId, sessionId);
      await this.audit.record(tx, {
        actor: { organizerId: organizerId },
        action: 'password.changed',
        entityType: 'organizer',
        entityId: organizerId,
        details: { revokedSessions },
      });
      return { revokedSessions };
    });
  }

  /**
   * Changes the organizer's own settings: the language of the console (read at sign-in, so it
   * follows them from browser to browser) and of the mail sent to them.
   */
  async update(organizerId: string, input: { locale: Locale }) {
    const organizer = await this.prisma.organizer.update({
      where: { id: organizerId },
      data: { locale: input.locale },
      select: { ...ORGANIZER_FIELDS, createdAt: true },
    });
    return { ...toOrganizerView(organizer), createdAt: organizer.createdAt };
  }

  private async liveLink(purpose: AuthLinkPurpose, token: string) {
    const link = await this.prisma.authLink.findUnique({ where: { tokenHash: sha256(token) } });
    if (!link || link.purpose !== purpose || link.usedAt || link.expiresAt <= new Date()) throw invalidToken();
    return link;
  }

  private async useLink(id: string): Promise<boolean> {
    const { count } = await this.prisma.authLink.updateMany({
      where: { id, usedAt: null },
      data: { usedAt: new Date() },
    });
    return count === 1;
  }
}

const invalidToken = (): Problem => Problem.field('token', 'is invalid, expired or already used', 'invalid-token');
