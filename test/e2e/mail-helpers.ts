import { PrismaService } from '../../src/infra/prisma/prisma.service.js';
import { SupportersService } from '../../src/modules/supporters/supporters.service.js';
import type { TestApp } from '../support/app.js';
import { unique } from '../support/factories.js';

export interface SeededSupporter {
  id: string;
  email: string;
}

/**
 * Confirmed supporters who consented to updates, created through the supporters service (the
 * same path a confirmed signup or an import takes), in transactions of 500.
 */
export async function seedSupporters(
  t: TestApp,
  campaignId: string,
  count: number,
  options: { locale?: 'en' | 'ar'; firstName?: string; tag?: string; grants?: ('updates' | 'digests')[] } = {},
): Promise<SeededSupporter[]> {
  const prisma = t.app.get(PrismaService);
  const supporters = t.app.get(SupportersService);
  const out: SeededSupporter[] = [];
  const run = unique('s');
  for (let start = 0; start < count; start += 500) {
    const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => `${run}-${start + i}@example.org`);
    const rows = await prisma.$transaction(
      async (tx) => {
        const made: SeededSupporter[] = [];
        for (const email of batch) {
          const r = await supporters.upsertRow(
            tx,
            campaignId,
            {
              email,
              firstName: options.firstName,
              locale: options.locale,
              tags: options.tag ? [options.tag] : undefined,
            } as never,
            {
              grants: options.grants ?? ['updates'],
              textVersion: null,
              consentSource: 'test',
              formId: null,
              ipHash: null,
              defaultLocale: 'en',
              confirmVia: 'test',
            },
          );
          made.push({ id: r.id, email });
        }
        return made;
      },
      { timeout: 120_000 },
    );
    out.push(...rows);
  }
  return out;
}

export async function waitUntil<T>(
  fn: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A header as it arrived (unfolded), for headers mailparser turns into structured values. */
export function rawHeader(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
