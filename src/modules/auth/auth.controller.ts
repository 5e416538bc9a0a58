import { Controller, Delete, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  Auth,
  type AuthContext,
  Authenticated,
  ClientIp,
  Public,
  SessionOnly,
} from '../../common/auth/auth.decorators.js';
import { Problem } from '../../common/problem.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, IdParam, ValidBody } from '../../common/validation.js';
import { AuthDoc } from './api-docs.js';
import { AccountService } from './account.service.js';
import {
  acceptedResult,
  accountUpdateBody,
  changePasswordBody,
  changePasswordResult,
  linkRequestBody,
  loginBody,
  loginResult,
  meView,
  okResult,
  resetPasswordBody,
  sessionBody,
  sessionLinkBody,
  sessionListView,
  sessionView,
  tokenListView,
  twoFactorConfirmBody,
  twoFactorConfirmed,
  twoFactorDisableBody,
  twoFactorEnrolment,
  twoFactorStatus,
} from './auth.schemas.js';
import { AuthService, toOrganizerView } from './auth.service.js';
import { csrfProblem, SessionCookiesService } from './session-cookies.service.js';
import { TwoFactorService } from './two-factor.service.js';

/** Enrolment takes no input; an empty object (or no body) keeps the contract explicit. */
const emptyBody = z.strictObject({}).meta({ id: 'TwoFactorEnrol' });

const UNAUTHENTICATED = { 401: 'No valid session cookie or bearer token.' };
const CSRF = { 403: 'A cookie-authenticated write without a matching X-CSRF-Token header.' };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
    private readonly cookies: SessionCookiesService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @RateLimit({ name: 'login', limit: 60, windowSeconds: 60 })
  @AuthDoc('Sign in for a bearer session token (API clients)', {
    400: 'A field is missing or invalid.',
    401: 'Email or password is incorrect.',
    429: 'Too many attempts from this address or for this account.',
  })
  @ApiResult(loginResult, { description: 'A session token for the Authorization header.' })
  login(@ValidBody(loginBody) body: z.output<typeof loginBody>, @ClientIp() ip: string, @Req() req: FastifyRequest) {
    return this.auth.login(body, ip, { userAgent: req.headers['user-agent'] });
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(200)
  @AuthDoc('End the bearer session used for this request', { ...UNAUTHENTICATED, 422: 'Sent with an API token.' })
  @ApiResult(okResult)
  async logout(@Auth() auth: AuthContext) {
    await this.auth.logout(auth);
    return { ok: true as const };
  }

  @Post('session')
  @Public()
  @HttpCode(200)
  @RateLimit({ name: 'login', limit: 60, windowSeconds: 60 })
  @AuthDoc('Sign in to the console: sets the HttpOnly gs_session cookie', {
    400: 'A field is missing or invalid.',
    401: 'Email or password (or the two-factor code) is incorrect.',
    429: 'Too many attempts from this address or for this account.',
  })
  @ApiResult(sessionView, {
    description:
      'Signed in. The session is in the `gs_session` cookie (HttpOnly, SameSite=Strict); keep `csrfToken` for writes.',
  })
  async createSession(
    @ValidBody(sessionBody) body: z.output<typeof sessionBody>,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const device = this.cookies.device(req);
    const { token, sessionId, organizer } = await this.auth.signIn(body, ip, device);
    this.cookies.set(reply, token, device);
    return { organizer, csrfToken: this.cookies.csrfToken(sessionId) };
  }

  @Post('sign-in-link')
  @Public()
  @HttpCode(202)
  @RateLimit({ name: 'auth-link', limit: 10, windowSeconds: 900 })
  @AuthDoc('Email a sign-in link (for an account whose password sign-ins are throttled)', {
    400: 'The email is missing or invalid.',
    429: 'Too many requests from this address.',
  })
  @ApiResult(acceptedResult, { status: 202, description: 'Always 202: the answer does not reveal accounts.' })
  async requestSignInLink(@ValidBody(linkRequestBody) body: z.output<typeof linkRequestBody>) {
    await this.account.requestLink('sign_in', body.email);
    return { ok: true as const };
  }

  @Post('session/link')
  @Public()
  @HttpCode(200)
  @RateLimit({ name: 'login', limit: 60, windowSeconds: 60 })
  @AuthDoc('Sign in to the console from an emailed sign-in link, with the password', {
    400: 'The token is invalid, expired or used, or a field is invalid.',
    401: 'The password (or the two-factor code) is incorrect.',
    429: 'Too many attempts from this address.',
  })
  @ApiResult(sessionView)
  async createSessionFromLink(
    @ValidBody(sessionLinkBody) body: z.output<typeof sessionLinkBody>,
    @ClientIp() ip: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const device = this.cookies.device(req);
    const { token, sessionId, organizer } = await this.account.signInWithLink(body, ip, device);
    this.cookies.set(reply, token, device);
    return { organizer, csrfToken: this.cookies.csrfToken(sessionId) };
  }

  @Post('password')
  @Authenticated()
  @SessionOnly()
  @HttpCode(200)
  @AuthDoc('Change your password (needs the current one); signs out your other sessions', {
    400: 'The current password is wrong, or the new one is too short.',
    ...UNAUTHENTICATED,
    ...CSRF,
    429: 'Too many attempts.',
  })
  @ApiResult(changePasswordResult)
  async changePassword(
    @Auth() auth: AuthContext,
    @ValidBody(changePasswordBody) body: z.output<typeof changePasswordBody>,
    @ClientIp() ip: string,
  ) {
    const { revokedSessions } = await this.account.changePassword(auth.organizerId, auth.sessionId, body, ip);
    return { ok: true as const, revokedSessions };
  }

  @Post('password-reset/request')
  @Public()
  @HttpCode(202)
  @RateLimit({ name: 'auth-link', limit: 10, windowSeconds: 900 })
  @AuthDoc('Email a password reset link', {
    400: 'The email is missing or invalid.',
    429: 'Too many requests from this address.',
  })
  @ApiResult(acceptedResult, { status: 202, description: 'Always 202: the answer does not reveal accounts.' })
  async requestPasswordReset(@ValidBody(linkRequestBody) body: z.output<typeof linkRequestBody>) {
    await this.account.requestLink('password_reset', body.email);
    return { ok: true as const };
  }

  @Post('password-reset/complete')
  @Public()
  @HttpCode(200)
  @RateLimit({ name: 'password-reset', limit: 10, windowSeconds: 900 })
  @AuthDoc('Set a new password from an emailed reset link; signs out every session', {
    400: 'The token is invalid, expired or used, or the password is too short.',
    429: 'Too many attempts from this address.',
  })
  @ApiResult(okResult)
  async completePasswordReset(@ValidBody(resetPasswordBody) body: z.output<typeof resetPasswordBody>) {
    await this.account.completeReset(body);
    return { ok: true as const };
  }

  @Get('sessions')
  @Authenticated()
  @AuthDoc('List your active sessions', UNAUTHENTICATED)
  @ApiResult(sessionListView)
  async sessions(@Auth() auth: AuthContext) {
    return { items: await this.auth.listSessions(auth.organizerId, auth.sessionId) };
  }

  @Delete('sessions/:sessionId')
  @Authenticated()
  @SessionOnly()
  @AuthDoc('Sign out one of your sessions (another device, or this one)', {
    ...UNAUTHENTICATED,
    ...CSRF,
    404: 'No such active session of yours.',
  })
  @ApiResult(okResult)
  async revokeSession(@Auth() auth: AuthContext, @IdParam('sessionId') id: string) {
    if (!(await this.auth.revokeSession(auth.organizerId, id))) throw Problem.notFound('Session');
    return { ok: true as const };
  }

  @Get('session')
  @Authenticated()
  @AuthDoc('The console session of the gs_session cookie', { 401: 'No valid session cookie.' })
  @ApiResult(sessionView)
  async session(@Auth() auth: AuthContext) {
    if (auth.transport !== 'cookie' || !auth.sessionId) throw Problem.unauthorized('No valid session cookie.');
    return {
      organizer: toOrganizerView(await this.auth.me(auth.organizerId)),
      csrfToken: this.cookies.csrfToken(auth.sessionId),
    };
  }

  /**
   * Public so that a stale or expired cookie can still be cleared. A live session is only revoked
   * with its CSRF token, so another site cannot sign the organizer out.
   */
  @Delete('session')
  @Public()
  @RateLimit({ name: 'logout', limit: 60, windowSeconds: 60 })
  @AuthDoc('Sign out of the console: revokes the session and clears the cookie', {
    403: 'The cookie names a live session but X-CSRF-Token does not match it.',
    429: 'Rate limited.',
  })
  @ApiResult(okResult)
  async deleteSession(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = this.cookies.read(req);
    const auth = token ? await this.auth.authenticate(token) : null;
    if (auth?.sessionId) {
      if (!this.cookies.csrfMatches(auth.sessionId, req.headers['x-csrf-token'])) throw csrfProblem();
      await this.auth.revokeSession(auth.organizerId, auth.sessionId);
    }
    this.cookies.clear(reply);
    return { ok: true as const };
  }

  @Get('two-factor')
  @Authenticated()
  @AuthDoc('Whether two-factor authentication is on, and how many recovery codes are left', UNAUTHENTICATED)
  @ApiResult(twoFactorStatus)
  twoFactorStatus(@Auth() auth: AuthContext) {
    return this.twoFactor.status(auth.organizerId);
  }

  @Post('two-factor')
  @Authenticated()
  @SessionOnly()
  @HttpCode(200)
  @AuthDoc('Start two-factor enrolment: a new TOTP secret and its otpauth URI (on after confirmation)', {
    ...UNAUTHENTICATED,
    ...CSRF,
    409: 'Two-factor authentication is already on.',
  })
  @ApiResult(twoFactorEnrolment)
  enrolTwoFactor(@Auth() auth: AuthContext, @ValidBody(emptyBody) _body: z.output<typeof emptyBody>) {
    return this.twoFactor.enrol(auth.organizerId);
  }

  @Post('two-factor/confirm')
  @Authenticated()
  @SessionOnly()
  @HttpCode(200)
  @AuthDoc('Confirm enrolment with a code from the app; answers the recovery codes once', {
    400: 'The code is not the current one.',
    ...UNAUTHENTICATED,
    ...CSRF,
    409: 'Not enrolling, or already on.',
    429: 'Too many attempts.',
  })
  @ApiResult(twoFactorConfirmed)
  confirmTwoFactor(
    @Auth() auth: AuthContext,
    @ValidBody(twoFactorConfirmBody) body: z.output<typeof twoFactorConfirmBody>,
  ) {
    return this.twoFactor.confirm(auth.organizerId, body.code);
  }

  @Post('two-factor/disable')
  @Authenticated()
  @SessionOnly()
  @HttpCode(200)
  @AuthDoc('Turn two-factor authentication off (needs the password and a code or recovery code)', {
    400: 'The password or the code is wrong.',
    ...UNAUTHENTICATED,
    ...CSRF,
    409: 'Two-factor authentication is off.',
    429: 'Too many attempts.',
  })
  @ApiResult(okResult)
  async disableTwoFactor(
    @Auth() auth: AuthContext,
    @ValidBody(twoFactorDisableBody) body: z.output<typeof twoFactorDisableBody>,
  ) {
    await this.twoFactor.throttle(auth.organizerId);
    if (!(await this.auth.checkPassword(auth.organizerId, body.password)))
      throw Problem.field('password', 'is not your password', 'incorrect');
    await this.twoFactor.disable(auth.organizerId, body.code);
    return { ok: true as const };
  }

  @Get('me')
  @Authenticated()
  @AuthDoc('The signed-in organizer', UNAUTHENTICATED)
  @ApiResult(meView)
  me(@Auth() auth: AuthContext) {
    return this.auth.me(auth.organizerId);
  }

  @Patch('me')
  @Authenticated()
  @AuthDoc('Change your account settings (the language of the console and of your mail)', {
    400: 'The language is not one the console has (en, ar), or the body has other fields.',
    ...UNAUTHENTICATED,
    ...CSRF,
  })
  @ApiResult(meView, { description: 'Your account as it is now.' })
  updateMe(@Auth() auth: AuthContext, @ValidBody(accountUpdateBody) body: z.output<typeof accountUpdateBody>) {
    return this.account.update(auth.organizerId, body);
  }

  @Get('tokens')
  @Authenticated()
  @AuthDoc('List your personal API tokens', UNAUTHENTICATED)
  @ApiResult(tokenListView)
  async tokens(@Auth() auth: AuthContext) {
    return { items: await this.auth.listApiTokens(auth.organizerId) };
  }

  @Delete('tokens/:tokenId')
  @Authenticated()
  @SessionOnly()
  @AuthDoc('Revoke one of your API tokens', { ...UNAUTHENTICATED, ...CSRF, 404: 'No such token of yours.' })
  @ApiResult(okResult)
  async revokeToken(@Auth() auth: AuthContext, @IdParam('tokenId') id: string) {
    await this.auth.revokeApiToken(auth.organizerId, id);
    return { ok: true as const };
  }
}
