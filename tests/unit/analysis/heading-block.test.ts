import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile } from '@/utils/analysis/directive-rules';
import { isHeadingBlock } from '@/utils/analysis/headings';
import { HEADING_MAX_CHARS, type Lang } from '@/utils/analysis/rules';
import { visibleLength } from '@/utils/analysis/sentence-scores';
import type { BlockKind } from '@/utils/article/types';

/** The heading test's first steps in their plain order: length, visible length, kind, numbering. */
function plainOrder(kind: BlockKind, text: string, lang: Lang): boolean | 'rest' {
  const c = compile(lang);
  if (text.length > HEADING_MAX_CHARS[lang] * 3) return false;
  const trimmed = text.trim();
  if (visibleLength(trimmed, HEADING_MAX_CHARS[lang]) > HEADING_MAX_CHARS[lang]) return false;
  if (kind === 'heading') return true;
  if (!c.headingStart.test(trimmed) || trimmed.startsWith('——')) return false;
  return 'rest';
}

const FRAGMENTS = {
  zh: [
    '一、',
    '（一）',
    '第三章',
    '——',
    '1.2',
    ' ',
    '\u3000',
    '\u2003',
    '加强组织领导',
    '要',
    '严禁收费',
    '，',
    '。',
    '各地区各部门',
  ],
  en: [
    'Section 2.',
    'Article 5',
    'PART 3:',
    ' ',
    '\u00a0',
    '\u2003',
    'Overview',
    'You must register',
    ', ',
    '. ',
    'the agencies',
  ],
};

describe('isHeadingBlock (numbering tested before the length is counted)', () => {
  it.each(['zh', 'en'] as const)('answers as the plain order does (%s)', (lang) => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS[lang]), { maxLength: 40 }),
        fc.constantFrom<BlockKind>('heading', 'paragraph', 'listItem'),
        (parts, kind) => {
          const text = parts.join('');
          const plain = plainOrder(kind, text, lang);
          if (plain !== 'rest') expect(isHeadingBlock(kind, text, lang, compile(lang)), text).toBe(plain);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('reads a numbered line at the limit, white space around it, as a heading; a longer heading block not', () => {
    const text = `一、${'加'.repeat(HEADING_MAX_CHARS.zh - 2)}\u2003`;
    expect(isHeadingBlock('paragraph', text, 'zh', compile('zh'))).toBe(true);
    expect(isHeadingBlock('heading', `${'加'.repeat(HEADING_MAX_CHARS.zh)}加`, 'zh', compile('zh'))).toBe(false);
  });
});
