/**
 * The core classes the dev set 31 and batch 34 showed (session 31), each with sentences written for
 * this test, not taken from any fixture or dev page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe("a dated target's first goal with its figure is its core", () => {
  it('the indicators after it stay out', () => {
    expect(core('target', '到2029年底，全区新增托育托位2000个以上，普惠托位占比达到60%以上。')).toEqual([
      '到2029年底',
      '新增托育托位2000个以上',
    ]);
  });
  it('a deadline inside the goal span is no figure: "6月底前完成…" without one keeps a further indicator', () => {
    expect(core('target', '6月底前，各乡镇完成水源地标识设置，水质达标率达到98%以上。')).toEqual([
      '6月底前',
      '完成水源地标识设置',
      '达到98%以上',
    ]);
  });
});

describe('重中之重 as a noun of its sentence', () => {
  it('"要把…作为重中之重，…": the modal act that names it', () => {
    expect(core('emphasis', '各街道要把消防通道整治作为重中之重，对占用通道的车辆逐一登记。')).toEqual([
      '把消防通道整治作为重中之重',
    ]);
  });
  it('"…要亲自部署，把…作为…的重中之重来抓": the act of the modal before it', () => {
    expect(core('emphasis', '县长要亲自督办，把河道清淤作为汛前工作的重中之重来抓。')).toEqual(['亲自督办']);
  });
  it('"…是…的重中之重，必须…": the act after the next modal, without subject and modal', () => {
    expect(core('emphasis', '学校食堂是食品安全监管的重中之重，各校必须落实校长陪餐制度。')).toEqual([
      '落实校长陪餐制度',
    ]);
  });
});

describe('an addressee modal followed by the addressee own modal, "要求…组要…"', () => {
  it('the act starts after the second modal', () => {
    expect(core('obligation', '会议要求检查组要采用暗访暗查等方式，摸清真实情况。')).toEqual(['采用暗访暗查等方式']);
  });
});

describe('an according-to adverbial led by its adverb, "要严格按照…规定，…"', () => {
  it('is skipped: the act is the next clause', () => {
    expect(core('obligation', '各县要严格按照危房改造有关规定，核实改造对象的住房状况。')).toEqual([
      '核实改造对象的住房状况',
    ]);
  });
});

describe('a dated target whose first clause is a state, the next a level held with its figure', () => {
  it('the state yields to the level, as to a goal reached', () => {
    expect(core('target', '到2028年，城乡供水保障体系更加健全，管网漏损率控制在9%以内。')).toEqual([
      '到2028年',
      '控制在9%以内',
    ]);
  });
});
