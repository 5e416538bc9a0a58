import { randomBytes } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { generateSecret, generateURI, verify as verifyTotp } from 'otplib';
import { Problem } from '../../common/problem.js';
import { RateLimiterService } from '../../common/rate-limit/rate-limiter.service.js';
import { KeyRotationService } from '../../infra/crypto/key-rotation.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';

const ISSUER = 'Groundswell';
const RECOVERY_CODES = 10;
/** One period either side: phones' clocks drift, and a code typed at :29 arrives at :31. */
const TOLERANCE_SECONDS = 30;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

interface TwoFactorRow {
  id: string;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  recoveryCodes: string[];
}

/**
 * TOTP two-factor authentication (RFC 6238, through otplib). The secret is encrypted at rest with
 * PiiCipherService (so key rotation covers it); recovery codes are kept only as keyed hashes and each
 * works once; an accepted TOTP code's time step is remembered so the same code never works twice.
 */
@Injectable()
export class TwoFactorService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly audit: AuditService,
    private readonly rotation: KeyRotationService,
    private readonly limiter: RateLimiterService,
  ) {}

  /**
   * Confirming and disabling are limited per organizer (not per address): a stolen session
   * cannot guess codes or the password from many addresses.
   */
  async throttle(organizerId: string): Promise<void> {
    const r = await this.limiter.hit(`two-factor:${organizerId}`, 10, 15 * 60_000);
    if (!r.allowed)
      throw Problem.tooManyRequests(r.retryAfterSeconds, 'Too many two-factor attempts; try again later.');
  }

  onModuleInit(): void {
    this.rotation.register(this.rotation.columns('organizer two-factor secret', 'organizers', ['totp_secret']));
  }

  async status(organizerId: string) {
    const o = await this.prisma.organizer.findUniqueOrThrow({ where: { id: organizerId } });
    return { enabled: !!o.totpEnabledAt, enabledAt: o.totpEnabledAt, recoveryCodesLeft: o.recoveryCodes.length };
  }

  /** Starts (or restarts) enrolment: a new secret that takes effect once a code from it is confirmed. */
  async enrol(organizerId: string) {
    const o = await this.prisma.organizer.findUniqueOrThrow({ where: { id: organizerId } });
    if (o.totpEnabledAt)
      throw Problem.conflict('two-factor-enabled', 'Two-factor authentication is already on; disable it first.');
    const secret = generateSecret();
    await this.prisma.organizer.update({
      where: { id: organizerId },
      data: { totpSecret: this.cipher.encrypt(secret), totpLastStep: null },
    });
    return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: o.email, secret }) };
  }

  /** Confirms enrolment with a code from the app; answers the recovery codes, shown this once. */
  async confirm(organizerId: string, code: string) {
    await this.throttle(organizerId);
    const o = await this.prisma.organizer.findUniqueOrThrow({ where: { id: organizerId } });
    if (o.totpEnabledAt) throw Problem.conflict('two-factor-enabled', 'Two-factor authentication is already on.');
    if (!o.totpSecret) throw Problem.conflict('two-factor-not-enrolled', 'Start with POST /auth/two-factor first.');
    const step = await this.totpStep(o, code);
    if (step === null) throw Problem.field('code', 'is not the current code of your authenticator app', 'incorrect');
    const codes = Array.from({ length: RECOVERY_CODES }, () => recoveryCode());
    await this.prisma.$transaction(async (tx) => {
      await tx.organizer.update({
        where: { id: organizerId },
        data: { totpEnabledAt: new Date(), totpLastStep: step, recoveryCodes: codes.map((c) => this.hashRecovery(c)) },
      });
      await this.audit.record(tx, {
        actor: { organizerId: organizerId },
        action: 'two-factor.enabled',
        entityType: 'organizer',
        entityId: organizerId,
      });
    });
    return { recoveryCodes: codes };
  }

  /** Turns two-factor off; needs a current code or a recovery code (checked by the caller's password too). */
  async disable(organizerId: string, code: string): Promise<void> {
    const o = await this.prisma.organizer.findUniqueOrThrow({ where: { id: organizerId } });
    if (!o.totpEnabledAt) throw Problem.conflict('two-factor-not-enrolled', 'Two-factor authentication is off.');
    if (!(await this.check(o, code))) throw Problem.field('code', 'is not a valid code', 'incorrect');
    await this.prisma.$transaction(async (tx) => {
      await tx.organizer.update({
        where: { id: organizerId },
        data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [] },
      });
      await this.audit.record(tx, {
        actor: { organizerId: organizerId },
        action: 'two-factor.disabled',
        entityType: 'organizer',
        entityId: organizerId,
      });
    });
  }

  /**
   * True when `code` is the organizer's current TOTP code (never one already used) or one of their
   * unused recovery codes (which is then used up). Both updates are conditional, so two requests
   * racing with the same code cannot both pass.
   */
  async check(o: TwoFactorRow, code: string): Promise<boolean> {
    if (!o.totpEnabledAt || !o.totpSecret) return false;
    if (/^\d{6}$/.test(code)) {
      const step = await this.totpStep(o, code);
      if (step === null) return false;
      const { count } = await this.prisma.organizer.updateMany({
        where: { id: o.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      return count === 1;
    }
    const hashed = this.hashRecovery(code);
    if (!o.recoveryCodes.includes(hashed)) return false;
    const used = await this.prisma.$executeRaw`
      UPDATE organizers SET recovery_codes = array_remove(recovery_codes, ${hashed})
       WHERE id = ${o.id}::uuid AND ${hashed} = ANY(recovery_codes)`;
    if (used === 1)
      await this.audit.record(undefined, {
        actor: { organizerId: o.id },
        action: 'two-factor.recovery-code-used',
        entityType: 'organizer',
        entityId: o.id,
      });
    return used === 1;
  }

  private async totpStep(o: TwoFactorRow, code: string): Promise<number | null> {
    if (!/^\d{6}$/.test(code) || !o.totpSecret) return null;
    const result = await verifyTotp({
      secret: this.cipher.decrypt(o.totpSecret),
      token: code,
      epochTolerance: TOLERANCE_SECONDS,
      ...(o.totpLastStep !== null ? { afterTimeStep: o.totpLastStep } : {}),
    }).catch(() => ({ valid: false as const }));
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  }

  private hashRecovery(code: string): string {
    return this.cipher.blindIndex(`recovery:${code.trim().toLowerCase()}`);
  }
}

/** xxxxx-xxxxx from an alphabet without look-alikes: about 49 bits, typed once in an emergency. */
function recoveryCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}
