import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { buildRuleMatcher } from '@/utils/analysis/matcher-build';
import type { RuleMatcher } from '@/utils/analysis/matcher';
import { leadingSpellings, requiredTexts } from '@/utils/analysis/regex-texts';
import { EN_RULES, ZH_RULES, type Rule } from '@/utils/analysis/rules';

/** The reference: one global alternation of all rules, first listed alternative wins. */
function reference(rules: readonly { pattern: string }[], text: string, flags: string) {
  const re = new RegExp(rules.map((r) => `(${r.pattern})`).join('|'), flags);
  const out: [number, string, string][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const g = m.findIndex((x, i) => i > 0 && x !== undefined);
    out.push([m.index, m[0], rules[g - 1]!.pattern]);
  }
  return out;
}
const hits = (m: RuleMatcher<{ pattern: string }>, text: string) =>
  m.scan(text).map((h): [number, string, string] => [h.start, h.text, h.rule.pattern]);

/** The visible text of the fixture pages, roughly: enough real Chinese and English. */
function fixtureText(): string {
  const dir = join(__dirname, '../../fixtures/pages');
  let text = '';
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    text += readFileSync(join(dir, f), 'utf8')
      .replace(/<(script|style)[^]*?<\/\1>/gi, '')
      .replace(/<[^>]*>/g, '\n')
      .replace(/&nbsp;/g, ' ');
    if (text.length > 400_000) break;
  }
  return text;
}

describe('leadingSpellings and requiredTexts', () => {
  it('read the texts a regex opens with, and the texts one of which it needs', () => {
    expect(leadingSpellings('(?:会议|通知)要求(?=[，,：:])')).toEqual(['会议要求', '通知要求']);
    expect(leadingSpellings('\\b(?:shall|must) not\\b', true)).toEqual(['shall not', 'must not']);
    expect(leadingSpellings('疲于应付|苦不堪言')).toEqual(['疲于应付', '苦不堪言']);
    expect(leadingSpellings('(?:到|至)?20\\d{2}年')).toEqual(['到20', '至20', '20']);
    expect(leadingSpellings('\\b(?:I|we)\\s+will')).toBeNull(); // "I": one character
    expect(leadingSpellings('要(?!求)')).toBeNull();
    expect(leadingSpellings('shalls?')).toEqual(['shall']); // not the optional s
    expect(leadingSpellings('Québec', true)).toEqual(['qu']); // /i folds é too: ASCII only
    // Groups whose options are not plain text open with each option's own opening.
    expect(leadingSpellings('\\b(?:plan|guidelines?|it)\\s+calls? for\\b', true)).toEqual(['plan', 'guideline', 'it']);
    expect(leadingSpellings('(?:(?:各(?:省|市)|有关部门)(?:区|方)?[、和及]?)+(?=[^，]{0,16}?加强)')).toEqual([
      ...['各省区', '各省方', '各省'],
      ...['各市区', '各市方', '各市'],
      ...['有关部门区', '有关部门方', '有关部门'],
    ]);
    // A lookbehind consumes nothing: the match opens where the rest does.
    expect(leadingSpellings('(?<!\\b(?:the|an?)\\s+)\\b(?:agreed|argued)\\b', true)).toEqual(['agreed', 'argued']);
    expect(leadingSpellings('(?:各(?:省|市)|有关部门)*加强')).toBeNull(); // zero rounds: what follows the group is not read
    expect(leadingSpellings('(?:[一二三]|第)要求')).toBeNull(); // a class: any of its characters
    expect(requiredTexts('要[^，,。]{0,6}?(?:说说|讲讲|说一说)')).toEqual(['说说', '讲讲', '说一说']);
    expect(requiredTexts('在[^，]{1,30}?陪同下')).toEqual(['陪同下']);
    expect(requiredTexts('“[^”]{1,16}”(?=的(?:倾向|现象))')).toEqual(['倾向', '现象']); // in a lookahead
    expect(requiredTexts('(?<=的)要(?!求)')).toEqual(['要']); // not behind, not a negative lookahead
    expect(requiredTexts('(?:a|b)c|d')).toBeNull();
    expect(requiredTexts('x(?:ab|)y')).toEqual(['x']);
  });

  it('hold for every match of every rule of the tables in the fixture pages', () => {
    const text = fixtureText();
    const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    for (const [rules, ignoreCase] of [
      [ZH_RULES, false],
      [EN_RULES, true],
    ] as const) {
      let checked = 0;
      for (const { pattern } of rules) {
        const opening = leadingSpellings(pattern, ignoreCase);
        const needs = requiredTexts(pattern, ignoreCase);
        if (!opening && !needs) continue;
        const re = new RegExp(pattern, ignoreCase ? 'gi' : 'g');
        const t = ignoreCase ? lower : text;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0] === '') {
            re.lastIndex++;
            continue;
          }
          checked++;
          if (opening)
            expect(
              opening.some((o) => t.startsWith(o, m.index)),
              pattern,
            ).toBe(true);
          if (needs)
            expect(
              needs.some((n) => t.indexOf(n, m.index) >= 0),
              pattern,
            ).toBe(true);
        }
      }
      expect(checked).toBeGreaterThan(500);
    }
  });
});

describe('RuleMatcher with its automaton', () => {
  it('does not run a regex in a text without one of the texts it needs', () => {
    // 要…(?:说说|讲讲…): the text has many 要 but no 说说; the old scan ran the regex at each 要.
    const rule = ZH_RULES.find((r) => r.pattern.startsWith('要[^') && r.pattern.includes('说说'))!;
    const m = buildRuleMatcher(ZH_RULES);
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    try {
      m.scan('各地要加强领导，要压实责任，要抓好落实。'.repeat(3));
      expect(exec.mock.contexts.filter((re) => (re as RegExp).source === rule.pattern)).toEqual([]);
      m.scan('我要说说这件事。');
      expect(exec.mock.contexts.filter((re) => (re as RegExp).source === rule.pattern).length).toBe(1);
    } finally {
      exec.mockRestore();
    }
  });

  it('finds rules that open with any letter or number (searched for where their text is) as the alternation does', () => {
    const rules: Rule[] = [
      { kind: 'obligation', weight: 1, pattern: '\\b(?:[a-z]+\\s+)?will (?:now )?be able to\\b' },
      { kind: 'quantity', weight: 1, pattern: '[\\d,，]*\\d\\s*(?:%|％)' },
      { kind: 'obligation', weight: 1, pattern: 'will' },
      { kind: 'obligation', weight: 1, pattern: '\\bbe\\b' },
    ];
    const m = buildRuleMatcher(rules, { ignoreCase: true });
    const pieces = ['Agencies', 'will', 'now', 'be', 'able', 'to', ' ', '5', '，', ',', '%', '％', 'x', '.', 'WILL'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(hits(m, text)).toEqual(reference(rules, text, 'gi'));
      }),
      { numRuns: 500 },
    );
  });

  it('finds what the alternation finds with rules whose first character is not bounded', () => {
    const rules = [{ pattern: '\\s+要' }, { pattern: '要求' }, { pattern: '.?求' }, { pattern: '要' }];
    const m = buildRuleMatcher(rules);
    fc.assert(
      fc.property(fc.stringMatching(/^[要求 x]{0,16}$/), (text) => {
        expect(hits(m, text)).toEqual(reference(rules, text, 'g'));
      }),
      { numRuns: 300 },
    );
  });
});
