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
    [' =1', "' =1"],
    [' a=1', ' a=1'],
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
        // Past leading spaces: a reader that trims them (LibreOffice can) sees the formula first;
        // and after each `;` or line break past spaces and quotes (the `;` reader below).
        const defused = (f: string) => {
          let out = formulaStarts.includes(f.replace(/^ +/, '').charAt(0)) ? "'" : '';
          for (let i = 0; i < f.length; i++) {
            out += f[i];
            const rest = f.slice(i + 1).replace(/^[ "]+/, '');
            if (';\r\n'.includes(f[i]!) && formulaStarts.includes(rest.charAt(0))) out += "'";
          }
          return out;
        };
        const expected = fields.map(defused);
        // A row of one empty field is an empty line; RFC 4180 readers see no fields there.
        if (fields.length === 0) return;
        expect(parseCsv(line)[0]).toEqual(expected);
      }),
    );
  });
});

/**
 * How a spreadsheet whose list separator is `;` (Excel in much of Europe, LibreOffice when asked)
 * reads our comma file, the rule this guard relies on: a cell ends at every `;` and a row at every
 * CR or LF; a `"` opens a quoted stretch only as a cell's first character (in it `""` is a quote,
 * a lone `"` closes it, and what follows up to the next `;` joins the cell); anywhere else a `"`
 * is a character. Our commas are characters to it. A cell is a formula when its text, quotes of a
 * quoted stretch removed and leading white space (space, tab, CR, LF) skipped, starts with `=`,
 * `+`, `-` or `@`. (A cell can start with CR or LF only inside a quoted stretch, as where our
 * closing quote follows a line break: `"` then the row's CRLF.)
 */
function parseSemicolonCsv(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ';' || c === '\r' || c === '\n') {
      cells.push(cell);
      cell = '';
    } else cell += c;
    i++;
  }
  cells.push(cell);
  return cells;
}

const FORMULA_CHARS = ['=', '+', '-', '@', '\t', '\r'];
const isFormula = (cell: string) => ['=', '+', '-', '@'].includes(cell.replace(/^[ \t\r\n]+/, '').charAt(0));

describe('CSV export read by a spreadsheet that splits at `;`', () => {
  it.each([
    'x;=1+1',
    "x;=cmd|' /C calc'!A0",
    'x; =1+1',
    'x;"=1+1"',
    'x;""=1+1',
    'line\n=1+1',
    'line\r\n@SUM(A1)',
    'line\r-2+3',
    'a;b;+1',
  ])('no cell of %j is a formula', (value) => {
    const cells = parseSemicolonCsv(
      toCsv([makeHighlight({ note: value, quote: { exact: value, prefix: '', suffix: '' } })]),
    );
    expect(cells.filter(isFormula)).toEqual([]);
  });

  it('a tag list joined with "; " defuses each tag', () => {
    const cells = parseSemicolonCsv(toCsv([makeHighlight({ tags: ['x', '=1+1', '-2'] })]));
    expect(cells.filter(isFormula)).toEqual([]);
  });

  it('text a comma reader gets back changes only by an apostrophe after a separator', () => {
    const value = 'a;=1\n- item\nplain; text';
    const cell = parseCsv(`${csvField(value)}\r\n`)[0]![0];
    expect(cell).toBe("a;'=1\n'- item\nplain; text");
  });

  it('property: no cell a `;` spreadsheet reads is a formula, and a comma reader gets the field back with apostrophes only', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(';', '\n', '\r', '\r\n', '"', ' ', ',', ...FORMULA_CHARS),
    );
    const field = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 5 }), (fields) => {
        const line = `${fields.map(csvField).join(',')}\r\n`;
        expect(parseSemicolonCsv(line).filter(isFormula)).toEqual([]);
        const back = parseCsv(line)[0]!;
        back.forEach((cell, i) => expect(cell.replace(/'/g, '')).toBe(fields[i]!.replace(/'/g, '')));
      }),
    );
  });
});
