import { describe, expect, it } from 'vitest';
import { coresOf } from '@/utils/analysis/cores';
import type { DirectiveCategory } from '@/utils/highlights/record';

/** The core of a one-sentence directive, as strings. */
const core = (category: DirectiveCategory, text: string) =>
  coresOf(text, { start: 0, end: text.length, category, lang: 'zh' }).map((s) => text.slice(s.start, s.end));

describe('the agent a ban names after its marker (a body, a firm, staff, a household, vehicles) is out of its core', () => {
  it.each([
    // (s39, over all golds: 9 cores on 8 pages leave such an agent out, none keeps one)
    ['严禁物业服务企业向业主收取额外费用。', ['严禁', '向业主收取额外费用']],
    ['严禁值守人员擅离岗位。', ['严禁', '擅离岗位']],
    ['严禁承办单位以任何理由拖欠工资。', ['严禁', '以任何理由拖欠工资']],
    ['禁止危险品运输车辆在高峰时段进入城区。', ['禁止', '在高峰时段进入城区']],
    ['严禁低保户因就医返贫。', ['严禁', '因就医返贫']],
    ['严禁转供电主体违规加收费用。', ['严禁', '违规加收费用']],
    // two agents joined
    ['严禁相关部门和单位对小微企业设置隐性门槛。', ['严禁', '对小微企业设置隐性门槛']],
  ])('%s', (text, want) => expect(core('prohibition', text)).toEqual(want));

  it('not a verb right after the marker, whose object is no agent (不得要求企业… / 决不能让人员…)', () => {
    expect(core('prohibition', '不得要求施工单位在夜间违规施工。')).toEqual(['不得要求施工单位在夜间违规施工']);
    expect(core('prohibition', '决不能让一线人员把时间耗费在填表上。')).toEqual(['决不能让一线人员把时间耗费在填表上']);
    expect(core('prohibition', '严禁组织人员在积水中打捞财物。')).toEqual(['严禁组织人员在积水中打捞财物']);
    expect(core('prohibition', '严禁向小微企业收取咨询费用。')).toEqual(['严禁向小微企业收取咨询费用']);
  });
});

describe('a comma-closed ground, manner or starting point after the modal is skipped: the next clause is the act', () => {
  it.each([
    // (s39, over all golds: 16 cores on 13 pages take the clause after it, none keeps it)
    ['各地要以对群众高度负责的精神，扎实做好冬季供暖保障工作。', ['扎实做好冬季供暖保障工作']],
    ['全市上下要以更加坚定的决心和意志，推动改革任务落地见效。', ['推动改革任务落地见效']],
    ['各级干部要以此次推进会为新的起点，切实把整改成果转化为发展实效。', ['切实把整改成果转化为发展实效']],
    ['各县要参照省级方案的编制原则，抓紧编制本县实施方案。', ['抓紧编制本县实施方案']],
    ['各地要根据汛情发展，及时调整应急响应级别。', ['及时调整应急响应级别']],
    ['要根据产业发展新趋势，优化职业院校专业设置。', ['优化职业院校专业设置']],
    ['各市要根据疫情风险等级，分区分级调整防控措施。', ['分区分级调整防控措施']],
    ['要按照新的职能定位，抓紧理顺工作关系。', ['抓紧理顺工作关系']],
    ['要按照分类施策的思路，有序推进村庄整治。', ['有序推进村庄整治']],
  ])('%s', (text, want) => expect(core('obligation', text)).toEqual(want));

  it('not a clause that is the act itself (要以更大力度推进… / 要根据学生年龄段科学搭配膳食)', () => {
    expect(core('obligation', '要以更大力度推进改革开放，破除体制机制障碍。')).toEqual(['以更大力度推进改革开放']);
    expect(core('obligation', '食堂要根据学生年龄段科学搭配膳食，减少油盐糖的使用。')).toEqual([
      '根据学生年龄段科学搭配膳食',
    ]);
  });
});

describe('特别强调 said by a speaker and closing its clause reports the duty after it: cored as an obligation', () => {
  it.each([
    // (s39, over all golds: 5 such cores on 5 pages are the act after the modal)
    ['局长特别强调，越是汛期越要盯紧堤防安全，尤其要防范管涌。', ['盯紧堤防安全']],
    ['他特别强调，厨余垃圾必须做到干湿分离，不得混入塑料制品。', ['做到干湿分离']],
    ['《通知》特别强调，企业在改造过程中必须落实安全生产主体责任，重大隐患须立即整改。', ['落实安全生产主体责任']],
  ])('%s', (text, want) => expect(core('emphasis', text)).toEqual(want));

  it("not a first person's own marker, nor a clause with no modal", () => {
    expect(core('emphasis', '这里我要特别强调，政商交往必须亲而有度。')).toEqual(['政商交往必须亲而有度']);
    expect(core('emphasis', '会议特别强调，队伍是改革成败的关键，尤其要配齐配强基层执法人员，健全培训制度。')).toEqual([
      '配齐配强基层执法人员',
    ]);
  });
});
