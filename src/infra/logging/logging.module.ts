import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../../config/config.js';
import { REDACT_PATHS, scrub } from './redaction.js';

const REQUEST_ID_RE = /^[\w.:-]{1,100}$/;

/** The request id a client sent (when well-formed) or a new one (Fastify's genReqId); echoed in the response. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID_RE.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL'),
          base: { service: 'groundswell', role: config.get('APP_ROLE') },
          redact: { paths: REDACT_PATHS, censor: '[redacted]' },
          formatters: { log: (obj: Record<string, unknown>) => scrub(obj) as Record<string, unknown> },
          hooks: {
            logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
              method.apply(
                this,
                args.map((a) => (typeof a === 'string' ? scrub(a) : a)),
              );
            },
          },
          // Request lines are written by a Fastify onResponse hook (see app/bootstrap.ts).
          autoLogging: false,
        },
      }),
    }),
  ],
})
export class LoggingModule {}
