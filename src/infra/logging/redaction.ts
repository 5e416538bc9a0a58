/**
 * Logs must never identify supporters. Structured fields that can hold personal data are censored
 * by path, and any email address left anywhere in a line (a message, an error) is masked.
 */
const EMAIL_RE = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-groundswell-signature"]',
  ...[
    'email',
    'firstName',
    'lastName',
    'name',
    'displayName',
    'phone',
    'postalCode',
    'password',
    'token',
    'comment',
    'to',
    'address',
  ].flatMap((f) => [f, `*.${f}`]),
];

export function scrubEmails(value: string): string {
  return value.replace(EMAIL_RE, '[email]');
}

export function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubEmails(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error)
    return {
      type: value.name,
      message: scrubEmails(value.message),
      stack: value.stack ? scrubEmails(value.stack) : undefined,
    };
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]));
}

/** Query strings carry signed tokens (confirm, unsubscribe links): log the path only. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?[redacted]`;
}
