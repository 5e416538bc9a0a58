import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const IMPORT_ROUTE = '/campaigns/:campaignId/supporters/import';
const UNSUBSCRIBE_ROUTE = '/public/unsubscribe';
const MULTIPART_MAX = 64 * 1024;

function unsupported(type: string): Error {
  return Object.assign(new Error(`Content-Type ${type} is not accepted here.`), {
    statusCode: 415,
    code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
  });
}

const routeOf = (req: FastifyRequest): string => req.routeOptions?.url ?? '';

/**
 * Two body types only this module takes, each limited to its route:
 * - `text/csv` on the import route is handed over as the raw request stream (the import parses it
 *   row by row and enforces SUPPORTERS_IMPORT_MAX_BYTES), never buffered;
 * - `multipart/form-data` on the one-click unsubscribe, which RFC 8058 allows mail clients to use;
 *   its content (`List-Unsubscribe=One-Click`) carries nothing we need, so it is drained and ignored.
 * Anywhere else these types get the usual 415. Registered only when there is an HTTP server.
 */
@Injectable()
export class SupportersHttpService implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.adapterHost?.httpAdapter;
    if (!adapter) return;
    const fastify = adapter.getInstance<FastifyInstance>();
    if (!fastify?.addContentTypeParser) return;
    if (!fastify.hasContentTypeParser('text/csv')) {
      fastify.addContentTypeParser('text/csv', (req, payload, done) => {
        if (routeOf(req) !== IMPORT_ROUTE) return done(unsupported('text/csv'), undefined);
        done(null, payload);
      });
    }
    if (!fastify.hasContentTypeParser('multipart/form-data')) {
      fastify.addContentTypeParser('multipart/form-data', (req, payload, done) => {
        if (routeOf(req) !== UNSUBSCRIBE_ROUTE) return done(unsupported('multipart/form-data'), undefined);
        let size = 0;
        let settled = false;
        const finish = (err: Error | null, body?: unknown) => {
          if (settled) return;
          settled = true;
          done(err, body);
        };
        payload.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MULTIPART_MAX) {
            finish(Object.assign(new Error('Payload too large'), { statusCode: 413 }));
            payload.destroy();
          }
        });
        payload.on('end', () => finish(null, {}));
        payload.on('error', (err) => finish(err));
      });
    }
  }
}
