import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRuleMatcher } from '@/utils/analysis/matcher-build';
import { literalSteps } from '@/utils/analysis/regex-source';
import { EN_RULES, ZH_RULES, type Rule } from '@/utils/analysis/rules';

/** The engine's answer: all matches of one rule, left to right, with its sticky regex. */
function regexScan(pattern: string, text: string) {
  const re = new RegExp(pattern, 'y');
  const out: [number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m[0] === '') continue;
    out.push([i, m[0]]);
    i += m[0].length - 1;
  }
  return out;
}

const scanOne = (pattern: string, text: string) =>
  buildRuleMatcher([{ pattern }])
    .scan(text)
    .map((h): [number, string] => [h.start, h.text]);

describe('literalSteps', () => {
  it('reads plain text and groups of plain alternatives, optional or not', () => {
    expect(literalSteps('决不(?:能|允许|让)?')).toEqual([
      { options: ['决不'], optional: false, lazy: false },
      { options: ['能', '允许', '让'], optional: true, lazy: false },
    ]);
    expect(literalSteps('(?:今年|明年)(?:底|末)??前')).toEqual([
      { options: ['今年', '明年'], optional: false, lazy: false },
      { options: ['底', '末'], optional: true, lazy: true },
      { options: ['前'], optional: false, lazy: false },
    ]);
  });

  it('leaves every other shape to the regex engine', () => {
    for (const pattern of [
      '要[^，,]{0,6}?说',
      'a(?:b(?:c))',
      '不得?',
      '(?=要)要求',
      '要求(?=[，,])',
      '甲|乙',
      '(甲|乙)',
      '(?:甲|乙)+',
      '(?:甲|乙)*',
      '(?:甲|乙){2}',
      '20\\d{2}年',
      '[甲乙]',
      '(?:甲\\.|乙)',
      '(?:甲',
    ])
      expect(literalSteps(pattern), pattern).toBeNull();
  });

  it('covers a good part of the rule tables', () => {
    const regexRules = ZH_RULES.filter((r) => /[\\^$.|?*+()[\]{}]/.test(r.pattern));
    expect(regexRules.filter((r) => literalSteps(r.pattern)).length).toBeGreaterThanOrEqual(15);
  });
});

describe('RuleMatcher on literal-step rules matches like the regex engine', () => {
  const stepRules = [...ZH_RULES, ...EN_RULES].filter(
    (r: Rule) => /[\\^$.|?*+()[\]{}]/.test(r.pattern) && literalSteps(r.pattern) !== null,
  );

  for (const rule of stepRules) {
    it(rule.pattern.slice(0, 40), () => {
      const steps = literalSteps(rule.pattern)!;
      // Texts made of the pattern's own pieces (and their prefixes) with noise between them.
      const pieces = steps.flatMap((s) => s.options.flatMap((o) => [o, o.slice(0, 1), o.slice(0, -1)]));
      const piece = fc.oneof(fc.constantFrom(...pieces.filter(Boolean)), fc.constantFrom('，', '的', 'x', ' ', '要'));
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
          const text = parts.join('');
          expect(scanOne(rule.pattern, text)).toEqual(regexScan(rule.pattern, text));
        }),
        { numRuns: 120 },
      );
    });
  }

  it('an optional group prefers its options, a lazy one prefers nothing, as the engine does', () => {
    for (const [pattern, text] of [
      ['甲(?:乙|乙丙)?', '甲乙丙'],
      ['甲(?:乙丙|乙)?', '甲乙丙'],
      ['甲(?:乙)??', '甲乙'],
      ['甲(?:乙)??丙', '甲乙丙'],
      ['(?:甲|甲乙)丙', '甲乙丙'],
      ['甲(?:|乙)', '甲乙'],
    ] as const)
      expect(scanOne(pattern, text), pattern).toEqual(regexScan(pattern, text));
  });
});
