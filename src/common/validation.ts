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
  assertStorableText(value, root);
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
  options: { form?: boolean; description?: string; dropInvalidInForms?: readonly string[] } = {},
): ParameterDecorator {
  const pipe = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const body = req.body ?? {};
    if (options.form && options.dropInvalidInForms?.length && isFormBody(req))
      return parseOrThrow(schema, withoutInvalid(schema, body, options.dropInvalidInForms));
    return parseOrThrow(schema, body);
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

function isFormBody(req: FastifyRequest): boolean {
  return String(req.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith(FORM_TYPES[0]);
}

/**
 * The body without those of `fields` that fail validation: for values a person at an HTML form
 * cannot see or fix (a referral code from the link they followed), which must not block the form.
 */
function withoutInvalid(schema: z.ZodType, body: unknown, fields: readonly string[]): unknown {
  if (!body || typeof body !== 'object') return body;
  const result = schema.safeParse(body);
  if (result.success) return body;
  const bad = new Set(result.error.issues.map((i) => String(i.path[0])).filter((f) => fields.includes(f)));
  if (bad.size === 0) return body;
  return Object.fromEntries(Object.entries(body).filter(([k]) => !bad.has(k)));
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

// ---------- input safety: text every layer below can store ----------

/** NUL, or a UTF-16 surrogate without its pair (JSON's `\ud800`): PostgreSQL cannot store either. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSTORABLE_MESSAGE = 'must not contain NUL characters or unpaired UTF-16 surrogates';

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * Every string (and object key) anywhere in a raw input that PostgreSQL could not store, with its
 * path. Walks the parsed body, query or parameter before any schema sees it, so no string field
 * of any route can carry one to the database (it would be a 500, or a stream cut after its first
 * byte). Iterative, so deep nesting costs no stack.
 */
export function unstorableText(value: unknown, root?: string): FieldError[] {
  // Paths are parent links, spelled out only for an error: copying them per level would make deep
  // nesting quadratic.
  type Path = { key: string; parent: Path | null } | null;
  const spell = (path: Path): string => {
    const keys: string[] = [];
    for (let p = path; p; p = p.parent) keys.push(p.key);
    return keys.reverse().join('.') || '(body)';
  };
  const errors: FieldError[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value, path: root ? { key: root, parent: null } : null }];
  while (stack.length > 0 && errors.length < 20) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (!isStorableText(v)) errors.push({ path: spell(path), message: UNSTORABLE_MESSAGE, code: 'invalid-text' });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: { key: String(i), parent: path } });
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        if (isStorableText(key)) stack.push({ value: item, path: { key, parent: path } });
        else errors.push({ path: spell(path), message: `has a key that ${UNSTORABLE_MESSAGE}`, code: 'invalid-text' });
      }
    }
  }
  return errors;
}

export function assertStorableText(value: unknown, root?: string): void {
  const errors = unstorableText(value, root);
  if (errors.length > 0) throw Problem.validation(errors, errors.map((e) => `${e.path}: ${e.message}`).join('; '));
}

/**
 * An absolute http(s) URL. Checked with `URL.canParse`, never `new URL()`: a refinement that
 * throws turns bad input into a 500 (ESLint forbids throwing constructors inside refinements).
 */
export const httpUrl = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), 'must be an http(s) URL');
