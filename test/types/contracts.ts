/**
 * Compile-fail checks of the typed contracts between modules, run by `npm run typecheck` (this
 * file is never executed). Each `@ts-expect-error` line must be a type error: if the contract were
 * loosened (a template taking any data, a job taking any payload), the error would vanish and the
 * unused directive itself would fail the type check.
 */
import type { Tx } from '../../src/infra/prisma/prisma.service.js';
import { JobHandler } from '../../src/infra/queue/job-handler.decorator.js';
import type { QueueService } from '../../src/infra/queue/queue.service.js';
import type { MailService } from '../../src/modules/mail/mail.service.js';
import type { MailTemplate } from '../../src/modules/mail/mail.types.js';
import { campaignUpdateTemplate } from '../../src/modules/mail/templates/campaign-update.template.js';
import { confirmTemplate } from '../../src/modules/supporters/supporters.templates.js';

export async function mailTemplates(mail: MailService, tx: Tx): Promise<void> {
  const base = { key: 'k', campaignId: 'c', to: { supporterId: 's' } };
  const update = { ...base, category: 'campaign' as const, data: { subject: 'S', body: 'B' } };
  const confirm = { ...base, category: 'transactional' as const, template: confirmTemplate };

  // The right data for each template compiles.
  await mail.enqueue(tx, { ...update, template: campaignUpdateTemplate });
  await mail.enqueue(tx, { ...confirm, data: { confirmUrl: 'u', validDays: 14 } });

  const byName = { ...update, template: 'campaign.update' };
  // @ts-expect-error a template name is not a template
  await mail.enqueue(tx, byName);
  const otherData = { ...confirm, data: { subject: 'S', body: 'B' } };
  // @ts-expect-error another template's data
  await mail.enqueue(tx, otherData);
  const missing = { ...confirm, data: { confirmUrl: 'u' } };
  // @ts-expect-error a missing field (validDays)
  await mail.enqueue(tx, missing);
  const wrongType = { ...confirm, data: { confirmUrl: 'u', validDays: '14' } };
  // @ts-expect-error a field of the wrong type
  await mail.enqueue(tx, wrongType);

  const typed: MailTemplate<{ n: number }> = {
    name: 'test.typed',
    category: 'transactional',
    render: ({ data }) => ({ subject: String(data.n + 1), html: '', text: '' }),
  };
  // @ts-expect-error a template's render sees only its own data
  typed.render({ locale: 'en', data: { m: 1 }, recipient: null, campaign: null, links: {}, publicUrl: '' });
}

export async function jobPayloads(queues: QueueService): Promise<void> {
  await queues.add('mail.send', { id: 'x' }, { jobId: 'j' });
  await queues.add('statements.publish-scheduled', { statementId: 's', version: 2 }, { jobId: 'j' });

  // @ts-expect-error the payload of another job
  await queues.add('mail.send', { broadcastId: 'x' }, { jobId: 'j' });
  // @ts-expect-error a field of the wrong type
  await queues.add('statements.publish-scheduled', { statementId: 's', version: '2' }, { jobId: 'j' });
  // @ts-expect-error a job that is not in the registry
  await queues.add('mail.sendd', { id: 'x' }, { jobId: 'j' });
}

export class Handlers {
  @JobHandler('mail.send')
  send(data: { id: string }): string {
    return data.id;
  }

  @JobHandler('digests.purge')
  purge(): void {}

  // @ts-expect-error a handler expecting data its job does not carry
  @JobHandler('broadcasts.expand')
  expand(data: { id: string }): string {
    return data.id;
  }
}
