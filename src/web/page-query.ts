import { applyDecorators, Get } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { REF_RE } from '../common/attribution.js';
import { type Locale, localeSchema, toLocale } from '../common/i18n.js';
import { ApiRawResult } from '../common/validation.js';
import type { AttributionModel } from './components.js';

/**
 * What a page link may carry for every page and embed: the language, the channel (`source`) and the
 * referral code (`ref`). Page links pick up trackers' parameters (utm_*, fbclid...), so a page
 * ignores what it does not use, and a malformed value is dropped rather than refused.
 */
export const pageLinkQuery = z.object({
  locale: localeSchema.optional().catch(undefined),
  source: z
    .string()
    .max(100)
    .regex(/^[\w.:-]+$/)
    .optional()
    .catch(undefined),
  ref: z.string().regex(REF_RE).optional().catch(undefined),
});

/** A page route: GET, its summary and what the HTML shows, for the OpenAPI document. */
export const PageRoute = (path: string, summary: string, shows: string) =>
  applyDecorators(Get(path), ApiOperation({ summary }), ApiRawResult('text/html', shows));

/**
 * The language of a page: `?locale=` (or the `locale` of a form posted back to it), else
 * Accept-Language, else `fallback`, among `available` when the page has its own list.
 */
export function pageLocale(req: FastifyRequest, fallback: string | null, available?: readonly string[]): Locale {
  const q = req.query as { locale?: string };
  const body = (req.body ?? {}) as { locale?: string };
  return toLocale(
    { query: q.locale ?? body.locale, acceptLanguage: req.headers['accept-language'], fallback },
    available,
  );
}

/**
 * `?source=` and `?ref=` of a page or embed link, when the query is valid under the page's own
 * `query` schema (on a form shown again, the posted ones are used).
 */
export function pageAttribution(req: FastifyRequest, query: z.ZodType<AttributionModel>): AttributionModel {
  const q = query.safeParse(req.query ?? {});
  return q.success ? { source: q.data.source, ref: q.data.ref } : {};
}
