/**
 * `?ref=`: the code of the supporter or organizer who brought someone (a share link's
 * `?ref=ada-7`), stored beside `source` on the signature, signup or RSVP it led to. A code, not a
 * person: letters, digits, `_` and `-`, at most REF_MAX characters, kept exactly as given (codes
 * may be case-sensitive). API clients get a 400 naming `ref` for anything else; a browser's form
 * post drops an invalid code and goes on (a signer cannot fix a link someone else made).
 */
export const REF_MAX = 32;
export const REF_RE = /^[A-Za-z0-9_-]{1,32}$/;
export const REF_MESSAGE = `may contain only letters, digits, _ and - (at most ${REF_MAX} characters)`;

export function isRefCode(value: unknown): value is string {
  return typeof value === 'string' && REF_RE.test(value);
}
