import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor.js';
import { CSV_BOM, csvExportNotice } from '../../common/csv.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';

export interface ExportStart {
  campaignId: string;
  /** `supporters`, `signatures`, `attendees`... */
  what: string;
  /** How many people's personal data the file holds; null when it has no personal columns. */
  people: number | null;
  entityType?: string;
  entityId?: string;
  details?: Record<string, Prisma.InputJsonValue>;
}

/**
 * The start of every CSV export an organizer downloads: the access goes into the audit log (who,
 * when, how many people) when the file holds personal data, and the file opens with a line saying
 * who exported it and when, so a copy found on a shared drive says whose it is. See
 * docs/decisions/supporter-privacy.md ("Organizers' own safety").
 */
@Injectable()
export class PersonalDataExportsService {
  constructor(
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** Records the export and returns what the file starts with: the BOM and the "Exported by" line. */
  async start(actor: Actor, e: ExportStart): Promise<string> {
    const at = new Date();
    const [member] = await this.auth.findOrganizers([actor.organizerId]);
    if (e.people !== null)
      await this.audit.recordPersonalData({
        campaignId: e.campaignId,
        actor,
        access: 'export',
        what: e.what,
        people: e.people,
        entityType: e.entityType,
        entityId: e.entityId,
        details: { format: 'csv', ...e.details },
      });
    return CSV_BOM + csvExportNotice(member?.email ?? actor.organizerId, at, e.people);
  }
}
