import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseImport } from '@/utils/export/import';
import { HighlightSchema } from '@/utils/highlights/record';
import { toW3CJson } from '@/utils/export/w3c';
import { IMPORT_CLOCK, NOW, highlightArb, idMaker, makeHighlight } from './fixtures';

const options = () => ({ clock: IMPORT_CLOCK, now: NOW, makeId: idMaker() });
const noFreshIds = () => {
  throw new Error('our own records keep their ids');
};

const URL_A = 'https://example.com/article/1';

function annotation(extra: Record<string, unknown> = {}) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    target: {
      source: URL_A,
      selector: { type: 'TextQuoteSelector', exact: 'key sentence', prefix: 'A ', suffix: ' here' },
    },
    ...extra,
  };
}

describe('round trip of our own export', () => {
  it('gives back every record field by field (property)', () => {
    fc.assert(
      fc.property(fc.array(highlightArb, { maxLength: 8 }), (records) => {
        const text = toW3CJson(records, { includeDeleted: true, now: NOW });
        const result = parseImport(text, { clock: 'never-used', now: NOW, makeId: noFreshIds });
        expect(result.error).toBeUndefined();
        expect(result.skipped).toEqual([]);
        expect(result.format).toBe(records.length > 0 ? 'huazhongdian' : 'huazhongdian');
        expect(result.records).toStrictEqual(records);
      }),
      { numRuns: 300 },
    );
  });

  it('recognises its own generator even when empty', () => {
    expect(parseImport(toW3CJson([]), options()).format).toBe('huazhongdian');
  });
});

describe('foreign Web Annotations', () => {
  it('imports a single annotation with only a quote selector: fresh id, injected clock, default colour, sentinel position', () => {
    const r = parseImport(
      JSON.stringify(annotation({ id: 'http://example.com/anno/7', bodyValue: 'my note' })),
      options(),
    );
    expect(r.format).toBe('w3c');
    expect(r.skipped).toEqual([]);
    expect(r.records).toEqual([
      {
        id: 'aaaaaaaa-0000-4000-8000-000000000001',
        url: URL_A,
        title: URL_A,
        site: 'example.com',
        quote: { exact: 'key sentence', prefix: 'A ', suffix: ' here' },
        position: { start: 0, end: 'key sentence'.length },
        color: 'yellow',
        note: 'my note',
        tags: [],
        created: NOW,
        updated: NOW,
        clock: IMPORT_CLOCK,
      },
    ]);
  });

  it('keeps a urn:uuid id, reads bodies, timestamps and a position selector among unknown selectors', () => {
    const doc = annotation({
      id: 'urn:uuid:6a4f2b9e-1c3d-4e5f-8a7b-9c0d1e2f3a4b',
      created: '2023-01-02T03:04:05Z',
      modified: '2023-02-02T03:04:05.500Z',
      body: [
        { type: 'TextualBody', value: 'first', purpose: 'commenting' },
        { type: 'TextualBody', value: 'second', purpose: ['describing'] },
        { type: 'TextualBody', value: ' policy ', purpose: 'tagging' },
        { type: 'TextualBody', value: 'policy', purpose: 'tagging' },
        { type: 'TextualBody', value: 'ignored', purpose: 'bookmarking' },
        { type: 'SpecificResource', source: 'http://example.com/other' },
      ],
      target: [
        'http://example.com/no-selector',
        {
          source: URL_A,
          selector: [
            { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' } },
            { type: 'CssSelector', value: '#x' },
            { type: 'TextPositionSelector', start: 40, end: 52 },
            { type: 'TextQuoteSelector', exact: 'key sentence' },
          ],
        },
      ],
    });
    const r = parseImport(JSON.stringify([doc]), options());
    expect(r.skipped).toEqual([]);
    const [record] = r.records;
    expect(record).toMatchObject({
      id: '6a4f2b9e-1c3d-4e5f-8a7b-9c0d1e2f3a4b',
      url: URL_A,
      note: 'first\n\nsecond',
      tags: ['policy'],
      position: { start: 40, end: 52 },
      quote: { exact: 'key sentence', prefix: '', suffix: '' },
      created: Date.UTC(2023, 0, 2, 3, 4, 5),
      updated: Date.UTC(2023, 1, 2, 3, 4, 5, 500),
    });
  });

  it('accepts a string body, a context array, AnnotationPage and AnnotationCollection with chained pages', () => {
    const a1 = annotation({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { extra: 'urn:x' }],
      body: 'string body',
    });
    const a2 = annotation({
      target: { source: 'https://example.com/2', selector: { type: 'TextQuoteSelector', exact: 'two' } },
    });
    const page = { type: 'AnnotationPage', items: [a1] };
    expect(parseImport(JSON.stringify(page), options()).records.map((r) => r.note)).toEqual(['string body']);
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 2,
      first: { type: 'AnnotationPage', items: [a1], next: { type: 'AnnotationPage', items: [a2] } },
    };
    expect(parseImport(JSON.stringify(collection), options()).records.map((r) => r.url)).toEqual([
      URL_A,
      'https://example.com/2',
    ]);
  });

  it('reports a collection whose pages are only linked', () => {
    const r = parseImport(
      JSON.stringify({ type: 'AnnotationCollection', first: 'http://example.com/page1' }),
      options(),
    );
    expect(r.error).toMatch(/links to its pages/);
    expect(r.format).toBe('unknown');
  });

  it('imports Hypothesis exports (rows or array): text, tags, document title, uri', () => {
    const row = {
      id: 'Hx1abcDEF',
      created: '2021-03-04T05:06:07.000000+00:00',
      updated: '2021-03-05T05:06:07.000000+00:00',
      uri: 'https://example.com/hypo',
      text: 'Hypothesis <b>note</b>',
      tags: ['a tag', 'b'],
      document: { title: ['A page title'] },
      target: [
        {
          source: 'https://example.com/hypo',
          selector: [
            { type: 'RangeSelector', startContainer: '/div[1]', startOffset: 0, endContainer: '/div[1]', endOffset: 5 },
            { type: 'TextPositionSelector', start: 100, end: 105 },
            // far ends differ from near ends: only the 64 characters next to the quote are kept
            {
              type: 'TextQuoteSelector',
              exact: 'hello',
              prefix: 'a'.repeat(36) + 'x'.repeat(64),
              suffix: 'y'.repeat(64) + 'b'.repeat(36),
            },
          ],
        },
      ],
    };
    for (const doc of [{ total: 1, rows: [row] }, [row]]) {
      const r = parseImport(JSON.stringify(doc), options());
      expect(r.skipped).toEqual([]);
      expect(r.records[0]).toMatchObject({
        id: 'aaaaaaaa-0000-4000-8000-000000000001',
        title: 'A page title',
        note: 'Hypothesis <b>note</b>',
        tags: ['a tag', 'b'],
        position: { start: 100, end: 105 },
        quote: { exact: 'hello', prefix: 'x'.repeat(64), suffix: 'y'.repeat(64) },
        created: Date.UTC(2021, 2, 4, 5, 6, 7),
        updated: Date.UTC(2021, 2, 5, 5, 6, 7),
      });
    }
  });
});

describe('context longer than a record holds', () => {
  it('keeps the characters nearest the quote: the end of the prefix, the start of the suffix', () => {
    // Both ends of each differ, so cutting from the wrong end shows.
    const far = 'F'.repeat(50);
    const near = 'N'.repeat(50);
    const doc = annotation({
      target: {
        source: URL_A,
        selector: { type: 'TextQuoteSelector', exact: 'key', prefix: far + near, suffix: near + far },
      },
    });
    const [record] = parseImport(JSON.stringify(doc), options()).records;
    expect(record?.quote.prefix).toBe(far.slice(-14) + near);
    expect(record?.quote.suffix).toBe(near + far.slice(0, 14));
  });
});

describe('malformed and hostile input', () => {
  it('says clearly, on one line, when the text is not JSON', () => {
    const r = parseImport('{"a": [1, 2,', options());
    expect(r.error).toMatch(/^Not valid JSON: /);
    expect(r.error).not.toContain('\n');
    expect(r.records).toEqual([]);
    expect(r.format).toBe('unknown');
  });

  it('rejects JSON that is not an annotation document', () => {
    expect(parseImport('42', options()).error).toMatch(/^Not a Web Annotation document/);
    expect(parseImport('{"hello": "world"}', options()).error).toMatch(/^Not a Web Annotation document/);
  });

  it('rejects files over the byte limit, counting UTF-8 bytes', () => {
    const text = JSON.stringify([annotation({ bodyValue: '中'.repeat(400) })]);
    expect(parseImport(text, { ...options(), maxBytes: text.length + 100 }).error).toMatch(/^File too large/);
    expect(parseImport(text, { ...options(), maxBytes: text.length * 3 }).error).toBeUndefined();
  });

  it('rejects more annotations than allowed', () => {
    const text = JSON.stringify([annotation(), annotation(), annotation()]);
    expect(parseImport(text, { ...options(), maxRecords: 2 }).error).toBe('Too many annotations: 3 (the limit is 2)');
  });

  it('rejects deeply nested junk before parsing', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseImport(deep, options()).error).toMatch(/nested deeper/);
    // Brackets inside strings don't count.
    const inString = JSON.stringify([annotation({ bodyValue: '[{'.repeat(1000) })]);
    expect(parseImport(inString, options()).records).toHaveLength(1);
  });

  it('imports the valid annotations and lists each invalid one with its path and reason', () => {
    const items = [
      annotation(),
      annotation({ target: 5 }),
      annotation({ body: { type: 'TextualBody', value: 3 } }),
      annotation({ target: { source: URL_A, selector: { type: 'TextQuoteSelector', exact: 'x'.repeat(20_001) } } }),
      annotation({ target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'x' } } }),
      annotation({ target: { source: URL_A, selector: { type: 'RangeSelector' } } }),
      annotation({ tags: ['t'.repeat(65)] }),
      annotation({ hzd: { color: 'orange', clock: 'c' } }),
      'just a string',
      null,
      annotation({ target: { source: 'not a url', selector: { type: 'TextQuoteSelector', exact: 'x' } } }),
    ];
    const r = parseImport(JSON.stringify(items), options());
    expect(r.records).toHaveLength(1);
    expect(r.skipped.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const reason = (i: number) => r.skipped.find((s) => s.index === i)?.reason ?? '';
    expect(reason(1)).toMatch(/^target/);
    expect(reason(2)).toMatch(/^body\.value: /);
    expect(reason(3)).toMatch(/^quote\.exact: Invalid length/);
    expect(reason(4)).toMatch(/^url: only http\(s\) and file URLs/);
    expect(reason(5)).toMatch(/no TextQuoteSelector/);
    expect(reason(6)).toMatch(/^tags\.0: Invalid length/);
    expect(reason(7)).toMatch(/^hzd\.color: /);
    expect(reason(10)).toMatch(/^url: /);
  });

  it('keeps HTML in notes as plain text data', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;';
    const r = parseImport(JSON.stringify(annotation({ bodyValue: html })), options());
    expect(r.records[0]?.note).toBe(html);
  });

  it('drops prototype-pollution keys everywhere and pollutes nothing', () => {
    const hostile = `{
      "__proto__": { "polluted": "top" },
      "constructor": { "prototype": { "polluted": "ctor" } },
      "type": "AnnotationCollection",
      "first": { "type": "AnnotationPage", "__proto__": { "polluted": "page" }, "items": [
        { "type": "Annotation", "__proto__": { "polluted": "item", "target": "x" },
          "constructor": { "prototype": { "polluted": "item-ctor" } },
          "target": { "source": "https://example.com/p", "__proto__": { "polluted": "target" },
            "selector": [{ "type": "TextQuoteSelector", "exact": "q", "__proto__": { "polluted": "sel" } }] },
          "body": [{ "type": "TextualBody", "value": "n", "__proto__": { "purpose": "tagging" } }],
          "hzd": { "color": "blue", "clock": "c1", "title": "t", "site": "s", "__proto__": { "polluted": "hzd" },
            "article": { "title": "a", "__proto__": { "polluted": "article" }, "prototype": { "polluted": 1 } } } }
      ] }
    }`;
    const r = parseImport(hostile, options());
    expect(r.skipped).toEqual([]);
    const [record] = r.records;
    expect(record?.note).toBe('n');
    expect(record?.tags).toEqual([]);
    expect(record?.color).toBe('blue');
    expect(record?.article).toEqual({ title: 'a' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    for (const obj of [record, record?.quote, record?.position, record?.article]) {
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect(Object.keys(obj ?? {})).not.toContain('__proto__');
      expect((obj as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  /** What every import result must be, whatever the input: an error and nothing else, or valid records and reasons. */
  function expectSound(r: ReturnType<typeof parseImport>) {
    if (r.error !== undefined) {
      expect(r.error).toMatch(/\S/);
      expect(r.records).toEqual([]);
      expect(r.skipped).toEqual([]);
      return;
    }
    for (const record of r.records) {
      expect(v.is(HighlightSchema, record)).toBe(true);
      expect(record.url).toMatch(/^https?:/i);
    }
    const indexes = r.skipped.map((s) => s.index);
    expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
    expect(new Set(indexes).size).toBe(indexes.length);
    for (const s of r.skipped) {
      expect(Number.isInteger(s.index) && s.index >= 0).toBe(true);
      expect(s.reason).toMatch(/\S/);
    }
  }

  it('never throws and never pollutes on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const r = parseImport(JSON.stringify(value), options());
        expect(Array.isArray(r.records)).toBe(true);
        expectSound(r);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('an array of annotation-like items: each becomes a valid record or a skip with its reason (property)', () => {
    const part = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
    const item = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc
        .record({ target: part, body: part, hzd: part, created: part, id: part, tags: part, uri: part })
        .map((a) => annotation(Object.fromEntries(Object.entries(a).filter(([, x]) => x !== undefined)))),
      fc
        .record({ exact: fc.string(), source: fc.oneof(fc.webUrl(), fc.string(), fc.constant('file:///etc/passwd')) })
        .map(({ exact, source }) => annotation({ target: { source, selector: { type: 'TextQuoteSelector', exact } } })),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), (items) => {
        const r = parseImport(JSON.stringify(items), options());
        expectSound(r);
        expect(r.error).toBeUndefined();
        expect(r.records.length + r.skipped.length).toBe(items.length);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses file: page addresses (issue 12 point 9)', () => {
    const local = annotation({
      target: { source: 'file:///etc/passwd', selector: { type: 'TextQuoteSelector', exact: 'root' } },
    });
    const ours = JSON.parse(toW3CJson([makeHighlight({ url: 'file:///home/me/saved.html' })])) as {
      first: { items: unknown[] };
    };
    const r = parseImport(JSON.stringify([local, ...ours.first.items]), options());
    expect(r.records).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/^url: only http\(s\) URLs can be imported/),
      expect.stringMatching(/^url: only http\(s\) URLs can be imported/),
    ]);
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(parseImport(`\ufeff${JSON.stringify(annotation())}`, options()).records).toHaveLength(1);
  });
});

describe('makeHighlight fixture', () => {
  it('round-trips a realistic record', () => {
    const h = makeHighlight({ note: '注意：\n第二行', tags: ['安全'], category: 'obligation' });
    expect(parseImport(toW3CJson([h]), options()).records).toStrictEqual([h]);
  });
});
