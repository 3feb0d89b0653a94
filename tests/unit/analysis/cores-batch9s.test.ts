/**
 * Core classes the blind batch 9S showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a time set off by a comma after the modal, "应当在…前，…"', () => {
  it('is an adverbial like "在…后，": the act after it is the core', () => {
    expect(core('obligation', '申报单位应当在材料提交前，向街道办事处说明项目情况。')).toEqual([
      '向街道办事处说明项目情况',
    ]);
    expect(core('obligation', '各乡镇要在雨季来临前，完成山塘水库的安全检查。')).toEqual(['完成山塘水库的安全检查']);
  });
  it('inside the act’s clause it stays in the core', () => {
    expect(core('obligation', '各乡镇要在雨季来临前完成山塘水库的安全检查。')).toEqual([
      '在雨季来临前完成山塘水库的安全检查',
    ]);
  });
});

describe('a ceiling in a later clause of a target, "…，服务半径不超过500米"', () => {
  it('is a goal of the plan like "达到…"', () => {
    expect(core('target', '到2028年底，全县快递服务网点达到300个以上，农村寄递配送时限不超过48小时。')).toEqual([
      '到2028年底',
      '达到300个以上',
      '不超过48小时',
    ]);
  });
  it('a level held beside the goal ("控制在…左右") is still no goal of its own', () => {
    expect(core('target', '到2028年底，全县新增就业岗位达到5000个以上，登记失业率控制在4%左右。')).toEqual([
      '到2028年底',
      '达到5000个以上',
    ]);
  });
});

describe('a time, then the subject of a target, then what it reaches, in one clause', () => {
  it('"全年…达到…": the time and the goal, the subject left out', () => {
    expect(core('target', '力争全年全县农村居民人均可支配收入达到3万元以上，增速保持在6%左右。')).toEqual([
      '全年',
      '达到3万元以上',
    ]);
  });
  it('an act or a bound after its object keeps the clause whole', () => {
    expect(core('target', '今年各乡镇建成至少2个村级养老服务站。')).toEqual(['今年各乡镇建成至少2个村级养老服务站']);
    expect(core('target', '每年安排助学资金不少于500万元。')).toEqual(['每年安排助学资金不少于500万元']);
  });
});

describe('an office that puts a matter into a system, "…局将…纳入…"', () => {
  it('the act starts at 将/把, whatever clauses follow', () => {
    expect(
      core('obligation', '县住房城乡建设局将物业服务质量纳入企业信用评价，对群众投诉集中的企业，依法予以约谈。'),
    ).toEqual(['将物业服务质量纳入企业信用评价']);
    expect(
      core('obligation', '市人民政府办公室把营商环境评价结果作为年度考核的重要依据，对排名靠后的部门，予以通报。'),
    ).toEqual(['把营商环境评价结果作为年度考核的重要依据']);
  });
});

describe('an emphasis noun that closes its own clause, "要把…作为…的重中之重，"', () => {
  it('the act of that clause is the core, not the next clause', () => {
    expect(core('emphasis', '要把耕地保护作为乡村振兴工作的重中之重，各县要逐级压实责任。')).toEqual([
      '把耕地保护作为乡村振兴工作的重中之重',
    ]);
  });
});

describe('English: an aside that a relative clause follows', () => {
  it('ends the verb phrase: ", such as …, which …" describes, the act is before it', () => {
    expect(
      core(
        'obligation',
        'Landlords should fit smoke alarms, such as sealed battery units, which warn tenants early.',
        'en',
      ),
    ).toEqual(['should fit smoke alarms']);
  });
  it('an aside followed by the rest of the act is still skipped', () => {
    expect(core('obligation', 'Councils should publish, where possible, a map of planned road works.', 'en')).toEqual([
      'should publish',
      'a map of planned road works',
    ]);
  });
});
