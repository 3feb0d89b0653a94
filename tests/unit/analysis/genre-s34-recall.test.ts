/**
 * The Chinese recall classes session 34's dev set showed (gold directives the analysis did not mark), counted
 * over all golds, with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core, one, zh } from './helpers';

describe('a list of duties, each office named before a colon, "1.市X局：负责…"', () => {
  it('is an obligation whatever the duty names', () => {
    for (const t of [
      '1.市民政局：负责养老机构冬季安全检查，组织开展消防演练。',
      '3.区市场监管局、区消防救援大队：负责对集中供餐单位的食品安全和消防安全开展联合检查。',
      '（二）县供水公司：负责城区供水管网的巡检抢修，保障高峰时段水压稳定。',
    ])
      expect(zh(t)).toEqual(one('obligation', t));
  });
  it('its core is the duty, from 负责 to the clause end', () => {
    expect(core('obligation', '2.市水务中心：负责河道闸站的运行调度，汛期实行24小时值班。')).toEqual([
      '负责河道闸站的运行调度',
    ]);
  });
  it('not a person in charge named after a colon, nor a colon after no office', () => {
    for (const t of ['联系人：负责人王某某，电话见附件。', '记者：负责这项调查的是哪支队伍？'])
      expect(zh(t)).toEqual([]);
  });
});
