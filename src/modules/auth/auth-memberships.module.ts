import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module.js';
import { AuthModule } from './auth.module.js';
import { MembershipsController } from './memberships.controller.js';

/** Auth routes that join auth and campaigns (see MembershipsController). */
@Module({ imports: [AuthModule, CampaignsModule], controllers: [MembershipsController] })
export class AuthMembershipsModule {}
