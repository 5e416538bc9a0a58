import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastify } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { operatorAuthorized } from '../common/operator-token.js';
import { problemType } from '../common/problem.js';
import type { AppConfig } from '../config/config.js';
import { QueueService } from '../infra/queue/queue.service.js';

export const QUEUE_DASHBOARD_PATH = '/ops/queues';

/**
 * bull-board on the API role at /ops/queues: queue depths, jobs, failures, retry and clean. It is
 * for whoever operates the deployment, not for a campaign's organizers (queues hold every
 * campaign's jobs), so it opens with the operator token METRICS_TOKEN, and is not mounted at all
 * without one. It is a UI, not part of the API, so it is not in /openapi.json.
 * See docs/decisions/operations.md.
 */
export async function mountQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const token = config.get('METRICS_TOKEN');
  if (!token) return;
  const board = new BullBoardFastify();
  board.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: app
      .get(QueueService)
      .all()
      .map((q) => new BullMQAdapter(q)),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Groundswell queues' } },
  });
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', async (request, reply) => {
      if (operatorAuthorized(token, request.headers.authorization)) return;
      await reply
        .code(401)
        .header('www-authenticate', 'Basic realm="Groundswell operations", charset="UTF-8"')
        .header('content-type', 'application/problem+json')
        .send(
          JSON.stringify({
            type: problemType('unauthorized'),
            title: 'Unauthorized',
            status: 401,
            detail: 'The queue dashboard needs the operator token (METRICS_TOKEN).',
          }),
        );
    });
    await scope.register(board.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
  });
}
