import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { addTags, normalizeTags, removeTags, splitTags } from '@/utils/highlights/tags';
import { LIMITS } from '@/utils/highlights/record';

describe('tags', () => {
  it('splits on ASCII and Chinese commas, semicolons and new lines', () => {
    expect(splitTags('政策, 统战，网络、乡村;  教育 ；\n改革')).toEqual([
      '政策',
      '统战',
      '网络',
      '乡村',
      '教育',
      '改革',
    ]);
    expect(splitTags(' , ,, ')).toEqual([]);
  });

  it('dedupes case-insensitively, keeps the first spelling, clips and caps the count', () => {
    expect(normalizeTags(['Policy', 'policy', ' multi   word ', ''])).toEqual(['Policy', 'multi word']);
    expect(normalizeTags(['x'.repeat(100)])[0]).toHaveLength(LIMITS.tag);
    const many = Array.from({ length: 50 }, (_, i) => `t${i}`);
    expect(normalizeTags(many)).toHaveLength(LIMITS.tags);
    expect(addTags(['a'], 'b, a, c')).toEqual(['a', 'b', 'c']);
  });

  it('normalized tags are always valid for the record (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 60 }), (tags) => {
        const out = normalizeTags(tags);
        expect(out.length).toBeLessThanOrEqual(LIMITS.tags);
        for (const t of out) {
          expect(t.length).toBeGreaterThan(0);
          expect(t.length).toBeLessThanOrEqual(LIMITS.tag);
        }
        expect(new Set(out.map((t) => t.toLowerCase())).size).toBe(out.length);
      }),
    );
  });

  it('drops the hashtag sign of typed tags', () => {
    expect(splitTags('#政策, ##统战, # 网络')).toEqual(['政策', '统战', '网络']);
  });

  it('for an import, keeps what is over the limits (the record is then refused with a reason, not cut)', () => {
    const long = 'x'.repeat(LIMITS.tag + 1);
    expect(normalizeTags([' a ', 'A', long], 'keep')).toEqual(['a', long]);
    const many = Array.from({ length: LIMITS.tags + 3 }, (_, i) => `t${i}`);
    expect(normalizeTags(many, 'keep')).toHaveLength(LIMITS.tags + 3);
  });

  it('removes typed tags as they are compared when stored', () => {
    expect(removeTags(['Policy', '统战', 'x'], 'policy, #统战')).toEqual(['x']);
  });
});
