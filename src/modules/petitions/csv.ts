/**
 * CSV (RFC 4180) for spreadsheets. Cells are quoted when needed, and a cell that a spreadsheet
 * would read as a formula (starting with = + - @ or a tab/carriage return) gets a leading
 * apostrophe: a signer's comment must never run as a formula on an organizer's machine (OWASP
 * "CSV injection").
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** UTF-8 byte order mark, so spreadsheet programs read non-Latin names (Arabic) correctly. */
export const CSV_BOM = '\uFEFF';
