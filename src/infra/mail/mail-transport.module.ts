import { Global, Module } from '@nestjs/common';
import { MailTransportService } from './mail-transport.service.js';
import { SmtpHealthService } from './smtp-health.service.js';

@Global()
@Module({ providers: [MailTransportService, SmtpHealthService], exports: [MailTransportService, SmtpHealthService] })
export class MailTransportModule {}
