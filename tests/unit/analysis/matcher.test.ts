import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { buildRuleMatcher } from '@/utils/analysis/matcher-build';
import { firstChars } from '@/utils/analysis/regex-firsts';
import { WordSet } from '@/utils/analysis/word-set';
import { EN_IMPERATIVE_VERBS, EN_RULES, ZH_IMPERATIVE_VERBS, ZH_RULES, type Rule } from '@/utils/analysis/rules';

/** The reference: one global alternation of all rules, first listed alternative wins. */
function reference(rules: readonly Rule[], text: string, flags: string) {
  const re = new RegExp(rules.map((r) => `(${r.pattern})`).join('|'), flags);
  const out: { start: number; text: string; rule: Rule }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    out.push({ start: m.index, text: m[0], rule: rules[g - 1]! });
  }
  return out;
}

describe('firstChars', () => {
  it('reads literals, groups, classes, optional prefixes and zero-width assertions', () => {
    expect([...firstChars('要求')!]).toEqual(['要']);
    expect(new Set(firstChars('(?:到|至)?20\\d{2}年'))).toEqual(new Set(['到', '至', '2']));
    expect(new Set(firstChars('\\b(?:shall|must) not\\b'))).toEqual(new Set(['s', 'm']));
    expect(new Set(firstChars('[\\d０-２]+%'))).toEqual(new Set([...'0123456789', '０', '１', '２']));
    expect(new Set(firstChars('(?=各)各级'))).toEqual(new Set(['各']));
    expect(firstChars('[^，]要')).toBeNull();
    expect(firstChars('.*要')).toBeNull();
  });
  it('reads escapes as the characters they stand for, in a class and out of it', () => {
    expect(new Set(firstChars('[\\u4e00-\\u4e02]起了'))).toEqual(new Set(['一', '丁', '丂']));
    expect(new Set(firstChars('\\u8981求|\\x41'))).toEqual(new Set(['要', 'A']));
    expect(new Set(firstChars('[\\t\\u3000]+第'))).toEqual(new Set(['\t', '\u3000']));
    // too wide to list: the rule is tried everywhere rather than nowhere
    expect(firstChars('[\\u4e00-\\u9fff]起了')).toBeNull();
    expect(firstChars('\\p{Script=Han}起了')).toBeNull();
    expect(firstChars('[\\s\\u3000]第')).toBeNull();
  });
  it('a rule opening with an escaped range finds its matches', () => {
    const rules: Rule[] = [{ kind: 'context', pattern: '[\\u4e00-\\u9fff]起了', weight: -1 }];
    const hits = buildRuleMatcher(rules).scan('依托茶园，村里发展起了乡村旅游。');
    expect(hits.map((h) => h.text)).toEqual(['展起了']);
  });
});

describe('RuleMatcher', () => {
  const zh = buildRuleMatcher(ZH_RULES);
  const en = buildRuleMatcher(EN_RULES, { ignoreCase: true });
  const strip = (hits: { start: number; text: string; rule: Rule }[]) =>
    hits.map((h) => [h.start, h.text, h.rule.pattern]);

  it('finds exactly what the single global alternation finds (Chinese)', () => {
    const pieces = [
      '要',
      '重要',
      '不得',
      '不得不',
      '各级',
      '部门',
      '加强',
      '到',
      '2027年',
      '底前',
      '%',
      '5',
      '以上',
      '，',
      '。',
      '需要',
      '特别',
      '注意',
      '应对',
      '应当',
      '如果',
      '就',
      '了',
      '严禁',
      '力争',
      '会议',
      '要求',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(strip(zh.scan(text))).toEqual(strip(reference(ZH_RULES, text, 'g')));
      }),
      { numRuns: 300 },
    );
  });

  it('skips no match when it tries only the rules that fit the second character or the text a regex needs', () => {
    // Words of the rules that open with the same character, regexes that need a later text
    // (…个百分点, …内, …罚款), and the text around them.
    const pieces = [
      '财政要',
      '政要',
      '要',
      '要求',
      '他要求',
      '的需要',
      '需要',
      '个百分点',
      '3',
      '30',
      '个月内',
      '小时内',
      '以内',
      '以上',
      '可以',
      '一天要',
      '群众还要',
      '违反',
      '的，',
      '由',
      '责令',
      '处',
      '罚款',
      '自',
      '起施行',
      '6月',
      '日前',
      '每年',
      '汛期前',
      '至少',
      '新增',
      '一',
      '二是',
      '不',
      '不得',
      '不可',
      '，',
      '。',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(strip(zh.scan(text))).toEqual(strip(reference(ZH_RULES, text, 'g')));
      }),
      { numRuns: 500 },
    );
  });

  it('finds exactly what the single global alternation finds (English, any case)', () => {
    const pieces = [
      'The ',
      'Secretary ',
      'shall ',
      'not ',
      'SHALL ',
      'must ',
      'within 90 days ',
      'by 2030',
      ' 50 percent',
      '. ',
      'It is ',
      'particularly important ',
      'said ',
      'do not ',
      'Nothing in this order ',
      'will ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(strip(en.scan(text))).toEqual(strip(reference(EN_RULES, text, 'gi')));
      }),
      { numRuns: 300 },
    );
  });
  it('skips no match on the guidance vocabulary when it tries only the rules that fit the second character (English)', () => {
    const pieces = [
      'The ',
      'the plan ',
      'the ',
      'This section ',
      'explains ',
      'It ',
      'it ',
      'also ',
      'says ',
      'said ',
      'will ',
      'continue ',
      'to ',
      'do ',
      'not ',
      'need ',
      'need not ',
      'may ',
      'have ',
      'be reduced ',
      'Too often ',
      'directs ',
      'agencies ',
      'by 30 June ',
      'within 15 working days ',
      'usually ',
      '. ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(strip(en.scan(text))).toEqual(strip(reference(EN_RULES, text, 'gi')));
      }),
      { numRuns: 500 },
    );
  });
});

describe('RuleMatcher with regex rules tried only before a second character that fits (regex-pairs.ts)', () => {
  const zh = buildRuleMatcher(ZH_RULES);
  const strip = (hits: { start: number; text: string; rule: Rule }[]) =>
    hits.map((h) => [h.start, h.text, h.rule.pattern]);

  it('finds what the global alternation finds around numbers, commas and dates (Chinese)', () => {
    // The quantity and date rules open with a number class that holds the comma ("，5%"), or with
    // 到/在/于 before a number: the text puts every such opening before fitting and unfitting characters.
    const pieces = [
      '，',
      ',',
      '.',
      '．',
      '5',
      '３',
      '0',
      '%',
      '％',
      ' ',
      '一',
      '十',
      '两',
      '个',
      '个百分点',
      '个工作日内',
      '以上',
      '以内',
      '到',
      '在',
      '于',
      '6月',
      '底前',
      '2030年',
      '年底前',
      '各',
      '各级',
      '有关部门',
      '加强',
      '政要',
      '财政要',
      '要',
      '说说',
      '完成',
      '。',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(strip(zh.scan(text))).toEqual(strip(reference(ZH_RULES, text, 'g')));
      }),
      { numRuns: 600 },
    );
  });

  it('no longer tries the quantity rules at a comma before a Chinese character', () => {
    const m = buildRuleMatcher(ZH_RULES);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      m.scan('，'.repeat(50).split('').join('是'));
      expect(exec).not.toHaveBeenCalled();
      expect(test).not.toHaveBeenCalled();
    } finally {
      exec.mockRestore();
      test.mockRestore();
    }
  });
});

describe('RuleMatcher rule order and empty matches', () => {
  it('lets the first listed rule win a position, and an empty match win it with nothing', () => {
    const rules = [{ pattern: 'x?(?=y)' }, { pattern: 'ab' }, { pattern: 'a' }, { pattern: 'abc' }];
    const m = buildRuleMatcher(rules);
    fc.assert(
      fc.property(fc.stringMatching(/^[abcxy]{0,16}$/), (text) => {
        const got = m.scan(text).map((h) => [h.start, h.text, h.rule.pattern]);
        expect(got).toEqual(reference(rules as Rule[], text, 'g').map((h) => [h.start, h.text, h.rule.pattern]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('WordSet', () => {
  const zhWords = ['加强', '加强领导', '推进', '进一步', '全面'];
  const enWords = ['ensure', 'take', 'make', 'review'];
  it('answers like the sticky alternation of the words (Chinese)', () => {
    const set = new WordSet(zhWords);
    const re = new RegExp(`(?:${zhWords.join('|')})`, 'y');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('加', '强', '领导', '推进', '进', '一步', '全', '面', '，'), { maxLength: 12 }),
        fc.nat(30),
        (parts, at) => {
          const text = parts.join('');
          re.lastIndex = at;
          expect(set.startsAt(text, at)).toBe(re.test(text));
          expect(set.occursIn(text)).toBe(new RegExp(re.source).test(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the length of the first listed word, one-character words and shared pairs among them', () => {
    // 加 listed after and before longer words of its pair; 一 (U+4E00) and U+0E00 share their low bits (one table key)
    const words = ['加强化', '加', '加强领导', '加强', '要', '要求', '加一', '加\u0e00步', '全面', '全', 'x'];
    const set = new WordSet(words);
    const re = new RegExp(`(?:${words.join('|')})`, 'y');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('加', '强', '化', '领导', '要', '求', '一', '\u0e00', '步', '全', '面', 'x', '，'), {
          maxLength: 10,
        }),
        fc.nat(20),
        (parts, at) => {
          const text = parts.join('');
          re.lastIndex = at;
          const m = at < text.length ? re.exec(text) : null;
          expect(set.lengthAt(text, at)).toBe(m ? m[0].length : 0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('answers like the case-insensitive alternation with a word boundary (English)', () => {
    const set = new WordSet(enWords, { ignoreCase: true, wordEnd: true });
    const re = new RegExp(`(?:${enWords.join('|')})\\b`, 'yi');
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('Ensure', 'ENSURE', 'ensures', 'take', 'Taken', 'make_', 'review', ' ', '.', '1', 'é', 'ſ'),
          { maxLength: 8 },
        ),
        fc.nat(40),
        (parts, at) => {
          const text = parts.join('');
          re.lastIndex = at;
          expect(set.startsAt(text, at)).toBe(re.test(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds the real imperative verb lists', () => {
    expect(new WordSet(ZH_IMPERATIVE_VERBS).startsAt('要进一步加强', 1)).toBe(true);
    expect(
      new WordSet(Object.values(EN_IMPERATIVE_VERBS).flat(), { ignoreCase: true, wordEnd: true }).startsAt(
        '(a) Establish a',
        4,
      ),
    ).toBe(true);
  });
});

describe('RuleMatcher with a top-level alternation in a regex rule', () => {
  it('finds every alternative, not only those that share the first one’s opening', () => {
    const rules = [
      { pattern: '疲于应付|苦不堪言' },
      { pattern: '(?:不是|并非)一日之功|永远在路上' },
      { pattern: '要' },
    ];
    const m = buildRuleMatcher(rules);
    for (const text of [
      '群众苦不堪言。',
      '作风建设永远在路上。',
      '疲于应付，苦不堪言，并非一日之功，还要永远在路上。',
    ]) {
      expect(m.scan(text).map((h) => [h.start, h.text])).toEqual(
        reference(rules as Rule[], text, 'g').map((h) => [h.start, h.text]),
      );
    }
  });
});

describe('RuleMatcher with rules that can start anywhere', () => {
  // (as EN_RULES' "make … a top priority" row: a lookbehind and a word of any letters open them, "priority" they need;
  // the second can start where its needed text does, a position no other rule has)
  const rules = [
    { pattern: '\\bshall\\b' },
    { pattern: '(?<=\\bmake\\s)(?:[\\w-]+\\s+){1,3}?(?:a|the)\\s+top\\s+priority\\b' },
    { pattern: '(?<=\\bgive\\s)[\\w-]*priority\\b' },
    { pattern: '\\btop\\b' },
  ] as Rule[];
  const m = buildRuleMatcher(rules, { ignoreCase: true });
  const same = (text: string) =>
    expect(m.scan(text).map((h) => [h.start, h.text, h.rule])).toEqual(
      reference(rules, text, 'gi').map((h) => [h.start, h.text, h.rule]),
    );

  it('finds what the global alternation finds, up to the last text they need', () => {
    for (const text of [
      'make x a top priority',
      'Make it a top priority. Give priority to it, give it top-priority.',
      'give priority',
      'We give high-priority status to make it the top priority',
      'make priority a top priority',
    ])
      same(text);
    const pieces = [
      'make ',
      'Give ',
      'it ',
      'a ',
      'x ',
      'the ',
      'top ',
      'priority',
      'priority ',
      'high-',
      'shall ',
      '. ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: 600 },
    );
  });

  it('are not tried in a text without the text they need', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(m.scan('We shall make it a top concern of the year, at the top of the list.')).toHaveLength(3);
      expect(test.mock.contexts.filter((re) => (re as RegExp).source.includes('priority'))).toEqual([]);
    } finally {
      test.mockRestore();
    }
  });
});
