import { Injectable } from '@nestjs/common';
import { normalizeEmail } from '../../common/email.js';
import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import { Problem } from '../../common/problem.js';
import { AppConfig } from '../../config/config.js';
import { LinkSignerService } from '../../infra/crypto/link-signer.service.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { MailService } from '../mail/mail.service.js';
import type { MailTemplate, OutgoingMail } from '../mail/mail.types.js';
import { SupportersService } from '../supporters/supporters.service.js';
import type { PublicPetition } from './petitions.service.js';
import { type SignatureConfirmationData, signatureConfirmationTemplate } from './petitions.templates.js';
import { postalPrefixOf } from './signer-data.js';
import type { SignInput } from './signatures.service.js';

const HOUR_MS = 3_600_000;

/**
 * "Verify, then forget" petitions (docs/decisions/supporter-privacy.md). A signature is one row
 * keyed by a per-petition keyed hash of the normalized email (`signer_key`), with no supporter
 * unless the signer ticked "join the list". While pending, the only copies of the address are the
 * confirmation message's encrypted recipient in the mail outbox and, for someone joining, their
 * supporter record; the rate-limit counter keys the submission was counted in are kept encrypted
 * (`pending_enc`). On confirmation the outbox forgets the recipient, those counters are taken
 * back, and the row is left with the hash, country, postal prefix, locale and times.
 */
@Injectable()
export class VerifyThenForgetService {
  private readonly template: MailTemplate<SignatureConfirmationData>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly supporters: SupportersService,
    signer: LinkSignerService,
  ) {
    // The same template SignaturesService registers (the outbox resolves it by name).
    this.template = signatureConfirmationTemplate(signer);
  }

  /** The keyed hash that stands for "this person" on this petition only. */
  signerKey(petitionId: string, email: string): string {
    return this.cipher.scopedIndex(petitionId, normalizeEmail(email));
  }

  /**
   * Records one accepted form. A repeat (same hash) changes nothing: the first submission stands,
   * and an unconfirmed one gets its link again at most once an hour, exactly as other petitions.
   */
  async record(petition: PublicPetition, input: SignInput, ip: string, counted: string[]): Promise<void> {
    const signerKey = this.signerKey(petition.id, input.email);
    const locale = input.locale && petition.texts[input.locale] ? input.locale : petition.locale;
    const join = input.consentUpdates === true || input.consentDigests === true;
    let repeatOfCounted = false;
    await this.prisma.$transaction(async (tx) => {
      const id = uuidv7();
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO petition_signatures (id, petition_id, campaign_id, signer_key, pending_enc, locale, country, postal_prefix, created_at)
        SELECT ${id}::uuid, p.id, p.campaign_id, ${signerKey}, ${this.cipher.encrypt(JSON.stringify(counted))},
               ${locale}, ${input.country ?? null}, ${postalPrefixOf(input.postalCode)}, now()
          FROM petitions p
         WHERE p.id = ${petition.id}::uuid AND p.status = 'open' AND p.archived_at IS NULL AND (p.closes_at IS NULL OR p.closes_at > now())
        ON CONFLICT (petition_id, signer_key) DO NOTHING
        RETURNING id::text`;
      if (inserted.length === 1) {
        if (join) await this.join(tx, petition, id, input, ip);
        await this.mail.enqueue(tx, this.confirmationMail(petition, id, input.email, locale, 'first'));
        return;
      }
      const [existing] = await tx.$queryRaw<{ id: string; status: string; pending_enc: string | null }[]>`
        SELECT id::text, status::text, pending_enc FROM petition_signatures
         WHERE petition_id = ${petition.id}::uuid AND signer_key = ${signerKey} FOR UPDATE`;
      if (!existing)
        throw Problem.conflict('petition-closed', 'This petition is closed and no longer takes signatures.');
      if (existing.status !== 'pending') {
        // Nothing is stored or sent for a repeat of a counted signature; its hits go at once.
        repeatOfCounted = true;
        return;
      }
      // The repeat's counter hits are taken back with the first one's at confirmation.
      const earlier = JSON.parse(this.cipher.decrypt(existing.pending_enc) ?? '[]') as string[];
      await tx.$executeRaw`
        UPDATE petition_signatures SET pending_enc = ${this.cipher.encrypt(JSON.stringify([...earlier, ...counted]))}
         WHERE id = ${existing.id}::uuid`;
      const hour = Math.floor(Date.now() / HOUR_MS);
      await this.mail.enqueue(tx, {
        ...this.confirmationMail(petition, existing.id, input.email, locale, 'reminder'),
        key: `signature-confirmation:${existing.id}:again:${hour}`,
      });
    });
    if (repeatOfCounted) await this.uncount(counted);
  }

  /** "Join the list" ticked: the normal supporter signup, confirmed by the same link. */
  private async join(tx: Tx, petition: PublicPetition, signatureId: string, input: SignInput, ip: string) {
    const person = await this.supporters.upsertFromForm(tx, petition.campaignId, input, {
      ip,
      sourceFormId: `petition:${petition.id}`,
      sendConfirmation: false,
      campaignDefaultLocale: petition.locale,
    });
    await tx.$executeRaw`
      UPDATE petition_signatures SET supporter_id = ${person.supporterId}::uuid WHERE id = ${signatureId}::uuid`;
  }

  private confirmationMail(
    petition: PublicPetition,
    signatureId: string,
    address: string,
    locale: string,
    kind: 'first' | 'reminder',
  ): OutgoingMail<SignatureConfirmationData> {
    return {
      key: `signature-confirmation:${signatureId}`,
      template: this.template,
      campaignId: petition.campaignId,
      category: 'transactional',
      to: { address },
      ...((SUPPORTED_LOCALES as readonly string[]).includes(locale) ? { locale: locale as Locale } : {}),
      data: {
        signatureId,
        texts: Object.fromEntries(
          Object.entries(petition.texts).map(([loc, v]) => [loc, { title: v.title, target: v.target }]),
        ),
        listed: false,
        validDays: this.config.get('SUPPORTERS_PENDING_DAYS'),
        kind,
        forget: true,
      },
    };
  }

  /**
   * The signature `signatureId` was just confirmed (in `tx`): a supporter who joined is confirmed
   * and unlinked, the outbox forgets the recipient, the pending data goes. Returns the rate-limit
   * counter keys to take back once the transaction has committed (`uncount`).
   */
  async forget(tx: Tx, signatureId: string): Promise<string[]> {
    const [old] = await tx.$queryRaw<{ supporter_id: string | null; pending_enc: string | null }[]>`
      UPDATE petition_signatures s SET supporter_id = NULL, pending_enc = NULL
        FROM (SELECT id, supporter_id, pending_enc FROM petition_signatures WHERE id = ${signatureId}::uuid FOR UPDATE) o
       WHERE s.id = o.id
      RETURNING o.supporter_id::text, o.pending_enc`;
    if (old?.supporter_id) await this.supporters.confirm(tx, old.supporter_id, 'petition');
    await this.mail.forgetRecipient(tx, `signature-confirmation:${signatureId}`);
    return old?.pending_enc ? (JSON.parse(this.cipher.decrypt(old.pending_enc) ?? '[]') as string[]) : [];
  }

  uncount(counted: string[]): Promise<void> {
    return this.supporters.uncountForm(counted);
  }
}
