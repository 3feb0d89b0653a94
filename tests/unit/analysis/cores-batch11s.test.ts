/**
 * Core classes the blind batch 11S showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('依托 opens the base a measure is built on, "依托…，建立…"', () => {
  it('the act after it is the core, as after 围绕 / 通过', () => {
    expect(core('obligation', '依托省级政务数据共享平台，建立跨部门证照信息互认机制，实现企业开办一网通办。')).toEqual([
      '建立跨部门证照信息互认机制',
    ]);
    expect(core('obligation', '要依托乡镇综合文化站，开设农家书屋流动服务点。')).toEqual(['开设农家书屋流动服务点']);
  });
});

describe('a goal held to a bound with more verbs, "每个县至少组建/建立/打造…"', () => {
  it('the core starts at 至少, the count is the goal’s', () => {
    expect(core('target', '到2027年，每个乡镇至少建立1支专业森林消防队伍。')).toEqual([
      '到2027年',
      '至少建立1支专业森林消防队伍',
    ]);
    expect(core('target', '到2028年底，每个街道至少打造2个老年友好型社区。')).toEqual([
      '到2028年底',
      '至少打造2个老年友好型社区',
    ]);
  });
});

describe('the means and the act in one clause, "要通过…等方式+verb，确保…"', () => {
  it('the clause is the act, not an adverbial before the purpose', () => {
    expect(core('obligation', '防汛通知要通过微信群、村村响等多种方式直达每家每户，确保不漏一人。')).toEqual([
      '通过微信群、村村响等多种方式直达每家每户',
    ]);
    expect(core('obligation', '各街道要通过入户走访等方式宣传补贴政策，确保符合条件的家庭应享尽享。')).toEqual([
      '通过入户走访等方式宣传补贴政策',
    ]);
  });
  it('a team formed on a base, "依托…组建…"', () => {
    expect(core('obligation', '依托退役军人、志愿者等组建村级巡防队伍，每支队伍不少于10人。')).toEqual([
      '依托退役军人、志愿者等组建村级巡防队伍',
    ]);
  });
});

describe('全部 before a goal verb is the degree it is reached by, as 全面 / 基本', () => {
  it('"全部实现…" stays whole in the core', () => {
    expect(core('target', '到2028年底，全市中小学食堂全部实现明厨亮灶。')).toEqual(['到2028年底', '全部实现明厨亮灶']);
    expect(core('target', '到2027年，县级以上医院全部完成电子病历系统升级。')).toEqual([
      '到2027年',
      '全部完成电子病历系统升级',
    ]);
  });
});

describe('a dated target whose first clause is a state with no goal verb, "到…，…更加完善，…下降…"', () => {
  it('the state yields to the goal with its figure', () => {
    expect(core('target', '到2030年，城乡供水体系更加健全，农村自来水普及率达到95%以上。')).toEqual([
      '到2030年',
      '达到95%以上',
    ]);
  });
  // (its subject left out since session 40: over all golds, 6 such cores on 6 pages are the state alone, none keeps it)
  it('a state alone is still the goal', () => {
    expect(core('target', '到2030年，城乡供水体系更加健全。')).toEqual(['到2030年', '更加健全']);
  });
});

describe('an unnumbered measure told as a point, "加快推进…，各地要…"', () => {
  it('its first clause is the core when the next names its own subject before the modal', () => {
    expect(core('obligation', '全面推行农村生活垃圾分类收运处置，各乡镇要配齐保洁人员和收运车辆。')).toEqual([
      '全面推行农村生活垃圾分类收运处置',
    ]);
  });
  it('a short first clause is a topic, and a frame before the modal is no subject', () => {
    expect(core('obligation', '推进“放管服”改革，各地必须打通部门数据壁垒。')).toEqual(['打通部门数据壁垒']);
    expect(core('obligation', '推动县域特色产业集群发展，关键是要培育一批龙头企业。')).toEqual(['培育一批龙头企业']);
  });
  it('a numbered point still takes its headline however short', () => {
    expect(core('obligation', '二是压实责任，各区要建立工作台账。')).toEqual(['压实责任']);
  });
});
