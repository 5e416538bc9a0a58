import {
  applyDecorators,
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBody, ApiConsumes, ApiParam, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { z } from 'zod';
import { UUID_RE } from './ids.js';
import { inlineJsonSchema, openApiSchema } from './openapi-schemas.js';
import { type FieldError, Problem } from './problem.js';

/**
 * Request validation and OpenAPI from one Zod schema per input. Objects are strict (unknown fields
 * are rejected) and nothing is coerced unless the schema says so, so what the docs describe is
 * exactly what the server accepts.
 */

type JsonSchema = Record<string, unknown>;

/** OpenAPI schema of a body; named schemas inside become `$ref`s (see openapi-schemas.ts). */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return openApiSchema(schema, io);
}

export function zodIssues(error: z.ZodError, root?: string): FieldError[] {
  return error.issues.map((issue) => {
    const parts = [...(root ? [root] : []), ...issue.path.map(String)];
    let path = parts.join('.') || root || '(body)';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      path = [...parts, issue.keys[0]].join('.');
      message = `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    }
    return { path, message, code: issue.code };
  });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, root?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = zodIssues(result.error, root);
    throw Problem.validation(errors, errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  }
  return result.data;
}

/** Registers OpenAPI metadata from a parameter decorator, which has no descriptor of its own. */
function describeMethod(target: object, key: string | symbol | undefined, decorator: MethodDecorator): void {
  if (key === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor) decorator(target, key, descriptor);
}

const FORM_TYPES = ['application/x-www-form-urlencoded'];

/**
 * Validated request body. With `{ form: true }` the route also takes plain HTML form posts; form
 * values arrive as strings, so the schema should use the `formBool`/`formInt` helpers below.
 */
export function ValidBody(
  schema: z.ZodType,
  options: { form?: boolean; description?: string } = {},
): ParameterDecorator {
  const pipe = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    return parseOrThrow(schema, req.body ?? {});
  })();
  return (target, key, index) => {
    pipe(target, key, index);
    describeMethod(
      target,
      key,
      ApiBody({ required: true, description: options.description, schema: jsonSchema(schema, 'input') }),
    );
    describeMethod(target, key, ApiConsumes('application/json', ...(options.form ? FORM_TYPES : [])));
  };
}

/** Validated query string. Query values are strings: use z.coerce or the helpers for numbers. */
export function ValidQuery(schema: z.ZodObject): ParameterDecorator {
  const pipe = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    return parseOrThrow(schema, req.query ?? {});
  })();
  return (target, key, index) => {
    pipe(target, key, index);
    const js = inlineJsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      describeMethod(
        target,
        key,
        ApiQuery({
          name,
          required: js.required?.includes(name) ?? false,
          schema: prop,
          description: prop.description as string,
        }),
      );
    }
  };
}

/** A path parameter holding a UUID; anything else is a 400 naming the parameter. */
export function IdParam(name: string): ParameterDecorator {
  return PathParam(name, z.string().regex(UUID_RE, 'must be a UUID'));
}

export function PathParam(name: string, schema: z.ZodType = z.string().min(1).max(200)): ParameterDecorator {
  const pipe = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
    const req = ctx.switchToHttp().getRequest<FastifyRequest<{ Params: Record<string, string> }>>();
    return parseOrThrow(schema, req.params[name], name);
  })();
  return (target, key, index) => {
    pipe(target, key, index);
    describeMethod(target, key, ApiParam({ name, required: true, schema: inlineJsonSchema(schema, 'input') as never }));
  };
}

export const RESPONSE_SCHEMA = 'groundswell:response-schema';

/**
 * Declares the response body. The schema is also applied to what the handler returns, so a field
 * that is not in the contract (a password hash, an email) can never leak into a response.
 */
export function ApiResult(schema: z.ZodType, options: { status?: number; description?: string } = {}): MethodDecorator {
  const status = options.status ?? 200;
  return applyDecorators(
    SetMetadata(RESPONSE_SCHEMA, schema),
    ApiResponse({
      status,
      description: options.description ?? 'Success',
      content: { 'application/json': { schema: jsonSchema(schema, 'output') } },
    } as never),
  );
}

/** A response that is not JSON (CSV, HTML, calendars, feeds); documented by media type. */
export function ApiRawResult(mediaType: string, description: string, status = 200): MethodDecorator {
  return ApiResponse({ status, description, content: { [mediaType]: { schema: { type: 'string' } } } } as never);
}

@Injectable()
export class ResponseSchemaInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const schema = this.reflector.get<z.ZodType | undefined>(RESPONSE_SCHEMA, ctx.getHandler());
    if (!schema) return next.handle();
    return next.handle().pipe(map((value) => schema.parse(value)));
  }
}

// Helpers for values that arrive as strings (query strings, HTML forms).
export const formBool = z
  .union([z.boolean(), z.enum(['true', 'false', 'on', 'off', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === 'on' || v === '1' || v === 'yes');

export const queryInt = (min: number, max: number) =>
  z
    .union([z.number().int(), z.string().regex(/^-?\d+$/, 'must be a whole number')])
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const isoDateTime = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
