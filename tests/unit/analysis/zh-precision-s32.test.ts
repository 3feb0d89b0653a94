/**
 * Chinese false marks the dev set of session 32 showed (precision), each class with sentences written for this
 * test, not taken from any page: discourse phrases and views, judgements, figures told as done, quotations of
 * people who speak for themselves, and furniture read as headings.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { one, zh } from './helpers';

const paragraphs = (ps: (string | { kind: 'heading'; text: string })[]) =>
  findDirectives(plainArticle(ps, 'zh')).map((d) => [d.category, d.text]);

describe('a discourse phrase opening a caveat', () => {
  it('outweighs the two bans the caveat holds', () => {
    expect(zh('同时必须清醒看到，短视频不能代替阅读，更不能让手机占满孩子的课余时间。')).toEqual([]);
  });
});

describe("a view framed as the speaker's, 在…看来", () => {
  it('is no instruction, whatever its modals', () => {
    expect(zh('在某大学公共管理学院教授李明看来，社区养老要坚持就近便利，政府不能包办一切。')).toEqual([]);
    expect(zh('试点各有做法。在研究员王芳看来，试点要先易后难，不能一哄而上。')).toEqual([]);
  });
  it('a position argued (主张) is a view too', () => {
    expect(zh('有学者主张，老街区应当整体保留原貌，尽量减少拆改。')).toEqual([]);
  });
});

describe('a judgement of what a thing is not', () => {
  it('is no duty', () => {
    expect(zh('整治不是“一阵风”。')).toEqual([]);
    expect(zh('推进不是“一刀切”。')).toEqual([]);
  });
  it('a ban after it stays', () => {
    const t = '减负不等于减责任，不能把该担的责任推给基层。';
    expect(zh(t)).toEqual(one('prohibition', t));
  });
});

describe('a figure held or moved, told as done', () => {
  it('is no target', () => {
    expect(zh('全县粮食产量连续五年稳定在50万吨以上。')).toEqual([]);
    expect(zh('示范区土壤有机质含量平均提高了0.2个百分点，亩均增产8%以上。')).toEqual([]);
  });
  it('an achievement to date and a forecast are none, however many figures they hold', () => {
    expect(
      zh(
        '“十四五”期间，全市已累计建成高标准农田80万亩，灌溉水利用率由2020年的0.55提高到2025年的0.6以上，机耕率提高到90%左右。',
      ),
    ).toEqual([]);
    expect(zh('合作社计划年底前再建一座冷库，预计可带动30户农户增收。')).toEqual([]);
  });
  it('a dated target with a forecast beside it stays one', () => {
    expect(zh('今年返乡务工人员预计达5万人，各县要提前谋划，力争6月底前完成技能培训。')).toHaveLength(1);
  });
  it('a bound to reach stays one', () => {
    const t = '粮食产量稳定在50万吨以上。';
    expect(zh(t)).toEqual(one('target', t));
  });
});

describe('a quotation run over sentences', () => {
  it('by a person the report introduces with his age is his own words', () => {
    const p = '68岁的王长顺说：“以前出门全是泥路。现在路修好了，大家应该爱护它。”';
    expect(paragraphs([p])).toEqual([]);
  });
  it('standing alone, its later sentences stay the speaker’s, however many modals they hold', () => {
    const p = '老周在山里守了二十年林。“这片林子是咱的命根子。我们护林的人，必须看好每一棵树，不能让火种进山。”';
    expect(paragraphs([p])).toEqual([]);
  });
  it("an official's, told in the sentence before after an adverbial, stays his", () => {
    const p =
      '针对村民反映的问题，县委书记在接受采访时表示，县里已着手整改。“群众的事没有小事。我们要求各乡镇都要建立问题台账，干部必须在一周内答复。”';
    expect(paragraphs([p])).toHaveLength(1);
  });
});

describe('furniture read as a heading', () => {
  it("an attachment's list of names or standard, and an order's number line, are none", () => {
    const got = paragraphs([
      { kind: 'heading', text: '2019年第一批示范单位名单' },
      '各单位要按时报送材料。',
      { kind: 'heading', text: '城市公园基本服务设施配置标准' },
      '各区要对照标准逐项落实。',
      { kind: 'heading', text: '第45号' },
    ]);
    expect(got.filter(([c]) => c === 'heading')).toEqual([]);
  });
  it('a numbered head stays one', () => {
    const got = paragraphs([{ kind: 'heading', text: '二、补助标准' }, '各区要按标准发放补助。']);
    expect(got[0]).toEqual(['heading', '二、补助标准']);
  });
});
