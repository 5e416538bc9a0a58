import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  login(@ValidBody(loginBody) body: z.output<typeof loginBody>, @ClientIp() ip: string) {
    return this.auth.login(body.email, body.password, ip);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(200)
  @ApiResult(okResult)
  async logout(@Auth() auth: AuthContext) {
    await this.auth.logout(auth);
    return { ok: true as const };
  }

  @Get('me')
  @Authenticated()
  @ApiResult(meView)
  me(@Auth() auth: AuthContext) {
    return this.auth.me(auth.organizerId);
  }

  @Get('tokens')
  @Authenticated()
  @ApiResult(z.object({ items: z.array(tokenView) }))
  async tokens(@Auth() auth: AuthContext) {
    return { items: await this.auth.listApiTokens(auth.organizerId) };
  }

  @Post('tokens')
  @Authenticated()
  @ApiResult(createdToken, { status: 201 })
  createToken(@Auth() auth: AuthContext, @ValidBody(createTokenBody) body: z.output<typeof createTokenBody>) {
    return this.auth.createApiToken(auth.organizerId, body);
  }

  @Delete('tokens/:tokenId')
  @Authenticated()
  @ApiResult(okResult)
  async revokeToken(@Auth() auth: AuthContext, @IdParam('tokenId') id: string) {
    await this.auth.revokeApiToken(auth.organizerId, id);
    return { ok: true as const };
  }
}
