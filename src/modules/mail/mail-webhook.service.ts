import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import { safeEqual } from '../../common/crypto.js';
import { normalizeEmail } from '../../common/email.js';
import { UUID_RE } from '../../common/ids.js';
import { SIGNATURE_HEADER, signatureDigest, signWebhook } from '../../common/webhook-signature.js';
import { Problem } from '../../common/problem.js';
import { parseOrThrow } from '../../common/validation.js';
import { AppConfig } from '../../config/config.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { scrubEmails } from '../../infra/logging/redaction.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { MailSuppressionsService } from './mail-suppressions.service.js';
import { RecipientDirectory } from './recipient-directory.js';

export { SIGNATURE_HEADER };

const webhookEvent = z.strictObject({
  id: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe("The sender's unique event id; a repeated delivery of one id is recorded once."),
  type: z.enum(['bounce', 'complaint']),
  occurredAt: z.iso.datetime({ offset: true }).describe('When the bounce or complaint happened (ISO 8601).'),
  recipient: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email('must be an email address'))
    .describe('The address that bounced or complained. Used only to compute its blind index; never stored.'),
  messageId: z.string().max(300).optional().describe('Message-ID header of our message (`<uuid@domain>`), when known.'),
  bounce: z
    .strictObject({
      type: z
        .enum(['permanent', 'transient'])
        .describe('permanent (hard) bounces suppress the address; transient ones are only recorded.'),
      diagnostic: z
        .string()
        .max(2000)
        .optional()
        .describe('The remote server\'s reply, e.g. "550 5.1.1 user unknown".'),
    })
    .optional(),
  complaint: z.strictObject({ feedbackType: z.string().max(100).optional() }).optional(),
});

export const webhookBody = z.strictObject({ events: z.array(webhookEvent).min(1).max(100) }).superRefine((v, ctx) => {
  v.events.forEach((e, i) => {
    if (e.type === 'bounce' && !e.bounce)
      ctx.addIssue({ code: 'custom', path: ['events', i, 'bounce'], message: 'is required for a bounce' });
  });
});

export type WebhookBody = z.output<typeof webhookBody>;

/**
 * Bounce and complaint reports from the mail provider (or a relay in front of it), signed with
 * WEBHOOK_SECRET: `X-Groundswell-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
 * A bad or stale signature, or a malformed body, is refused before anything is recorded.
 */
@Injectable()
export class MailWebhookService {
  private readonly log = new Logger('mail-webhook');
  private readonly secret: string;
  private readonly toleranceSeconds: number;

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly suppressions: MailSuppressionsService,
    private readonly directory: RecipientDirectory,
    config: AppConfig,
  ) {
    this.secret = config.get('WEBHOOK_SECRET');
    this.toleranceSeconds = config.get('MAIL_WEBHOOK_TOLERANCE_SECONDS');
  }

  static sign(secret: string, body: string | Buffer, t = Math.floor(Date.now() / 1000)): string {
    return signWebhook(secret, body, t);
  }

  verify(header: string | undefined, rawBody: Buffer | undefined, now = Date.now()): void {
    if (!rawBody) throw Problem.unauthorized('The request has no body to verify.');
    const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.trim().split('=', 2) as [string, string]));
    const t = Number(parts.t);
    if (!header || !/^\d{1,12}$/.test(parts.t ?? '') || !/^[0-9a-f]{64}$/i.test(parts.v1 ?? '')) {
      throw Problem.unauthorized('Send X-Groundswell-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">.');
    }
    if (Math.abs(now / 1000 - t) > this.toleranceSeconds)
      throw Problem.unauthorized('The signature timestamp is too old or in the future.');
    const expected = signatureDigest(this.secret, parts.t, rawBody);
    if (!safeEqual(expected, parts.v1.toLowerCase()))
      throw Problem.unauthorized('The signature does not match the body.');
  }

  /** Verifies, validates, then records; returns how many events were new. */
  async receive(
    header: string | undefined,
    rawBody: Buffer | undefined,
    parsedBody: unknown,
  ): Promise<{ received: number; recorded: number; suppressed: number }> {
    this.verify(header, rawBody);
    const body = parseOrThrow(webhookBody, parsedBody);
    let recorded = 0;
    let suppressed = 0;
    for (const e of body.events) {
      const addressIndex = this.cipher.blindIndex(normalizeEmail(e.recipient));
      const ourId = /^<?([0-9a-f-]{36})@/i.exec(e.messageId ?? '')?.[1];
      const message =
        ourId && UUID_RE.test(ourId)
          ? await this.prisma.mailMessage.findUnique({ where: { id: ourId }, select: { id: true, campaignId: true } })
          : null;
      const reason =
        e.type === 'complaint' ? ('complained' as const) : e.bounce?.type === 'permanent' ? ('bounced' as const) : null;
      await this.prisma.$transaction(async (tx) => {
        const { count } = await tx.mailEvent.createMany({
          data: [
            {
              eventId: e.id,
              type: e.type,
              bounceType: e.bounce?.type ?? null,
              messageId: message?.id ?? null,
              campaignId: message?.campaignId ?? null,
              addressIndex,
              diagnostic: e.bounce?.diagnostic
                ? scrubEmails(e.bounce.diagnostic).slice(0, 1000)
                : (e.complaint?.feedbackType ?? null),
              occurredAt: new Date(e.occurredAt),
            },
          ],
          skipDuplicates: true,
        });
        recorded += count;
        if (reason && (await this.suppressions.add(addressIndex, reason, `webhook:${e.type}`, tx))) suppressed++;
      });
      // Idempotent, and repeated on a redelivery, so a failure here is healed by the provider's retry.
      if (reason) await this.directory.markUndeliverable(addressIndex, reason);
    }
    if (recorded > 0) this.log.log(`recorded ${recorded} delivery events (${suppressed} new suppressions)`);
    return { received: body.events.length, recorded, suppressed };
  }
}
