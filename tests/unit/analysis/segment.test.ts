import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentSentences } from '@/utils/analysis/segment';

const pieces = (text: string, whole = false) => segmentSentences(text, 0, whole).map((s) => text.slice(s.start, s.end));

describe('segmentSentences: Chinese', () => {
  it('splits after full-width and half-width terminators alike', () => {
    expect(pieces('甲乙。丙丁！戊己?庚辛!壬癸？')).toEqual(['甲乙。', '丙丁！', '戊己?', '庚辛!', '壬癸？']);
  });

  it('keeps half-width commas and colons inside the sentence', () => {
    expect(pieces('对此,会议有一句话:值此新形势,应当强素质。下一句。')).toEqual([
      '对此,会议有一句话:值此新形势,应当强素质。',
      '下一句。',
    ]);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(pieces('他说:“要加强学习。”随后离开。')).toEqual(['他说:“要加强学习。”', '随后离开。']);
    expect(pieces('（这是说明。）正文。')).toEqual(['（这是说明。）', '正文。']);
    expect(pieces('真的吗？！》好。')).toEqual(['真的吗？！》', '好。']);
  });

  it('splits before a "——" point after punctuation, not an inline dash', () => {
    expect(pieces('会议提了两点要求:——加强学习,提高本领')).toEqual(['会议提了两点要求:', '——加强学习,提高本领']);
    expect(pieces('一个目标——实现共同富裕,不能动摇。')).toEqual(['一个目标——实现共同富裕,不能动摇。']);
  });

  it('makes a short "——" slogan its own unit', () => {
    expect(pieces('——运用网络加强舆论引导。注重用网言网语宣传政策。')).toEqual([
      '——运用网络加强舆论引导。',
      '注重用网言网语宣传政策。',
    ]);
  });

  it('splits enumerated clauses at semicolons but keeps plain semicolon lists together', () => {
    expect(pieces('一是加强学习；二是深化改革；三是强化监督。')).toEqual([
      '一是加强学习；',
      '二是深化改革；',
      '三是强化监督。',
    ]);
    expect(pieces('第一,加强领导;第二,落实责任。')).toEqual(['第一,加强领导;', '第二,落实责任。']);
    expect(pieces('（1）完善制度；（2）加强考核。')).toEqual(['（1）完善制度；', '（2）加强考核。']);
    const list = '通过加强学习,掌握理论;通过调查研究,探寻规律;通过实践锻炼,提高能力。';
    expect(pieces(list)).toEqual([list]);
  });

  it('trims leading full-width and no-break spaces and keeps offsets exact', () => {
    const text = '\u3000\u3000第一句。\u00a0 第二句。  ';
    const spans = segmentSentences(text, 100);
    expect(spans).toEqual([
      { start: 102, end: 106 },
      { start: 108, end: 112 },
    ]);
  });

  it('treats a heading block as one unit even with inner punctuation', () => {
    expect(pieces('一、 总体要求。坚持稳中求进', true)).toEqual(['一、 总体要求。坚持稳中求进']);
  });

  it('always splits at line breaks', () => {
    expect(pieces('第一行\n第二行')).toEqual(['第一行', '第二行']);
  });
});

describe('segmentSentences: English', () => {
  it('does not split after abbreviations, initials, decimals or list numbers', () => {
    const text =
      'The U.S. Department acts, e.g. on No. 5 of the list. Growth was 3.5 percent in Jan. 2024. Mr. J. Smith agreed. 1. Establish a task force.';
    expect(pieces(text)).toEqual([
      'The U.S. Department acts, e.g. on No. 5 of the list.',
      'Growth was 3.5 percent in Jan. 2024.',
      'Mr. J. Smith agreed.',
      '1. Establish a task force.',
    ]);
  });

  it('splits after a grade or schedule named by a letter ("band E. We …"), not after an initial', () => {
    expect(pieces('Homes must reach EPC band E. We will raise it to band C. The owner J. Smith agreed.')).toEqual([
      'Homes must reach EPC band E.',
      'We will raise it to band C.',
      'The owner J. Smith agreed.',
    ]);
  });

  it('keeps "Sec. 2." with its heading and splits the heading from the body', () => {
    expect(pieces('Sec. 2. Policy. It is the policy of the United States to act.')).toEqual([
      'Sec. 2. Policy.',
      'It is the policy of the United States to act.',
    ]);
  });

  it('splits at ! and ? and keeps closing quotes', () => {
    expect(pieces('He said "Go now." Then he left! Why? Because.')).toEqual([
      'He said "Go now."',
      'Then he left!',
      'Why?',
      'Because.',
    ]);
  });

  it('splits lettered list items at semicolons', () => {
    expect(pieces('The Secretary shall: (i) review the rule; (ii) report; and (iii) publish it.')).toEqual([
      'The Secretary shall: (i) review the rule;',
      '(ii) report;',
      'and (iii) publish it.',
    ]);
  });

  it('splits after "etc." only before a sentence opener', () => {
    expect(pieces('Bring pens, paper, etc. The meeting starts soon.')).toEqual([
      'Bring pens, paper, etc.',
      'The meeting starts soon.',
    ]);
  });
});

describe('segmentSentences: invariants', () => {
  const alphabet = fc.constantFrom(...'要加强学习。！？!?；;,，:：——“”（）() \u3000\nabc.ABC一是二是1. '.split(''));
  const textArb = fc.array(alphabet, { maxLength: 80 }).map((a) => a.join(''));

  it('spans are ordered, disjoint, trimmed and cover every visible character', () => {
    fc.assert(
      fc.property(textArb, fc.nat(1000), (text, offset) => {
        const spans = segmentSentences(text, offset);
        let last = offset;
        const covered = new Set<number>();
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          const piece = text.slice(s.start - offset, s.end - offset);
          expect(piece).toBe(piece.trim());
          expect(piece.startsWith('\u3000')).toBe(false);
          for (let i = s.start; i < s.end; i++) covered.add(i - offset);
          last = s.end;
        }
        expect(last).toBeLessThanOrEqual(offset + text.length);
        for (let i = 0; i < text.length; i++)
          if (!/[\s\u3000]/.test(text[i] as string)) expect(covered.has(i)).toBe(true);
      }),
    );
  });
});
