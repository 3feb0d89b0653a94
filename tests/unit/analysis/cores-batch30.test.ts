/**
 * The core classes the blind batches 26 and 28 showed (session 30), each with sentences written for
 * this test, not taken from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('a quoted sentence that opens the unit, its speaker after it', () => {
  it('English: the act inside the quote, without the frame before the modal nor the speaker', () => {
    expect(
      core(
        'obligation',
        '“Under the new rules, operators must publish their fares online before each season,” Li told reporters.',
        'en',
      ),
    ).toEqual(['must publish their fares online before each season']);
  });
  it('English emphasis: the clause after the marker, inside the quote', () => {
    expect(
      core(
        'emphasis',
        '“Above all, landlords must keep every fire exit clear, and they cannot lock it at night,” she stressed.',
        'en',
      ),
    ).toEqual(['landlords must keep every fire exit clear']);
  });
  it('a quoted name that opens the unit stays a name', () => {
    expect(core('obligation', '“最多跑一次，办成一件事”要成为政务服务的标准，让群众少跑腿。')).toEqual([
      '成为政务服务的标准',
    ]);
  });
});

describe('English: a time that opens the unit, cored whole ahead of the act', () => {
  it('a span of time after an event the deadline tables do not date', () => {
    expect(
      core(
        'obligation',
        "Within 5 working days of a tenant's written complaint, the landlord must arrange an inspection of the flat.",
        'en',
      ),
    ).toEqual(["Within 5 working days of a tenant's written complaint", 'must arrange an inspection of the flat']);
  });
  it('the end of a term of office', () => {
    expect(
      core(
        'target',
        'By the end of this Parliament, we will have opened 200 new family hubs across the country.',
        'en',
      ),
    ).toEqual(['By the end of this Parliament', 'will have opened 200 new family hubs across the country']);
  });
  it('with its repeat: ", and annually thereafter"', () => {
    expect(
      core(
        'target',
        '(c) Not later than 90 days after the date of this memorandum, and annually thereafter, the Administrator shall report to the President on the program.',
        'en',
      ),
    ).toEqual([
      'Not later than 90 days after the date of this memorandum, and annually thereafter',
      'shall report to the President on the program',
    ]);
  });
  it('after a frame: "The plan says that by 2028,"', () => {
    expect(core('target', 'The plan says that by 2028, the city will have planted 50,000 street trees.', 'en')).toEqual(
      ['by 2028', 'will have planted 50,000 street trees'],
    );
  });
  it('not a means: "By law,"', () => {
    expect(core('obligation', 'By law, employers must keep these records for three years.', 'en')).toEqual([
      'must keep these records for three years',
    ]);
  });
});

describe('the adverbial skipped after a modal is comma-closed only', () => {
  it('a clause closed by ； is the act, not an adverbial before the next duty', () => {
    expect(
      core('obligation', '物业企业应当对小区内的共用设施设备负责日常维护；业主装修的，物业企业应当告知禁止行为。'),
    ).toEqual(['对小区内的共用设施设备负责日常维护']);
  });
  it('a comma-closed adverbial is still skipped', () => {
    expect(core('obligation', '各区应当按照各自职责，加强对共用设施设备的日常维护。')).toEqual([
      '加强对共用设施设备的日常维护',
    ]);
  });
});

describe('English: a comma before a phrase that qualifies the act is a clause break, not a list comma', () => {
  it('", covering …"', () => {
    expect(
      core(
        'obligation',
        'Each council must publish a heat plan for its area, covering shade, drinking water and cooling centres.',
        'en',
      ),
    ).toEqual(['must publish a heat plan for its area']);
  });
  it('", between … and …"', () => {
    expect(
      core(
        'obligation',
        'Smoke alarms should be fitted on the ceiling, between 30 and 60 centimetres from any wall.',
        'en',
      ),
    ).toEqual(['should be fitted on the ceiling']);
  });
  it('", said <speaker>, an official with …"', () => {
    expect(
      core(
        'obligation',
        'Second-hand cots must carry a safety label before being sold, said Li Wen, an official with the Ministry of Commerce and Trade.',
        'en',
      ),
    ).toEqual(['must carry a safety label before being sold']);
  });
  it('a list of nouns still runs on', () => {
    expect(
      core(
        'obligation',
        'Operators must keep records of fuel, insurance, drivers’ wages or servicing for two years.',
        'en',
      ),
    ).toEqual(['must keep records of fuel, insurance, drivers’ wages or servicing for two years']);
  });
});

describe('English: a name in straight quotes keeps its comma', () => {
  it('the "…, …" model', () => {
    expect(
      core('obligation', 'Ports should adopt the "inspect once, release once" model for fresh produce.', 'en'),
    ).toEqual(['should adopt the "inspect once, release once" model for fresh produce']);
  });
  it('a name closed within 60 characters of its opening quote, not further', () => {
    // (the quote closing 60 characters after the opening one, then 61: STRAIGHT_NAME_MAX)
    const name = (n: number) => `"inspect ${'x'.repeat(n - 28)} once, release once"`;
    const sentence = (n: number) => `Ports should adopt the ${name(n)} model for fresh produce.`;
    expect(name(60).lastIndexOf('"')).toBe(60);
    expect(core('obligation', sentence(60), 'en')).toEqual([`should adopt the ${name(60)} model for fresh produce`]);
    expect(core('obligation', sentence(61), 'en')).not.toEqual([
      `should adopt the ${name(61)} model for fresh produce`,
    ]);
  });
  it('a sentence quoted still ends its clause at the comma inside its quotes', () => {
    expect(core('obligation', '"Shops must display the price of every item," the inspector said.', 'en')).toEqual([
      'must display the price of every item',
    ]);
  });
});

describe('English: an "aside" that opens a list closing the unit ends the phrase', () => {
  it('", such as A, B or C."', () => {
    expect(
      core(
        'obligation',
        'Applicants must bring proof of their address, such as a utility bill, bank statement or council tax letter.',
        'en',
      ),
    ).toEqual(['must bring proof of their address']);
  });
  it('an aside before the object is still skipped', () => {
    expect(
      core(
        'obligation',
        'The Secretary shall collect from each state, on a quarterly basis, data on admissions and discharges in rural hospitals.',
        'en',
      ),
    ).toEqual(['shall collect from each state', 'data on admissions and discharges in rural hospitals']);
  });
});

describe('Chinese: a count verb right before the goal verb belongs to the goal', () => {
  it('新增完成 / 累计新增完成', () => {
    expect(core('target', '到2026年底，全区新增完成老旧小区改造120个以上。')).toEqual([
      '到2026年底',
      '新增完成老旧小区改造120个以上',
    ]);
    expect(core('target', '到2028年底，全区累计新增完成老旧小区改造500个以上。')).toEqual([
      '到2028年底',
      '累计新增完成老旧小区改造500个以上',
    ]);
  });
});

describe('Chinese: the adverb before a prohibition marker is left out', () => {
  it('一律不得', () => {
    expect(core('prohibition', '未通过消防验收的，一律不得投入使用。')).toEqual(['不得投入使用']);
  });
});

describe('English: a long "through the …" aside after the verb is still an aside', () => {
  it('the object after it stays in the core', () => {
    expect(
      core(
        'obligation',
        'The Secretary shall submit to the President, through the Assistant to the President for Science and Technology, a plan to expand domestic isotope production.',
        'en',
      ),
    ).toEqual(['shall submit to the President', 'a plan to expand domestic isotope production']);
  });
});
