import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Auth, type AuthContext, Authenticated, Public, SessionOnly } from '../../common/auth/auth.decorators.js';
import { Problem } from '../../common/problem.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, ValidBody } from '../../common/validation.js';
import { acceptInvitationBody } from '../campaigns/campaigns.schemas.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { AuthDoc } from './api-docs.js';
import { createdToken, createTokenBody, organizerView } from './auth.schemas.js';
import { AuthService } from './auth.service.js';
import { SessionCookiesService } from './session-cookies.service.js';

const role = z.enum(['owner', 'admin', 'organizer', 'viewer']);
const invitationAccepted = z
  .object({
    organizer: organizerView,
    csrfToken: z.string().describe('The new console session is in the gs_session cookie; send this as X-CSRF-Token.'),
    campaignId: z.string(),
    role,
  })
  .meta({ id: 'InvitationAccepted' });
const joinBody = z
  .strictObject({ token: z.string().trim().min(10).max(200).describe('The token from the invitation email.') })
  .meta({ id: 'InvitationJoin' });
const joined = z.object({ campaignId: z.string(), role }).meta({ id: 'InvitationJoined' });

/**
 * The auth routes that need the campaigns module too (invitations, campaign-scoped tokens). A
 * module of their own, because campaigns already depends on auth: this one depends on both.
 */
@ApiTags('auth')
@Controller('auth')
export class MembershipsController {
  constructor(
    private readonly auth: AuthService,
    private readonly campaigns: CampaignsService,
    private readonly cookies: SessionCookiesService,
  ) {}

  @Post('invitations/accept')
  @Public()
  @HttpCode(200)
  @RateLimit({ name: 'invitation-accept', limit: 10, windowSeconds: 60 })
  @AuthDoc('Accept an invitation: creates your account, joins the campaign and signs you in to the console', {
    400: 'The token is invalid, expired or used, or the name or password is invalid.',
    409: 'An account with the invited email exists already: sign in and use /auth/invitations/join.',
    429: 'Too many attempts from this address.',
  })
  @ApiResult(invitationAccepted)
  async accept(
    @ValidBody(acceptInvitationBody) body: z.output<typeof acceptInvitationBody>,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const accepted = await this.campaigns.acceptInvitation(body);
    const device = this.cookies.device(req);
    const { token, sessionId } = await this.auth.startSession(accepted.organizer.id, device);
    this.cookies.set(reply, token, device);
    return { ...accepted, csrfToken: this.cookies.csrfToken(sessionId) };
  }

  @Post('invitations/join')
  @Authenticated()
  @SessionOnly()
  @HttpCode(200)
  @RateLimit({ name: 'invitation-accept', limit: 10, windowSeconds: 60 })
  @AuthDoc('Accept an invitation sent to the address of the account you are signed in with', {
    400: 'The token is invalid, expired or used.',
    401: 'Not signed in.',
    403: 'The invitation is for another email address (or a missing X-CSRF-Token).',
    409: 'You are already a member.',
  })
  @ApiResult(joined)
  async join(@Auth() auth: AuthContext, @ValidBody(joinBody) body: z.output<typeof joinBody>) {
    const me = await this.auth.me(auth.organizerId);
    return this.campaigns.joinByInvitation(body.token, me);
  }

  @Post('tokens')
  @Authenticated()
  @SessionOnly()
  @AuthDoc('Create a personal API token (shown once), read-only or read-write, for one campaign or all', {
    400: 'A field is missing or invalid, or campaignId is not one of your campaigns.',
    401: 'No valid session cookie or bearer token.',
    403: 'Sent with an API token, or a cookie-authenticated write without X-CSRF-Token.',
  })
  @ApiResult(createdToken, { status: 201 })
  async createToken(@Auth() auth: AuthContext, @ValidBody(createTokenBody) body: z.output<typeof createTokenBody>) {
    if (body.campaignId && !(await this.campaigns.roleOf(body.campaignId, auth.organizerId)))
      throw Problem.field('campaignId', 'is not a campaign you are a member of', 'not-a-member');
    return this.auth.createApiToken(auth.organizerId, body);
  }
}
