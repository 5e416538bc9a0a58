import { Problem } from '../../common/problem.js';
import type { OsdiPersonInput } from './osdi.schemas.js';

/**
 * OSDI person fields ↔ supporter fields. The result is handed to the owning module's own schema
 * (signupBody, signBody, rsvpBody, editSupporterBody), so the rules live in one place; these maps
 * only rename, and turn the owning module's field paths back into OSDI ones in errors.
 */
const OSDI_PATH: Record<string, string> = {
  email: 'email_addresses.0.address',
  firstName: 'given_name',
  lastName: 'family_name',
  postalCode: 'postal_addresses.0.postal_code',
  country: 'postal_addresses.0.country',
  phone: 'phone_numbers.0.number',
  locale: 'preferred_language',
  source: 'source',
  tags: 'add_tags',
};

const primary = <T extends { primary?: boolean }>(list: readonly T[] | null | undefined): T | undefined =>
  list?.find((x) => x.primary) ?? list?.[0];

/** The email a client gave, and whether it asked for it to be subscribed (the default for signups). */
export function emailOf(p: OsdiPersonInput): { address?: string; subscribe: boolean } {
  const e = primary(p.email_addresses);
  return { address: e?.address, subscribe: !e?.status || e.status === 'subscribed' };
}

/** Supporter form fields from an OSDI person, for the public-form services. */
export function formFieldsOf(p: OsdiPersonInput): Record<string, unknown> {
  const postal = primary(p.postal_addresses);
  const phone = primary(p.phone_numbers);
  const out: Record<string, unknown> = {
    email: emailOf(p).address ?? '',
    firstName: p.given_name ?? undefined,
    lastName: p.family_name ?? undefined,
    postalCode: postal?.postal_code ?? undefined,
    country: postal?.country ?? undefined,
    phone: phone?.number == null ? undefined : String(phone.number),
    locale: p.preferred_language ?? undefined,
    source: p.source ?? undefined,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/**
 * The fields of a merge update: absent fields stay as they are, `null` clears. Email addresses
 * cannot change (as in the organizer API: erase and sign up again), nor can status.
 */
export function editFieldsOf(p: OsdiPersonInput, current: { email: string | null } | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (p.given_name !== undefined) out.firstName = p.given_name;
  if (p.family_name !== undefined) out.lastName = p.family_name;
  if (p.preferred_language != null) out.locale = p.preferred_language;
  if (p.postal_addresses === null) {
    out.postalCode = null;
    out.country = null;
  } else if (p.postal_addresses !== undefined) {
    const postal = primary(p.postal_addresses);
    if (postal?.postal_code !== undefined) out.postalCode = postal.postal_code;
    if (postal?.country !== undefined) out.country = postal.country;
  }
  if (p.phone_numbers === null) out.phone = null;
  else if (p.phone_numbers !== undefined) {
    const n = primary(p.phone_numbers)?.number;
    if (n !== undefined) out.phone = n === null ? null : String(n);
  }
  const email = emailOf(p).address;
  if (email !== undefined && current && email.trim().toLowerCase() !== current.email?.toLowerCase())
    throw Problem.field(
      'email_addresses',
      'an email address cannot be changed; erase the person and sign them up again',
      'immutable',
    );
  return out;
}

/** Renames the owning module's field paths in a validation problem to the OSDI field names. */
export function inOsdiTerms(err: unknown, root = 'person'): unknown {
  if (!(err instanceof Problem) || !err.extras.errors) return err;
  const errors = err.extras.errors.map((e) => {
    const [head, ...rest] = e.path.split('.');
    const mapped = OSDI_PATH[head];
    return mapped ? { ...e, path: [mapped === 'add_tags' ? mapped : `${root}.${mapped}`, ...rest].join('.') } : e;
  });
  return Problem.validation(errors, errors.map((e) => `${e.path}: ${e.message}`).join('; '));
}

/** The tags a helper call adds: names from add_tags and from add_tags_uri links into this campaign's tags. */
export function helperTags(body: { add_tags?: string[]; add_tags_uri?: string[] }, tagsHref: string): string[] {
  const fromUris = (body.add_tags_uri ?? []).map((uri, i) => {
    const prefix = `${tagsHref}/`;
    const rest = uri.startsWith(prefix) ? uri.slice(prefix.length) : '';
    if (!rest || rest.includes('/'))
      throw Problem.field(`add_tags_uri.${i}`, `must be a tag link of this campaign (${prefix}<name>)`, 'invalid-uri');
    return decodeURIComponent(rest);
  });
  return [...(body.add_tags ?? []), ...fromUris];
}
