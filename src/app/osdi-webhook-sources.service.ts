import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/config.js';
import { EventRsvpsService } from '../modules/events/event-rsvps.service.js';
import { BroadcastsService } from '../modules/mail/broadcasts.service.js';
import { MilestonesService } from '../modules/milestones/milestones.service.js';
import {
  attendanceResource,
  milestoneResource,
  OsdiLinks,
  personResource,
  signatureResource,
} from '../modules/osdi/osdi-resources.js';
import { SignatureReportsService } from '../modules/petitions/signature-reports.service.js';
import { SupportersAdminService } from '../modules/supporters/supporters-admin.service.js';
import { type WebhookEventRef, WebhookSources } from '../modules/webhooks/webhook-sources.js';

type Json = Record<string, unknown>;
/** Payloads go to the campaign's own systems, registered by an owner or admin: personal data included. */
const SYSTEM_VIEWER = { organizerId: 'webhooks', personal: true };

/**
 * Builds webhook payloads from the owning modules' current data with the OSDI API's own HAL
 * builders (osdi-resources.ts), so a webhook and a GET of the same resource look alike. It lives in
 * the composition root, like mail's bindings, because it joins modules that import webhooks.
 */
@Injectable()
export class OsdiWebhookSourcesService extends WebhookSources {
  private readonly origin: string;

  constructor(
    private readonly people: SupportersAdminService,
    private readonly signatures: SignatureReportsService,
    private readonly rsvps: EventRsvpsService,
    private readonly milestones: MilestonesService,
    private readonly broadcasts: BroadcastsService,
    config: AppConfig,
  ) {
    super();
    this.origin = config.get('PUBLIC_URL').replace(/\/$/, '');
  }

  async resource(e: WebhookEventRef): Promise<{ rel: string; resource: Json } | null> {
    const links = new OsdiLinks(this.origin, e.campaignId);
    switch (e.type) {
      case 'signature': {
        const page = await this.signatures.list(e.campaignId, e.parentId!, 'owner', {
          supporterId: e.subjectId,
          limit: 1,
        });
        const s = page.items[0];
        if (!s) return null;
        return {
          rel: 'osdi:signature',
          resource: { ...signatureResource(links, e.parentId!, s), person: await this.person(links, e) },
        };
      }
      case 'attendance': {
        const a = await this.rsvps.attendee(e.parentId!, e.subjectId);
        if (!a) return null;
        const person = await this.person(links, { ...e, subjectId: a.supporterId });
        return { rel: 'osdi:attendance', resource: { ...attendanceResource(links, e.parentId!, a), person } };
      }
      case 'signup':
      case 'unsubscribe': {
        const person = await this.person(links, e);
        if (!person) return null;
        const rel = e.type === 'signup' ? 'osdi:submission' : 'groundswell:unsubscription';
        return {
          rel,
          resource: {
            identifiers: [`groundswell:${e.type}:${e.id}`],
            created_date: e.occurredAt.toISOString(),
            person,
            _links: { 'osdi:person': { href: links.item('people', e.subjectId) } },
          },
        };
      }
      case 'erasure':
        // Ids only: there is nothing else left to send, and nothing else may be.
        return {
          rel: 'groundswell:erasure',
          resource: {
            identifiers: [`groundswell:${e.subjectId}`],
            erased_date: e.occurredAt.toISOString(),
            _links: { 'osdi:person': { href: links.item('people', e.subjectId) } },
          },
        };
      case 'milestone': {
        const m = await this.milestones.get(e.campaignId, e.subjectId).catch(() => null);
        return m ? { rel: 'groundswell:milestone', resource: milestoneResource(links, m) } : null;
      }
      case 'broadcast_finished': {
        const b = await this.broadcasts.get(e.campaignId, e.subjectId).catch(() => null);
        if (!b) return null;
        const p = await this.broadcasts.progress(b);
        return {
          rel: 'osdi:message',
          resource: {
            identifiers: [`groundswell:${b.id}`],
            created_date: b.createdAt.toISOString(),
            modified_date: b.updatedAt.toISOString(),
            name: b.name,
            status: 'sent',
            sent_start_date: b.startedAt?.toISOString(),
            'groundswell:completed_date': b.completedAt?.toISOString(),
            statistics: { sent: p.sent, failed: p.failed, suppressed: p.suppressed, cancelled: p.cancelled },
            total_targeted: p.total,
          },
        };
      }
    }
  }

  /** The person as OSDI's GET shows them to an admin, now (an erased person has no personal fields left). */
  private async person(links: OsdiLinks, e: WebhookEventRef): Promise<Json | null> {
    const p = await this.people.syncOne(SYSTEM_VIEWER, e.campaignId, e.subjectId);
    return p ? personResource(links, p) : null;
  }
}
