import { createHmac } from 'node:crypto';

/**
 * The one signature scheme of Groundswell's webhooks, both directions: the bounce/complaint
 * webhook we receive (mail) and the webhooks we send (webhooks module).
 * `X-Groundswell-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 */
export const SIGNATURE_HEADER = 'x-groundswell-signature';

/** The hex HMAC-SHA256 of `"<t>.<body>"` keyed with the secret. */
export function signatureDigest(secret: string, t: number | string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');
}

/** The header value for a body sent at `t` (unix seconds). */
export function signWebhook(secret: string, body: string | Buffer, t = Math.floor(Date.now() / 1000)): string {
  return `t=${t},v1=${signatureDigest(secret, t, body)}`;
}
