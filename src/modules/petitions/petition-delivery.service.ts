import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import { CSV_BOM, csvRow } from '../../common/csv.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { deliveryHead, deliveryRow, deliveryTail } from './petitions.pages.js';
import { PetitionsService } from './petitions.service.js';
import { ANONYMOUS } from './signer-data.js';

type SignatureRow = Prisma.PetitionSignatureGetPayload<object>;

/** Rows read per query while streaming: memory stays flat whatever the petition's size. */
const EXPORT_BATCH = 1000;

/**
 * The delivery document handed to the petition's target (printable HTML and CSV): the text, the
 * total, how many signers chose to be named or not to be kept, and the signers who chose to be
 * named. Each download is audited.
 */
@Injectable()
export class PetitionDeliveryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly petitions: PetitionsService,
  ) {}

  private async *publicSigners(petitionId: string): AsyncGenerator<SignatureRow[]> {
    let after: string | undefined;
    for (;;) {
      const rows = await this.prisma.petitionSignature.findMany({
        where: { petitionId, status: 'confirmed', isPublic: true, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: EXPORT_BATCH,
      });
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1].id;
      if (rows.length < EXPORT_BATCH) return;
    }
  }

  private async deliveryTotals(petitionId: string) {
    const [row] = await this.prisma.$queryRaw<{ total: number; listed: number; notKept: number }[]>`
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE is_public))::int AS listed,
             (count(*) FILTER (WHERE signer_key IS NOT NULL))::int AS "notKept"
        FROM petition_signatures WHERE petition_id = ${petitionId}::uuid AND status = 'confirmed'`;
    return row ?? { total: 0, listed: 0, notKept: 0 };
  }

  private signerOf(r: SignatureRow) {
    return {
      name: (r.displayName ? this.cipher.decrypt(r.displayName) : null) ?? ANONYMOUS,
      country: r.country,
      signedAt: r.confirmedAt ?? r.createdAt,
      comment: r.comment ? this.cipher.decrypt(r.comment) : null,
    };
  }

  /** The printable delivery document (HTML), streamed. */
  async *deliveryHtml(actor: Actor, campaignId: string, petitionId: string, locale?: string): AsyncGenerator<string> {
    const petition = await this.petitions.find(campaignId, petitionId);
    const campaign = await this.campaigns.get(campaignId);
    const totals = await this.deliveryTotals(petition.id);
    const variant =
      locale && locale !== petition.locale ? petition.variants.find((v) => v.locale === locale) : undefined;
    const lang = variant?.locale ?? petition.locale;
    await this.auditDelivery(actor, campaignId, petitionId, 'html', totals.listed);
    const now = new Date();
    yield deliveryHead({
      locale: lang,
      campaignName: campaign.name,
      title: variant?.title ?? petition.title,
      target: variant?.target ?? petition.target,
      bodyHtml: variant?.bodyHtml ?? petition.bodyHtml,
      total: totals.total,
      listed: totals.listed,
      notKept: totals.notKept,
      timeZone: campaign.timeZone,
      deliveredAt: petition.deliveredAt,
      deliveryNote: petition.deliveryNote,
      generatedAt: now,
    });
    let index = 0;
    for await (const rows of this.publicSigners(petition.id)) {
      yield rows.map((r) => deliveryRow(++index, this.signerOf(r), campaign.timeZone, lang)).join('');
    }
    yield deliveryTail(now);
  }

  /** The public signers as CSV, with the total count of confirmed signatures in the last row. */
  async *deliveryCsv(actor: Actor, campaignId: string, petitionId: string): AsyncGenerator<string> {
    const petition = await this.petitions.find(campaignId, petitionId);
    const totals = await this.deliveryTotals(petition.id);
    await this.auditDelivery(actor, campaignId, petitionId, 'csv', totals.listed);
    yield CSV_BOM;
    yield csvRow(['name', 'country', 'signed_at', 'comment']);
    for await (const rows of this.publicSigners(petition.id)) {
      yield rows
        .map((r) => {
          const s = this.signerOf(r);
          return csvRow([s.name, s.country, s.signedAt, s.comment]);
        })
        .join('');
    }
    const notKept = totals.notKept ? `; ${totals.notKept} verified signers who chose not to be kept` : '';
    yield csvRow([
      `Total confirmed signatures: ${totals.total} (${totals.listed} listed by name${notKept})`,
      '',
      '',
      '',
    ]);
  }

  async deliveryTotalsFor(campaignId: string, petitionId: string) {
    const petition = await this.petitions.find(campaignId, petitionId);
    return this.deliveryTotals(petition.id);
  }

  /**
   * The delivery document names the public signers, so downloading it is an export of personal
   * data (audited with how many are named). It carries no "Exported by" line: it is handed to the
   * petition's target, often the employer, who must not learn which organizer printed it.
   */
  private auditDelivery(actor: Actor, campaignId: string, petitionId: string, format: string, named: number) {
    return this.audit.recordPersonalData({
      campaignId,
      actor,
      access: 'export',
      what: 'delivery',
      people: named,
      entityType: 'petition',
      entityId: petitionId,
      details: { format },
    });
  }
}
