import type { INestApplicationContext } from '@nestjs/common';
import { PrismaService } from '../src/infra/prisma/prisma.service.js';
import { SupportersService } from '../src/modules/supporters/supporters.service.js';
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
  const supporters = app.get(SupportersService);
  const created = await app.get(PrismaService).$transaction(
    async (tx) => {
      let n = 0;
      for (const s of DEMO_SUPPORTERS) {
        const r = await supporters.upsertRow(
          tx,
          ids.campaignId,
          {
            email: s.email,
            firstName: s.firstName,
            lastName: s.lastName,
            country: s.country,
            locale: s.locale,
            tags: [...s.tags],
            source: 'demo',
          },
          {
            grants: [...s.grants],
            textVersion: 'demo data',
            consentSource: 'import',
            formId: 'seed',
            ipHash: null,
            defaultLocale: 'en',
            confirmVia: 'import',
          },
        );
        if (r.created) n++;
      }
      return n;
    },
    // A seed on a busy machine can outlast Prisma's 5 s default (CI saw 6.6 s); it runs once, so wait for it.
    TX_BULK,
  );
  log(created > 0 ? `Created ${created} demo supporters.` : 'Demo supporters already exist.');
}
