import { describe, expect, it } from 'vitest';
import { buildOutline, ENTRY_MAX_CHARS, type OutlineDirective } from '@/components/outline/model';

const blocks = [
  { kind: 'paragraph' as const, text: '各地要切实加强领导，确保落到实处。' },
  { kind: 'heading' as const, text: '一、总体要求' },
  { kind: 'paragraph' as const, text: `严禁弄虚作假。${'坚持'.repeat(60)}。` },
];
const text = blocks.map((b) => b.text).join('');
const directive = (sentence: string, blockIndex: number, category: OutlineDirective['category'], core: string[]) => {
  const start = text.indexOf(sentence);
  return {
    category,
    text: sentence,
    start,
    end: start + sentence.length,
    blockIndex,
    core: core.map((c) => ({ start: text.indexOf(c, start), end: text.indexOf(c, start) + c.length })),
  };
};

describe('the outline of cores', () => {
  it('an entry shows its core, and its sentence on expand; a core that is the whole sentence has nothing to expand', () => {
    const sections = buildOutline(blocks, [
      directive('各地要切实加强领导，确保落到实处。', 0, 'obligation', ['切实加强领导', '确保落到实处']),
      directive('一、总体要求', 1, 'heading', ['一、总体要求']),
      directive('严禁弄虚作假。', 2, 'prohibition', ['严禁弄虚作假。']),
    ]);
    expect(sections.map((s) => s.title)).toEqual([null, '一、总体要求']);
    expect(sections[0]!.entries).toEqual([
      {
        index: 0,
        category: 'obligation',
        text: '切实加强领导 … 确保落到实处',
        full: '各地要切实加强领导，确保落到实处。',
      },
    ]);
    expect(sections[1]!.headingIndex).toBe(1);
    expect(sections[1]!.entries).toEqual([{ index: 2, category: 'prohibition', text: '严禁弄虚作假。', full: null }]);
  });

  it('before the cores are known, the sentence shortened, the whole of it on expand', () => {
    const long = `${'坚持'.repeat(60)}。`;
    const [section] = buildOutline(blocks.slice(2), [{ ...directive(long, 0, 'obligation', []), blockIndex: 0 }]);
    const entry = section!.entries[0]!;
    expect(Array.from(entry.text)).toHaveLength(ENTRY_MAX_CHARS);
    expect(entry.text.endsWith('…')).toBe(true);
    expect(entry.full).toBe(long);
  });
});
