/**
 * CSV (RFC 4180) in both directions, streaming; the one CSV writer of every export (supporters,
 * signatures, attendees) and the parser of the supporter import.
 *
 * Written cells are quoted when they hold a delimiter (`,` and also `;`, which spreadsheets in many
 * locales split on), a quote, a line break or edge whitespace. A text cell a spreadsheet would read
 * as a formula gets a leading apostrophe (OWASP "CSV injection"): a supporter's name must never run
 * on an organizer's machine. Triggers: = + - @, tab, CR and LF at the start, also after leading
 * spaces, and the full-width forms of = + - @ that some spreadsheets accept as well. Numbers and
 * dates are written as they are (-1 stays a number).
 */
const FORMULA_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

/** UTF-8 byte order mark, so spreadsheet programs read non-Latin names (Arabic) correctly. */
export const CSV_BOM = '\uFEFF';

/**
 * The first line of an organizer's CSV export: who exported it, when (UTC, to the second) and how
 * many people's personal data it holds (`null`: no personal columns). A `#` comment line with no
 * delimiter or quote in it, so it stays one cell in a spreadsheet and the header row is line 2
 * (`pandas.read_csv(f, skiprows=1)`, or `comment='#'`).
 */
export const EXPORT_NOTICE_START = '# Exported by ';

export function csvExportNotice(by: string, at: Date, people: number | null): string {
  const who = by.replace(/[\s,;"]+/g, ' ').trim() || 'unknown';
  const when = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const what =
    people === null ? 'no personal columns' : `personal data of ${people} ${people === 1 ? 'person' : 'people'}`;
  return `${EXPORT_NOTICE_START}${who} on ${when} — ${what}\r\n`;
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
  }
}

export interface CsvLimits {
  maxFieldLength: number;
  maxColumns: number;
}

/**
 * Parses a CSV byte stream into rows of strings without holding the file: quoted fields (with ""
 * escapes and line breaks inside), CRLF or LF line ends, a leading BOM, and `,` or `;` as the
 * delimiter (chosen from the header line, as spreadsheets in many locales write `;`). Invalid
 * UTF-8 and oversized fields throw a CsvError. Blank lines are skipped.
 */
export async function* parseCsv(
  source: AsyncIterable<Buffer | string>,
  limits: CsvLimits = { maxFieldLength: 10_000, maxColumns: 100 },
): AsyncGenerator<string[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Parser states. QuoteInQuoted: a quote inside a quoted field; the next character decides
  // (another quote is an escaped quote, a delimiter or line end closes the field).
  const S = { FieldStart: 0, Unquoted: 1, Quoted: 2, QuoteInQuoted: 3 } as const;
  let state: number = S.FieldStart;
  let delimiter = ',';
  let field = '';
  let row: string[] = [];
  let rowNumber = 0;
  let skipLf = false;
  let header: string | null = '';

  const endField = () => {
    row.push(field);
    field = '';
    state = S.FieldStart;
    if (row.length > limits.maxColumns) throw new CsvError(`more than ${limits.maxColumns} columns`, rowNumber);
  };
  const endRow = (): string[] | null => {
    endField();
    const done = row;
    row = [];
    rowNumber++;
    return done.length === 1 && done[0] === '' ? null : done;
  };

  function* feed(text: string): Generator<string[]> {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (skipLf) {
        skipLf = false;
        if (c === '\n') continue;
      }
      const newline = c === '\n' || c === '\r';
      switch (state) {
        case S.Quoted:
          if (c === '"') state = S.QuoteInQuoted;
          else field += c;
          break;
        case S.QuoteInQuoted:
          if (c === '"') {
            field += '"';
            state = S.Quoted;
          } else if (c === delimiter) endField();
          else if (newline) {
            skipLf = c === '\r';
            const r = endRow();
            if (r) yield r;
          } else throw new CsvError('unexpected character after a closing quote', rowNumber + 1);
          break;
        case S.FieldStart:
        case S.Unquoted:
          if (c === '"' && state === S.FieldStart) state = S.Quoted;
          else if (c === delimiter) endField();
          else if (newline) {
            skipLf = c === '\r';
            const r = endRow();
            if (r) yield r;
          } else {
            field += c;
            state = S.Unquoted;
          }
          break;
      }
      if (field.length > limits.maxFieldLength)
        throw new CsvError(`a field is longer than ${limits.maxFieldLength} characters`, rowNumber + 1);
    }
  }

  /** Text before the delimiter is known: buffered until the header line is complete. */
  function* take(text: string): Generator<string[]> {
    if (header === null) {
      yield* feed(text);
      return;
    }
    header += text;
    if (header.startsWith(CSV_BOM)) header = header.slice(1);
    const eol = header.search(/[\r\n]/);
    if (eol === -1 && header.length < 100_000) return;
    const line = eol === -1 ? header : header.slice(0, eol);
    delimiter = line.includes(',') || !line.includes(';') ? ',' : ';';
    const buffered = header;
    header = null;
    yield* feed(buffered);
  }

  for await (const chunk of source) {
    let text: string;
    try {
      text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    } catch {
      throw new CsvError('the file is not valid UTF-8', rowNumber + 1);
    }
    yield* take(text);
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new CsvError('the file is not valid UTF-8', rowNumber + 1);
  }
  yield* take(tail);
  if (header !== null && header !== '') {
    const line = header;
    delimiter = line.includes(',') || !line.includes(';') ? ',' : ';';
    header = null;
    yield* feed(line);
  }
  if (state === S.Quoted) throw new CsvError('a quoted field is not closed', rowNumber + 1);
  if (state !== S.FieldStart || row.length > 0) {
    const r = endRow();
    if (r) yield r;
  }
}
