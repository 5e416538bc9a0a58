import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Auth, type AuthContext, Authenticated, CampaignAccess, Public } from '../../common/auth/auth.decorators.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, IdParam, ValidBody } from '../../common/validation.js';
import { okResult } from '../auth/auth.schemas.js';
import {
  acceptInvitationBody,
  campaignView,
  changeRoleBody,
  createCampaignBody,
  invitationView,
  inviteBody,
  inviteResult,
  memberView,
  myCampaignView,
  updateCampaignBody,
} from './campaigns.schemas.js';
import { CampaignsService } from './campaigns.service.js';

const actor = (auth: AuthContext) => ({ organizerId: auth.organizerId, role: auth.campaign?.role });

@ApiTags('campaigns')
@Controller()
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post('campaigns')
  @Authenticated()
  @ApiResult(myCampaignView, { status: 201, description: 'The new campaign; its creator is its owner.' })
  create(@Auth() auth: AuthContext, @ValidBody(createCampaignBody) body: z.output<typeof createCampaignBody>) {
    return this.campaigns.create(actor(auth), body);
  }

  @Get('campaigns')
  @Authenticated()
  @ApiResult(z.object({ items: z.array(myCampaignView) }), {
    description: 'Campaigns you are a member of, with your role.',
  })
  async mine(@Auth() auth: AuthContext) {
    return { items: await this.campaigns.listFor(auth.organizerId) };
  }

  @Get('campaigns/:campaignId')
  @CampaignAccess('viewer')
  @ApiResult(campaignView)
  get(@IdParam('campaignId') campaignId: string) {
    return this.campaigns.get(campaignId);
  }

  @Patch('campaigns/:campaignId')
  @CampaignAccess('admin')
  @ApiResult(campaignView)
  update(
    @Auth() auth: AuthContext,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(updateCampaignBody) body: z.output<typeof updateCampaignBody>,
  ) {
    return this.campaigns.update(actor(auth), campaignId, body);
  }

  @Post('campaigns/:campaignId/archive')
  @CampaignAccess('owner')
  @HttpCode(200)
  @ApiResult(campaignView, { description: 'Archived: hidden from public endpoints, data kept.' })
  archive(@Auth() auth: AuthContext, @IdParam('campaignId') campaignId: string) {
    return this.campaigns.archive(actor(auth), campaignId);
  }

  @Get('campaigns/:campaignId/members')
  @CampaignAccess('viewer')
  @ApiResult(z.object({ items: z.array(memberView) }))
  async members(@IdParam('campaignId') campaignId: string) {
    return { items: await this.campaigns.members(campaignId) };
  }

  @Post('campaigns/:campaignId/members')
  @CampaignAccess('admin')
  @ApiResult(inviteResult, { status: 201 })
  invite(
    @Auth() auth: AuthContext,
    @IdParam('campaignId') campaignId: string,
    @ValidBody(inviteBody) body: z.output<typeof inviteBody>,
  ) {
    return this.campaigns.invite(actor(auth), campaignId, body);
  }

  @Patch('campaigns/:campaignId/members/:organizerId')
  @CampaignAccess('admin')
  @ApiResult(z.object({ organizerId: z.string(), role: memberView.shape.role }))
  changeRole(
    @Auth() auth: AuthContext,
    @IdParam('campaignId') campaignId: string,
    @IdParam('organizerId') organizerId: string,
    @ValidBody(changeRoleBody) body: z.output<typeof changeRoleBody>,
  ) {
    return this.campaigns.changeRole(actor(auth), campaignId, organizerId, body.role);
  }

  @Delete('campaigns/:campaignId/members/:organizerId')
  @CampaignAccess('viewer')
  @ApiResult(okResult, { description: 'Admins remove members below them; anyone may remove themselves.' })
  async remove(
    @Auth() auth: AuthContext,
    @IdParam('campaignId') campaignId: string,
    @IdParam('organizerId') organizerId: string,
  ) {
    await this.campaigns.removeMember(actor(auth), campaignId, organizerId);
    return { ok: true as const };
  }

  @Get('campaigns/:campaignId/invitations')
  @CampaignAccess('admin')
  @ApiResult(z.object({ items: z.array(invitationView) }))
  async invitations(@IdParam('campaignId') campaignId: string) {
    return { items: await this.campaigns.listInvitations(campaignId) };
  }

  @Delete('campaigns/:campaignId/invitations/:invitationId')
  @CampaignAccess('admin')
  @ApiResult(okResult)
  async revokeInvitation(
    @Auth() auth: AuthContext,
    @IdParam('campaignId') campaignId: string,
    @IdParam('invitationId') invitationId: string,
  ) {
    await this.campaigns.revokeInvitation(actor(auth), campaignId, invitationId);
    return { ok: true as const };
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(200)
  @RateLimit({ name: 'invitation-accept', limit: 10, windowSeconds: 60 })
  @ApiResult(
    z.object({
      organizer: z.object({ id: z.string(), email: z.string(), name: z.string() }),
      campaignId: z.string(),
      role: memberView.shape.role,
    }),
  )
  accept(@ValidBody(acceptInvitationBody) body: z.output<typeof acceptInvitationBody>) {
    return this.campaigns.acceptInvitation(body);
  }
}
