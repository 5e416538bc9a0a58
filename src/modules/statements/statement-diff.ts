import { createTwoFilesPatch } from 'diff';

/** The editable content of a statement, as stored in each revision. */
export interface StatementSnapshot {
  slug: string;
  primaryLocale: string;
  content: Record<string, { title: string; summary: string; body: string }>;
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
  patch: string;
}

const VARIANT_FIELDS = ['title', 'summary', 'body'] as const;

function withNewline(s: string): string {
  return s === '' || s.endsWith('\n') ? s : `${s}\n`;
}

/** Line-based unified diff of one field (three lines of context, like `diff -u`). */
export function unifiedDiff(
  field: string,
  fromLabel: string,
  toLabel: string,
  a: string | null,
  b: string | null,
): string {
  return createTwoFilesPatch(
    `${fromLabel}/${field}`,
    `${toLabel}/${field}`,
    withNewline(a ?? ''),
    withNewline(b ?? ''),
    '',
    '',
    { context: 3 },
  )
    .split('\n')
    .filter((line) => !/^=+$/.test(line) && !line.startsWith('Index: '))
    .join('\n');
}

/**
 * Field names that differ between two snapshots: `slug`, `primaryLocale`, `<locale>` when a
 * translation was added or removed, and `<locale>.<field>` for changed text.
 */
export function changedFields(a: StatementSnapshot | null, b: StatementSnapshot): string[] {
  const changed: string[] = [];
  if (!a || a.slug !== b.slug) changed.push('slug');
  if (!a || a.primaryLocale !== b.primaryLocale) changed.push('primaryLocale');
  const locales = [...new Set([...Object.keys(a?.content ?? {}), ...Object.keys(b.content)])].sort();
  for (const locale of locales) {
    const va = a?.content[locale];
    const vb = b.content[locale];
    if (!va || !vb) changed.push(locale);
    for (const f of VARIANT_FIELDS) if ((va?.[f] ?? null) !== (vb?.[f] ?? null)) changed.push(`${locale}.${f}`);
  }
  return changed;
}

export function diffSnapshots(
  a: StatementSnapshot,
  b: StatementSnapshot,
  fromLabel: string,
  toLabel: string,
): { changedFields: string[]; changes: FieldChange[]; patch: string } {
  const fields = changedFields(a, b);
  const value = (s: StatementSnapshot, field: string): string | null => {
    if (field === 'slug') return s.slug;
    if (field === 'primaryLocale') return s.primaryLocale;
    const [locale, f] = field.split('.') as [string, (typeof VARIANT_FIELDS)[number]];
    return s.content[locale]?.[f] ?? null;
  };
  const changes = fields
    .filter((f) => f.includes('.') || f === 'slug' || f === 'primaryLocale')
    .map((field) => {
      const from = value(a, field);
      const to = value(b, field);
      return { field, from, to, patch: unifiedDiff(field, fromLabel, toLabel, from, to) };
    });
  return { changedFields: fields, changes, patch: changes.map((c) => c.patch).join('') };
}
