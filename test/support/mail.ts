import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { MailService } from '../../src/modules/mail/mail.service.js';
import {
  type CampaignUpdateData,
  campaignUpdateTemplate,
} from '../../src/modules/mail/templates/campaign-update.template.js';
import type { TestApp } from './app.js';
import { unique } from './factories.js';

/** A header as it arrived (unfolded), for headers mailparser turns into structured values. */
export function rawHeader(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** One campaign update (campaign mail, with List-Unsubscribe) to a supporter, through the outbox; returns its row id. */
export async function enqueueUpdate(
  t: TestApp,
  campaignId: string,
  supporterId: string,
  data: CampaignUpdateData = { subject: 'News', body: 'Body' },
): Promise<string> {
  const { id } = await t.app.get(PrismaService).$transaction((tx) =>
    t.app.get(MailService).enqueue(tx, {
      key: unique('update'),
      template: campaignUpdateTemplate,
      campaignId,
      category: 'campaign',
      to: { supporterId },
      data,
    }),
  );
  return id;
}
