/**
 * Chinese false marks and wrong categories the dev set of session 34 showed (precision), each class with sentences
 * written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { zh } from './helpers';

const paragraphs = (ps: string[]) => findDirectives(plainArticle(ps, 'zh')).map((d) => [d.category, d.text]);

describe('不可 and 应 inside adjectives and idioms', () => {
  it('a property named, "不可再生" / "不可移动文物", is no ban', () => {
    expect(zh('湿地是不可再生、不可替代的生态资源，调节着整个流域的水量。')).toEqual([]);
    expect(zh('目前，全县共登记不可移动文物312处，其中省级文物保护单位9处。')).toEqual([]);
  });
  it('"一应俱全" is no 应', () => {
    expect(zh('走进服务站，记者看到理发椅、血压计、助浴床一应俱全。')).toEqual([]);
  });
  it('a ban with 不可 stays', () => {
    expect(zh('各地要坚持“宁可备而不用，不可用而无备”，提前储备抢险物资。')).toHaveLength(1);
  });
});

describe('a level already reached, told with its figures', () => {
  it('is a tally, not a target', () => {
    expect(zh('2025年，全市生活垃圾回收利用率已超过40%，分类投放点覆盖率超过98%。')).toEqual([]);
    expect(zh('去年，全县快递进村覆盖率已突破90%，村级站点达到260个。')).toEqual([]);
  });
  it('a dated level to reach stays a target', () => {
    expect(zh('到2027年，全市生活垃圾回收利用率要超过45%，分类投放点覆盖率超过99%。')).toEqual([
      ['target', '到2027年，全市生活垃圾回收利用率要超过45%，分类投放点覆盖率超过99%。'],
    ]);
  });
});

describe('a case and its sanction, told with no office', () => {
  it('"…的，责令限期改正，处…罚款" is a consequence described', () => {
    expect(
      zh(
        '例如，经营者未按规定公示收费标准的，责令限期改正，处2万元以下的罚款；逾期未改正的，责令停业整顿，并处2万元以上5万元以下的罚款。',
      ),
    ).toEqual([]);
  });
  it('a duty to order a fix stays', () => {
    expect(zh('检查中发现安全隐患的，要立即责令整改。')).toHaveLength(1);
  });
});

describe("a 通报's case titles", () => {
  it('"1.某市某局原局长王某某违规…问题。" opening its case is no heading', () => {
    expect(
      paragraphs([
        '1.某县水务局原局长王某某违规收受礼品问题。2024年春节前，王某某收受管理服务对象所送购物卡5000元。王某某受到党内警告处分。',
      ]),
    ).toEqual([]);
  });
  it('a numbered head naming no one stays a heading', () => {
    expect(paragraphs(['1.加强组织领导。各地要建立工作专班，明确责任分工。'])[0]).toEqual([
      'heading',
      '1.加强组织领导。',
    ]);
  });
});

describe('the category of a goal named and of a first task', () => {
  it('"阶段目标方面，到…年，要形成…" is a target', () => {
    expect(zh('阶段目标方面，到2027年，要形成30个左右可复制推广的县域医共体建设方案。')).toEqual([
      ['target', '阶段目标方面，到2027年，要形成30个左右可复制推广的县域医共体建设方案。'],
    ]);
  });
  it('"要把…作为…的首要任务" is an obligation; "首要任务是…" stays an emphasis', () => {
    expect(zh('各级水利部门要把水库安全度汛作为汛期工作的首要任务，主要负责同志要亲自部署。')[0]?.[0]).toBe(
      'obligation',
    );
    expect(zh('各地要坚持以稳就业为首要任务，扩大公益性岗位规模。')[0]?.[0]).toBe('obligation');
    expect(zh('当前的首要任务是确保群众安全转移。')[0]?.[0]).toBe('emphasis');
  });
});

describe('forecasts, settings and summaries', () => {
  it('a forecast with 有望 is no target', () => {
    expect(zh('据行业协会测算，到2030年全省低空经济产业规模有望突破3000亿元。')).toEqual([]);
  });
  it('an age naming a group is no figure to reach', () => {
    expect(zh('预计到2035年，全市65岁及以上老年人口将突破300万，照护需求还将持续增长。')).toEqual([]);
  });
  it('a dated figure to reach for that group stays a target', () => {
    expect(zh('到2027年，65岁及以上老年人健康管理率达到75%以上。')[0]?.[0]).toBe('target');
  });
  it('"今年是…之年，…" sets the scene', () => {
    expect(zh('今年是“十五五”开局之年，推进城市更新站上了新的起点。')).toEqual([]);
  });
  it('…and a duty after it stays', () => {
    expect(zh('今年是“十五五”开局之年，要抓好城市更新各项任务。')).toHaveLength(1);
  });
  it('"…，还有不少难关要过" tells what is ahead', () => {
    expect(zh('推动养老服务从“有没有”转向“好不好”，还有不少难关要过。')).toEqual([]);
  });
  it("a document's size and principles, summed up, is no measure", () => {
    expect(
      zh('该负责人介绍，《条例》共6章45条，坚持预防为主、综合治理的原则，着力解决农村供水“最后一公里”问题。'),
    ).toEqual([]);
  });
});
