import { z } from 'zod';

/**
 * Named OpenAPI schemas from Zod. Request and response bodies become `$ref`s to
 * `components.schemas`, so a generated client (openapi-typescript) gets one named type per body.
 *
 * A schema is named by its Zod metadata (`.meta({ id: 'Petition' })`); a body without one is named
 * after its operation (`PetitionsCreateBody`, `PetitionsListResponse`). Named schemas nested inside a
 * body are extracted by Zod itself. The same Zod schema can read differently as input and as
 * output (defaults, transforms, strict objects): when the two differ, the output keeps the name and
 * the input is called `<name>Input`.
 */

export type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

const INPUT_MARK = '@input';
const REF_PREFIX = '#/components/schemas/';

/** Every named schema seen so far, per direction. Filled as controllers' decorators run. */
const collected = new Map<string, Partial<Record<Io, JsonSchema>>>();

function convert(schema: z.ZodType, io: Io, metadata?: z.core.$ZodRegistry<{ id?: string }>): JsonSchema {
  const out = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
    ...(metadata ? { metadata } : {}),
    override: ({ zodSchema, jsonSchema: js }) => {
      const def = (zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') {
        js.type = 'string';
        js.format = 'date-time';
      }
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** A schema written out in full, nothing extracted (query and path parameters). */
export function inlineJsonSchema(schema: z.ZodType, io: Io): JsonSchema {
  return convert(schema, io, z.registry<{ id?: string }>());
}

function rewriteRefs(value: unknown, io: Io): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, io));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = v.replace(/^#\/(definitions|\$defs)\//, '');
        out[k] = `${REF_PREFIX}${name}${io === 'input' ? INPUT_MARK : ''}`;
      } else out[k] = rewriteRefs(v, io);
    }
    return out;
  }
  return value;
}

function remember(name: string, io: Io, json: JsonSchema): void {
  const entry = collected.get(name) ?? {};
  const previous = entry[io];
  if (previous && JSON.stringify(previous) !== JSON.stringify(json))
    throw new Error(`Two different ${io} schemas are both named ${name} in the OpenAPI document`);
  entry[io] = json;
  collected.set(name, entry);
}

const LAZY = 'x-zod-schema';
const pending: { schema: z.ZodType; io: Io }[] = [];

/**
 * The OpenAPI schema of a body, as a placeholder that `expandSchemas` turns into the real thing
 * when the document is built. Decorators run as modules load; converting then would fix each
 * schema's name before `nameSchemas` has run.
 */
export function openApiSchema(schema: z.ZodType, io: Io): JsonSchema {
  pending.push({ schema, io });
  return { [LAZY]: pending.length - 1 };
}

/**
 * The schema itself with `$ref`s to every named schema inside it (all registered as components);
 * a plain `$ref` when the schema has an `id`.
 */
function expand(schema: z.ZodType, io: Io): JsonSchema {
  const raw = convert(schema, io);
  const defs = { ...((raw.definitions ?? {}) as JsonSchema), ...((raw.$defs ?? {}) as JsonSchema) };
  delete raw.definitions;
  delete raw.$defs;
  for (const [name, def] of Object.entries(defs)) remember(name, io, rewriteRefs(def, io) as JsonSchema);
  return rewriteRefs(raw, io) as JsonSchema;
}

/** Replaces every placeholder left by `openApiSchema` in a document. */
export function expandSchemas<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const index = (v as Record<string, unknown>)[LAZY];
      if (typeof index === 'number') return expand(pending[index].schema, pending[index].io);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** Gives schemas their component names (once; a schema keeps the first name it is given). */
export function nameSchemas(names: Record<string, z.ZodType>): void {
  for (const [id, schema] of Object.entries(names)) {
    const meta = z.globalRegistry.get(schema);
    if (!meta?.id) z.globalRegistry.add(schema, { ...meta, id });
  }
}

/** Registers an inline schema under the first of its candidate names not taken by a different schema. */
export function nameSchema(names: string[], json: JsonSchema, io: Io): JsonSchema {
  const name = names.find((n) => {
    const taken = collected.get(n)?.[io];
    return !taken || JSON.stringify(taken) === JSON.stringify(json);
  });
  if (!name) throw new Error(`No free component name among ${names.join(', ')}`);
  remember(name, io, json);
  return { $ref: `${REF_PREFIX}${name}${io === 'input' ? INPUT_MARK : ''}` };
}

/** Registers a schema that no body names directly (e.g. the problem answer). */
export function registerSchema(name: string, schema: z.ZodType, io: Io = 'output'): JsonSchema {
  const json = expand(schema, io);
  return typeof json.$ref === 'string' ? json : nameSchema([name], json, io);
}

const stripMark = (json: unknown): string => JSON.stringify(json).replaceAll(INPUT_MARK, '');

function inputRefs(json: unknown): string[] {
  return [...JSON.stringify(json).matchAll(/"#\/components\/schemas\/([^"@]+)@input"/g)].map((m) => m[1]);
}

/**
 * The final `components.schemas` and a function that resolves the input marks left in `$ref`s:
 * an input schema that reads the same as its output shares the name, otherwise it gets `Input`.
 */
export function resolvedComponents(): { schemas: Record<string, JsonSchema>; resolve: <T>(value: T) => T } {
  // Optimistically merge every pair that is equal once input refs are read as output refs, then
  // split pairs whose input refers to an input schema that had to be split (until nothing changes).
  const shared = new Set<string>();
  for (const [name, e] of collected)
    if (e.input && e.output && stripMark(e.input) === stripMark(e.output)) shared.add(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const name of shared) {
      const deps = inputRefs(collected.get(name)!.input);
      if (deps.some((d) => collected.get(d)?.output && collected.get(d)?.input && !shared.has(d))) {
        shared.delete(name);
        changed = true;
      }
    }
  }
  const inputName = (name: string): string => {
    const e = collected.get(name);
    if (!e?.output || shared.has(name)) return name;
    return `${name}Input`;
  };
  const resolve = <T>(value: T): T =>
    JSON.parse(
      JSON.stringify(value).replace(
        /"#\/components\/schemas\/([^"@]+)@input"/g,
        (_, name: string) => `"${REF_PREFIX}${inputName(name)}"`,
      ),
    ) as T;
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, e] of [...collected].sort(([a], [b]) => a.localeCompare(b))) {
    if (e.output) schemas[name] = resolve(e.output);
    if (e.input && !shared.has(name)) schemas[inputName(name)] = resolve(e.input);
  }
  return { schemas, resolve };
}

/** `PetitionsController.create` → `petitionsCreate`: stable, unique and readable in generated clients. */
export function operationId(controllerKey: string, methodKey: string): string {
  const base = controllerKey.replace(/Controller$/, '');
  return `${base.charAt(0).toLowerCase()}${base.slice(1)}${methodKey.charAt(0).toUpperCase()}${methodKey.slice(1)}`;
}

export const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
