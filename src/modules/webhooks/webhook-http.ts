import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { SIGNATURE_HEADER, signWebhook } from '../../common/webhook-signature.js';
import { addressRefusal, type TargetPolicy, urlRefusal } from './webhook-targets.js';

/** What one call gave: never the response body (it is read, bounded, and dropped). */
export interface CallResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  /** Refused before any connection (SSRF rule): retrying cannot help until the DNS or URL changes. */
  refused: boolean;
}

export interface CallOptions {
  policy: TargetPolicy;
  timeoutMs: number;
  /** The answer is read up to this many bytes, then the connection is dropped. */
  maxResponseBytes?: number;
  /** DNS, replaceable in tests. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
}

/** The headers of every call: HAL, the signature over timestamp and body, the event, delivery and idempotency key. */
export function webhookHeaders(
  secret: string,
  body: string,
  ids: { type: string; delivery: string; key: string },
): Record<string, string> {
  return {
    'content-type': 'application/hal+json',
    'user-agent': 'Groundswell-Webhooks/1',
    [SIGNATURE_HEADER]: signWebhook(secret, body),
    'x-groundswell-event': ids.type,
    'x-groundswell-delivery': ids.delivery,
    'idempotency-key': ids.key,
  };
}

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

const defaultResolve = (host: string) => lookup(host, { all: true, verbatim: true });

/**
 * POSTs a body to a webhook URL, SSRF-safe: the URL is checked, the host resolved now, every
 * address checked, and the connection made to the checked address (a `lookup` that answers only
 * it, so nothing resolves the name a second time). Redirects are not followed (3xx is a failure).
 */
export async function postWebhook(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  options: CallOptions,
): Promise<CallResult> {
  const started = performance.now();
  const done = (r: Omit<CallResult, 'durationMs'>): CallResult => ({
    ...r,
    durationMs: Math.round(performance.now() - started),
  });
  const refusedUrl = urlRefusal(rawUrl, options.policy);
  if (refusedUrl) return done({ ok: false, statusCode: null, error: `refused: URL ${refusedUrl}`, refused: true });
  const url = new URL(rawUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let target: { address: string; family: number };
  if (isIP(host)) {
    target = { address: host, family: isIP(host) };
  } else {
    let addresses: { address: string; family: number }[];
    try {
      addresses = await (options.resolve ?? defaultResolve)(host);
    } catch (err) {
      return done({
        ok: false,
        statusCode: null,
        error: `DNS: ${(err as Error).message}`.slice(0, 300),
        refused: false,
      });
    }
    const allowed = addresses.filter((a) => addressRefusal(a.address, options.policy) === null);
    if (allowed.length === 0) {
      const why = addresses.map((a) => addressRefusal(a.address, options.policy)).find(Boolean) ?? 'no address';
      return done({ ok: false, statusCode: null, error: `refused: ${host} resolves to ${why}`, refused: true });
    }
    target = allowed[0];
  }
  const pinned: LookupFunction = (_hostname, opts, callback) => {
    if ((opts as { all?: boolean }).all) (callback as (e: null, a: unknown[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const limit = options.maxResponseBytes ?? 64 * 1024;
  return new Promise<CallResult>((resolve) => {
    let settled = false;
    const finish = (r: Omit<CallResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(r));
    };
    const transport = url.protocol === 'https:' ? https : http;
    const req = transport.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      agent: agents[url.protocol as 'http:' | 'https:'],
      lookup: pinned,
    });
    const timer = setTimeout(() => {
      req.destroy();
      finish({ ok: false, statusCode: null, error: `timeout after ${options.timeoutMs} ms`, refused: false });
    }, options.timeoutMs);
    req.on('error', (err) =>
      finish({ ok: false, statusCode: null, error: err.message.slice(0, 300) || 'connection error', refused: false }),
    );
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const result = { ok, statusCode: status, error: ok ? null : `HTTP ${status}`, refused: false };
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > limit) {
          // Enough: the answer is not kept anyway; drop the connection rather than read on.
          res.destroy();
          finish(result);
        }
      });
      res.on('end', () => finish(result));
      res.on('error', () => finish(result));
      res.on('close', () => finish(result));
    });
    req.end(body);
  });
}
