import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv } from '@/utils/export/csv';
import { makeHighlight } from './fixtures';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i++;
  }
  if (field !== '' || row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

describe('CSV export', () => {
  it('has the documented header and one row per live highlight', () => {
    const rows = parseCsv(
      toCsv([
        makeHighlight({ note: 'a, "b"\nc', tags: ['x', 'y z'], category: 'target' }),
        makeHighlight({ deleted: true }),
      ]),
    );
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      'https://www.gov.cn/zhengce/content/2024-05/01/content_1.htm',
      '国务院关于加强安全生产工作的意见',
      'www.gov.cn',
      '2024-05-01 10:00',
      '中国政府网',
      '必须坚持安全第一',
      'a, "b"\nc',
      'x; y z',
      'yellow',
      'target',
      '2024-05-01T02:00:00.000Z',
      '2024-05-01T03:00:00.000Z',
    ]);
  });

  it('quotes per RFC 4180 and uses CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('adds a BOM only when asked', () => {
    expect(toCsv([], { bom: true }).startsWith('\ufeffurl,')).toBe(true);
    expect(toCsv([]).startsWith('url,')).toBe(true);
  });

  it.each(['=SUM(A1:A2)', '+1', '-1+2', '@cmd', '\tx', '\rx'])(
    'defuses formula-looking cell %j with an apostrophe',
    (value) => {
      const cell = parseCsv(`${csvField(value)}\r\n`)[0]![0];
      expect(cell).toBe(`'${value}`);
    },
  );

  it('defuses formulas coming from notes, quotes and tags', () => {
    const rows = parseCsv(
      toCsv([
        makeHighlight({
          note: '=HYPERLINK("http://example.com")',
          tags: ['-x'],
          quote: { exact: '@A1', prefix: '', suffix: '' },
        }),
      ]),
    );
    expect(rows[1]![6]).toBe(`'=HYPERLINK("http://example.com")`);
    expect(rows[1]![7]).toBe(`'-x`);
    expect(rows[1]![5]).toBe(`'@A1`);
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['=a,b', '"\'=a,b"'],
    ['=say "hi"', '"\'=say ""hi"""'],
    ["'=already", "'=already"],
    [' =1', ' =1'],
    ['a=1', 'a=1'],
    ['#1', '#1'],
    ['"=x"', '"""=x"""'],
    ['中=1', '中=1'],
    ['', ''],
  ])('csvField(%j) is exactly %j', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it('property: every field reads back exactly (apostrophe added only before formula starts)', () => {
    // The oracle is OWASP's list of characters a spreadsheet reads as a formula start, written
    // out here (not the implementation's regex); fields start with them, and with near misses, often.
    const formulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    const field = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc
        .tuple(fc.constantFrom(...formulaStarts, "'", ' ', '#', '"', ',', '\n', '中'), fc.string({ unit: 'grapheme' }))
        .map(([first, rest]) => first + rest),
    );
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), (fields) => {
        const line = `${fields.map(csvField).join(',')}\r\n`;
        const expected = fields.map((f) => (formulaStarts.includes(f.charAt(0)) ? `'${f}` : f));
        // A row of one empty field is an empty line; RFC 4180 readers see no fields there.
        if (fields.length === 0) return;
        expect(parseCsv(line)[0]).toEqual(expected);
      }),
    );
  });
});
