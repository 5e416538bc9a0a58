import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { AccountService } from './account.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionCookies } from './session-cookie.js';
import { TwoFactorService } from './two-factor.service.js';

@Module({
  imports: [MailModule],
  controllers: [AuthController],
  providers: [AuthService, AccountService, LoginThrottle, SessionCookies, TwoFactorService],
  exports: [AuthService, SessionCookies],
})
export class AuthModule {}
