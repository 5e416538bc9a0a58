import { Injectable } from '@nestjs/common';
import { AuthService } from '../modules/auth/auth.service.js';
import { OrganizerDirectory } from '../modules/mail/organizer-directory.js';

/** What the mail module sees of organizers (OrganizerDirectory), bound in MailBindingsModule. */
@Injectable()
export class OrganizersForMailService extends OrganizerDirectory {
  constructor(private readonly auth: AuthService) {
    super();
  }

  async email(organizerId: string): Promise<string | null> {
    const [organizer] = await this.auth.findOrganizers([organizerId]);
    return organizer?.email ?? null;
  }
}
