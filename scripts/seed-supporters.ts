import type { INestApplicationContext } from '@nestjs/common';
import { PrismaService } from '../src/infra/prisma/prisma.service.js';
import { SupporterUpsertService } from '../src/modules/supporters/supporter-upsert.service.js';
import { TX_BULK } from '../src/infra/prisma/transactions.js';

/**
 * A few demo supporters for the demo campaign, fictional and on the reserved example.org domain,
 * made through the same dedupe path as an import (confirmed, consent recorded as "demo data").
 * Idempotent: a second run finds them by their blind index and changes nothing.
 */
const DEMO_SUPPORTERS = [
  {
    email: 'amal.demo@example.org',
    firstName: 'Amal',
    lastName: 'Haddad',
    country: 'US',
    locale: 'en',
    tags: ['volunteer'],
    grants: ['updates', 'digests'],
  },
  {
    email: 'sam.demo@example.org',
    firstName: 'Sam',
    lastName: 'Okafor',
    country: 'US',
    locale: 'en',
    tags: ['phone bank'],
    grants: ['updates'],
  },
  {
    email: 'noor.demo@example.org',
    firstName: 'Noor',
    lastName: 'Khalil',
    country: 'PS',
    locale: 'ar',
    tags: [],
    grants: ['updates', 'digests'],
  },
  {
    email: 'lena.demo@example.org',
    firstName: 'Lena',
    lastName: 'Novak',
    country: 'IE',
    locale: 'en',
    tags: ['volunteer'],
    grants: ['digests'],
  },
] as const;

export async function seedSupporters(
  app: INestApplicationContext,
  ids: { campaignId: string },
  log: (m: string) => void = console.log,
): Promise<void> {
  const upserts = app.get(SupporterUpsertService);
  const results = await app.get(PrismaService).$transaction(
    (tx) =>
      upserts.upsert(
        tx,
        DEMO_SUPPORTERS.map((s) => ({
          campaignId: ids.campaignId,
          fields: {
            email: s.email,
            firstName: s.firstName,
            lastName: s.lastName,
            country: s.country,
            locale: s.locale,
            tags: [...s.tags],
            source: 'demo',
          },
          defaultLocale: 'en',
          grants: [...s.grants],
          consent: { textVersion: 'demo data', source: 'import', formId: 'seed', ipHash: null },
        })),
        { confirmVia: 'import' },
      ),
    // A seed on a busy machine can outlast Prisma's 5 s default (CI saw 6.6 s); it runs once, so wait for it.
    TX_BULK,
  );
  const created = results.filter((r) => r.created).length;
  log(created > 0 ? `Created ${created} demo supporters.` : 'Demo supporters already exist.');
}
