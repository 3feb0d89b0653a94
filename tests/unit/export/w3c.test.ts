import { describe, expect, it } from 'vitest';
import { toW3C, toW3CJson, toWebAnnotation, ANNOTATION_CONTEXT } from '@/utils/export/w3c';
import { makeHighlight } from './fixtures';

describe('W3C Web Annotation export', () => {
  it('writes an AnnotationCollection with the model’s required fields', () => {
    const records = [makeHighlight({ note: '要点', tags: ['安全 生产', '政策'] }), makeHighlight()];
    const doc = toW3C(records, { now: Date.UTC(2024, 6, 1), version: '0.1.0' });
    expect(doc['@context']).toBe(ANNOTATION_CONTEXT);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.generated).toBe('2024-07-01T00:00:00.000Z');
    expect(doc.generator).toMatchObject({ type: 'Software', version: '0.1.0' });
    expect(doc.total).toBe(2);
    expect(doc.first.type).toBe('AnnotationPage');
    for (const a of doc.first.items) {
      expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(a.type).toBe('Annotation');
      expect(typeof a.target.source).toBe('string');
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(typeof quote.exact).toBe('string');
      expect(position.type).toBe('TextPositionSelector');
      expect(Number.isInteger(position.start) && Number.isInteger(position.end)).toBe(true);
    }
  });

  it('uses motivation commenting with a note body, highlighting otherwise, and tags as tagging bodies', () => {
    const withNote = toWebAnnotation(makeHighlight({ note: '第一行\n第二行', tags: ['a b'] }));
    expect(withNote.motivation).toBe('commenting');
    expect(withNote.body).toEqual([
      { type: 'TextualBody', value: '第一行\n第二行', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'a b', purpose: 'tagging' },
    ]);
    const plain = toWebAnnotation(makeHighlight());
    expect(plain.motivation).toBe('highlighting');
    expect(plain).not.toHaveProperty('body');
  });

  it('puts our own fields under hzd and times as ISO', () => {
    const h = makeHighlight({ category: 'obligation', color: 'green' });
    const a = toWebAnnotation(h);
    expect(a.created).toBe('2024-05-01T02:00:00.000Z');
    expect(a.modified).toBe('2024-05-01T03:00:00.000Z');
    expect(a.hzd).toEqual({
      color: 'green',
      clock: h.clock,
      title: h.title,
      site: h.site,
      category: 'obligation',
      article: h.article,
    });
  });

  it('keeps a non-UUID id in hzd and makes a valid URN for it', () => {
    const a = toWebAnnotation(makeHighlight({ id: 'local id/1' }));
    expect(a.id).toBe('urn:huazhongdian:highlight:local%20id%2F1');
    expect(a.hzd.id).toBe('local id/1');
  });

  it('leaves tombstones out unless asked for a backup', () => {
    const records = [makeHighlight(), makeHighlight({ deleted: true })];
    expect(toW3C(records).total).toBe(1);
    const backup = toW3C(records, { includeDeleted: true });
    expect(backup.total).toBe(2);
    expect(backup.first.items[1]?.hzd.deleted).toBe(true);
  });

  it('serialises to JSON text that parses back to the same document', () => {
    const records = [makeHighlight({ note: '"quoted" <b>html</b>' })];
    expect(JSON.parse(toW3CJson(records, { now: 0 }))).toEqual(toW3C(records, { now: 0 }));
  });
});
