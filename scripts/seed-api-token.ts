import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '../src/config/config.js';
import { AuthService } from '../src/modules/auth/auth.service.js';

export const DEMO_API_FILE = '.secrets/demo-api.json';

/**
 * Outside production, a read-write API token of the demo organizer for the demo campaign, kept in
 * .secrets/demo-api.json (git-ignored, 0600) with the campaign's OSDI entry point, so an OSDI or
 * API client can be pointed at the demo at once. Reused while it still authenticates; a revoked
 * or missing one is replaced.
 */
export async function seedDemoApiToken(
  app: INestApplicationContext,
  config: AppConfig,
  demo: { campaignId: string; organizerId: string },
  log: (m: string) => void = console.log,
): Promise<void> {
  if (config.isProduction) return;
  const auth = app.get(AuthService);
  const file = path.resolve(DEMO_API_FILE);
  const aep = `${config.get('PUBLIC_URL').replace(/\/$/, '')}/osdi/v1/campaigns/${demo.campaignId}`;
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { token?: string }) : {};
  let token = stored.token && (await auth.authenticate(stored.token)) ? stored.token : undefined;
  if (!token) {
    token = (
      await auth.createApiToken(demo.organizerId, {
        name: 'Demo OSDI / API client',
        access: 'write',
        campaignId: demo.campaignId,
      })
    ).token;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify({ aep, token }, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  log(
    `OSDI API of the demo campaign: ${aep}\n  with the token in ${DEMO_API_FILE}, e.g.\n  curl -H "OSDI-API-Token: $(node -p "require('./${DEMO_API_FILE}').token")" ${aep}`,
  );
}
