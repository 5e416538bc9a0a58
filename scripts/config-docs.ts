import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { DEVELOPMENT_SECRETS, GENERATED_SECRETS, SETTINGS } from '../src/config/config.schema.js';

/**
 * Writes .env.example and the README configuration table from the settings schema, so the docs
 * cannot drift from what the code validates (a test checks both mention every setting).
 * Usage: npm run config:docs
 */
function defaultOf(schema: z.ZodType): string {
  const def = (schema as unknown as { _zod: { def: { type: string; defaultValue?: unknown; innerType?: z.ZodType } } })
    ._zod.def;
  if (def.type === 'default') {
    const v = def.defaultValue;
    return Array.isArray(v) ? v.join(',') : String(v);
  }
  return '';
}

const groups = new Map<string, string[]>();
const rows: string[] = ['| Variable | Default | Description |', '| --- | --- | --- |'];
for (const [name, spec] of Object.entries(SETTINGS)) {
  const d = defaultOf(spec.schema);
  const shownDefault = spec.sensitive && d ? '(local default)' : d;
  const generated = name in GENERATED_SECRETS;
  const generatedInDevelopment = name in DEVELOPMENT_SECRETS;
  const defaultCell = shownDefault
    ? `\`${shownDefault}\``
    : generated
      ? 'generated locally; required in production'
      : generatedInDevelopment
        ? 'generated in development; unset (off) in production'
        : '—';
  rows.push(`| \`${name}\`${spec.sensitive ? ' 🔒' : ''} | ${defaultCell} | ${spec.description} |`);
  const lines = groups.get(spec.group) ?? [];
  lines.push(`# ${spec.description}${spec.sensitive ? ' (secret)' : ''}`);
  lines.push(spec.example ? `${name}=${spec.example}` : `# ${name}=${d}`);
  lines.push('');
  groups.set(spec.group, lines);
}
const env = ['# Groundswell configuration. Every variable is optional for a local run; see README.md.', ''];
for (const [group, lines] of groups) env.push(`## ${group}`, ...lines);
writeFileSync('.env.example', env.join('\n'));
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- config-table:start -->';
const end = '<!-- config-table:end -->';
writeFileSync(
  'README.md',
  readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${rows.join('\n')}\n${end}`),
);
console.log(`Wrote .env.example and the README configuration table (${rows.length - 2} settings).`);
