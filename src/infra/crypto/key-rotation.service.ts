import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { PiiCipherService } from './pii-cipher.service.js';

/** Encrypted values of one module that `npm run keys:rotate` brings under the current key. */
export interface RotationTarget {
  /** What the rows are, for the command's report ("supporter", "petition signature", ...). */
  name: string;
  /** Rows holding at least one value under an older DATA_ENCRYPTION_KEY. */
  staleCount(): Promise<number>;
  /** Re-encrypts them under the current key; safe while the app runs, resumable. */
  reencryptStale(options: {
    batchSize: number;
    onProgress?: (rewritten: number) => void;
  }): Promise<{ rewritten: number; skipped: number }>;
}

/**
 * Every module that stores PiiCipherService values registers them here (in onModuleInit), so a key
 * rotation cannot forget a table: once `keys:rotate` reports nothing left, the previous key can be
 * removed without making any stored value unreadable (docs/decisions/supporter-encryption.md).
 */
@Injectable()
export class KeyRotationService {
  private readonly targets: RotationTarget[] = [];

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
  ) {}

  register(target: RotationTarget): void {
    this.targets.push(target);
  }

  get registered(): readonly RotationTarget[] {
    return this.targets;
  }

  /**
   * A target for encrypted text columns of a table keyed by a uuid `id`, for the module that owns
   * the table to register. Walks the table by id in batches; each row is rewritten only if its
   * ciphertexts are unchanged since they were read (a concurrent write wins, and is already under
   * the new key).
   */
  columns(name: string, table: string, columns: readonly string[]): RotationTarget {
    const ident = (s: string) => Prisma.raw(`"${s.replace(/"/g, '')}"`);
    const stale = (prefix: string) =>
      Prisma.join(
        columns.map((c) => Prisma.sql`${ident(c)} NOT LIKE ${prefix}`),
        ' OR ',
      );
    const prefix = () => `v1.${this.cipher.currentKeyId}.%`;
    return {
      name,
      staleCount: async () => {
        const [row] = await this.prisma.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM ${ident(table)} WHERE ${stale(prefix())}`;
        return row.n;
      },
      reencryptStale: async ({ batchSize, onProgress }) => {
        let rewritten = 0;
        let skipped = 0;
        let afterId = '00000000-0000-0000-0000-000000000000';
        for (;;) {
          const rows = await this.prisma.$queryRaw<Record<string, string | null>[]>`
            SELECT id::text AS id, ${Prisma.join(columns.map((c) => Prisma.sql`${ident(c)} AS ${ident(c)}`))}
              FROM ${ident(table)}
             WHERE id > ${afterId}::uuid AND (${stale(prefix())})
             ORDER BY id
             LIMIT ${batchSize}`;
          if (rows.length === 0) break;
          afterId = rows[rows.length - 1].id!;
          const fresh = (value: string | null) =>
            value && this.cipher.isStale(value) ? this.cipher.encrypt(this.cipher.decrypt(value)) : value;
          const sets = columns.map((c, i) => Prisma.sql`${ident(c)} = v.${Prisma.raw(`n${i}`)}`);
          const same = columns.map((c, i) => Prisma.sql`t.${ident(c)} IS NOT DISTINCT FROM v.${Prisma.raw(`o${i}`)}`);
          const arrays = columns.flatMap((c) => [
            Prisma.sql`${rows.map((r) => r[c])}::text[]`,
            Prisma.sql`${rows.map((r) => fresh(r[c]))}::text[]`,
          ]);
          const names = columns.flatMap((_, i) => [`o${i}`, `n${i}`]).join(', ');
          const changed = await this.prisma.$executeRaw`
            UPDATE ${ident(table)} t SET ${Prisma.join(sets)}
              FROM unnest(${rows.map((r) => r.id)}::uuid[], ${Prisma.join(arrays)}) AS v(id, ${Prisma.raw(names)})
             WHERE t.id = v.id AND ${Prisma.join(same, ' AND ')}`;
          rewritten += changed;
          skipped += rows.length - changed;
          onProgress?.(rewritten);
        }
        return { rewritten, skipped };
      },
    };
  }
}
