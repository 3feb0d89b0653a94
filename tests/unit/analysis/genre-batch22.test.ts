/**
 * The classes the blind batch 22 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { headingWorthy } from '@/utils/analysis/headings';
import { en, one, zh } from './helpers';

const paragraphs = (ps: string[], language: string) =>
  findDirectives(plainArticle(ps, language)).map((d) => [d.category, d.text]);

describe('a series of "N是" points: a bare point after a marked one', () => {
  it("is the series' next measure", () => {
    const got = paragraphs(['二是加快推进城乡供水一体化。', '三是修复湿地生态系统。'], 'zh');
    expect(got).toEqual([
      ['obligation', '二是加快推进城乡供水一体化。'],
      ['obligation', '三是修复湿地生态系统。'],
    ]);
  });
  it('a series of statements stays unmarked, and so does a point out of order', () => {
    expect(paragraphs(['一是资金来源单一。', '二是人才队伍薄弱。'], 'zh')).toEqual([]);
    expect(paragraphs(['一是加快推进城乡供水一体化。', '三是修复湿地生态系统。'], 'zh')).toHaveLength(1);
  });
});

describe('what a thing takes, counted: 要花 + a figure', () => {
  it('is no duty', () => {
    expect(zh('一位村干部说，每月光是整理台账就要花掉三四天。')).toEqual([]);
    expect(zh('办一张证要花好几个星期。')).toEqual([]);
  });
  it('an effort asked for stays a duty', () => {
    const t = '各地要花大力气解决群众反映强烈的突出问题。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('the responsibility a regulation allocates, with no modal', () => {
  it('"…对…全面负责 / 负总责" is a duty', () => {
    const t = '《办法》明确，医疗机构的主要负责人对本机构消防安全工作全面负责。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('an office "负责…工作" with a further duty after a comma is a duty', () => {
    const t = '县级交通运输主管部门负责本行政区域内农村公路养护管理工作，组织编制养护计划。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a frequency set for an act, with no modal', () => {
  it('"对…，每季度至少开展一次…" is a duty', () => {
    const t = '对承担集中供餐的企业，每季度至少开展一次飞行检查。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a quotation told to the reporter by a front-line hand', () => {
  it("is the speaker's account, whatever its modal", () => {
    expect(zh('在当地干了十年护路员的老周告诉记者：“今年开春以后还要再修8公里路，雨季前必须全部修完。”')).toEqual([]);
  });
});

describe("a transmitted document's title ending in 措施", () => {
  it('is no heading', () => {
    expect(headingWorthy('某某市农村生活污水治理若干措施')).toBe(false);
    expect(headingWorthy('（三）保障措施')).toBe(true);
  });
});

describe("English duties of batch 22's shapes", () => {
  it('"No NOUN may …" is a ban', () => {
    const t = 'No council may charge residents for the first collection of garden waste.';
    expect(en(t)).toEqual(one('prohibition', t));
    expect(en('No doubt we may see some delays this winter.')).toEqual([]);
  });
  it('a statutory duty told as a state, and a call in the passive, are duties', () => {
    const d = 'From April 2026, every water company will be under a new statutory duty to publish its leakage figures.';
    expect(en(d)).toEqual(one('obligation', d));
    const u = 'Hospitals in rural districts are urged to share specialist staff with smaller clinics.';
    expect(en(u)).toEqual(one('obligation', u));
  });
  it('an instruction given keeps its duty with "to find out what" in its purpose clause', () => {
    const t =
      'I have asked the Agency to publish a short guide by the end of June, so that no one has to read the whole regulation to find out what applies to them.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('a negation in a relative clause, a proposal\'s "would require" and "I do not think" are no duties or bans', () => {
    expect(en('The programme is creating thousands of jobs, many of which do not require a degree.')).toEqual([]);
    expect(en('Last year the regulator proposed rules that would require landlords to fit new alarms.')).toEqual([]);
    expect(en('That is not acceptable, and I do not think anyone here disagrees.')).toEqual([]);
  });
});

describe('an English official named with the title before the name, then bare', () => {
  it('is the policy passed on when the name comes back', () => {
    const got = paragraphs(
      [
        '"Rural clinics are the weakest link," Deputy Minister of Health Wang Lihua told a press conference on Friday.',
        'Health commissions at all levels must check every village clinic twice a year, Wang said.',
      ],
      'en',
    );
    expect(got.map(([c]) => c)).toEqual(['obligation']);
  });
});

describe('an English quotation running over several sentences of a paragraph', () => {
  it("a sentence between its opening and its close is still the speaker's", () => {
    const p =
      '"The real problem is staffing. Councils should not simply open new centres that stand empty. They should pay carers properly," said Li Wen, a researcher at a university.';
    expect(en(p)).toEqual([]);
  });
  it('a duty after the quotation has closed is read as usual', () => {
    const p = '"The real problem is staffing," Li said. Councils must publish their staffing plans by March 2027.';
    expect(en(p).map(([c]) => c)).toEqual(['target']);
  });
});
