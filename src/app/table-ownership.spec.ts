import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * "A domain module owns its tables": each prisma/schema/<module>.prisma file belongs to
 * src/modules/<module>, and only that folder may use those models' Prisma delegates
 * (`prisma.x`, `tx.x`). Everyone else goes through the module's service.
 */
const SCHEMA_DIR = 'prisma/schema';
const OWNER_ALIASES: Record<string, string> = {};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : files(full);
    return full.endsWith('.ts') && !full.endsWith('.spec.ts') ? [full] : [];
  });
}

function modelOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.prisma'))) {
    const module = OWNER_ALIASES[file.replace('.prisma', '')] ?? file.replace('.prisma', '');
    for (const [, model] of readFileSync(path.join(SCHEMA_DIR, file), 'utf8').matchAll(/^model\s+(\w+)\s*\{/gm)) {
      owners.set(model[0].toLowerCase() + model.slice(1), module);
    }
  }
  return owners;
}

describe('table ownership', () => {
  it('should only let a module use the Prisma models of its own schema file', () => {
    const owners = modelOwners();
    expect(owners.size).toBeGreaterThan(5);
    const violations: string[] = [];
    for (const file of [...files('src'), ...files('scripts')]) {
      const module = /^src\/modules\/([^/]+)\//.exec(file)?.[1];
      const text = readFileSync(file, 'utf8');
      for (const [delegate, owner] of owners) {
        const used = new RegExp(`\\b(?:prisma|tx|db|client|this\\.prisma)\\.${delegate}\\.`, 'g').test(text);
        if (used && owner !== module) violations.push(`${file} uses ${delegate} (owned by ${owner})`);
      }
    }
    expect(violations).toEqual([]);
  });
});
