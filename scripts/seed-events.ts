import type { INestApplicationContext } from '@nestjs/common';
import { EventsService } from '../src/modules/events/events.service.js';
import { toLocalIso } from '../src/common/zoned-time.js';

/**
 * The demo campaign's rallies, from public reporting: the August 2025 protest encampment outside
 * Microsoft's headquarters in Redmond, WA (completed), and an upcoming rally at the same place.
 * Idempotent: each event is looked up by its slug first.
 */
const HQ = {
  name: 'East Campus Plaza, Microsoft headquarters',
  address: 'One Microsoft Way',
  locality: 'Redmond',
  region: 'WA',
  postalCode: '98052',
  country: 'US',
  latitude: 47.6396,
  longitude: -122.1283,
};
const ZONE = 'America/Los_Angeles';

export async function seedEvents(
  app: INestApplicationContext,
  ids: { campaignId: string; organizerId: string },
  log: (m: string) => void = console.log,
): Promise<void> {
  const events = app.get(EventsService);
  const actor = { organizerId: ids.organizerId, role: 'owner' as const };

  const pastSlug = 'redmond-hq-encampment-august-2025';
  if (!(await events.findBySlug(ids.campaignId, pastSlug))) {
    const past = await events.create(actor, ids.campaignId, {
      slug: pastSlug,
      title: 'Rally and encampment outside Microsoft headquarters',
      description:
        "Microsoft workers and community members gathered at the East Campus Plaza of Microsoft's Redmond headquarters, " +
        'renamed it the "Liberated Zone", and demanded that the company end its Azure cloud and AI contracts with the Israeli military. ' +
        'Police arrested protesters over the following days, as widely reported in August 2025.',
      startsAt: '2025-08-19T12:00',
      endsAt: '2025-08-19T18:00',
      timeZone: ZONE,
      location: HQ,
      visibility: 'public',
      capacity: null,
      waitlistEnabled: false,
      maxGuests: 2,
    });
    await events.update(actor, ids.campaignId, past.id, { status: 'completed' });
    log(`Created the completed event "${past.title}" (19 August 2025, Redmond).`);
  } else {
    log(`Event ${pastSlug} already exists.`);
  }

  const upcomingSlug = 'redmond-hq-rally';
  if (!(await events.findBySlug(ids.campaignId, upcomingSlug))) {
    // the first Saturday at least three weeks from now, noon in Redmond
    const day = new Date(Date.now() + 21 * 86_400_000);
    while (new Date(`${toLocalIso(day, ZONE).slice(0, 10)}T12:00:00Z`).getUTCDay() !== 6)
      day.setTime(day.getTime() + 86_400_000);
    const date = toLocalIso(day, ZONE).slice(0, 10);
    const upcoming = await events.create(actor, ids.campaignId, {
      slug: upcomingSlug,
      title: 'Rally at Microsoft headquarters: No Azure for Apartheid',
      description:
        'Join Microsoft workers and supporters outside the Redmond headquarters. Bring signs and water; stewards will be in yellow vests.',
      startsAt: `${date}T12:00`,
      endsAt: `${date}T15:00`,
      timeZone: ZONE,
      location: HQ,
      visibility: 'public',
      capacity: 500,
      waitlistEnabled: true,
      maxGuests: 3,
      rsvpDeadline: `${date}T10:00`,
    });
    log(
      `Created the upcoming event "${upcoming.title}" (${date}, ${upcoming.localStart} ${upcoming.zoneAbbreviation}).`,
    );
  } else {
    log(`Event ${upcomingSlug} already exists.`);
  }
}
