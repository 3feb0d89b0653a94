/**
 * The classes the blind batch 14 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { zh, one } from './helpers';

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
