import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MailModule } from '../mail/mail.module.js';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsPublicController } from './campaigns.public.controller.js';
import { CampaignsService } from './campaigns.service.js';
import { PersonalDataExportsService } from './personal-data-exports.service.js';

@Module({
  imports: [AuthModule, MailModule],
  controllers: [CampaignsController, CampaignsPublicController],
  providers: [CampaignsService, PersonalDataExportsService],
  exports: [CampaignsService, PersonalDataExportsService],
})
export class CampaignsModule {}
