import { describe, expect, it } from 'vitest';
import { RuleMatcher } from '@/utils/analysis/matcher';
import { indexRules, shippedIndex } from '@/utils/analysis/rule-index';
import { EN_RULE_INDEX, EN_RULE_KEYS, ZH_RULE_INDEX, ZH_RULE_KEYS } from '@/utils/analysis/rule-index.generated';
import { EN_RULES, ZH_RULES } from '@/utils/analysis/rules';

describe('the prebuilt rule index', () => {
  it('is what indexRules makes of the current rule tables, as shipped (else: npm run gen:rule-index)', () => {
    expect(ZH_RULE_INDEX).toEqual(shippedIndex(indexRules(ZH_RULES.map((r) => r.pattern))));
    expect(EN_RULE_INDEX).toEqual(
      shippedIndex(
        indexRules(
          EN_RULES.map((r) => r.pattern),
          { ignoreCase: true },
        ),
      ),
    );
  });

  it('holds the automaton and keys a matcher of the current tables builds (else: npm run gen:rule-index)', () => {
    expect(ZH_RULE_KEYS()).toEqual(new RuleMatcher(ZH_RULES).compiled());
    expect(EN_RULE_KEYS()).toEqual(new RuleMatcher(EN_RULES, { ignoreCase: true }).compiled());
  });

  it('gives the same matches as an index and keys built on the spot; ones of the wrong size are not used', () => {
    const zh = '各级党委要切实加强领导，严禁弄虚作假，不得搞形式主义。到2025年，覆盖率达到95%以上。请务必注意安全。';
    const en = 'Agencies shall report by March 1. They must not delay, and should ensure compliance.';
    const hits = (m: RuleMatcher<{ pattern: string }>, text: string) =>
      m.scan(text).map((h) => [h.start, h.end, h.rule.pattern]);
    expect(hits(new RuleMatcher(ZH_RULES, {}, ZH_RULE_INDEX), zh)).toEqual(hits(new RuleMatcher(ZH_RULES), zh));
    expect(hits(new RuleMatcher(ZH_RULES, {}, ZH_RULE_INDEX, ZH_RULE_KEYS()), zh)).toEqual(
      hits(new RuleMatcher(ZH_RULES), zh),
    );
    expect(hits(new RuleMatcher(EN_RULES, { ignoreCase: true }, EN_RULE_INDEX, EN_RULE_KEYS()), en)).toEqual(
      hits(new RuleMatcher(EN_RULES, { ignoreCase: true }), en),
    );
    // Keys of another table are not used.
    expect(hits(new RuleMatcher(ZH_RULES.slice(1), {}, ZH_RULE_INDEX.slice(1), ZH_RULE_KEYS()), zh)).toEqual(
      hits(new RuleMatcher(ZH_RULES.slice(1)), zh),
    );
    expect(hits(new RuleMatcher(EN_RULES, { ignoreCase: true }, EN_RULE_INDEX), en)).toEqual(
      hits(new RuleMatcher(EN_RULES, { ignoreCase: true }), en),
    );
    expect(hits(new RuleMatcher(ZH_RULES, {}, ZH_RULE_INDEX.slice(1)), zh)).toEqual(
      hits(new RuleMatcher(ZH_RULES), zh),
    );
    expect(hits(new RuleMatcher(ZH_RULES), zh).length).toBeGreaterThan(3);
  });
});
