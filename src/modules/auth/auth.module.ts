import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { SessionCookies } from './session-cookie.js';

@Module({
  controllers: [AuthController],
  providers: [AuthService, SessionCookies],
  exports: [AuthService, SessionCookies],
})
export class AuthModule {}
