/**
 * A record HighlightSchema has just put out is sealed as checked (`sealChecked`): frozen through,
 * so nothing can change it, and the writer takes it as it is instead of checking it again (an
 * import's records were checked twice in the worker). Anything else is checked as before.
 */
import { describe, expect, test } from 'vitest';
import { checkedHighlight, parseHighlight, sealChecked, type Highlight } from '@/utils/highlights/record';
import { makeHighlight } from '../export/fixtures';
import { draft, testStore } from '../store/helpers';
import { EXTENSION, setupRouter } from '../background/setup';

const parsed = (over: Partial<Highlight> = {}) => {
  const r = parseHighlight(makeHighlight(over));
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('sealed records', () => {
  test('a sealed record is frozen through and taken as checked, itself', () => {
    const h = sealChecked(parsed({ tags: ['a'], article: { title: 't', keywords: ['k'], channel: ['c'] } }));
    const checked = checkedHighlight(h);
    expect(checked.ok && checked.value).toBe(h);
    const parts = [h, h.quote, h.position, h.tags, h.article, h.article!.keywords, h.article!.channel];
    for (const part of parts) expect(Object.isFrozen(part)).toBe(true);
    expect(() => ((h as { note: string }).note = 'changed')).toThrow(TypeError);
    expect(() => h.tags.push('b')).toThrow(TypeError);
    expect(() => ((h.position as { end: number }).end = 0)).toThrow(TypeError);
  });

  test('anything not sealed is checked: a copy of a sealed record, a record never sealed', () => {
    const h = sealChecked(parsed());
    const copy = { ...h, position: { start: 5, end: 1 } };
    expect(checkedHighlight(copy).ok).toBe(false);
    const plain = parsed();
    const unchecked = checkedHighlight(plain);
    expect(unchecked.ok && unchecked.value).not.toBe(plain);
    expect(checkedHighlight({ ...plain, url: 'javascript:alert(1)' }).ok).toBe(false);
  });

  test("an import request's records reach the library sealed; the writer still refuses a bad record", async () => {
    const { handle, library } = await setupRouter();
    const seen: Highlight[] = [];
    const importRecords = library.importRecords.bind(library);
    library.importRecords = (records, journal) => {
      seen.push(...records);
      return importRecords(records, journal);
    };
    const record = makeHighlight({ position: { start: 10, end: 20 } });
    expect(await handle({ type: 'highlights/import', records: [record] }, EXTENSION)).toMatchObject({ ok: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual(record);
    expect(Object.isFrozen(seen[0])).toBe(true);
    const checked = checkedHighlight(seen[0]!);
    expect(checked.ok && checked.value).toBe(seen[0]);
    expect(await library.get(record.id)).toEqual(record);

    const lib = await (await testStore()).open();
    const saved = await lib.save(draft('a'));
    const bad = { ...saved, id: 'b', position: { start: 9, end: 3 } };
    await expect(lib.importRecords([bad])).rejects.toThrow(/refusing to store an invalid highlight/);
    expect((await lib.all()).map((r) => r.id)).toEqual(['a']);
  });
});
