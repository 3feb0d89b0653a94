/**
 * Who-speaks frames by person and role class, not by one page's wording (sealed batches 21 and 23,
 * docs/analysis-errors.md): a view or a suggestion in the first person as in the third, a person of the
 * people named before a quotation however many clauses away, a memory recalled by anyone. Sentences
 * written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { zh } from './helpers';

/** The directives of a Chinese article of several paragraphs, as [category, text] pairs. */
const zhParagraphs = (...paragraphs: string[]) =>
  findDirectives(plainArticle(paragraphs, 'zh-CN')).map((d) => [d.category, d.text]);

/** The directives of an English article of several paragraphs, as [category, text] pairs. */
const enParagraphs = (...paragraphs: string[]) =>
  findDirectives(plainArticle(paragraphs, 'en')).map((d) => [d.category, d.text]);

describe('a view or a suggestion in the first person', () => {
  it('is a view, as in the third person', () => {
    expect(zh('接下来，我建议各地教育部门尽快公布校外培训的收费标准，避免家长吃亏。')).toEqual([]);
    expect(zh('我们还主张，学校要把体育课的时间留足，不能挤占。')).toEqual([]);
    expect(zh('我的看法是，社区食堂要先把价格定下来，再谈扩大规模。')).toEqual([]);
  });
  it('while an office proposing stays the policy', () => {
    expect(zh('我省建议各市要在6月底前完成食堂备案。')).toHaveLength(1);
  });
});

describe('a memory recalled', () => {
  it('is no directive, whoever recalls it', () => {
    expect(zh('镇党委书记张建国回忆，当年修路的钱是全镇凑的，“大家都怕路修好了以后要收费”。')).toEqual([]);
  });
});

describe('a person of the people named before a quotation', () => {
  it('gives an account, however many clauses away the colon is', () => {
    expect(
      zh('住在三楼的租客李明今年刚毕业，说到房租，他一下子打开了话匣子：“房东说押金不能退，还要再交半年。”'),
    ).toEqual([]);
    expect(zh('开了二十年出租车的车主老赵，提起新规，语气里带着期待：“以后夜班必须有人换班才行。”')).toEqual([]);
  });
  it('but not when an office speaks in between', () => {
    expect(zh('在村民代表大会上，镇党委书记强调：“各村要在月底前完成排查。”')).toHaveLength(1);
  });
});

describe('a quotation that runs over sentences', () => {
  it('is held back to its last sentence when it stands alone or a voice opened it', () => {
    expect(zh('“当护林员，就得随叫随到。半夜山上起了烟，你不能装作没看见。”')).toEqual([]);
    expect(zh('开民宿的业主刘女士告诉记者：“旺季客人多，忙不过来。垃圾不能乱倒，得分好类。”')).toEqual([]);
  });
  it('but an official’s words stay his to the end', () => {
    expect(
      zh('支队长王海在部署会上强调：“各中队必须落实24小时值班制度。值班期间决不能擅离岗位！”').map(([c]) => c),
    ).toHaveLength(2);
  });
});

describe('a speaker who introduces the next paragraph', () => {
  const duty = 'Landlords must fit a carbon monoxide alarm in every room with a gas boiler.';
  it('speaks in it when a voice: an association, a tenant', () => {
    expect(
      enParagraphs(
        'Priya Shah, chair of the National Tenants Association, which speaks for 200 local groups, said:',
        'We have asked for this for years. Landlords will need to plan the work, and we must make sure nobody is left out.',
      ),
    ).toEqual([]);
  });
  it('but not beyond that paragraph, nor for an official', () => {
    expect(
      enParagraphs(
        'Priya Shah, chair of the National Tenants Association, which speaks for 200 local groups, said:',
        'We have asked for this for years.',
        duty,
      ),
    ).toEqual([['obligation', duty]]);
    expect(enParagraphs('Housing Minister Tom Reid said:', duty)).toEqual([['obligation', duty]]);
  });
});

describe('an expert answering an interview', () => {
  const rule = '专家：办法明确，托育机构应当配备专职保健人员。';
  it('gives views of his own, over the paragraphs of the answer', () => {
    expect(
      zhParagraphs(
        '记者：您对办法的落实有什么建议？',
        '李华教授：我想谈两点。',
        '一是地方要尽快出台收费指导价，让家长心里有底。',
        '二是托育行业协会要把从业人员的培训管起来。',
      ),
    ).toEqual([]);
  });
  it('while the document he restates stays its rule, and a question ends his answer', () => {
    expect(zhParagraphs('记者：办法对机构提出了哪些要求？', rule).map(([c]) => c)).toEqual(['obligation']);
    expect(
      zhParagraphs('专家：地方要尽快出台收费指导价。', '记者：还有呢？', '各地要在年底前完成托育机构备案。'),
    ).toHaveLength(1);
  });
});

describe('an official’s attribution in its less common English shapes', () => {
  it('after a setting that opens the sentence: the name is his for later', () => {
    const duty = '"Every port must publish its inspection figures by the end of May," Li said.';
    expect(
      enParagraphs(
        'At a briefing on Monday, Li Wen, a deputy director of the customs administration, said the rules take effect in April.',
        duty,
      ),
    ).toEqual([['obligation', duty]]);
    const asked =
      'Asked whether small ports would be exempt, Li said every port should keep its scanners in service around the clock.';
    expect(
      enParagraphs('"The rules are strict," said Li Wen, a deputy director of the customs administration.', asked),
    ).toEqual([['obligation', asked]]);
  });
  it('with his title between his name and the verb', () => {
    const t =
      '"Every port must keep its scanners in service around the clock," Li Wen, deputy director of the customs administration, told reporters.';
    expect(enParagraphs(t)).toEqual([['obligation', t]]);
  });
  it('and the next rule a document adds, "…, it added."', () => {
    const t = 'Every port should keep a log of the containers it inspects, it added.';
    expect(enParagraphs('The notice sets out new rules for ports.', t)).toEqual([['obligation', t]]);
  });
});
