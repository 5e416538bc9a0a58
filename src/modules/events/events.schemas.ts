import { z } from 'zod';
import { slugSchema, timeZoneSchema } from '../../common/i18n.js';
import { pageOf, pageQuery } from '../../common/pagination.js';
import { queryInt } from '../../common/validation.js';
import { supporterFormShape } from '../supporters/supporter-fields.js';
import { previewView } from '../mail/mail.schemas.js';

/**
 * Request and response schemas of the events module. Times are accepted either as an instant with
 * an offset (`2026-03-30T09:00:00Z`) or as the wall time in the event's zone (`2026-03-30T10:00`),
 * which is how organizers think about a rally; responses give both.
 */

const LOCAL_OR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?$/;
export const dateTimeInput = z
  .string()
  .regex(
    LOCAL_OR_INSTANT,
    "must be an ISO 8601 date-time: with an offset (2026-03-30T09:00:00Z) or as local time in the event's zone (2026-03-30T10:00)",
  )
  .describe("An instant with offset, or the wall time in the event's time zone (no offset).");

const text = (max: number) => z.string().trim().max(max);
const httpsUrl = z
  .string()
  .trim()
  .max(2000)
  .url()
  .refine((v) => /^https?:\/\//i.test(v), 'must be an http(s) URL');

export const locationInput = z.strictObject({
  name: text(200).min(1).optional(),
  address: text(500).optional(),
  locality: text(200).optional(),
  region: text(200).optional(),
  postalCode: text(20).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .transform((v) => v.toUpperCase())
    .optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});

export const contactInput = z.strictObject({
  name: text(200).min(1).optional(),
  email: z.email().max(320).optional(),
  phone: text(40).optional(),
  public: z
    .boolean()
    .optional()
    .describe("Show the contact on the public event page (it is always in attendees' emails). Default false."),
});

const eventFields = {
  slug: slugSchema.optional().describe('Defaults to one made from the title.'),
  title: text(200).min(1),
  description: text(20_000).optional(),
  startsAt: dateTimeInput,
  endsAt: dateTimeInput,
  timeZone: timeZoneSchema.describe('IANA zone the event happens in, e.g. Europe/London.'),
  location: locationInput.nullable().optional(),
  onlineUrl: httpsUrl
    .nullable()
    .optional()
    .describe('Only confirmed attendees ever see it (their emails and calendar file).'),
  visibility: z
    .enum(['public', 'unlisted', 'private'])
    .optional()
    .describe('public (listed), unlisted (link only), private (signed invitation link only). Default public.'),
  capacity: z
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .nullable()
    .optional()
    .describe('Seats, guests included; null for no limit.'),
  waitlistEnabled: z.boolean().optional(),
  maxGuests: z.number().int().min(0).max(50).optional().describe('Guests one attendee may bring (default 0).'),
  rsvpDeadline: dateTimeInput
    .nullable()
    .optional()
    .describe('RSVPs close at this time (default: when the event starts).'),
  contact: contactInput.nullable().optional(),
};

export const createEventBody = z.strictObject(eventFields);
export type CreateEventInput = z.output<typeof createEventBody>;

export const updateEventBody = z
  .strictObject({
    ...eventFields,
    slug: slugSchema,
    startsAt: dateTimeInput,
    endsAt: dateTimeInput,
    timeZone: timeZoneSchema.describe('Changing only the zone keeps the wall times and moves the instants.'),
    title: text(200).min(1),
    status: z.enum(['scheduled', 'completed']).describe('Use the cancel endpoint to cancel.'),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'must change at least one field');
export type UpdateEventInput = z.output<typeof updateEventBody>;

export const cancelEventBody = z.strictObject({
  reason: text(2000).min(1).describe('Sent to everyone who RSVPed.'),
});

export const changePreviewView = z.object({
  notify: z
    .boolean()
    .describe('Whether saving this change would email the people who RSVPed (the time or place changes).'),
  recipients: z.number().int().describe('How many people the notice would go to now (confirmed and waitlisted).'),
  changes: z.array(z.enum(['time', 'place', 'online'])).describe('What the notice says moved.'),
  items: z
    .array(previewView)
    .describe('The notice in each language, as a confirmed attendee gets it (empty when no notice would go out).'),
});
export type ChangePreview = z.infer<typeof changePreviewView>;

const locationView = z.object({
  name: z.string().nullable(),
  address: z.string().nullable(),
  locality: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});

const contactView = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

const timesView = {
  startsAt: z.date(),
  endsAt: z.date(),
  timeZone: z.string(),
  localStart: z.string().describe('Wall time of the start in timeZone (YYYY-MM-DDTHH:mm:ss).'),
  localEnd: z.string(),
  utcOffset: z.string().describe('Offset in force at the start, e.g. +01:00.'),
  zoneAbbreviation: z.string().describe('e.g. BST, PDT.'),
};

const countsView = z.object({
  confirmed: z.number().int().describe('Confirmed RSVPs.'),
  seatsTaken: z.number().int().describe('Seats taken by confirmed RSVPs, guests included.'),
  seatsLeft: z.number().int().nullable(),
  waitlisted: z.number().int(),
  attended: z.number().int(),
  noShow: z.number().int(),
});

export const eventView = z.object({
  id: z.string(),
  campaignId: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  ...timesView,
  location: locationView.nullable(),
  onlineUrl: z.string().nullable(),
  visibility: z.enum(['public', 'unlisted', 'private']),
  capacity: z.number().int().nullable(),
  waitlistEnabled: z.boolean(),
  maxGuests: z.number().int(),
  rsvpDeadline: z.date().nullable(),
  status: z.enum(['scheduled', 'cancelled', 'completed']),
  cancelReason: z.string().nullable(),
  contact: contactView.extend({ public: z.boolean() }).nullable(),
  sequence: z.number().int().describe('iCalendar SEQUENCE: increases with every change.'),
  counts: countsView,
  publicUrl: z.string().nullable().describe('Public JSON detail (null for private events: share the invitation link).'),
  calendarUrl: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  cancelledAt: z.date().nullable(),
  completedAt: z.date().nullable(),
});
export type EventView = z.infer<typeof eventView>;

export const eventListQuery = pageQuery.extend({
  status: z.enum(['scheduled', 'cancelled', 'completed']).optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('Events ending at or after this instant.'),
  to: z.iso.datetime({ offset: true }).optional().describe('Events starting before this instant.'),
});
export const eventPage = pageOf(eventView);

export const inviteLinkView = z.object({
  url: z
    .string()
    .describe(
      'Public detail URL carrying the signed access token; RSVP by POSTing to its /rsvp with the same ?access=',
    ),
  access: z.string(),
});

// ----- attendees (personal data: owner/admin, or staff of this event) -----

export const attendeeView = z.object({
  id: z.string().describe('RSVP id.'),
  supporterId: z.string(),
  email: z.string().nullable().describe('null when the supporter has been erased.'),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  phone: z.string().nullable(),
  signalUsername: z.string().nullable().describe('Signal username, a contact instead of a phone number.'),
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
  guests: z.number().int(),
  waitlistPosition: z.number().int().nullable(),
  attendance: z.enum(['attended', 'no_show']).nullable(),
  checkedInAt: z.date().nullable(),
  source: z.string().nullable(),
  ref: z.string().nullable().describe('Referral code from ?ref= (who brought this attendee).'),
  createdAt: z.date(),
  confirmedAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
});
export const attendeeListQuery = pageQuery.extend({
  status: z.enum(['confirmed', 'waitlisted', 'cancelled']).optional(),
});
export const attendeePage = pageOf(attendeeView);

export const checkInBody = z.strictObject({
  attendance: z.enum(['attended', 'no_show']).nullable().describe('null clears the check-in.'),
});

export const removeAttendeeBody = z.strictObject({
  notify: z.boolean().optional().describe('Email the attendee that their RSVP was cancelled (default true).'),
});

export const promoteAttendeeBody = z.strictObject({
  overCapacity: z
    .boolean()
    .optional()
    .describe(
      'Confirm this person even when their party (1 + guests) does not fit in the seats left, knowingly going over capacity. Without it such a promotion is refused (409 over-capacity).',
    ),
});

export const staffBody = z.strictObject({ organizerId: z.uuid() });
export const staffView = z.object({
  organizerId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string().nullable(),
  createdAt: z.date(),
});

// ----- public -----

export const publicEventView = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  ...timesView,
  localStartText: z.string().describe('The start as people read it, in the requested language, with the zone named.'),
  location: locationView.nullable(),
  online: z.boolean().describe('Whether there is an online link; it is sent to confirmed attendees only.'),
  status: z.enum(['scheduled', 'cancelled', 'completed']),
  cancelReason: z.string().nullable(),
  capacity: z.number().int().nullable(),
  seatsLeft: z.number().int().nullable(),
  waitlistEnabled: z.boolean(),
  maxGuests: z.number().int(),
  rsvpOpen: z.boolean(),
  rsvpDeadline: z.date().nullable(),
  contact: contactView.nullable(),
  url: z.string().describe("The event's page (absolute, from PUBLIC_URL)."),
  calendarUrl: z.string(),
  rsvpUrl: z.string(),
});
export type PublicEventView = z.infer<typeof publicEventView>;

export const publicListQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional().describe('Default: now.'),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: queryInt(1, 100).optional().describe('At most 100 (default 50).'),
  cursor: z.string().max(200).optional(),
  locale: z.enum(['en', 'ar']).optional(),
});
export const publicEventPage = pageOf(publicEventView);

export const publicDetailQuery = z.strictObject({
  access: z.string().max(500).optional().describe("Signed access token of a private event's invitation link."),
  locale: z.enum(['en', 'ar']).optional(),
});

export const accessQuery = z.strictObject({ access: z.string().max(500).optional() });
/** The RSVP post's query: `embed=1` when it comes from an embedded form (the answer stays in the frame). */
export const rsvpQuery = accessQuery.extend({
  embed: z.literal('1').optional().describe('1 when posted from an embedded form (/embed/…).'),
});

/** The supporter fields of the signup form, plus the number of guests. JSON or an HTML form post. */
export const rsvpBody = z
  .strictObject({
    ...supporterFormShape,
    guests: z
      .union([z.literal(''), queryInt(0, 50)])
      .optional()
      .transform((v) => (v === '' ? undefined : v))
      .describe("People coming along (each takes a seat); at most the event's maxGuests."),
  })
  .superRefine((v, ctx) => {
    if ((v.consentUpdates || v.consentDigests) && !v.consentTextVersion)
      ctx.addIssue({ code: 'custom', path: ['consentTextVersion'], message: 'is required when consent is given' });
  });
export type RsvpBody = z.output<typeof rsvpBody>;

export const rsvpResult = z.object({
  status: z
    .enum(['confirmed', 'waitlisted'])
    .describe('confirmed, or waitlisted when the event is full and has a waitlist.'),
  message: z.string(),
});

export const cancelRsvpBody = z.strictObject({
  token: z.string().min(10).max(1000),
  format: z.enum(['json', 'html']).optional(),
});
export const cancelRsvpQuery = z.strictObject({ token: z.string().min(10).max(1000) });
export const cancelRsvpResult = z.object({
  status: z.enum(['cancelled', 'already-cancelled']),
  event: z.object({ title: z.string(), localStartText: z.string() }),
});
