import { readFileSync } from 'node:fs';
import { CONSOLE_SCHEMA_PATH, consoleClientSource } from '../../scripts/console-client-source.js';
import { startApp, type TestApp } from '../support/app.js';

describe('console API client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ role: 'api' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should match the running API when the committed client was generated from it', async () => {
    const res = await t.http.get('/openapi.json');
    expect(res.status).toBe(200);
    const expected = await consoleClientSource(res.body as object);
    const committed = readFileSync(CONSOLE_SCHEMA_PATH, 'utf8');
    // On failure: run `npm run console:client` and commit admin/src/api/schema.d.ts.
    expect(committed === expected).toBe(true);
  });
});
