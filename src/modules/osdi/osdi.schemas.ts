import { z } from 'zod';
import { queryInt } from '../../common/validation.js';
import { MAX_PAGE_SIZE } from './osdi-resources.js';

/**
 * Request and response schemas of the OSDI API. OSDI objects carry many optional fields that
 * Groundswell does not keep (gender, birthdate, employer...): those are accepted and ignored, as
 * the specification asks of systems that do not store them; the fields we map are validated by the
 * owning module's own rules (see osdi-person-input.ts).
 */

const identifier = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_.-]+:\S+$/, 'must look like system:id');
const nullableText = (max: number) => z.string().max(max).nullable().optional();

export const osdiPerson = z
  .looseObject({
    identifiers: z.array(identifier).max(20).optional(),
    given_name: nullableText(200),
    family_name: nullableText(200),
    preferred_language: nullableText(20),
    source: nullableText(100),
    email_addresses: z
      .array(
        z.looseObject({
          address: z.string().max(320),
          primary: z.boolean().optional(),
          status: z.string().max(40).optional(),
        }),
      )
      .max(10)
      .optional(),
    postal_addresses: z
      .array(
        z.looseObject({ postal_code: nullableText(40), country: nullableText(2), primary: z.boolean().optional() }),
      )
      .max(10)
      .nullable()
      .optional(),
    phone_numbers: z
      .array(
        z.looseObject({
          number: z
            .union([z.string().max(40), z.number()])
            .nullable()
            .optional(),
          primary: z.boolean().optional(),
        }),
      )
      .max(10)
      .nullable()
      .optional(),
    custom_fields: z.record(z.string(), z.unknown()).optional(),
  })
  .describe('An OSDI person (people.md); fields Groundswell does not keep are ignored.');
export type OsdiPersonInput = z.output<typeof osdiPerson>;

const tagName = z.string().min(1).max(50);
const helperActions = {
  add_tags: z.array(tagName).max(50).optional().describe('Tag names to add to the person.'),
  add_tags_uri: z
    .array(z.string().max(500))
    .max(50)
    .optional()
    .describe("Links to tags of this campaign's tags collection."),
  add_lists_uri: z.array(z.string()).max(0, 'lists are not supported by Groundswell; use add_tags').optional(),
  add_questions_responses_uri: z.array(z.unknown()).max(0, 'questions are not supported by Groundswell').optional(),
  add_lists: z
    .array(z.string())
    .max(0, 'lists are not supported by Groundswell; use add_tags')
    .optional()
    .describe('Not supported: must be empty or absent.'),
  triggers: z
    .looseObject({ autoresponse: z.looseObject({ enabled: z.boolean().optional() }).optional() })
    .optional()
    .describe(
      'Accepted. The confirmation email (double opt-in) is always sent exactly once when the person must confirm; it cannot be switched off.',
    ),
  'groundswell:consent_text_version': z
    .string()
    .max(100)
    .regex(/^[\w.:/-]+$/)
    .optional()
    .describe('Version of the consent text the person was shown (recorded in the consent log). Default "osdi".'),
};

export const signupHelperBody = z
  .looseObject({ person: osdiPerson, ...helperActions })
  .describe('person_signup_helper (person_signup.md).');
export type SignupHelperBody = z.output<typeof signupHelperBody>;

export const signatureHelperBody = z
  .looseObject({
    person: osdiPerson,
    comments: z.string().max(2000).nullable().optional(),
    referrer_data: z
      .looseObject({
        source: z.string().max(100).optional(),
        referrer: z.string().max(100).optional(),
        website: z.string().max(253).optional(),
        url: z.string().max(2000).optional(),
      })
      .optional(),
    'groundswell:show_name': z.boolean().optional().describe('List the signer publicly as "First L.".'),
    ...helperActions,
  })
  .describe('record_signature_helper (record_signature.md).');
export type SignatureHelperBody = z.output<typeof signatureHelperBody>;

export const attendanceHelperBody = z
  .looseObject({
    person: osdiPerson,
    status: z.enum(['accepted']).optional().describe('Only "accepted" (an RSVP) is recorded through the helper.'),
    'groundswell:guests': z.number().int().min(0).max(50).optional(),
    referrer_data: z.looseObject({ source: z.string().max(100).optional() }).optional(),
    ...helperActions,
  })
  .describe('record_attendance_helper (record_attendance.md).');
export type AttendanceHelperBody = z.output<typeof attendanceHelperBody>;

export const collectionQuery = z.strictObject({
  page: queryInt(1, 1_000_000).optional().describe('Page number (1-based).'),
  per_page: queryInt(1, 1_000_000)
    .optional()
    .describe(`Records per page; values above max_pagesize (${MAX_PAGE_SIZE}) are capped to it.`),
  filter: z
    .string()
    .max(2000)
    .optional()
    .describe(
      "OData subset: eq ne gt ge lt le, and, or, parentheses; strings in single quotes, e.g. modified_date gt '2026-01-01T00:00:00Z'.",
    ),
  cursor: z.string().max(500).optional().describe('Opaque; set by the server in next links.'),
  'osdi-api-token': z.string().max(500).optional().describe('The API token, when it cannot be sent as a header.'),
});
export type CollectionQuery = z.output<typeof collectionQuery>;

export const tokenOnlyQuery = z.strictObject({ 'osdi-api-token': z.string().max(500).optional() });

const link = z.object({ href: z.string(), title: z.string().optional(), templated: z.boolean().optional() });
const links = z.looseObject({ self: link.optional() });

export const osdiAep = z
  .looseObject({
    motd: z.string(),
    max_pagesize: z.number().int(),
    vendor_name: z.string(),
    product_name: z.string(),
    osdi_version: z.string(),
    namespace: z.string(),
    _links: links,
  })
  .describe('The OSDI API entry point of a campaign.');

const resource = {
  identifiers: z.array(z.string()),
  created_date: z.string().optional(),
  modified_date: z.string().optional(),
  _links: links,
};
export const osdiPersonResource = z.looseObject(resource).describe('An OSDI person.');
export const osdiTagResource = z.looseObject({ ...resource, name: z.string() }).describe('An OSDI tag.');
export const osdiTaggingResource = z.looseObject(resource).describe('An OSDI tagging.');
export const osdiPetitionResource = z.looseObject({ ...resource, title: z.string() }).describe('An OSDI petition.');
export const osdiEventResource = z.looseObject({ ...resource, title: z.string() }).describe('An OSDI event.');
export const osdiHelperResult = z
  .looseObject({})
  .describe('Without a token: {} (reveals nothing). With a token: the person (or signature/attendance) affected.');

export const osdiNotice = z.object({ notice: z.string() }).describe('The answer to a DELETE (people.md).');

export const osdiCollection = z
  .looseObject({
    total_pages: z.number().int(),
    per_page: z.number().int(),
    page: z.number().int(),
    total_records: z.number().int(),
    _links: links,
    _embedded: z.record(z.string(), z.array(z.looseObject({}))),
  })
  .describe('A page of an OSDI collection; members under _embedded["osdi:<name>"].');

export const osdiError = z
  .object({
    error: z.string().describe("Every description in one line (Action Network's shape)."),
    'osdi:error': z.object({
      request_type: z.literal('atomic'),
      response_code: z.number().int(),
      resource_status: z.array(
        z.object({
          resource: z.string(),
          response_code: z.number().int(),
          error_descriptions: z.array(
            z.object({
              error_code: z.string(),
              description: z.string(),
              properties: z.array(z.string()).optional(),
              reference_code: z.string().optional(),
            }),
          ),
        }),
      ),
    }),
  })
  .describe("osdi:error (errors.md), under its relation as in the specification's scenario.");

const personLink = z
  .looseObject({ 'osdi:person': z.looseObject({ href: z.string().max(500) }).optional() })
  .optional()
  .describe('`osdi:person`: a link to a person of this campaign, instead of an embedded person.');

export const signatureCreateBody = signatureHelperBody
  .extend({ person: osdiPerson.optional(), _links: personLink })
  .meta({ id: 'OsdiSignatureInput' })
  .describe('A signature (signatures.md): a linked or embedded person signs, as with record_signature_helper.');
export type SignatureCreateBody = z.output<typeof signatureCreateBody>;

export const attendanceCreateBody = attendanceHelperBody
  .extend({ person: osdiPerson.optional(), _links: personLink })
  .meta({ id: 'OsdiAttendanceInput' })
  .describe('An attendance (attendances.md): a linked or embedded person RSVPs, as with record_attendance_helper.');
export type AttendanceCreateBody = z.output<typeof attendanceCreateBody>;

export const attendanceUpdateBody = z
  .looseObject({
    status: z
      .enum(['accepted', 'declined', 'cancelled'])
      .optional()
      .describe('"declined" or "cancelled" cancels the RSVP (the seat goes to the waitlist).'),
    attended: z
      .boolean()
      .nullable()
      .optional()
      .describe('true checks the person in, false marks a no-show, null clears.'),
  })
  .meta({ id: 'OsdiAttendanceUpdate' })
  .describe('Changes to an attendance (attendances.md): check-in and cancellation; other fields are read only.');
export type AttendanceUpdateBody = z.output<typeof attendanceUpdateBody>;

export const osdiSignatureResource = z.looseObject(resource).describe('An OSDI signature.');
export const osdiAttendanceResource = z.looseObject(resource).describe('An OSDI attendance.');
