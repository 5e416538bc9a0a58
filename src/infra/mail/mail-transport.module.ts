import { Global, Module } from '@nestjs/common';
import { MailTransport } from './mail-transport.service.js';
import { SmtpHealth } from './smtp-health.js';

@Global()
@Module({ providers: [MailTransport, SmtpHealth], exports: [MailTransport, SmtpHealth] })
export class MailTransportModule {}
