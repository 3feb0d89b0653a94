/**
 * The classes blind batches 24 and 25 both showed (each on pages of different writers), with sentences
 * written for this test, not taken from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { en, one, zh } from './helpers';

describe("a right's time limit, with the words of its clause between (you can … within N days)", () => {
  it('is no target', () => {
    expect(
      en('You can ask the licensing officer at your local council for a review of the decision within 21 days.'),
    ).toEqual([]);
    expect(
      en('If your claim is refused, you can send written objections to the regional tribunal within 30 days.'),
    ).toEqual([]);
  });
  it('a duty in the same sentence still counts', () => {
    const t = 'If you disagree, you must send your objections to the regional tribunal within 30 days.';
    expect(en(t)).toEqual(one('target', t));
  });
});

describe('a forecast told with its forecaster: expects a figure or a measure to move', () => {
  it('is no target', () => {
    expect(en('The regulator expects the rate of serious leaks to fall below 2 percent by 2028.')).toEqual([]);
    expect(
      en('The ministry expects the new standards to cut average waiting times in half by the end of 2027.'),
    ).toEqual([]);
  });
  it('a duty told softly, "expects every … to have …", stays a target', () => {
    const t = 'By 30 June 2027, the department expects every large employer to have published its pay gap figures.';
    expect(en(t)).toEqual(one('target', t));
  });
});

describe('a judgement of what a measure is: "…，既是…，也是…"', () => {
  it('is no duty', () => {
    expect(zh('把农村养老摆在更加重要的位置，既是群众所盼，也是发展所需。')).toEqual([]);
  });
  it('the measure told without the judgement stays a duty', () => {
    const t = '把农村养老摆在更加重要的位置，加大财政投入力度。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe("an official's next step that turns to the duty-holders: 下一步，各…要将…", () => {
  it('is their duty (要将: the 将 of the duty\'s object, not "will")', () => {
    const t = '该局负责人表示，下一步，各县要将农村公路养护纳入年度考核。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it("the office's own next step stays unmarked", () => {
    expect(zh('下一步，市交通局将会同有关部门开展专项整治。')).toEqual([]);
  });
});

describe('a past act restated in the present perfect: has set a target, has made … a priority', () => {
  it('is background, no directive', () => {
    expect(en('The council has set an ambitious target to plant 50,000 trees by 2035.')).toEqual([]);
    expect(en('Since last spring, the Governor has made road safety a top priority.')).toEqual([]);
  });
  it('the target set now stays a target', () => {
    const t = 'The council will plant 50,000 trees by 2035.';
    expect(en(t)).toEqual(one('target', t));
  });
});
