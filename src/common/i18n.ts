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
