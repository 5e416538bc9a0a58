import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: 'Create a campaign' })
  @ApiResponse({ status: 409, description: 'Another campaign already uses this slug (slug-taken).' })
  create(@Auth() auth: AuthContext, @ValidBody(createCampaignBody) body: z.output<typeof createCampaignBody>) {
    return this.campaigns.create(actor(auth), body);
  }

  @Get('campaigns')
  @Authenticated()
  @ApiResult(z.object({ items: z.array(myCampaignView) }), {
    description: 'Campaigns you are a member of, with your role.',
  })
  @ApiOperation({ summary: 'List my campaigns' })
  async mine(@Auth() auth: AuthContext) {
    return { items: await this.campaigns.listFor(auth.organizerId) };
  }

  @Get('campaigns/:campaignId')
  @CampaignAccess('viewer')
  @ApiResult(campaignView)
  @ApiOperation({ summary: 'Get a campaign' })
  get(@IdParam('campaignId') campaignId: string) {
    return this.campaigns.get(campaignId);
  }

  @Patch('campaigns/:campaignId')
  @CampaignAccess('admin')
  @ApiResult(campaignView)
  @ApiOperation({ summary: 'Update campaign settings' })
  @ApiResponse({ status: 409, description: 'Another campaign already uses this slug (slug-taken).' })
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
  @ApiOperation({ summary: 'Archive a campaign' })
  archive(@Auth() auth: AuthContext, @IdParam('campaignId') campaignId: string) {
    return this.campaigns.archive(actor(auth), campaignId);
  }

  @Get('campaigns/:campaignId/members')
  @CampaignAccess('viewer')
  @ApiResult(z.object({ items: z.array(memberView) }))
  @ApiOperation({ summary: 'List members' })
  async members(@IdParam('campaignId') campaignId: string) {
    return { items: await this.campaigns.members(campaignId) };
  }

  @Post('campaigns/:campaignId/members')
  @CampaignAccess('admin')
  @ApiResult(inviteResult, { status: 201 })
  @ApiOperation({ summary: 'Invite a member' })
  @ApiResponse({ status: 409, description: 'This organizer is already a member (already-member).' })
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
  @ApiOperation({ summary: "Change a member's role" })
  @ApiResponse({ status: 409, description: 'A campaign must keep at least one owner (last-owner).' })
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
  @ApiOperation({ summary: 'Remove a member' })
  @ApiResponse({ status: 409, description: 'A campaign must keep at least one owner (last-owner).' })
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
  @ApiOperation({ summary: 'List pending invitations' })
  async invitations(@IdParam('campaignId') campaignId: string) {
    return { items: await this.campaigns.listInvitations(campaignId) };
  }

  @Delete('campaigns/:campaignId/invitations/:invitationId')
  @CampaignAccess('admin')
  @ApiResult(okResult)
  @ApiOperation({ summary: 'Revoke an invitation' })
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
  @ApiOperation({ summary: 'Accept an invitation' })
  accept(@ValidBody(acceptInvitationBody) body: z.output<typeof acceptInvitationBody>) {
    return this.campaigns.acceptInvitation(body);
  }
}
