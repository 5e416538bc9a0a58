import { z } from 'zod';
import { localeSchema } from '../../common/i18n.js';
import { UUID_RE } from '../../common/ids.js';
import { isoDateTime } from '../../common/validation.js';

export const email = z.string().trim().max(254).pipe(z.email('must be an email address'));
export const password = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');

export const loginBody = z
  .strictObject({
    email,
    password: z.string().min(1).max(256),
    totp: z
      .string()
      .regex(/^\d{6}$|^[a-z0-9]{5}-[a-z0-9]{5}$/, 'must be a 6-digit code or a recovery code')
      .optional()
      .describe('Required when the organizer has enrolled two-factor authentication.'),
  })
  .meta({ id: 'Login' });
export const organizerView = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: localeSchema
      .nullable()
      .describe(
        "The organizer's language for the console and for the mail sent to them; null until they choose (the console then follows the browser).",
      ),
  })
  .meta({ id: 'Organizer' });
export const loginResult = z.object({
  token: z.string().describe('Send as `Authorization: Bearer <token>`.'),
  expiresAt: z.date(),
  organizer: organizerView,
});
export const meView = organizerView.extend({ createdAt: z.date() });
export const accountUpdateBody = z
  .strictObject({
    locale: localeSchema.describe('The language of the console and of the mail sent to you: en or ar (right-to-left).'),
  })
  .meta({ id: 'AccountUpdate', description: 'Changes to your own account settings.' });

export const createTokenBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    expiresAt: isoDateTime.optional().refine((d) => !d || d > new Date(), 'must be in the future'),
    access: z
      .enum(['read', 'write'])
      .optional()
      .describe('read: GET requests only (writes answer 403); write (the default): whatever your roles allow.'),
    campaignId: z
      .string()
      .regex(UUID_RE, 'must be a UUID')
      .optional()
      .describe('Limit the token to this campaign (other campaigns answer 404). Default: all your campaigns.'),
  })
  .meta({ id: 'ApiTokenCreate' });
export const tokenView = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().describe('First characters of the token, to recognise it.'),
    access: z.enum(['read', 'write']),
    campaignId: z.string().nullable().describe('The one campaign the token may use; null for all.'),
    createdAt: z.date(),
    lastUsedAt: z.date().nullable(),
    expiresAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
  })
  .meta({ id: 'ApiToken' });
export const createdToken = tokenView
  .extend({ token: z.string().describe('Shown once; only its hash is stored.') })
  .meta({ id: 'ApiTokenCreated' });
export const okResult = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });

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

const token = z.string().trim().min(10).max(200);

export const linkRequestBody = z.strictObject({ email }).meta({ id: 'EmailLinkRequest' });
export const acceptedResult = z
  .object({ ok: z.literal(true) })
  .meta({ id: 'Accepted', description: 'Accepted. An email follows if the address has an account.' });

export const sessionLinkBody = z
  .strictObject({
    token: token.describe('The token from the emailed sign-in link (/admin/sign-in/link?token=…).'),
    password: z.string().min(1).max(256),
    totp: totpCode.optional().describe('Required when the organizer has enrolled two-factor authentication.'),
  })
  .meta({ id: 'SessionLinkSignIn' });

export const changePasswordBody = z
  .strictObject({ currentPassword: z.string().min(1).max(256), newPassword: password })
  .meta({ id: 'PasswordChange' });
export const changePasswordResult = z
  .object({ ok: z.literal(true), revokedSessions: z.number().int().describe('Other sessions that were signed out.') })
  .meta({ id: 'PasswordChanged' });

export const resetPasswordBody = z
  .strictObject({
    token: token.describe('The token from the emailed reset link (/admin/password-reset?token=…).'),
    password,
  })
  .meta({ id: 'PasswordResetComplete' });

export const sessionListView = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        createdAt: z.date(),
        lastUsedAt: z.date().nullable(),
        expiresAt: z.date(),
        device: z.string().describe('A short name of the browser or client, e.g. "Firefox on Linux".'),
        userAgent: z.string().nullable(),
        current: z.boolean().describe('The session making this request.'),
      }),
    ),
  })
  .meta({ id: 'SessionList' });
export const twoFactorStatus = z
  .object({
    enabled: z.boolean(),
    enabledAt: z.date().nullable(),
    recoveryCodesLeft: z.number().int(),
  })
  .meta({ id: 'TwoFactorStatus' });
export const twoFactorEnrolment = z
  .object({
    secret: z.string().describe('Base32 secret, for typing into an authenticator app by hand.'),
    otpauthUri: z.string().describe('otpauth://totp/… URI, to show as a QR code.'),
  })
  .meta({ id: 'TwoFactorEnrolment' });
export const twoFactorConfirmBody = z
  .strictObject({ code: z.string().regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app') })
  .meta({ id: 'TwoFactorConfirm' });
export const twoFactorConfirmed = z
  .object({ recoveryCodes: z.array(z.string()).describe('Shown once: each works once if the phone is lost.') })
  .meta({ id: 'TwoFactorRecoveryCodes' });
export const twoFactorDisableBody = z
  .strictObject({ password: z.string().min(1).max(256), code: totpCode })
  .meta({ id: 'TwoFactorDisable' });
export const tokenListView = z.object({ items: z.array(tokenView) }).meta({ id: 'ApiTokenList' });
