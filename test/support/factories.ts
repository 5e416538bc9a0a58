import { randomBytes } from 'node:crypto';
import type { TestApp } from './app.js';
import { AuthService } from '../../src/modules/auth/auth.service.js';

export const unique = (prefix = 'x'): string => `${prefix}-${randomBytes(5).toString('hex')}`;

export interface OrganizerFixture {
  id: string;
  email: string;
  password: string;
  token: string;
}

/** An organizer account created through the service (as `npm run admin:create` does), signed in over HTTP. */
export async function createOrganizer(
  t: TestApp,
  overrides: { email?: string; name?: string } = {},
): Promise<OrganizerFixture> {
  const email = overrides.email ?? `${unique('org')}@example.org`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const org = await t.app
    .get(AuthService)
    .createOrganizer({ email, name: overrides.name ?? 'Test Organizer', password });
  const login = await t.http.post('/auth/login', { email, password });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${login.text}`);
  return { id: org.id, email, password, token: login.body.token };
}

export async function createCampaign(
  t: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; slug: string }> {
  const res = await t.http.post(
    '/campaigns',
    { slug: unique('camp'), name: 'Test campaign', timeZone: 'Europe/London', defaultLocale: 'en', ...overrides },
    token,
  );
  if (res.status !== 201) throw new Error(`campaign create failed: ${res.status} ${res.text}`);
  return res.body;
}
