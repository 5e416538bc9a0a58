import { z } from 'zod';

/** Locales every message template exists in. Arabic is laid out right-to-left. */
export const SUPPORTED_LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const RTL_LOCALES: readonly Locale[] = ['ar'];

export const localeSchema = z.enum(SUPPORTED_LOCALES);

const ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
export const timeZoneSchema = z
  .string()
  .refine((tz) => ZONES.has(tz), 'must be an IANA time zone such as Europe/London');

export const slugSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(v);

/**
 * The one rule for the language of a page: `?locale=`, then the browser's Accept-Language (by
 * q-value, primary subtag), then the campaign's (or petition's) default, then English. Only
 * locales we have texts for are ever chosen. `available`, when given, narrows the choice to the
 * languages a resource exists in (a petition's variants).
 */
export function toLocale(
  input: { query?: unknown; acceptLanguage?: string | string[] | null; fallback?: string | null },
  available?: readonly string[],
): Locale {
  const ok = (v: unknown): v is Locale => isLocale(v) && (!available || available.includes(v));
  if (ok(input.query)) return input.query;
  for (const lang of acceptedLocales(input.acceptLanguage)) if (ok(lang)) return lang;
  if (ok(input.fallback)) return input.fallback;
  if (isLocale(input.fallback)) return input.fallback;
  return 'en';
}

/** The supported locales an Accept-Language header names, best first (by q-value, primary subtag). */
export function acceptedLocales(acceptLanguage: string | string[] | null | undefined): Locale[] {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  if (!header) return [];
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((x) => x.lang && x.q > 0 && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return [...new Set(ranked.map((x) => x.lang).filter(isLocale))];
}

export const isRtlLocale = (locale: Locale): boolean => RTL_LOCALES.includes(locale);
