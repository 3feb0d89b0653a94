import { describe, expect, it } from 'vitest';
import { anchorAll, anchorQuote, maxErrorsFor } from '@/utils/anchoring/anchor';
import { describeOffsets } from '@/utils/anchoring/describe';
import { editDistance } from '@/utils/anchoring/distance';

const ZH =
  '各级党委和政府要切实加强对统一战线工作的领导。' +
  '必须坚持大团结大联合，努力寻求最大公约数、画出最大同心圆。' +
  '要进一步健全完善工作机制，推动统战工作向基层延伸。' +
  '全省统战系统要以更加饱满的精神状态，扎实做好各项工作，' +
  '确保中央和省委的决策部署落到实处。严禁弄虚作假，不得搞形式主义。';

const EN =
  'The committee shall publish its annual report no later than March. ' +
  'Members must disclose any conflict of interest before the vote. ' +
  'The chair may extend the deadline by thirty days in exceptional cases. ' +
  'Nothing in this section prevents the board from issuing further guidance.';

function selectorsFor(text: string, quote: string, contextLength = 32) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture lacks ${quote}`);
  const sel = describeOffsets(text, start, start + quote.length, contextLength);
  if (!sel) throw new Error('describe failed');
  return sel;
}

describe('anchorQuote: position', () => {
  it('accepts the stored offsets when the text there is unchanged (Chinese)', () => {
    const sel = selectorsFor(ZH, '努力寻求最大公约数');
    expect(anchorQuote(ZH, sel)).toEqual({ ...sel.position, method: 'position', errors: 0 });
  });

  it('accepts the stored offsets when the text there is unchanged (English)', () => {
    const sel = selectorsFor(EN, 'must disclose any conflict of interest');
    expect(anchorQuote(EN, sel)?.method).toBe('position');
  });

  it('does not trust a short quote that only coincides at the old offset', () => {
    const original = '甲'.repeat(10) + '红色' + '乙'.repeat(20) + '丙'.repeat(10) + '红色' + '丁'.repeat(10);
    const start = original.lastIndexOf('红色');
    const sel = describeOffsets(original, start, start + 2)!;
    // After the edit, the old offset holds another "红色" in a different context.
    const edited = '戊'.repeat(start) + '红色' + '己'.repeat(10) + original.slice(start - 10);
    expect(edited.slice(start, start + 2)).toBe('红色');
    const result = anchorQuote(edited, sel)!;
    expect(result.method).toBe('exact');
    expect(result.start).toBe(edited.lastIndexOf('红色'));
  });
});

describe('anchorQuote: exact', () => {
  it('finds the quote after a sentence was inserted before it', () => {
    const sel = selectorsFor(ZH, '推动统战工作向基层延伸');
    const edited = '这是新插入的一句话，用来改变偏移量。' + ZH;
    const result = anchorQuote(edited, sel)!;
    expect(result.method).toBe('exact');
    expect(edited.slice(result.start, result.end)).toBe('推动统战工作向基层延伸');
  });

  it('finds the quote after its paragraph moved far away', () => {
    const filler = '无关内容。'.repeat(2000);
    const paragraphs = [ZH, filler, EN];
    const text = paragraphs.join('\n');
    const sel = selectorsFor(text, 'extend the deadline by thirty days');
    const moved = [EN, filler, ZH].join('\n');
    const result = anchorQuote(moved, sel)!;
    expect(moved.slice(result.start, result.end)).toBe('extend the deadline by thirty days');
    expect(result.method).toBe('exact');
  });

  it('chooses among repeated occurrences by context', () => {
    const text = '第一条 不得擅自变更。其他内容甲乙丙。第二条 必须按期完成，不得擅自变更用途。结尾。';
    const second = text.indexOf('不得擅自变更', 10);
    const sel = describeOffsets(text, second, second + 6)!;
    const edited = '前言。' + text;
    const result = anchorQuote(edited, sel)!;
    expect(result.start).toBe(second + 3);
  });

  it('prefers the occurrence nearest to the stored offset when contexts are identical', () => {
    const unit = '重复的段落内容，完全一样。';
    const text = unit.repeat(20);
    const start = unit.length * 12 + 2;
    const sel = describeOffsets(text, start, start + 4)!;
    const edited = 'XY' + text;
    expect(anchorQuote(edited, sel)!.start).toBe(start + 2);
  });

  it('works without a position selector', () => {
    const sel = selectorsFor(EN, 'issuing further guidance');
    const result = anchorQuote(EN, { quote: sel.quote })!;
    expect(EN.slice(result.start, result.end)).toBe('issuing further guidance');
  });
});

describe('anchorQuote: fuzzy', () => {
  it('finds a Chinese quote with two characters changed inside', () => {
    const quote = '全省统战系统要以更加饱满的精神状态';
    const sel = selectorsFor(ZH, quote);
    const edited = ZH.replace('全省统战系统要以更加饱满的精神状态', '全省统战系统要以更为饱满的精神面态');
    const result = anchorQuote(edited, sel)!;
    expect(result.method).toBe('fuzzy');
    expect(result.errors).toBe(2);
    expect(edited.slice(result.start, result.end)).toBe('全省统战系统要以更为饱满的精神面态');
  });

  it('finds an English quote with two characters changed, after a sentence was inserted', () => {
    const quote = 'The chair may extend the deadline by thirty days';
    const sel = selectorsFor(EN, quote);
    const edited = ('An inserted sentence shifts everything. ' + EN)
      .replace('thirty days', 'thirty dayz')
      .replace('chair', 'chajr');
    const result = anchorQuote(edited, sel)!;
    expect(result.method).toBe('fuzzy');
    expect(edited.slice(result.start, result.end)).toBe('The chajr may extend the deadline by thirty dayz');
  });

  it('finds an edited quote whose paragraph moved far away (whole-text search)', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `第${i}项说明`).join('，');
    const quote = '必须坚持大团结大联合，努力寻求最大公约数';
    const original = [ZH, filler, EN].join('\n');
    const sel = selectorsFor(original, quote);
    const movedAndEdited = [EN, filler, ZH.replace('大联合', '大连合')].join('\n');
    const result = anchorQuote(movedAndEdited, sel)!;
    expect(result).not.toBeNull();
    expect(movedAndEdited.slice(result.start, result.end)).toBe('必须坚持大团结大连合，努力寻求最大公约数');
  });

  it('finds a long quote with scattered edits far from its position (probe and verify)', () => {
    const filler = Array.from({ length: 4000 }, (_, i) => `条目${i * 7}`).join('；');
    const long = (ZH + EN).slice(0, 400);
    const original = [long, filler].join('\n');
    const sel = describeOffsets(original, 0, long.length)!;
    const editedLong =
      long.slice(0, 50) + '改' + long.slice(51, 200) + long.slice(205, 300) + 'extra' + long.slice(300);
    const moved = [filler, editedLong].join('\n');
    const result = anchorQuote(moved, sel)!;
    expect(result).not.toBeNull();
    expect(result.method).toBe('fuzzy');
    expect(moved.slice(result.start, result.end)).toBe(editedLong);
  });

  it('returns null when the quoted text was removed', () => {
    const quote = '确保中央和省委的决策部署落到实处';
    const sel = selectorsFor(ZH, quote);
    const edited = ZH.replace(quote + '。', '');
    expect(anchorQuote(edited, sel)).toBeNull();
  });

  it('does not accept a fuzzy match without context support', () => {
    // The same words with 2 errors exist, but in a completely different context.
    const sel = {
      quote: { exact: '扎实做好各项工作', prefix: '以更加饱满的精神状态，', suffix: '，确保中央和省委的决策' },
    };
    const text = '这里完全无关的句子里提到扎实做好各样工件然后就结束了';
    expect(anchorQuote(text, sel)).toBeNull();
  });

  it('prefers a fuzzy match in the right context over an exact copy in the wrong one', () => {
    const quote = '扎实做好各项工作';
    const sel = selectorsFor(ZH, quote);
    const edited = '其他栏目：扎实做好各项工作。' + ZH.replace(quote, '扎实做好各类工作');
    const result = anchorQuote(edited, sel)!;
    expect(result.method).toBe('fuzzy');
    expect(edited.slice(result.start, result.end)).toBe('扎实做好各类工作');
  });

  it('respects fuzzy: false', () => {
    const sel = selectorsFor(EN, 'publish its annual report');
    const edited = EN.replace('annual', 'anual');
    expect(anchorQuote(edited, sel, { fuzzy: false })).toBeNull();
    expect(anchorQuote(edited, sel)?.method).toBe('fuzzy');
  });
});

describe('anchorQuote: weird input never throws', () => {
  const sel = selectorsFor(EN, 'annual report');
  it.each([
    ['empty text', '', sel],
    ['empty quote', EN, { quote: { exact: '', prefix: '', suffix: '' } }],
    ['quote longer than text', 'short', sel],
    ['offsets beyond text', EN, { ...sel, position: { start: 10_000, end: 10_013 } }],
    ['negative offsets', EN.replace('annual report', ''), { ...sel, position: { start: -5, end: 3 } }],
    ['NaN offsets', 'nothing here', { ...sel, position: { start: NaN, end: NaN } }],
    ['missing quote', EN, { position: { start: 0, end: 3 } }],
    ['null selectors', EN, null],
    ['non-string exact', EN, { quote: { exact: 42 } }],
  ])('%s', (_name, text, selectors) => {
    expect(() => anchorQuote(text, selectors as never)).not.toThrow();
    const result = anchorQuote(text, selectors as never);
    if (result) expect(text.slice(result.start, result.end)).toBe('annual report');
  });

  it('finds the quote even when offsets are beyond the text', () => {
    const result = anchorQuote(EN, { ...sel, position: { start: 10_000, end: 10_013 } });
    expect(result?.method).toBe('exact');
  });
});

describe('anchorAll', () => {
  it('anchors each entry independently, orphans included', () => {
    const a = selectorsFor(ZH, '画出最大同心圆');
    const b = selectorsFor(ZH, '不得搞形式主义');
    const gone = { quote: { exact: '完全不存在的一段话语内容', prefix: '', suffix: '' } };
    const results = anchorAll(ZH, [a, gone, b, null as never]);
    expect(results.map((r) => r && ZH.slice(r.start, r.end))).toEqual(['画出最大同心圆', null, '不得搞形式主义', null]);
  });
});

describe('anchorQuote: the quote between intact neighbours', () => {
  it('takes exactly the text between the unchanged context when the quote was edited inside', () => {
    const quote = '要进一步健全完善工作机制，推动统战工作向基层延伸';
    const sel = selectorsFor(ZH, quote);
    const edited = ZH.replace('健全完善工作机制', '健全和完善工作制度');
    const result = anchorQuote(edited, sel)!;
    expect(result.method).toBe('fuzzy');
    expect(edited.slice(result.start, result.end)).toBe('要进一步健全和完善工作制度，推动统战工作向基层延伸');
    expect(result.errors).toBe(3);
  });

  it('does not take the text between the neighbours when it is too different from the quote', () => {
    const quote = '努力寻求最大公约数';
    const sel = selectorsFor(ZH, quote);
    const edited = ZH.replace(quote, '完全改写过的别的内容');
    expect(anchorQuote(edited, sel)).toBeNull();
  });
});

describe('anchorAll: drift', () => {
  const paragraph = (n: number) => `（${n}）` + ZH.replace('统一战线', `统一战线第${n}条`);
  const page = Array.from({ length: 40 }, (_, i) => paragraph(i + 1)).join('\n');

  it('a passage inserted near the top moves every later highlight; all are found by their new offsets', () => {
    const quotes = [5, 12, 20, 33].map((n) => `统一战线第${n}条工作的领导`);
    const selectors = quotes.map((q) => selectorsFor(page, q));
    const inserted = '新增加的一段说明文字。'.repeat(30);
    const edited = page.slice(0, 50) + inserted + page.slice(50);
    const results = anchorAll(edited, selectors);
    results.forEach((r, i) => {
      expect(r).not.toBeNull();
      expect(r!.start).toBe(selectors[i]!.position.start + inserted.length);
    });
  });

  it('a far-away look-alike for one highlight does not send the next ones astray', () => {
    // Text without accidental look-alikes: characters drawn from a large alphabet.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const noise = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(0x4e00 + Math.floor(next() * 5000))).join('');
    const base = noise(12_000);
    const a = describeOffsets(base, 1000, 1020)!;
    const b = describeOffsets(base, 1300, 1320)!;
    // A's passage is rewritten in place. Far below, someone pasted A and B with their
    // surroundings, both with one character changed, 7,000 characters further on.
    const copy = (sel: typeof a) => sel.quote.prefix + '某' + sel.quote.exact.slice(1) + sel.quote.suffix;
    let edited = base.slice(0, 8000) + copy(a) + base.slice(8000 + copy(a).length);
    edited = edited.slice(0, 8300) + copy(b) + edited.slice(8300 + copy(b).length);
    edited = edited.slice(0, 1000) + noise(20) + edited.slice(1020);
    // B itself, in place, has one character changed too (so it needs the fuzzy search).
    edited = edited.slice(0, 1310) + '某' + edited.slice(1311);

    const [foundA, foundB] = anchorAll(edited, [a, b]);
    expect(foundA?.start).toBeGreaterThan(7000); // A can only go to its look-alike
    expect(foundB).toMatchObject({ start: 1300, end: 1320 });
  });
});

describe('maxErrorsFor', () => {
  it('is a quarter for short quotes and grows slower for long ones', () => {
    expect(maxErrorsFor(3)).toBe(0);
    expect(maxErrorsFor(12)).toBe(3);
    expect(maxErrorsFor(100)).toBe(25);
    expect(maxErrorsFor(1000)).toBe(132);
    expect(maxErrorsFor(0)).toBe(0);
  });
});

describe('editDistance', () => {
  it('computes Levenshtein distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('统一战线', '统一站线')).toBe(1);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('abcdef', 'abcdef')).toBe(0);
  });

  it('counts across 32-character blocks', () => {
    const long = '统一战线工作的领导'.repeat(12); // 108 characters: four blocks
    expect(editDistance(long, long)).toBe(0);
    expect(editDistance(long, long.slice(0, 40) + '某' + long.slice(41))).toBe(1);
    expect(editDistance(long, long.slice(0, 70) + long.slice(75))).toBe(5);
    expect(editDistance('a'.repeat(64), 'b'.repeat(64))).toBe(64);
  });
});
