import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/auth.decorators.js';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator.js';
import { ApiResult, jsonSchema } from '../../common/validation.js';
import { MailWebhookService, SIGNATURE_HEADER, webhookBody } from './mail-webhook.service.js';
import { webhookResult } from './mail.schemas.js';

@ApiTags('webhooks')
@Controller('webhooks')
export class MailWebhookController {
  constructor(private readonly webhook: MailWebhookService) {}

  /**
   * Bounces and complaints from the mail provider. The signature is checked over the raw body
   * (NestFactory rawBody), before the body is validated or anything is recorded.
   */
  @Post('mail')
  @Public()
  @HttpCode(200)
  @RateLimit({ name: 'mail-webhook', limit: 600, windowSeconds: 60 })
  @ApiHeader({
    name: SIGNATURE_HEADER,
    required: true,
    description:
      't=<unix seconds>,v1=<hex HMAC-SHA256 with WEBHOOK_SECRET of "<t>.<raw body>">; at most MAIL_WEBHOOK_TOLERANCE_SECONDS old.',
  })
  @ApiBody({
    required: true,
    schema: jsonSchema(webhookBody, 'input') as never,
    description: 'Up to 100 bounce/complaint events.',
  })
  @ApiResult(webhookResult, { description: 'How many events were received, newly recorded, and newly suppressed.' })
  @ApiOperation({ summary: 'Receive bounce and complaint events' })
  receive(@Req() req: FastifyRequest & { rawBody?: Buffer }, @Headers(SIGNATURE_HEADER) signature: string | undefined) {
    return this.webhook.receive(signature, req.rawBody, req.body);
  }
}
