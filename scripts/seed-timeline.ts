import type { INestApplicationContext } from '@nestjs/common';
import { CampaignsService } from '../src/modules/campaigns/campaigns.service.js';
import { MilestonesService } from '../src/modules/milestones/milestones.service.js';
import { StatementsService } from '../src/modules/statements/statements.service.js';

/**
 * The demo campaign's timeline and a published statement, from public reporting. Claims are kept
 * modest and attributed; sources are named by publication (their links go to the publication, not
 * to an article URL we could not verify). Idempotent: milestones carry seed keys, the statement is
 * looked up by slug, and no alert is sent (notify: false) because seeding must never email anyone.
 */
const WIN_STATEMENT_SLUG = 'microsoft-ceases-specified-imod-services';
const CAMPAIGN_START = '2024-05-01';

export async function seedTimeline(
  app: INestApplicationContext,
  ids: { campaignId: string; organizerId: string },
  log: (m: string) => void = console.log,
): Promise<void> {
  const campaigns = app.get(CampaignsService);
  const statements = app.get(StatementsService);
  const milestones = app.get(MilestonesService);
  const actor = { organizerId: ids.organizerId, role: 'owner' as const };

  const campaign = await campaigns.get(ids.campaignId);
  if (!campaign.startedOn) {
    // The day count of the timeline runs from the first recorded milestone (the petition, May 2024).
    await campaigns.update(actor, ids.campaignId, { startedOn: new Date(`${CAMPAIGN_START}T00:00:00Z`) });
    log(`Set the demo campaign's start day to ${CAMPAIGN_START}.`);
  }

  let statement = await statements.findBySlug(ids.campaignId, WIN_STATEMENT_SLUG);
  if (!statement) {
    const created = await statements.create(actor, ids.campaignId, {
      slug: WIN_STATEMENT_SLUG,
      primaryLocale: 'en',
      variants: {
        en: {
          title: 'Microsoft cuts off services to an Israeli military unit: a first win, and not enough',
          summary:
            "Workers' organizing moved one of the world's largest companies. The rest of the contracts still stand.",
          body: [
            "On 25 September 2025, according to public reporting and Microsoft's own statement, Microsoft said it had ceased and disabled",
            'a set of specified subscriptions and services used by a unit within the Israel Ministry of Defense, after a review prompted by',
            'press reports that its Azure cloud had been used to store surveillance data on Palestinians.',
            '',
            'This is the first time, as far as has been publicly reported, that a major US technology company has withdrawn services from',
            'the Israeli military over how they were used. It came after more than a year of petitions, vigils and protests by Microsoft',
            'workers, including the protests at the Redmond headquarters in August 2025.',
            '',
            "It is not enough. The decision covers specified services to one unit; Microsoft's wider cloud and AI contracts with the Israeli",
            'military and government remain. We will keep organizing until they end.',
            '',
            '*Sources: Microsoft On the Issues (statement by Brad Smith, 25 September 2025); The Guardian; other public reporting.*',
          ].join('\n'),
        },
        ar: {
          title: 'مايكروسوفت توقف خدمات عن وحدة عسكرية إسرائيلية: انتصار أول، لكنه لا يكفي',
          summary: 'تنظيم العاملين حرّك واحدة من أكبر الشركات في العالم. أما بقية العقود فما زالت قائمة.',
          body: [
            'في 25 أيلول/سبتمبر 2025، وبحسب تقارير منشورة وبيان مايكروسوفت نفسها، أعلنت الشركة أنها أوقفت وعطّلت اشتراكات وخدمات محددة',
            'كانت تستخدمها وحدة تابعة لوزارة الدفاع الإسرائيلية، بعد مراجعة أعقبت تقارير صحفية عن استخدام سحابة Azure لتخزين بيانات مراقبة للفلسطينيين.',
            '',
            'هذا القرار لا يكفي: فهو يشمل خدمات محددة لوحدة واحدة، بينما تبقى عقود مايكروسوفت الأوسع في الحوسبة السحابية والذكاء الاصطناعي',
            'مع الجيش والحكومة الإسرائيليين قائمة. سنواصل التنظيم حتى تنتهي.',
          ].join('\n'),
        },
      },
      note: 'seed',
    });
    statement = await statements.publish(actor, ids.campaignId, created.id, { notify: false });
    log(`Published the demo statement "${WIN_STATEMENT_SLUG}".`);
  } else {
    log(`Demo statement ${WIN_STATEMENT_SLUG} already exists.`);
  }

  const entries = [
    {
      key: 'seed:petition-2024-05',
      kind: 'action' as const,
      occurredOn: CAMPAIGN_START,
      title: 'Workers launch the No Azure for Apartheid petition',
      description:
        'In May 2024, according to public reporting, Microsoft workers organizing as No Azure for Apartheid circulated a petition calling on the ' +
        'company to end its Azure cloud and AI contracts with the Israeli military and government. (Dated to the first of the month; the exact day is not recorded here.)',
      translations: {
        ar: {
          title: 'العاملون يطلقون عريضة «لا لـ Azure للأبارتهايد»',
          description:
            'في أيار/مايو 2024، وبحسب تقارير منشورة، أطلق عاملون في مايكروسوفت عريضة تطالب الشركة بإنهاء عقودها مع الجيش والحكومة الإسرائيليين.',
        },
      },
      sourceLinks: [],
    },
    {
      key: 'seed:redmond-protests-2025-08',
      kind: 'escalation' as const,
      occurredOn: '2025-08-19',
      title: "Protests at Microsoft's Redmond headquarters",
      description:
        "In August 2025, according to public reporting, workers and supporters protested at Microsoft's headquarters in Redmond, Washington, " +
        'including an encampment on the campus; arrests were reported over the following days.',
      translations: {
        ar: {
          title: 'احتجاجات في مقر مايكروسوفت في ريدموند',
          description:
            'في آب/أغسطس 2025، وبحسب تقارير منشورة، احتج عاملون ومتضامنون في مقر مايكروسوفت في ريدموند بولاية واشنطن.',
        },
      },
      sourceLinks: [
        {
          url: 'https://www.geekwire.com/',
          publisher: 'GeekWire',
          title: 'Coverage of the Redmond protests, August 2025',
        },
        {
          url: 'https://apnews.com/',
          publisher: 'Associated Press',
          title: 'Coverage of the Redmond protests, August 2025',
        },
      ],
    },
    {
      key: 'seed:microsoft-ceases-imod-services-2025-09-25',
      kind: 'win' as const,
      occurredOn: '2025-09-25',
      title: 'Microsoft ceases and disables specified Israel Ministry of Defense subscriptions',
      description:
        "According to public reporting and a statement by Microsoft's president, Microsoft said on 25 September 2025 that it had ceased and disabled " +
        'specified subscriptions and services used by a unit within the Israel Ministry of Defense, following a review prompted by press reports.',
      translations: {
        ar: {
          title: 'مايكروسوفت توقف وتعطّل اشتراكات محددة لوزارة الدفاع الإسرائيلية',
          description:
            'بحسب تقارير منشورة وبيان لرئيس مايكروسوفت، أعلنت الشركة في 25 أيلول/سبتمبر 2025 أنها أوقفت وعطّلت اشتراكات وخدمات محددة لوحدة تابعة لوزارة الدفاع الإسرائيلية.',
        },
      },
      sourceLinks: [
        {
          url: 'https://blogs.microsoft.com/on-the-issues/',
          publisher: 'Microsoft On the Issues',
          title: 'Statement by Brad Smith, 25 September 2025',
        },
        {
          url: 'https://www.theguardian.com/',
          publisher: 'The Guardian',
          title: 'Reporting on Microsoft and the Israeli military, 2025',
        },
      ],
      statementId: statement.id,
    },
  ];
  for (const entry of entries) {
    // Idempotent on the key: a second run returns the milestone recorded by the first.
    await milestones.create(actor, ids.campaignId, { ...entry, locale: 'en', notify: false });
  }
  log(`Demo timeline: ${entries.length} milestones from public reporting.`);
}
