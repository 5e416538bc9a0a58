import { CsvError, csvCell, csvExportNotice, csvRow, parseCsv } from './csv.js';

async function parse(chunks: (string | Buffer)[]): Promise<string[][]> {
  const rows: string[][] = [];
  async function* source() {
    for (const c of chunks) yield c;
  }
  for await (const row of parseCsv(source())) rows.push(row);
  return rows;
}

describe('parseCsv', () => {
  const text =
    '\uFEFFemail,name,note\r\na@example.org,"Haddad, Amal","said ""hi""\nthen left"\r\n\r\nb@example.org,Sam,\n';
  const expected = [
    ['email', 'name', 'note'],
    ['a@example.org', 'Haddad, Amal', 'said "hi"\nthen left'],
    ['b@example.org', 'Sam', ''],
  ];

  it('should parse quoted fields, escaped quotes, line breaks in quotes, CRLF and a BOM', async () => {
    expect(await parse([text])).toEqual(expected);
  });

  it('should give the same rows whichever byte the stream is split at', async () => {
    const bytes = Buffer.from(text, 'utf8');
    for (let i = 1; i < bytes.length; i++) {
      expect(await parse([bytes.subarray(0, i), bytes.subarray(i)])).toEqual(expected);
    }
  });

  it('should use semicolons when the header has them and no commas', async () => {
    expect(await parse(['email;first_name\nx@example.org;Noor\n'])).toEqual([
      ['email', 'first_name'],
      ['x@example.org', 'Noor'],
    ]);
  });

  it('should read a last row without a line end and keep Arabic text intact', async () => {
    expect(await parse(['email,name\nx@example.org,نور'])).toEqual([
      ['email', 'name'],
      ['x@example.org', 'نور'],
    ]);
  });

  it('should reject invalid UTF-8, an unclosed quote and text after a closing quote', async () => {
    await expect(parse([Buffer.from([0x65, 0x0a, 0xff, 0xfe])])).rejects.toThrow(CsvError);
    await expect(parse(['email\n"open'])).rejects.toThrow('not closed');
    await expect(parse(['email\n"a"b'])).rejects.toThrow('closing quote');
  });

  it('should reject oversized fields and too many columns', async () => {
    async function* big() {
      yield 'email\n';
      yield 'x'.repeat(20_000);
    }
    await expect(
      (async () => {
        for await (const _ of parseCsv(big(), { maxFieldLength: 10_000, maxColumns: 10 })) void _;
      })(),
    ).rejects.toThrow('longer than');
    await expect(
      (async () => {
        for await (const _ of parseCsv(
          (async function* () {
            yield 'a,b,c,d\n';
          })(),
          { maxFieldLength: 100, maxColumns: 3 },
        ))
          void _;
      })(),
    ).rejects.toThrow('columns');
  });
});

describe('csvCell', () => {
  it.each([
    ['=SUM(A1)', `'=SUM(A1)`],
    ['+1', `'+1`],
    ['-1+1', `'-1+1`],
    ['@x', `'@x`],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `"'\r=1+1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['  =1+1', `'  =1+1`],
    ['\uFF1D1+1', `'\uFF1D1+1`],
    ['=1;2', `"'=1;2"`],
  ])('should neutralise %j, which a spreadsheet would run as a formula', (hostile, written) => {
    expect(csvCell(hostile)).toBe(written);
  });

  it('should write numbers and dates as they are when they are not text', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('should quote commas, semicolons, quotes, line breaks and edge spaces', () => {
    expect(csvRow(['a,b', 'a;b', 'say "x"', 'l1\nl2', ' pad', null, 'plain', 1])).toBe(
      '"a,b","a;b","say ""x""","l1\nl2"," pad",,plain,1\r\n',
    );
  });

  it('should read back every hostile cell as the text written, behind its apostrophe', async () => {
    const hostile = ['=SUM(A1)', 'a;b', 'say "x"', 'l1\r\nl2', '@x', ' =1', 'سلام، يا'];
    const rows = await parse([csvRow(['h1', 'h2']), csvRow(hostile)]);
    expect(rows[1].map((c) => c.replace(/^'/, ''))).toEqual(hostile);
  });

  it('should open an export with one cell saying who exported it, when and for how many, the header on line 2', async () => {
    const at = new Date('2026-12-07T03:00:00.123Z');
    const notice = csvExportNotice('Ada, "the boss"; x@example.org', at, 1);
    expect(notice).toBe(
      '# Exported by Ada the boss x@example.org on 2026-12-07T03:00:00Z — personal data of 1 person\r\n',
    );
    expect(csvExportNotice('x@example.org', at, null)).toContain('— no personal columns');
    const rows = await parse([notice, csvRow(['email', 'name']), csvRow(['a@example.org', 'A'])]);
    expect(rows[0]).toHaveLength(1);
    expect(rows[1]).toEqual(['email', 'name']);
  });
});
