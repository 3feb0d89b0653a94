import { describe, expect, it } from 'vitest';
import { RuleMatcher } from '@/utils/analysis/matcher';
import { buildRuleMatcher, compileKeys } from '@/utils/analysis/matcher-build';
import { anchoredFirsts, contextChecks, edgeCodes, indexRules, shippedIndex } from '@/utils/analysis/rule-index';
import {
  EN_CONTEXT_CHECKS,
  EN_RULE_INDEX,
  EN_RULE_KEYS,
  NOT_A_HEADING_EDGES,
  ZH_CONTEXT_CHECKS,
  ZH_RULE_INDEX,
  ZH_RULE_KEYS,
} from '@/utils/analysis/rule-index.generated';
import { EN_RULES, NOT_A_HEADING, SENTENCE_CONTEXT, ZH_LEAD_CONNECTIVE, ZH_RULES } from '@/utils/analysis/rules';

const zhIndex = () => indexRules(ZH_RULES.map((r) => r.pattern));
const enIndex = () =>
  indexRules(
    EN_RULES.map((r) => r.pattern),
    { ignoreCase: true },
  );

describe('the prebuilt rule index', () => {
  it('is what indexRules makes of the current rule tables, as shipped (else: npm run gen:rule-index)', () => {
    expect(ZH_RULE_INDEX).toEqual(shippedIndex(zhIndex()));
    expect(EN_RULE_INDEX).toEqual(shippedIndex(enIndex()));
  });

  it('holds the automaton and keys a matcher of the current tables builds (else: npm run gen:rule-index)', () => {
    expect(ZH_RULE_KEYS()).toEqual(compileKeys(ZH_RULES, zhIndex()));
    expect(EN_RULE_KEYS()).toEqual(compileKeys(EN_RULES, enIndex(), { ignoreCase: true }));
  });

  it('holds the checks of the current context patterns (else: npm run gen:rule-index)', () => {
    const zh = SENTENCE_CONTEXT.zh.map((r) => r.pattern);
    expect(ZH_CONTEXT_CHECKS).toEqual(contextChecks(zh, ZH_LEAD_CONNECTIVE));
    expect(EN_CONTEXT_CHECKS).toEqual(
      contextChecks(
        SENTENCE_CONTEXT.en.map((r) => r.pattern),
        '',
      ),
    );
  });

  it("holds the opening and ending codes of NOT_A_HEADING's matches (else: npm run gen:rule-index)", () => {
    expect(NOT_A_HEADING_EDGES).toEqual(edgeCodes(NOT_A_HEADING));
    expect(NOT_A_HEADING_EDGES).not.toBeNull();
  });

  it('knows the codes a match opens or ends with where every alternative is anchored at one end', () => {
    const codes = (s: string) => [...s].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
    expect(
      edgeCodes(/^(?:问|Q)\s*[：:]|[？?]$|^\S{0,30}(?:通知|办法)(?:[（(]\d{4}年[)）])?$|\S+令(?:第\d+号)?$/i),
    ).toEqual({
      firsts: codes('问Qq'),
      lasts: codes('？?知法)）令号'),
    });
    // an alternative anchored at neither end, one that can match nothing, É under i, another flag
    for (const p of [/^问|令/, /^(?:问)?$/, /^É|令$/i, /^问|令$/m]) expect(edgeCodes(p)).toBeNull();
  });

  it('reads a context pattern past its opening connective, and needs texts where its opening is not known', () => {
    const lead = '(?:(?:同时|但)[，,]?\\s*)?';
    const codes = (s: string) => [...s].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
    expect(
      contextChecks(
        [new RegExp(`^${lead}(?:这|那)是`), new RegExp(`^${lead}[^，]{1,9}(?:以来|多年以来)，`), /^这/],
        lead,
      ),
    ).toEqual([{ lead: true, firsts: codes('这那') }, { lead: true, needs: ['以来'] }, { firsts: codes('这') }]);
  });

  it("knows a context pattern's openings only where every match opens the sentence with one", () => {
    const codes = (s: string) => [...s].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
    expect(anchoredFirsts([/^(?:这|那)是/, /^(?:what|How)\b/i, /^[“"]/])).toEqual([
      codes('这那'),
      codes('wWhH'),
      codes('“"'),
    ]);
    // not anchored in every alternative, a flag besides i, can match nothing, unbounded, É under i
    expect(anchoredFirsts([/^这|那/, /是/, /^这/m, /^(?:这)?/, /^[^，]+是/, /^\s*这/, /^(?:É|e)/i])).toEqual(
      Array(7).fill(null),
    );
  });

  it('gives the same matches as an index and keys built on the spot', () => {
    const zh = '各级党委要切实加强领导，严禁弄虚作假，不得搞形式主义。到2025年，覆盖率达到95%以上。请务必注意安全。';
    const en = 'Agencies shall report by March 1. They must not delay, and should ensure compliance.';
    const hits = (m: RuleMatcher<{ pattern: string }>, text: string) =>
      m.scan(text).map((h) => [h.start, h.end, h.rule.pattern]);
    expect(hits(new RuleMatcher(ZH_RULES, {}, ZH_RULE_INDEX, ZH_RULE_KEYS()), zh)).toEqual(
      hits(buildRuleMatcher(ZH_RULES), zh),
    );
    expect(hits(new RuleMatcher(EN_RULES, { ignoreCase: true }, EN_RULE_INDEX, EN_RULE_KEYS()), en)).toEqual(
      hits(buildRuleMatcher(EN_RULES, { ignoreCase: true }), en),
    );
    expect(hits(buildRuleMatcher(ZH_RULES), zh).length).toBeGreaterThan(3);
  });

  it('is refused, with what to run, when it is not of the table (a page never builds one)', () => {
    expect(() => new RuleMatcher(ZH_RULES.slice(1), {}, ZH_RULE_INDEX.slice(1), ZH_RULE_KEYS())).toThrow(
      /gen:rule-index/,
    );
    expect(() => new RuleMatcher(ZH_RULES, {}, ZH_RULE_INDEX.slice(1), ZH_RULE_KEYS())).toThrow(/gen:rule-index/);
    expect(() => new RuleMatcher(EN_RULES, { ignoreCase: true }, EN_RULE_INDEX, ZH_RULE_KEYS())).toThrow(
      /gen:rule-index/,
    );
  });
});

describe('shippedIndex', () => {
  it('leaves out what a rule does not have (no null literal or steps, no false step flags)', () => {
    const shipped = JSON.stringify([ZH_RULE_INDEX, EN_RULE_INDEX]);
    expect(shipped).not.toMatch(/"literal":null|"steps":null|"optional":false|"lazy":false/);
    expect(shippedIndex(indexRules(['要', '决不(?:能|允许)?', '要[^，]求']))).toEqual([
      { literal: '要', firsts: [35201] },
      { steps: [{ options: ['决不'] }, { options: ['能', '允许'], optional: true }], firsts: [20915] },
      { firsts: [35201] },
    ]);
  });
});

describe('indexRules', () => {
  it('cuts a regex rule’s openings to six characters and its needed texts to eight', () => {
    // "the " would be a candidate at every "the"; "the gu" / "the pl" are rare.
    const [entry] = indexRules(['\\bthe (?:guidelines?|plans?) (?:require|requires)\\b'], { ignoreCase: true });
    expect(entry!.opening).toEqual(['the gu', 'the pl']);
    const [zh] = indexRules(['要[^，]{0,6}?(?:一二三四五六七八九十|讲讲)']);
    expect(zh!.needs).toEqual(['一二三四五六七八', '讲讲']);
  });
});
