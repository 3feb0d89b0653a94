import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILENAME_BYTES, safeFilename, uniqueNames } from '@/utils/export/filename';
import { exportFilename } from '@/utils/export';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('safeFilename', () => {
  it('removes characters some OS forbids and keeps CJK', () => {
    expect(safeFilename('关于/印发\\《通知》:*?"<>|的说明')).toBe('关于 印发 《通知》 的说明');
  });

  it('trims dots and spaces, avoids reserved device names, falls back when empty', () => {
    expect(safeFilename('  .hidden title. ')).toBe('hidden title');
    expect(safeFilename('CON')).toBe('_CON');
    expect(safeFilename('lpt1.txt')).toBe('_lpt1.txt');
    expect(safeFilename('???')).toBe('untitled');
    expect(safeFilename('\u0000\n\t')).toBe('untitled');
  });

  it('limits the UTF-8 length without splitting characters', () => {
    const name = safeFilename('长'.repeat(200) + '😀'.repeat(10));
    expect(utf8(name)).toBeLessThanOrEqual(MAX_FILENAME_BYTES);
    expect(name).toBe('长'.repeat(60));
    expect(safeFilename('😀'.repeat(100)).length % 2).toBe(0);
  });

  it('property: the result is always a non-empty safe name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const name = safeFilename(s);
        expect(name.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex -- control characters are what must be absent
        expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
        expect(name).not.toMatch(/[. ]$/);
        expect(utf8(name)).toBeLessThanOrEqual(MAX_FILENAME_BYTES);
        expect(() => encodeURIComponent(name)).not.toThrow();
      }),
    );
  });

  it('makes names unique case-insensitively', () => {
    expect(uniqueNames(['a', 'A', 'a', 'b'])).toEqual(['a', 'A (2)', 'a (3)', 'b']);
  });
});

describe('exportFilename', () => {
  it('names each kind with the local date', () => {
    const date = new Date(2024, 4, 1, 12, 0);
    expect(exportFilename('markdown', date)).toBe('huazhongdian-highlights-2024-05-01.md');
    expect(exportFilename('csv', date.getTime())).toBe('huazhongdian-highlights-2024-05-01.csv');
    expect(exportFilename('w3c', date)).toBe('huazhongdian-annotations-2024-05-01.json');
  });
});
