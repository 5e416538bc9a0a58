import { z } from 'zod';
import { isoDateTime } from '../../common/validation.js';

export const email = z.string().trim().max(254).pipe(z.email('must be an email address'));
export const password = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');

export const loginBody = z.strictObject({ email, password: z.string().min(1).max(256) });
export const organizerView = z
  .object({ id: z.string(), email: z.string(), name: z.string() })
  .meta({ id: 'Organizer' });
export const loginResult = z.object({
  token: z.string().describe('Send as `Authorization: Bearer <token>`.'),
  expiresAt: z.date(),
  organizer: organizerView,
});
export const meView = organizerView.extend({ createdAt: z.date() });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresAt: isoDateTime.optional().refine((d) => !d || d > new Date(), 'must be in the future'),
});
export const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('First characters of the token, to recognise it.'),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export const createdToken = tokenView.extend({ token: z.string().describe('Shown once; only its hash is stored.') });
export const okResult = z.object({ ok: z.literal(true) });

export const totpCode = z
  .string()
  .regex(/^\d{6}$|^[a-z0-9]{5}-[a-z0-9]{5}$/, 'must be a 6-digit code or a recovery code')
  .describe('A 6-digit code from the authenticator app, or a recovery code (xxxxx-xxxxx).');

export const sessionBody = z
  .strictObject({
    email,
    password: z.string().min(1).max(256),
    totp: totpCode.optional().describe('Required when the organizer has enrolled two-factor authentication.'),
  })
  .meta({ id: 'SessionSignIn' });

export const sessionView = z
  .object({
    organizer: organizerView,
    csrfToken: z
      .string()
      .describe('Send as the X-CSRF-Token header on every POST, PATCH, PUT and DELETE made with the session cookie.'),
  })
  .meta({ id: 'ConsoleSession', description: 'The signed-in organizer of the `gs_session` cookie.' });
