import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signatureDigest, SIGNATURE_HEADER } from '../../src/common/webhook-signature.js';

export interface ReceivedCall {
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed body: an array of `{ "<rel>": resource, idempotency_key }`. */
  json: any[];
  status: number;
}

/**
 * A webhook receiver on 127.0.0.1, in the test (or bench) process. `mode`: 'ok' answers 200,
 * 'fail' answers 503, 'drop' destroys the connection without an answer.
 */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  mode: 'ok' | 'fail' | 'drop' = 'ok';
  private server?: Server;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (this.mode === 'drop') {
          req.socket.destroy();
          return;
        }
        const status = this.mode === 'ok' ? 200 : 503;
        let json: any[] = [];
        try {
          json = JSON.parse(body);
        } catch {
          /* recorded as is */
        }
        this.calls.push({ headers: req.headers, body, json, status });
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'down');
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hook`;
  }

  /** Calls answered 200 whose payload has this idempotency key. */
  delivered(key: string): ReceivedCall[] {
    return this.calls.filter((c) => c.status === 200 && c.json[0]?.idempotency_key === key);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Whether a call's X-Groundswell-Signature is right for this secret (the receiver's check). */
export function verifySignature(call: ReceivedCall, secret: string): boolean {
  const header = String(call.headers[SIGNATURE_HEADER] ?? '');
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  return !!m && signatureDigest(secret, m[1], call.body) === m[2];
}
