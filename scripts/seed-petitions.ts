import type { INestApplicationContext } from '@nestjs/common';
import { PetitionsService } from '../src/modules/petitions/petitions.service.js';

/**
 * The demo campaign's petition: the one Microsoft workers organizing as No Azure for Apartheid
 * circulated in May 2024, calling on the company to end its contracts with the Israeli military.
 * The text below is a short demo summary in our own words, not the petition's verbatim text, and
 * makes no claim about how many people signed it. Idempotent: looked up by slug.
 */
export const DEMO_PETITION_SLUG = 'end-the-contracts';

const BODY_EN = `Microsoft workers organizing as **No Azure for Apartheid** started this petition in May 2024.

We call on Microsoft to:

- end its cloud and AI contracts with the Israeli military and government;
- be transparent with its own workers about what their labour is used for;
- protect the workers who speak up.

We signed up to build technology that helps people, not to power a military campaign.`;

const BODY_AR = `أطلق عاملون في مايكروسوفت ينظّمون تحت اسم **لا لأزور للأبارتهايد** هذه العريضة في أيار/مايو 2024.

نطالب مايكروسوفت بأن:

- تنهي عقود الحوسبة السحابية والذكاء الاصطناعي مع الجيش والحكومة الإسرائيلية؛
- تكون شفافة مع عامليها بشأن استخدامات عملهم؛
- تحمي العاملين الذين يرفعون أصواتهم.`;

export async function seedPetitions(
  app: INestApplicationContext,
  ids: { campaignId: string; organizerId: string },
  log: (m: string) => void = console.log,
): Promise<void> {
  const petitions = app.get(PetitionsService);
  if (await petitions.findBySlug(ids.campaignId, DEMO_PETITION_SLUG)) {
    log(`Demo petition ${DEMO_PETITION_SLUG} already exists.`);
    return;
  }
  await petitions.create({ organizerId: ids.organizerId }, ids.campaignId, {
    slug: DEMO_PETITION_SLUG,
    locale: 'en',
    title: 'Microsoft: end your contracts with the Israeli military',
    target: 'Microsoft leadership',
    body: BODY_EN,
    goal: 2000,
    thresholds: [100, 500, 1000, 2000],
    status: 'open',
    variants: {
      ar: {
        title: 'مايكروسوفت: أنهوا عقودكم مع الجيش الإسرائيلي',
        target: 'إدارة مايكروسوفت',
        body: BODY_AR,
      },
    },
  });
  log(`Created the demo petition "${DEMO_PETITION_SLUG}" (open, English and Arabic).`);
}
