/**
 * An organizer's CSV export split as a spreadsheet reads it: the BOM dropped, the first line (who
 * exported it, when, how many people) apart, then the header row and the data rows (CRLF; cells in
 * these tests hold no line breaks).
 */
export function exportLines(text: string): { notice: string; lines: string[] } {
  const [notice, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  if (!notice.startsWith('# Exported by ')) throw new Error(`the export does not open with who exported it: ${notice}`);
  return { notice, lines };
}
