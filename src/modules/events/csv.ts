/**
 * CSV (RFC 4180) cells for spreadsheets: quoted when needed, and text a spreadsheet would run as a
 * formula (= + - @ tab CR at the start) gets a leading apostrophe (OWASP "CSV injection"): an
 * attendee's name must never execute on an organizer's machine.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** UTF-8 byte order mark, so spreadsheet programs read Arabic names correctly. */
export const CSV_BOM = '\uFEFF';
