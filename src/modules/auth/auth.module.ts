import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { AccountService } from './account.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { SessionCookiesService } from './session-cookies.service.js';
import { TwoFactorService } from './two-factor.service.js';

@Module({
  imports: [MailModule],
  controllers: [AuthController],
  providers: [AuthService, AccountService, LoginThrottleService, SessionCookiesService, TwoFactorService],
  exports: [AuthService, SessionCookiesService],
})
export class AuthModule {}
