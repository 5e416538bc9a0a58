import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { CAMPAIGN_ROLE, IS_PUBLIC } from '../common/auth/auth.decorators.js';
import {
  expandSchemas,
  type JsonSchema,
  nameSchema,
  operationId,
  pascal,
  registerSchema,
  resolvedComponents,
} from '../common/openapi-schemas.js';
import { RATE_LIMITS } from '../common/rate-limit/rate-limit.decorator.js';
import { nameSharedSchemas } from './openapi-names.js';

/**
 * The OpenAPI document, good enough to generate a typed client from: every operation has an
 * operationId and a summary, every JSON body is a named schema, and the problem+json answers each
 * operation can give are derived from the same decorators the guards read (auth, campaign role,
 * rate limits, validated input), so the document cannot drift from what the server does.
 */

export const SESSION_COOKIE = 'gs_session';

const fieldError = z
  .object({
    path: z.string().describe('Dotted path of the offending field from the body, query or parameter root.'),
    message: z.string(),
    code: z.string().optional().describe('Machine-readable reason, e.g. too_small, invalid_format.'),
  })
  .meta({ id: 'FieldError' });

const problem = z
  .object({
    type: z.string().describe('Stable URI of the error kind (urn:groundswell:problem:<kind>); switch on this.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional().describe('For people; wording may change.'),
    instance: z.string().optional(),
    requestId: z.string().optional().describe('Quote it when reporting a problem.'),
    errors: z.array(fieldError).optional().describe('Present on validation errors: one entry per offending field.'),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'An RFC 9457 problem. Kinds may carry extra members.' });

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each offending field.',
  401: 'No credentials, or the token or session is invalid, expired or revoked.',
  403: 'Your role does not allow this.',
  404: 'Not found (campaigns you are not a member of answer 404 too).',
  409: 'Conflicts with the current state of the resource.',
  410: 'Gone.',
  413: 'The body is too large.',
  422: 'Well-formed but cannot be processed in the current state.',
  429: 'Rate limited; see the Retry-After header.',
};

interface RouteFacts {
  isPublic: boolean;
  campaignScoped: boolean;
  rateLimited: boolean;
}

/** What the guards will do for each operation, read from the same metadata they read. */
function routeFacts(app: NestFastifyApplication): Map<string, RouteFacts> {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const facts = new Map<string, RouteFacts>();
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance) continue;
    const proto = Object.getPrototypeOf(instance) as object;
    const classPublic = Boolean(reflector.get(IS_PUBLIC, proto.constructor));
    for (const name of scanner.getAllMethodNames(proto)) {
      const fn = instance[name] as () => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, fn) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      const isPublic = classPublic || Boolean(reflector.get(IS_PUBLIC, fn));
      facts.set(operationId(proto.constructor.name, name), {
        isPublic,
        campaignScoped: Boolean(reflector.get(CAMPAIGN_ROLE, fn)),
        rateLimited: isPublic || Boolean(reflector.get(RATE_LIMITS, fn)),
      });
    }
  }
  return facts;
}

type Operation = {
  operationId: string;
  parameters?: { in: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
  security?: Record<string, string[]>[];
};

const isInlineObject = (schema: JsonSchema | undefined): schema is JsonSchema =>
  !!schema && typeof schema.$ref !== 'string' && schema.type !== 'string';

const refName = (schema: unknown): string | undefined => {
  const ref = (schema as JsonSchema | undefined)?.$ref;
  return typeof ref === 'string' ? ref.replace(/^.*\//, '').replace(/@input$/, '') : undefined;
};

/** `{ items: Petition[], nextCursor }` is a `PetitionPage`, `{ items: Petition[] }` a `PetitionList`. */
function listName(schema: JsonSchema): string | undefined {
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (!props?.items || Object.keys(props).some((k) => k !== 'items' && k !== 'nextCursor')) return undefined;
  const item = refName(props.items.items);
  return item && `${item}${props.nextCursor ? 'Page' : 'List'}`;
}

/** Moves a body schema written inline into components, named after what it lists or its operation. */
function nameInlineBodies(op: Operation): void {
  const base = pascal(op.operationId);
  for (const media of Object.values(op.requestBody?.content ?? {}))
    if (isInlineObject(media.schema)) media.schema = nameSchema([`${base}Body`], media.schema, 'input');
  const ok = Object.keys(op.responses).filter((s) => s.startsWith('2'));
  for (const status of ok)
    for (const media of Object.values(op.responses[status].content ?? {}))
      if (isInlineObject(media.schema))
        media.schema = nameSchema(
          [listName(media.schema), `${base}Response${status === ok[0] ? '' : status}`].filter((n) => n !== undefined),
          media.schema,
          'output',
        );
}

function addProblems(op: Operation, facts: RouteFacts | undefined, problemRef: JsonSchema): void {
  const statuses = new Set(
    Object.keys(op.responses)
      .map(Number)
      .filter((s) => s >= 400 && s < 500),
  );
  const validated = (op.parameters?.length ?? 0) > 0 || !!op.requestBody;
  if (validated) statuses.add(400);
  if (facts && !facts.isPublic) statuses.add(401);
  if (facts?.campaignScoped) statuses.add(403).add(404);
  if (op.parameters?.some((p) => p.in === 'path')) statuses.add(404);
  if (facts?.rateLimited) statuses.add(429);
  if (op.requestBody) statuses.add(413);
  for (const status of [...statuses].sort()) {
    const existing = op.responses[status] ?? {};
    op.responses[status] = {
      ...existing,
      description: existing.description ?? DEFAULT_DESCRIPTIONS[status] ?? 'Error.',
      content: { 'application/problem+json': { schema: problemRef } },
    };
  }
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Groundswell API')
    .setDescription(
      'Campaign organizing backend. Organizer routes need an opaque bearer token (`Authorization: Bearer <token>`, ' +
        'from POST /auth/login or a personal API token) or, in the console, the `gs_session` cookie. Routes under ' +
        '/public are for supporters and are rate limited. Errors are RFC 9457 problem+json.',
    )
    .setVersion('0.1.0')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'An opaque session or API token (not a JWT).' },
      'bearer',
    )
    .addCookieAuth(
      SESSION_COOKIE,
      { type: 'apiKey', in: 'cookie', description: 'The console session cookie (HttpOnly); writes also need CSRF.' },
      'session',
    )
    .build();
  nameSharedSchemas();
  const doc = expandSchemas(SwaggerModule.createDocument(app, config, { operationIdFactory: operationId }));
  delete (doc.components?.securitySchemes?.bearer as { bearerFormat?: string } | undefined)?.bearerFormat;
  const facts = routeFacts(app);
  const problemRef = registerSchema('Problem', problem);
  for (const item of Object.values(doc.paths))
    for (const op of Object.values(item) as Operation[]) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      const f = facts.get(op.operationId);
      if (f) op.security = f.isPublic ? [] : [{ bearer: [] }, { session: [] }];
      nameInlineBodies(op);
      addProblems(op, f, problemRef);
    }
  const { schemas, resolve } = resolvedComponents();
  const resolved = resolve(doc);
  resolved.components = { ...resolved.components, schemas: { ...resolved.components?.schemas, ...schemas } };
  return resolved;
}
