import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { runWithServices } from './context.js';
import { seedDemoApiToken } from './seed-api-token.js';
import { seedEvents } from './seed-events.js';
import { seedPetitions } from './seed-petitions.js';
import { seedSupporters } from './seed-supporters.js';
import { seedTimeline } from './seed-timeline.js';

/**
 * Idempotent demo data: the "No Azure for Apartheid" campaign and its first organizer. Each step
 * looks for what it would create and skips it when present, so running it twice changes nothing.
 */
export const DEMO_SLUG = 'no-azure-for-apartheid';
export const DEMO_ORGANIZER_EMAIL = 'organizer@groundswell.localhost';

export async function seedDemo(
  app: INestApplicationContext,
  log: (m: string) => void = console.log,
): Promise<{ campaignId: string; organizerId: string }> {
  const auth = app.get(AuthService);
  const campaigns = app.get(CampaignsService);

  let organizer = await auth.findOrganizerByEmail(DEMO_ORGANIZER_EMAIL);
  if (!organizer) {
    const password = randomBytes(12).toString('base64url');
    organizer = await auth.createOrganizer({ email: DEMO_ORGANIZER_EMAIL, name: 'Demo Organizer', password });
    log(
      `Created the first organizer. Sign in to the console at /admin (http://localhost:3000/admin locally) with these credentials (shown only this once):\n  email:    ${DEMO_ORGANIZER_EMAIL}\n  password: ${password}`,
    );
  } else {
    log(`Organizer ${DEMO_ORGANIZER_EMAIL} already exists (password unchanged).`);
  }

  let campaign = await campaigns.findBySlug(DEMO_SLUG);
  if (!campaign) {
    campaign = await campaigns.create(
      { organizerId: organizer.id },
      {
        slug: DEMO_SLUG,
        name: 'No Azure for Apartheid',
        summary:
          "Microsoft workers organizing to end the company's cloud and AI contracts with the Israeli military and government.",
        timeZone: 'America/Los_Angeles',
        defaultLocale: 'en',
      },
    );
    log(`Created the demo campaign "${campaign.name}" (${DEMO_SLUG}).`);
  } else {
    log(`Demo campaign ${DEMO_SLUG} already exists.`);
  }
  await seedSupporters(app, { campaignId: campaign.id }, log);
  await seedEvents(app, { campaignId: campaign.id, organizerId: organizer.id }, log);
  await seedTimeline(app, { campaignId: campaign.id, organizerId: organizer.id }, log);
  await seedPetitions(app, { campaignId: campaign.id, organizerId: organizer.id }, log);
  return { campaignId: campaign.id, organizerId: organizer.id };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void runWithServices(async (app, config) => {
    await seedDemoApiToken(app, config, await seedDemo(app));
  });
}
