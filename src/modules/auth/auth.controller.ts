import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Auth, type AuthContext, Authenticated, ClientIp, Public } from '../../common/auth/auth.decorators.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, IdParam, ValidBody } from '../../common/validation.js';
import { createdToken, createTokenBody, loginBody, loginResult, meView, okResult, tokenView } from './auth.schemas.js';
import { AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @RateLimit({ name: 'login', limit: 60, windowSeconds: 60 })
  @ApiResult(loginResult, { description: 'A session token for the Authorization header.' })
  @ApiOperation({ summary: 'Sign in with email and password' })
  login(@ValidBody(loginBody) body: z.output<typeof loginBody>, @ClientIp() ip: string) {
    return this.auth.login(body.email, body.password, ip);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(200)
  @ApiResult(okResult)
  @ApiOperation({ summary: 'Sign out (revoke this session)' })
  @ApiResponse({ status: 422, description: 'Only a session can sign out; API tokens are revoked instead.' })
  async logout(@Auth() auth: AuthContext) {
    await this.auth.logout(auth);
    return { ok: true as const };
  }

  @Get('me')
  @Authenticated()
  @ApiResult(meView)
  @ApiOperation({ summary: 'Who am I' })
  me(@Auth() auth: AuthContext) {
    return this.auth.me(auth.organizerId);
  }

  @Get('tokens')
  @Authenticated()
  @ApiResult(z.object({ items: z.array(tokenView) }))
  @ApiOperation({ summary: 'List my API tokens' })
  async tokens(@Auth() auth: AuthContext) {
    return { items: await this.auth.listApiTokens(auth.organizerId) };
  }

  @Post('tokens')
  @Authenticated()
  @ApiResult(createdToken, { status: 201 })
  @ApiOperation({ summary: 'Create an API token' })
  createToken(@Auth() auth: AuthContext, @ValidBody(createTokenBody) body: z.output<typeof createTokenBody>) {
    return this.auth.createApiToken(auth.organizerId, body);
  }

  @Delete('tokens/:tokenId')
  @Authenticated()
  @ApiResult(okResult)
  @ApiOperation({ summary: 'Revoke an API token' })
  async revokeToken(@Auth() auth: AuthContext, @IdParam('tokenId') id: string) {
    await this.auth.revokeApiToken(auth.organizerId, id);
    return { ok: true as const };
  }
}
