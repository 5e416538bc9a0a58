import { Injectable } from '@nestjs/common';
import { type Actor } from '../../common/actor.js';
import { type Locale, SUPPORTED_LOCALES } from '../../common/i18n.js';
import { uuidv7 } from '../../common/ids.js';
import { Problem } from '../../common/problem.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { BroadcastsService } from './broadcasts.service.js';
import { MailTemplatesService } from './mail-templates.service.js';
import { MailService } from './mail.service.js';
import { OrganizerDirectory } from './organizer-directory.js';

export interface BroadcastTestResult {
  /** The organizer's own address: a test goes nowhere else. */
  sentTo: string;
  locales: Locale[];
}

/**
 * "Send a test to myself": the broadcast rendered in each of its languages and sent to the
 * signed-in organizer's own address only (never to a given address, so this cannot mail anyone
 * else). The test is a message of its own, not part of the broadcast: it counts in no progress.
 */
@Injectable()
export class BroadcastTestsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly broadcasts: BroadcastsService,
    private readonly templates: MailTemplatesService,
    private readonly mail: MailService,
    private readonly organizers: OrganizerDirectory,
    private readonly audit: AuditService,
  ) {}

  async sendToSelf(actor: Actor, campaignId: string, broadcastId: string): Promise<BroadcastTestResult> {
    const b = await this.broadcasts.get(campaignId, broadcastId);
    const template = this.templates.get(b.template);
    if (!template) throw Problem.notFound(`Template "${b.template}"`);
    const address = await this.organizers.email(actor.organizerId);
    if (!address) throw Problem.notFound('Organizer');
    const locales = b.locale ? [b.locale as Locale] : [...SUPPORTED_LOCALES];
    const batch = uuidv7();
    await this.prisma.$transaction(async (tx) => {
      for (const locale of locales)
        await this.mail.enqueue(tx, {
          key: `broadcast-test:${b.id}:${batch}:${locale}`,
          template,
          campaignId,
          category: template.category,
          to: { address },
          locale,
          data: (b.data ?? {}) as object,
        });
      await this.audit.record(tx, {
        campaignId,
        actor,
        action: 'broadcast.test-sent',
        entityType: 'broadcast',
        entityId: b.id,
        details: { locales },
      });
    });
    return { sentTo: address, locales };
  }
}
