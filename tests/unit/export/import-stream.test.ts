/**
 * The streaming import reads the same records as the whole-file import, whatever the chunk
 * boundaries, in batches, and refuses broken, too deep or too large files as a whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/export/import';
import { importStream, ImportFileError, type StreamImportOptions } from '@/utils/export/import-stream';
import { toW3CJson } from '@/utils/export/w3c';
import type { Highlight } from '@/utils/highlights/record';
import { IMPORT_CLOCK, NOW, highlightArb, idMaker, makeHighlight } from './fixtures';

const options = (over: Partial<StreamImportOptions> = {}): StreamImportOptions => ({
  clock: IMPORT_CLOCK,
  now: NOW,
  makeId: idMaker(),
  ...over,
});

async function* chunksOf(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function readAll(text: string, size: number, over: Partial<StreamImportOptions> = {}) {
  const gen = importStream(chunksOf(text, size), options(over));
  const batches: { records: Highlight[]; skipped: { index: number; reason: string }[] }[] = [];
  for (;;) {
    const next = await gen.next();
    if (next.done) return { batches, summary: next.value };
    batches.push(next.value);
  }
}

describe('streaming import', () => {
  it('gives the records and refusals of the whole-file import, whatever the chunks (property)', async () => {
    const bad = {
      type: 'Annotation',
      target: { source: 'file:///etc/passwd', selector: { type: 'TextQuoteSelector', exact: 'x' } },
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(highlightArb, { maxLength: 8 }),
        fc.integer({ min: 1, max: 400 }),
        fc.nat(),
        async (records, size, at) => {
          const doc = JSON.parse(toW3CJson(records, { includeDeleted: true, now: NOW })) as {
            first: { items: unknown[] };
          };
          doc.first.items.splice(at % (doc.first.items.length + 1), 0, bad);
          const text = JSON.stringify(doc);
          const whole = parseImport(text, options());
          const { batches, summary } = await readAll(text, size, { batchSize: 3 });
          expect(batches.flatMap((b) => b.records)).toStrictEqual(whole.records);
          expect(batches.flatMap((b) => b.skipped)).toEqual(whole.skipped);
          expect(summary).toEqual({ format: whole.format, items: records.length + 1 });
          expect(batches.every((b) => b.records.length <= 3)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never makes a batch larger than asked, however much one chunk holds', async () => {
    const text = toW3CJson(Array.from({ length: 9 }, () => makeHighlight()));
    const { batches } = await readAll(text, text.length, { batchSize: 2 });
    expect(batches.map((b) => b.records.length)).toEqual([2, 2, 2, 2, 1]);
  });

  it('makes a smaller first batch when asked, and the second makes up the rest', async () => {
    const text = toW3CJson(Array.from({ length: 11 }, () => makeHighlight()));
    const sizes = async (over: { batchSize: number; firstBatchSize?: number }, chunk = text.length) =>
      (await readAll(text, chunk, over)).batches.map((b) => b.records.length);
    expect(await sizes({ batchSize: 4, firstBatchSize: 1 })).toEqual([1, 3, 4, 3]);
    expect(await sizes({ batchSize: 4, firstBatchSize: 1 }, 50)).toEqual([1, 3, 4, 3]);
    expect(await sizes({ batchSize: 4, firstBatchSize: 3 })).toEqual([3, 1, 4, 3]);
    expect(await sizes({ batchSize: 4, firstBatchSize: 4 })).toEqual([4, 4, 3]);
    expect(await sizes({ batchSize: 4, firstBatchSize: 9 })).toEqual([4, 4, 3]);
  });

  it('reads arrays, pages with next pages, collections with items and Hypothesis rows', async () => {
    const [a, b, c] = JSON.parse(toW3CJson([makeHighlight(), makeHighlight(), makeHighlight()])).first
      .items as unknown[];
    const shapes = [
      [a, b, c],
      { type: 'AnnotationPage', items: [a], next: { type: 'AnnotationPage', items: [b, c] } },
      { type: 'AnnotationCollection', items: [a, b, c] },
      { type: 'AnnotationCollection', first: { items: [a], next: { items: [b], next: { items: [c] } } } },
      { rows: [a, b, c] },
    ];
    for (const shape of shapes) {
      const { batches } = await readAll(`\ufeff \n${JSON.stringify(shape)}`, 7);
      expect(batches.flatMap((x) => x.records)).toHaveLength(3);
    }
  });

  it('refuses the whole file when it is broken, too deep, too large or of no known shape', async () => {
    const text = toW3CJson([makeHighlight(), makeHighlight()]);
    const refused = async (t: string, over: Partial<StreamImportOptions> = {}) => {
      const e = await readAll(t, 50, over).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(ImportFileError);
      return (e as Error).message;
    };
    expect(await refused(text.slice(0, 200))).toMatch(/^Not valid JSON/);
    expect(await refused(`${text}]`)).toMatch(/^Not valid JSON/);
    expect(await refused('')).toMatch(/^Not valid JSON/);
    expect(await refused('{"hello": "world"}')).toMatch(/^Not a Web Annotation document/);
    expect(await refused('42')).toMatch(/^Not a Web Annotation document/);
    expect(await refused(`[${'['.repeat(100)}${']'.repeat(100)}]`)).toMatch(/nested deeper/);
    expect(await refused(text, { maxRecords: 1 })).toMatch(/^Too many annotations/);
    expect(await refused(text, { maxBytes: 100 })).toMatch(/^File too large/);
  });

  it('refuses one annotation too long to be a highlight, without keeping its text, and reads the rest', async () => {
    const [a, b] = JSON.parse(toW3CJson([makeHighlight(), makeHighlight()])).first.items as Record<string, unknown>[];
    const huge = { ...a, bodyValue: 'x'.repeat(3 * 1024 * 1024) };
    const { batches } = await readAll(JSON.stringify([a, huge, b]), 64 * 1024);
    expect(batches.flatMap((x) => x.records)).toHaveLength(2);
    expect(batches.flatMap((x) => x.skipped)).toEqual([{ index: 1, reason: 'longer than 2 MB of text' }]);
  });

  it('refuses a file whose text outside the annotations is large, as soon as it is read, without keeping it', async () => {
    // The document around the annotations is kept to be parsed at the end: a hostile file's
    // 500 MB string beside one annotation would be held whole in the page.
    const item = JSON.stringify(JSON.parse(toW3CJson([makeHighlight()])).first.items[0]);
    const chunk = 'x'.repeat(1024 * 1024);
    let read = 0;
    async function* hostile() {
      yield `{"type": "AnnotationPage", "items": [${item}], "junk": "`;
      for (let i = 0; i < 64; i++, read++) yield chunk;
      yield '"}';
    }
    const e = await (async () => {
      for await (const _ of importStream(hostile(), options()));
    })().then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ImportFileError);
    expect((e as Error).message).toMatch(/^Not a Web Annotation document: .*outside the annotations/);
    expect(read).toBeLessThan(64);
  });

  it('keeps a "__proto__" key a plain property, never a prototype', async () => {
    const item = JSON.parse(toW3CJson([makeHighlight()])).first.items[0] as Record<string, unknown>;
    const text = `[${JSON.stringify(item).replace(/^\{/, '{"__proto__": {"polluted": true}, ')}]`;
    const { batches } = await readAll(text, 5);
    expect(batches[0]!.records).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((batches[0]!.records[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});
