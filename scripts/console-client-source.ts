import openapiTS, { astToString } from 'openapi-typescript';

/** Where the console's generated API types live (committed, so a review shows API changes). */
export const CONSOLE_SCHEMA_PATH = 'admin/src/api/schema.d.ts';

const HEADER =
  '// Generated from /openapi.json by `npm run console:client`; do not edit by hand.\n' +
  '// test/e2e/console-client.e2e.test.ts fails when this file and the running API disagree.\n\n';

/** The TypeScript declarations of the console's typed client for one OpenAPI document. */
export async function consoleClientSource(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
