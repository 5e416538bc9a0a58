import { startApp, type TestApp } from '../support/app.js';
import { routeTable, toOpenApiPath } from '../support/routes.js';

type Schema = Record<string, any>;
type Operation = {
  operationId?: string;
  summary?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
  security?: Record<string, string[]>[];
};
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
};

/**
 * The document the console's typed client is generated from. Each check names the operations that
 * fail it, so a new route missing a summary or an error answer is caught with its name.
 */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  const operations: { key: string; op: Operation }[] = [];

  beforeAll(async () => {
    t = await startApp({ role: 'api' });
    doc = (await t.http.get('/openapi.json')).body as Doc;
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) operations.push({ key: `${method.toUpperCase()} ${path}`, op });
  });
  afterAll(() => t.close());

  it('should give every operation a summary and a unique operationId', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.filter(({ op }) => !op.summary?.trim()).map((o) => o.key)).toEqual([]);
    expect(operations.filter(({ op }) => !/^[a-z][A-Za-z0-9]+$/.test(op.operationId ?? '')).map((o) => o.key)).toEqual(
      [],
    );
    const ids = operations.map(({ op }) => op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('should name every request and response body in components.schemas, leaving no inline object', () => {
    const problems: string[] = [];
    const check = (where: string, media: string, schema: Schema) => {
      if (schema.type === 'string' && !media.includes('json')) return; // CSV, HTML, calendars, feeds
      const ref = schema.$ref as string | undefined;
      if (!ref?.startsWith('#/components/schemas/')) problems.push(`${where} ${media}: inline schema`);
      else if (!doc.components.schemas[ref.slice('#/components/schemas/'.length)])
        problems.push(`${where} ${media}: ${ref} does not exist`);
    };
    for (const { key, op } of operations) {
      for (const [media, body] of Object.entries(op.requestBody?.content ?? {}))
        check(`${key} body`, media, body.schema);
      for (const [status, res] of Object.entries(op.responses))
        for (const [media, body] of Object.entries(res.content ?? {})) check(`${key} ${status}`, media, body.schema);
    }
    expect(problems).toEqual([]);
  });

  it('should resolve every $ref in the document', () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(100);
    expect([...new Set(refs)].filter((name) => !doc.components.schemas[name])).toEqual([]);
  });

  it('should share one schema for a view that several operations return', () => {
    const petition = (id: string) =>
      operations.find(({ op }) => op.operationId === id)!.op.responses[id === 'petitionsCreate' ? '201' : '200']
        .content!['application/json'].schema.$ref;
    expect(petition('petitionsGet')).toBe('#/components/schemas/Petition');
    expect(petition('petitionsCreate')).toBe('#/components/schemas/Petition');
    expect(petition('petitionsList')).toBe('#/components/schemas/PetitionPage');
  });

  it('should describe a problem+json answer with field errors', () => {
    const problem = doc.components.schemas.Problem;
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status']));
    expect(problem.properties.errors.items.$ref).toBe('#/components/schemas/FieldError');
    expect(Object.keys(doc.components.schemas.FieldError.properties)).toEqual(['path', 'message', 'code']);
  });

  it('should list the error answers each route can give, derived from its guards and inputs', () => {
    const problems: string[] = [];
    for (const route of routeTable(t.app)) {
      const key = `${route.method} ${toOpenApiPath(route.path)}`;
      const op = doc.paths[toOpenApiPath(route.path)]?.[route.method.toLowerCase()];
      if (!op) {
        problems.push(`${key}: missing`);
        continue;
      }
      const expected: number[] = [];
      if (!route.isPublic) expected.push(401);
      if (route.campaignRole) expected.push(403, 404);
      if (route.path.includes(':')) expected.push(404);
      if (route.isPublic) expected.push(429);
      if ((op.parameters?.length ?? 0) > 0 || op.requestBody) expected.push(400);
      for (const status of expected) if (!op.responses[status]) problems.push(`${key}: no ${status} answer`);
      for (const [status, res] of Object.entries(op.responses))
        if (
          Number(status) >= 400 &&
          res.content?.['application/problem+json']?.schema.$ref !== '#/components/schemas/Problem'
        )
          problems.push(`${key}: ${status} is not a Problem`);
      const schemes = (op.security ?? []).flatMap((s) => Object.keys(s)).sort();
      if (!route.isPublic && schemes.join() !== 'bearer,session') problems.push(`${key}: security ${schemes.join()}`);
      if (route.isPublic && schemes.length) problems.push(`${key}: public yet asks for ${schemes.join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('should document a 409 where a route has a documented conflict', () => {
    const conflicts = operations.filter(({ op }) => op.responses['409']).map(({ op }) => op.operationId);
    expect(conflicts).toEqual(expect.arrayContaining(['petitionsCreate', 'broadcastsStart', 'petitionsPublicSign']));
  });

  it('should describe opaque bearer tokens and the session cookie, not JWTs', () => {
    const { bearer, session } = doc.components.securitySchemes;
    expect(bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(bearer.bearerFormat).toBeUndefined();
    expect(session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'gs_session' });
  });
});
