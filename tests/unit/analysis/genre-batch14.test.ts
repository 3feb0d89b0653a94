/**
 * The classes the blind batch 14 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { zh, en, one } from './helpers';

describe('a past instruction told as news: "…曾要求…"', () => {
  it('reports what was once asked, sets no duty', () => {
    expect(zh('去年，住建部门曾要求各地开展燃气管道排查，目前大部分城市已经完成。')).toEqual([]);
    expect(zh('此前，有关部门曾通过约谈要求几家平台整改，但效果有限。')).toEqual([]);
  });
  it('a duty without 曾 stays one', () => {
    const t = '住建部门要求各地开展燃气管道排查。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a document issued and passed on to its addressees: "印发了…，要求各地区各部门…"', () => {
  it('the requirement to carry it out is the directive', () => {
    const t =
      '近日，中共中央办公厅、国务院办公厅印发了《关于社区嵌入式托育服务体系的意见》，并发出通知，要求各地区各部门结合实际贯彻落实。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('a document issued with no addressee is news', () => {
    expect(zh('日前，国务院办公厅印发了《关于加强农村供水保障的意见》。')).toEqual([]);
  });
});

describe('a dated target\'s cumulative count: "到2027年累计培训…"', () => {
  it('is the figure to reach', () => {
    const t = '方案还提出，加强护理人才培养，到2028年累计培训护理人员5万人次。';
    expect(zh(t).map(([c]) => c)).toEqual(['target']);
  });
  it('a cumulative figure reported stays a statistic', () => {
    expect(zh('截至去年底，全省累计培训护理人员5万人次。')).toEqual([]);
  });
});

describe('an order directing a long list of offices: "directs the Secretary of …, … and … to …"', () => {
  it('is a directive however long the list', () => {
    const t =
      'The Order directs the Secretary of Transportation, the Administrator of the Federal Aviation Administration (FAA), and the Assistant Secretary of Commerce for Industry and Analysis to review every pending airport permit.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('a past tense inside what a duty names: "… and note how they were fixed"', () => {
  it('the duty stays one', () => {
    const t = 'You should record any faults in the log, and note how they were repaired.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('a past report stays a report', () => {
    expect(en('Several shops should have acted sooner, and some were fined.')).toEqual([]);
  });
});

describe('the idiom of always answering: "有求必应", "有事必应"', () => {
  it('names a trait, its 应 is no duty; a ban after it is the category', () => {
    const t = '窗口服务讲究有求必应，对群众的合理诉求决不能推诿扯皮。';
    expect(zh(t).map(([c]) => c)).toEqual(['prohibition']);
  });
});

describe('a Q&A answer explaining how a case is judged or why it stalls', () => {
  it('an open question answered by what decides it is no duty', () => {
    expect(zh('是否需要赔偿、赔偿多少，要根据合同约定和实际损失来确定。')).toEqual([]);
  });
  it('a procedure told as the cause of a trouble is no duty', () => {
    expect(zh('不少项目因为审批要经过多个部门而迟迟不能开工。')).toEqual([]);
  });
  it('a duty to decide by the rules stays one', () => {
    const t = '各地要根据合同约定和实际损失确定赔偿标准。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe('a dated growth bound set against another\'s: "到2027年，…增速要快于…"', () => {
  it('is a target', () => {
    const t = '到2027年，全县规上工业增加值增速要高于全市平均水平。';
    expect(zh(t).map(([c]) => c)).toEqual(['target']);
  });
  it('without a deadline it is a report', () => {
    expect(zh('去年农村居民收入增速快于城镇居民。')).toEqual([]);
  });
});

describe('the tasks handed down as a measure\'s object: "将…下达的目标任务分解到…"', () => {
  it('sets no goal: the first act keeps the sentence an obligation', () => {
    const t = '各县要将市里下达的造林目标任务分解到乡镇，建立工作台账，5月10日前将分解情况报送市林业局。';
    expect(zh(t).map(([c]) => c)).toEqual(['obligation']);
  });
  it('a goal named as such is still one', () => {
    const t = '各县要确保完成全年造林目标任务，5月10日前完成春季造林。';
    expect(zh(t).map(([c]) => c)).toEqual(['target']);
  });
});
