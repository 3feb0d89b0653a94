/**
 * The classes the blind batch 17 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { en, zh } from './helpers';

describe("a quotation that is a sentence of its own, no speaker after it: a feature's dialogue", () => {
  it('is no directive, alone in its paragraph or after a narrating sentence', () => {
    expect(zh('“三排沿河谷穿插，机枪组跟进掩护，务必在天亮前占领制高点！”')).toEqual([]);
    expect(zh('巡逻车停在了哨所门口。“过去换防要走两天山路，现在补给车能直接开到哨位上。”')).toEqual([]);
  });
  it('an official speaking in the sentence before keeps the quoted duty', () => {
    const before =
      '对此，市应急管理局局长周明回应称，检查不会影响正常经营。“各乡镇要把排查出的隐患逐一登记、限期整改。”';
    expect(zh(before).map(([c]) => c)).toEqual(['obligation']);
  });
});

describe('"(但)也要看到，…" opening a sentence: a caveat argued, not a duty', () => {
  it('holds back the 不能 or 要 after it', () => {
    expect(zh('也要看到，技能补贴不能“一发了之”。')).toEqual([]);
    expect(zh('但也要看到，不少县城的充电设施还要靠企业自建，布点明显不足。')).toEqual([]);
  });
  it('a duty that only contains 看到 is still one', () => {
    const t = '各地要让群众看到实实在在的变化，不能搞形式主义。';
    expect(zh(t).map(([c]) => c)).toHaveLength(1);
  });
});

describe('a penalty stated with its payment terms: "a fixed penalty is £90 if paid within 14 days"', () => {
  it('is no target nor duty', () => {
    expect(en('A fixed penalty is £90 if paid within 14 days, rising to £180 if paid within 28 days.')).toEqual([]);
  });
  it('a deadline set on the reader still is one', () => {
    const t = 'Operators must register each site within 30 days of opening.';
    expect(en(t).map(([c]) => c)).toHaveLength(1);
  });
});

describe('a commitment list\'s items opening with "fund" or "treat"', () => {
  it('are measures, as the other verbs of the list are', () => {
    expect(
      en('fund 25 regional repair centres, run by colleges, to train heat pump installers').map(([c]) => c),
    ).toHaveLength(1);
    expect(
      en('Treat eligible grid upgrades as priority projects under the national permitting tracker;').map(([c]) => c),
    ).toHaveLength(1);
  });
  it('the noun is not a step', () => {
    expect(en('Fund balances are published each quarter.')).toEqual([]);
  });
});
