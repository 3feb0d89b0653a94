/**
 * The Chinese recall classes session 35's dev set showed (gold directives the analysis did not mark), counted
 * over all golds, with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core, one, zh } from './helpers';

describe('a year to reach opening the sentence, "到20XX年（底），…", its outcome in words', () => {
  it('is a target with no figure and no goal word', () => {
    for (const t of [
      '到2030年底，城乡环境脏乱差问题得到根本扭转，群众满意度明显增强。',
      '到2028年，全县中小学校园欺凌现象得到有效遏制。',
    ])
      expect(zh(t)).toEqual(one('target', t));
  });
  it('not a forecast that names the year after its source, nor a year reached in the past told with 截至', () => {
    for (const t of [
      '据有关机构测算，到2030年全省数字经济规模有望突破5000亿元。',
      '截至2023年底，全市累计建成社区食堂120家。',
    ])
      expect(zh(t)).toEqual([]);
  });
});

describe('the closing call to the many, "广大…要…"', () => {
  it('is a duty told as an exclamation, or beside a slogan with 就是', () => {
    for (const t of [
      '广大农技人员要扎根田间地头、服务农民群众，为全面推进乡村振兴作出新的更大贡献！',
      '广大青年干部要牢固树立发展才是硬道理就是这个道理的观念，以实干实绩回报群众信任。',
    ])
      expect(zh(t)).toEqual(one('obligation', t));
  });
  it('not 广大 as the object of a wish or a reminder, nor 需要 as a noun', () => {
    for (const t of ['这里也提醒广大游客，景区不是法外之地。', '广大群众需要的是实实在在的服务。'])
      expect(zh(t)).toEqual([]);
  });
});

describe('the answerability a rule allocates, "…对…的真实性、完整性负责。", with no modal', () => {
  it('is an obligation, its core from 对', () => {
    const t = '申报企业对所报送统计数据的真实性、准确性负责。';
    expect(zh(t)).toEqual(one('obligation', t));
    expect(core('obligation', t)).toEqual(['对所报送统计数据的真实性、准确性负责']);
  });
  it('not a person in charge named, nor 负责 with no such object', () => {
    for (const t of ['该项目负责人对记者介绍了有关情况。', '他对这项工作很负责。']) expect(zh(t)).toEqual([]);
  });
});

describe('a line of a list of duties headed by a grassroots level, "街道（乡镇）：负责…"', () => {
  it('is an obligation, its core from 负责', () => {
    const t = '社区（村）：负责组织居民做好分类投放，发现问题及时报告街道。';
    expect(zh(t)).toEqual(one('obligation', t));
    expect(core('obligation', t)).toEqual(['负责组织居民做好分类投放']);
  });
});

describe('a context marker that misread a rule', () => {
  it('a condition 确有必要的， is no verdict of necessity', () => {
    const t = '位于行洪区内的养老机构，要开展安全评估，确有必要的，有序组织搬迁。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('…whereas "…很有必要。" stays a verdict', () => {
    expect(zh('出台这项办法十分必要。')).toEqual([]);
  });
  it('a state the rule requires, 须已…, is no past state told', () => {
    const t = '（三）申请补助的项目，须已取得用地批复，并完成环境影响评价。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('the basis of a measure, "按照…，", then its verb', () => {
  it('is a measure, as "通过…，" is', () => {
    const t = '按照“就近就便、小型多样”的原则，科学布局村级寄递物流站点，推广“快递进村”模式。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('not a plan or an agreement followed by its subject', () => {
    for (const t of [
      '按照规划，到明年年底，全县老年食堂就餐人数预计将超过5000人。',
      '按照协议，两省每年共同出资设立生态补偿资金。',
    ])
      expect(zh(t)).toEqual([]);
  });
});

describe('a numbered one-clause line that sets a quantity, "（四）每年至少组织一次…"', () => {
  it('is a measure, not a heading', () => {
    const t = '（三）每季度至少开展一次应急疏散演练。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('not a numbered head naming the goals, "一、总体目标", nor a bare topic', () => {
    expect(zh('一、总体目标')).toEqual(one('heading', '一、总体目标'));
    expect(zh('（二）严格规范管理。')).toEqual(one('heading', '（二）严格规范管理。'));
  });
});
