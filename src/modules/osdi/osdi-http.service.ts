import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';

const PREFIX = '/osdi/';
const BODY_LIMIT = 256 * 1024;

/**
 * Two things OSDI clients do that the rest of the API does not:
 * - they send `application/hal+json` bodies (parsed as JSON, on OSDI routes only);
 * - they authenticate with an `OSDI-API-Token` header or an `osdi-api-token` query parameter. The
 *   token is handed to the ordinary `Authorization: Bearer` path, so the global AccessGuard maps
 *   it to an organizer and checks campaign membership exactly as for the main API.
 */
@Injectable()
export class OsdiHttpService implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost?.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify?.addHook) return;
    if (!fastify.hasContentTypeParser('application/hal+json')) {
      fastify.addContentTypeParser(
        'application/hal+json',
        { parseAs: 'string', bodyLimit: BODY_LIMIT },
        (req, body, done) => {
          if (!req.url.startsWith(PREFIX))
            return done(
              Object.assign(new Error('Content-Type application/hal+json is not accepted here.'), { statusCode: 415 }),
              undefined,
            );
          try {
            done(null, body === '' ? {} : JSON.parse(body as string));
          } catch {
            done(
              Object.assign(new Error('The body is not valid JSON.'), {
                statusCode: 400,
                code: 'FST_ERR_CTP_INVALID_JSON_BODY',
              }),
              undefined,
            );
          }
        },
      );
    }
    fastify.addHook('onRequest', (req, _reply, done) => {
      if (req.url.startsWith(PREFIX) && !req.headers.authorization) {
        const header = req.headers['osdi-api-token'];
        const fromHeader = Array.isArray(header) ? header[0] : header;
        const fromQuery = fromHeader
          ? undefined
          : new URLSearchParams(req.url.split('?')[1] ?? '').get('osdi-api-token');
        const token = fromHeader ?? fromQuery;
        if (token) req.headers.authorization = `Bearer ${token}`;
      }
      done();
    });
  }
}
