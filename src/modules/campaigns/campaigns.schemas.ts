import { z } from 'zod';
import { localeSchema, slugSchema, timeZoneSchema } from '../../common/i18n.js';
import { email, password } from '../auth/auth.schemas.js';

const roleSchema = z.enum(['owner', 'admin', 'organizer', 'viewer']);
const day = z.iso.date().transform((d) => new Date(`${d}T00:00:00Z`));

export const createCampaignBody = z.strictObject({
  slug: slugSchema,
  name: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(2000).optional(),
  timeZone: timeZoneSchema,
  defaultLocale: localeSchema,
  startedOn: day.optional().describe('Day the campaign began (YYYY-MM-DD), for the timeline day count.'),
});

export const updateCampaignBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    summary: z.string().trim().max(2000),
    timeZone: timeZoneSchema,
    defaultLocale: localeSchema,
    status: z.enum(['active', 'paused']).describe('Use the archive endpoint to archive.'),
    startedOn: day.nullable(),
    requireTwoFactor: z
      .boolean()
      .describe('Owners only: members without two-factor authentication cannot use the campaign until they enrol.'),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');

export const campaignView = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  timeZone: z.string(),
  defaultLocale: z.string(),
  status: z.enum(['active', 'paused', 'archived']),
  startedOn: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  archivedAt: z.date().nullable(),
  requireTwoFactor: z.boolean(),
});
export const myCampaignView = campaignView.extend({ role: roleSchema });

/** What anyone may read about a campaign: no ids, members or settings. */
export const publicCampaignView = z
  .object({
    slug: z.string(),
    name: z.string(),
    summary: z.string(),
    defaultLocale: z.string().describe('Language of its pages when neither ?locale= nor the browser chooses one.'),
    timeZone: z.string().describe('Zone its days (timeline, dashboard) are counted in.'),
    startedOn: z.date().nullable(),
    url: z.string().describe("The campaign's home page (absolute, from PUBLIC_URL)."),
    links: z
      .object({
        petitions: z.string(),
        events: z.string(),
        statements: z.string(),
        timeline: z.string(),
      })
      .describe("The campaign's public JSON collections (absolute)."),
  })
  .meta({ id: 'PublicCampaign' });

export const inviteBody = z.strictObject({ email, role: roleSchema });
export const changeRoleBody = z.strictObject({ role: roleSchema });
export const memberView = z.object({
  organizerId: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  createdAt: z.date(),
});
export const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  expiresAt: z.date(),
  createdAt: z.date(),
  acceptedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export const inviteResult = z.object({
  status: z
    .enum(['added', 'invited'])
    .describe('added: the organizer already had an account; invited: an invitation email was sent.'),
  member: memberView.optional(),
  invitation: invitationView.optional(),
});
export const acceptInvitationBody = z.strictObject({
  token: z.string().min(10).max(200),
  name: z.string().trim().min(1).max(200),
  password,
});
