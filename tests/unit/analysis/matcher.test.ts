import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstChars, RuleMatcher } from '@/utils/analysis/matcher';
import { EN_RULES, ZH_RULES, type Rule } from '@/utils/analysis/rules';

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
});

describe('RuleMatcher', () => {
  const zh = new RuleMatcher(ZH_RULES);
  const en = new RuleMatcher(EN_RULES, { ignoreCase: true });
  const strip = (hits: { start: number; text: string; rule: Rule }[]) => hits.map((h) => [h.start, h.text, h.rule.pattern]);

  it('finds exactly what the single global alternation finds (Chinese)', () => {
    const pieces = ['要', '重要', '不得', '不得不', '各级', '部门', '加强', '到', '2027年', '底前', '%', '5', '以上', '，', '。', '需要', '特别', '注意', '应对', '应当', '如果', '就', '了', '严禁', '力争', '会议', '要求'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(strip(zh.scan(text))).toEqual(strip(reference(ZH_RULES, text, 'g')));
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly what the single global alternation finds (English, any case)', () => {
    const pieces = ['The ', 'Secretary ', 'shall ', 'not ', 'SHALL ', 'must ', 'within 90 days ', 'by 2030', ' 50 percent', '. ', 'It is ', 'particularly important ', 'said ', 'do not ', 'Nothing in this order ', 'will '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(strip(en.scan(text))).toEqual(strip(reference(EN_RULES, text, 'gi')));
      }),
      { numRuns: 300 },
    );
  });
});
