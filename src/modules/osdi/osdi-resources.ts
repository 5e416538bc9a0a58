import type { AttendeeView } from '../events/event-rsvps.service.js';
import type { EventView } from '../events/events.schemas.js';
import type { PetitionsService } from '../petitions/petitions.service.js';
import type { SignatureReportsService } from '../petitions/signature-reports.service.js';
import type { SupportersAdminService } from '../supporters/supporters-admin.service.js';

/**
 * Pure functions from domain records (the owning services' views) to OSDI HAL+JSON. No I/O, no
 * Nest: the OSDI controllers use them, and so can anything else that must speak OSDI (outbound
 * webhooks send the same shapes). Links are built from an `OsdiLinks` base, so every href is
 * absolute and points into the one campaign the caller is looking at.
 */

export const OSDI_NAMESPACE = 'groundswell';
export const OSDI_VERSION = '1.2.0';
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 25;

export type PersonRecord = NonNullable<Awaited<ReturnType<SupportersAdminService['syncOne']>>>;
export type PetitionRecord = ReturnType<PetitionsService['view']>;
export type SignatureRecord = ReturnType<SignatureReportsService['view']>;
export type Json = Record<string, unknown>;

/** Absolute URLs of one campaign's AEP and what hangs under it. */
export class OsdiLinks {
  constructor(
    readonly origin: string,
    readonly campaignId: string,
  ) {}

  get aep(): string {
    return `${this.origin}/osdi/v1/campaigns/${this.campaignId}`;
  }
  docs(): string {
    return 'https://opensupporter.github.io/osdi-docs/{rel}';
  }
  collection(name: string): string {
    return `${this.aep}/${name}`;
  }
  item(collection: string, id: string): string {
    return `${this.aep}/${collection}/${id}`;
  }
}

export const curies = (links: OsdiLinks) => [
  { name: 'osdi', href: links.docs(), templated: true },
  { name: OSDI_NAMESPACE, href: `${links.origin}/docs#/osdi/{rel}`, templated: true },
];

/** What the AEP links to: every collection and helper this server supports. */
export function aepResource(links: OsdiLinks, campaign: { name: string }): Json {
  const c = (name: string, title: string) => ({ href: links.collection(name), title });
  return {
    motd: `Groundswell OSDI API for the campaign "${campaign.name}". Follow the links; no path is assumed.`,
    max_pagesize: MAX_PAGE_SIZE,
    vendor_name: 'Groundswell',
    product_name: 'Groundswell',
    osdi_version: OSDI_VERSION,
    namespace: OSDI_NAMESPACE,
    _links: {
      curies: curies(links),
      self: { href: links.aep, title: 'This API entry point' },
      'osdi:people': c('people', 'The collection of people in the campaign'),
      'osdi:tags': c('tags', 'The collection of tags in the campaign'),
      'osdi:petitions': c('petitions', 'The collection of petitions in the campaign'),
      'osdi:events': c('events', 'The collection of events in the campaign'),
      'osdi:person_signup_helper': c('people/person_signup_helper', 'Sign a person up (double opt-in)'),
      'groundswell:statements': c('statements', "The campaign's public statements (not part of OSDI)"),
      'groundswell:milestones': c('milestones', "The campaign's timeline milestones (not part of OSDI)"),
      docs: { href: 'https://opensupporter.github.io/osdi-docs/', title: 'OSDI documentation' },
    },
  };
}

/** The identifiers of a resource: ours first, then the foreign ones clients gave. */
export const identifiersOf = (id: string, foreign: readonly string[] = []): string[] => [
  `${OSDI_NAMESPACE}:${id}`,
  ...foreign.filter((f) => f !== `${OSDI_NAMESPACE}:${id}`),
];

const iso = (d: Date | null | undefined): string | undefined => (d ? d.toISOString() : undefined);

/**
 * OSDI email status from our mail status. Pending (double opt-in not clicked yet) and
 * not-subscribed people receive no campaign mail, which OSDI calls "unsubscribed".
 */
export function emailStatus(mailStatus: string): string {
  switch (mailStatus) {
    case 'subscribed':
      return 'subscribed';
    case 'bounced':
      return 'bouncing';
    case 'complained':
      return 'spam complaint';
    default:
      return 'unsubscribed';
  }
}

/**
 * A person. Personal fields (names, addresses, phone) appear only when the record carries them,
 * i.e. when the caller's role may see personal data; everything else is the same for every role.
 */
export function personResource(links: OsdiLinks, p: PersonRecord, foreign: readonly string[] = []): Json {
  const self = links.item('people', p.id);
  const personal = 'personal' in p ? p.personal : undefined;
  const out: Json = {
    identifiers: identifiersOf(p.id, foreign),
    created_date: iso(p.createdAt),
    modified_date: iso(p.updatedAt),
    origin_system: 'Groundswell',
    source: p.source ?? undefined,
    preferred_language: p.locale,
    languages_spoken: [p.locale],
  };
  if (personal) {
    out.given_name = personal.firstName ?? undefined;
    out.family_name = personal.lastName ?? undefined;
    out.email_addresses = personal.email
      ? [{ address: personal.email, primary: true, address_type: 'Personal', status: emailStatus(p.mailStatus) }]
      : [];
    out.postal_addresses =
      personal.postalCode || p.country
        ? [{ primary: true, postal_code: personal.postalCode ?? undefined, country: p.country ?? undefined }]
        : [];
    out.phone_numbers = personal.phone ? [{ primary: true, number: personal.phone }] : [];
  } else if (p.country) {
    out.postal_addresses = [{ primary: true, country: p.country }];
  }
  out.custom_fields = {
    status: p.status,
    mail_status: p.mailStatus,
    ...(p.utm.source ? { utm_source: p.utm.source } : {}),
    ...(p.utm.medium ? { utm_medium: p.utm.medium } : {}),
    ...(p.utm.campaign ? { utm_campaign: p.utm.campaign } : {}),
    ...(p.referrerHost ? { referrer_host: p.referrerHost } : {}),
  };
  out._links = {
    self: { href: self },
    'osdi:taggings': { href: `${self}/taggings` },
  };
  return out;
}

/** A tag. Tags are names on people, so a tag's id is its name (URL-encoded in links). */
export function tagResource(links: OsdiLinks, t: { tag: string; count: number }): Json {
  const self = links.item('tags', encodeURIComponent(t.tag));
  return {
    identifiers: [`${OSDI_NAMESPACE}:tag:${t.tag}`],
    origin_system: 'Groundswell',
    name: t.tag,
    'groundswell:total_taggings': t.count,
    _links: { self: { href: self }, 'osdi:taggings': { href: `${self}/taggings` } },
  };
}

/** A tagging: one person carrying one tag. Taggings have no dates of their own here. */
export function taggingResource(links: OsdiLinks, tag: string, person: PersonRecord): Json {
  const tagHref = links.item('tags', encodeURIComponent(tag));
  return {
    identifiers: [`${OSDI_NAMESPACE}:tagging:${tag}:${person.id}`],
    origin_system: 'Groundswell',
    item_type: 'osdi:person',
    modified_date: iso(person.updatedAt),
    _links: {
      self: { href: `${tagHref}/taggings/${person.id}` },
      'osdi:tag': { href: tagHref },
      'osdi:person': { href: links.item('people', person.id) },
    },
  };
}

export function petitionResource(links: OsdiLinks, p: PetitionRecord, foreign: readonly string[] = []): Json {
  const self = links.item('petitions', p.id);
  return {
    identifiers: identifiersOf(p.id, foreign),
    created_date: iso(p.createdAt),
    modified_date: iso(p.updatedAt),
    origin_system: 'Groundswell',
    name: p.slug,
    title: p.title,
    description: p.bodyHtml,
    petition_text: p.body,
    target: p.target ? [{ name: p.target }] : [],
    total_signatures: p.confirmedCount,
    'groundswell:status': p.status,
    'groundswell:goal': p.goal,
    _links: {
      self: { href: self },
      'osdi:signatures': { href: `${self}/signatures` },
      'osdi:record_signature_helper': { href: `${self}/record_signature_helper` },
    },
  };
}

export function eventResource(links: OsdiLinks, e: EventView, foreign: readonly string[] = []): Json {
  const self = links.item('events', e.id);
  const loc = e.location;
  return {
    identifiers: identifiersOf(e.id, foreign),
    created_date: iso(e.createdAt),
    modified_date: iso(e.updatedAt),
    origin_system: 'Groundswell',
    name: e.slug,
    title: e.title,
    description: e.description,
    start_date: iso(e.startsAt),
    end_date: iso(e.endsAt),
    'groundswell:time_zone': e.timeZone,
    status: e.status === 'cancelled' ? 'cancelled' : 'confirmed',
    type: 'open',
    visibility: e.visibility === 'public' ? 'public' : 'private',
    capacity: e.capacity ?? undefined,
    guests_can_invite_others: e.maxGuests > 0,
    total_accepted: e.counts.confirmed,
    location: loc
      ? {
          venue: loc.name ?? undefined,
          address_lines: loc.address ? [loc.address] : [],
          locality: loc.locality ?? undefined,
          region: loc.region ?? undefined,
          postal_code: loc.postalCode ?? undefined,
          country: loc.country ?? undefined,
          location:
            loc.latitude !== null && loc.longitude !== null
              ? { latitude: loc.latitude, longitude: loc.longitude }
              : undefined,
          public: e.visibility === 'public',
        }
      : undefined,
    reminders: [{ method: 'email', minutes: 24 * 60 }],
    _links: {
      self: { href: self },
      'osdi:attendances': { href: `${self}/attendances` },
      'osdi:record_attendance_helper': { href: `${self}/record_attendance_helper` },
    },
  };
}

/** A signature. The signer's link only when the caller may see who signed (admins and owners). */
export function signatureResource(links: OsdiLinks, petitionId: string, s: SignatureRecord): Json {
  const petition = links.item('petitions', petitionId);
  return {
    identifiers: [`${OSDI_NAMESPACE}:${s.id}`],
    created_date: iso(s.createdAt),
    modified_date: iso(s.invalidatedAt ?? s.confirmedAt ?? s.createdAt),
    origin_system: 'Groundswell',
    action_date: iso(s.createdAt),
    comments: s.comment ?? undefined,
    referrer_data: s.source ? { source: s.source } : undefined,
    'groundswell:status': s.status,
    'groundswell:public_name': s.displayName,
    _links: {
      self: { href: `${petition}/signatures/${s.id}` },
      'osdi:petition': { href: petition },
      ...(s.signer?.supporterId ? { 'osdi:person': { href: links.item('people', s.signer.supporterId) } } : {}),
    },
  };
}

const RSVP_STATUS: Record<AttendeeView['status'], string> = {
  confirmed: 'accepted',
  waitlisted: 'tentative',
  cancelled: 'declined',
};

/** An attendance (RSVP): status, attended (null until checked in), guests. */
export function attendanceResource(links: OsdiLinks, eventId: string, a: AttendeeView): Json {
  const event = links.item('events', eventId);
  return {
    identifiers: [`${OSDI_NAMESPACE}:${a.id}`],
    created_date: iso(a.createdAt),
    modified_date: iso(
      [a.checkedInAt, a.cancelledAt, a.confirmedAt, a.createdAt].filter((d) => d).sort((x, y) => +y! - +x!)[0],
    ),
    origin_system: 'Groundswell',
    status: RSVP_STATUS[a.status],
    attended: a.attendance === null ? undefined : a.attendance === 'attended',
    'groundswell:guests': a.guests,
    'groundswell:waitlist_position': a.waitlistPosition ?? undefined,
    referrer_data: a.source ? { source: a.source } : undefined,
    _links: {
      self: { href: `${event}/attendances/${a.id}` },
      'osdi:event': { href: event },
      'osdi:person': { href: links.item('people', a.supporterId) },
    },
  };
}

/** A statement, which OSDI lacks: under the groundswell: CURIE. */
export function statementResource(
  links: OsdiLinks,
  s: { id: string; slug: string; title: string; status: string; primaryLocale: string; locales: string[] } & Dates & {
      publishedAt: Date | null;
    },
): Json {
  return {
    identifiers: identifiersOf(s.id),
    created_date: iso(s.createdAt),
    modified_date: iso(s.updatedAt),
    origin_system: 'Groundswell',
    name: s.slug,
    title: s.title,
    status: s.status,
    primary_language: s.primaryLocale,
    languages: s.locales,
    published_date: iso(s.publishedAt),
    _links: { self: { href: links.item('statements', s.id) } },
  };
}

/** A milestone (a dated moment on the campaign timeline), under the groundswell: CURIE. */
export function milestoneResource(
  links: OsdiLinks,
  m: { id: string; kind: string; title: string; description: string; occurredOn: string; locale: string } & Dates & {
      occurredAt: Date | null;
      statementId: string | null;
    },
): Json {
  return {
    identifiers: identifiersOf(m.id),
    created_date: iso(m.createdAt),
    modified_date: iso(m.updatedAt),
    origin_system: 'Groundswell',
    kind: m.kind,
    title: m.title,
    description: m.description,
    language: m.locale,
    occurred_on: m.occurredOn,
    occurred_at: iso(m.occurredAt),
    _links: {
      self: { href: links.item('milestones', m.id) },
      ...(m.statementId ? { 'groundswell:statement': { href: links.item('statements', m.statementId) } } : {}),
    },
  };
}
type Dates = { createdAt: Date; updatedAt: Date };

/** A paged collection in the shape OSDI gives every list. */
export function collectionResource(
  links: OsdiLinks,
  name: string,
  page: {
    /** `osdi`, or `groundswell` for the collections OSDI does not define. */
    curie?: string;
    self: string;
    next?: string;
    previous?: string;
    page: number;
    perPage: number;
    totalRecords: number;
    members: Json[];
  },
): Json {
  const hrefs = page.members.map((m) => ({ href: (m._links as { self: { href: string } }).self.href }));
  return {
    total_pages: Math.max(1, Math.ceil(page.totalRecords / page.perPage)),
    per_page: page.perPage,
    page: page.page,
    total_records: page.totalRecords,
    _links: {
      curies: curies(links),
      self: { href: page.self },
      ...(page.next ? { next: { href: page.next } } : {}),
      ...(page.previous ? { previous: { href: page.previous } } : {}),
      [`${page.curie ?? 'osdi'}:${name}`]: hrefs,
    },
    _embedded: { [`${page.curie ?? 'osdi'}:${name}`]: page.members },
  };
}

/**
 * The error answer of an atomic request: the `osdi:error` resource under its relation, as the
 * specification's errors.md scenario shows it, plus Action Network's top-level `error` string
 * (what clients written against Action Network read). See docs/decisions/osdi.md.
 */
export function errorResource(
  status: number,
  resource: string,
  errors: { code: string; description: string; properties?: string[]; hint?: string }[],
  referenceCode?: string,
): Json {
  return {
    'osdi:error': {
      request_type: 'atomic',
      response_code: status,
      resource_status: [
        {
          resource,
          response_code: status,
          error_descriptions: errors.map((e) => ({
            error_code: e.code,
            description: e.description,
            ...(e.properties?.length ? { properties: e.properties } : {}),
            ...(e.hint ? { hint: e.hint } : {}),
            ...(referenceCode ? { reference_code: referenceCode } : {}),
          })),
        },
      ],
    },
    error: errors.map((e) => e.description).join('; '),
  };
}
