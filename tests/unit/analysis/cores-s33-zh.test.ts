/**
 * Chinese core classes the dev set 33 showed (session 33), each with sentences written for this test, not taken
 * from any fixture or dev page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a comma-closed adverbial after the modal is skipped: the act is the next clause', () => {
  it('according to a document named by its title, "要按照《…》，"', () => {
    expect(core('obligation', '各县要按照《农村危房鉴定技术导则》，逐户核实改造对象的住房状况。')).toEqual([
      '逐户核实改造对象的住房状况',
    ]);
  });
  it('according to the needs or the capacity a measure is fitted to, "要根据…需求，" / "…承载力，"', () => {
    expect(core('obligation', '各区要根据老年人口分布和助餐服务需求，合理布局社区食堂。')).toEqual([
      '合理布局社区食堂',
    ]);
    expect(core('obligation', '沿海城市要根据海域资源承载力，科学确定养殖规模。')).toEqual(['科学确定养殖规模']);
  });
  it('measured against a standard, "要对照…标准，", whatever verb its quoted name holds', () => {
    expect(core('obligation', '各乡镇要对照“一户一档、四保障”标准，逐户复核安置对象。')).toEqual(['逐户复核安置对象']);
  });
  it('a standpoint, "要从…的高度，" / "从…出发，"', () => {
    expect(core('obligation', '各级党委要从事关长远发展的战略高度，把耕地保护作为头等大事来抓。')).toEqual([
      '把耕地保护作为头等大事来抓',
    ]);
  });
  it('a means closed by its noun, "要通过…等渠道，", a verb-like word inside it (宣传栏) or not', () => {
    expect(core('obligation', '各社区要通过宣传栏、业主群等渠道，及时公布维修资金使用情况。')).toEqual([
      '及时公布维修资金使用情况',
    ]);
    expect(core('obligation', '各地要利用广播、短视频等多种渠道，向农户讲解补贴申领流程。')).toEqual([
      '向农户讲解补贴申领流程',
    ]);
  });
  it('a clause that holds its act stays the core: "要对照方案逐项细化…", "要会同…部门统筹利用…渠道"', () => {
    expect(core('obligation', '各部门要对照任务清单逐项细化工作措施，明确完成时限。')).toEqual([
      '对照任务清单逐项细化工作措施',
    ]);
    expect(core('obligation', '各县要会同财政等部门统筹利用现有资金渠道，保障必要的运行经费。')).toEqual([
      '会同财政等部门统筹利用现有资金渠道',
    ]);
  });
});
