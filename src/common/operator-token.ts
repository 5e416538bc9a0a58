import { timingSafeEqual } from 'node:crypto';

/**
 * The operator's token, given as `Authorization: Bearer <token>` (scripts) or HTTP Basic with any
 * user name and the token as password (a browser asks for it: the dashboard's own requests cannot
 * carry a bearer header).
 */
export function operatorAuthorized(token: string | undefined, authorization: string | undefined): boolean {
  if (!token) return false;
  const m = /^(Bearer|Basic) (.+)$/i.exec(authorization ?? '');
  if (!m) return false;
  const given =
    m[1].toLowerCase() === 'basic'
      ? Buffer.from(m[2], 'base64')
          .toString('utf8')
          .replace(/^[^:]*:/, '')
      : m[2];
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
