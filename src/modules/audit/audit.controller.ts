import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CampaignAccess } from '../../common/auth/auth.decorators.js';
import { pageOf, pageQuery } from '../../common/pagination.js';
import { ApiResult, formBool, IdParam, ValidQuery } from '../../common/validation.js';
import { AuditService } from './audit.service.js';

const auditEvent = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  actorKind: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  details: z.unknown(),
  createdAt: z.date(),
});

const auditQuery = pageQuery.extend({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  actorId: z.uuid().optional().describe("One member's entries (their organizer id, as in the member list)."),
  personalData: formBool
    .optional()
    .describe("Only accesses to supporters' personal data (views, searches, exports, erasures), with how many people."),
});

@ApiTags('audit')
@Controller('campaigns/:campaignId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @CampaignAccess('admin')
  @ApiResult(pageOf(auditEvent))
  @ApiOperation({
    summary: "List the campaign's audit log",
    description:
      "Owners and admins. Filter by member (`actorId`) and to accesses to supporters' personal data (`personalData=true`); entries name counts and ids, never a supporter's details.",
  })
  list(@IdParam('campaignId') campaignId: string, @ValidQuery(auditQuery) query: z.output<typeof auditQuery>) {
    return this.audit.list(campaignId, query);
  }
}
