/**
 * The classes the blind batch 18 showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { zh, en, one } from './helpers';

describe('a speaker\'s own community told what it must do: "We must …"', () => {
  it('is rhetoric, with no duty-holder named', () => {
    expect(en('We must rebuild the pride of our coastal towns.')).toEqual([]);
    expect(en('We need to be ambitious about what this region can become.')).toEqual([]);
    expect(en('Now we all have to pull in the same direction.')).toEqual([]);
  });
  it('a duty-holder named stays a duty, and a ban on one stays a ban', () => {
    const t = 'Operators must keep a record of every inspection.';
    expect(en(t)).toEqual(one('obligation', t));
    // (a ban put to "we" is the speaker's rhetoric too since session 33: over the English golds "We must not / never"
    // 0 gold, 2 optional, 1 not)
    const b = 'Landlords must not allow the deposit to be withheld without reason.';
    expect(en(b).map(([c]) => c)).toEqual(['prohibition']);
  });
});

describe('a forecast told with "is expected to" and a past figure at a year\'s end', () => {
  it('is no duty and no target', () => {
    expect(
      en(
        'According to the association, heat pump sales exceeded 2 million by the end of 2025, and demand is expected to reach 5 million a year by 2030.',
      ),
    ).toEqual([]);
    expect(en('Exports exceeded 3 million units by the end of 2025, according to the ministry.')).toEqual([]);
  });
  it('an expectation of someone stays a duty', () => {
    const t = 'Suppliers are expected to report any breach within 5 days.';
    expect(en(t).length).toBe(1);
  });
});

describe('a name that holds "Do Not", with a word before its noun', () => {
  it('is no ban', () => {
    const t = 'The Secretary shall share the records with the Do Not Call enforcement register every month.';
    expect(en(t).map(([c]) => c)).toEqual(['obligation']);
  });
});

describe('a goal told with what is key to it: "…要振兴，…是关键"', () => {
  it('is a judgement, not a duty', () => {
    expect(zh('产业要发展，人才和资金是关键。')).toEqual([]);
  });
  it('a duty-holder with a modal stays a duty', () => {
    const t = '各地要把人才培养作为乡村振兴的关键。';
    expect(zh(t).length).toBe(1);
  });
});

describe('an earlier act recalled as background: "此前，…已部署…，要求各地…"', () => {
  it('is a report', () => {
    expect(zh('此前，应急管理部已部署开展电动自行车消防安全整治，要求各地全面清理楼道充电隐患。')).toEqual([]);
  });
  it("today's instruction after it stays one", () => {
    const t = '应急管理部要求各地全面清理楼道充电隐患。';
    expect(zh(t).length).toBe(1);
  });
});

describe('English attributions: who speaks decides (en-report-frame.ts)', () => {
  const article = (paras: string[]) => findDirectives(plainArticle(paras, 'en')).map((d) => d.text);
  it("an official's words to duty-holders, held back by 'said', are a directive", () => {
    const t =
      'Port operators should inspect every container of lithium cells at least twice a year, said Li Wen, an official with the Ministry of Transport.';
    expect(article([t])).toEqual([t]);
  });
  it('a name met before with its title is the same speaker; a quotation opening with its setting counts', () => {
    const first = '“The rules arrive at the right time,” said Chen Bo, vice minister of commerce.';
    const later = '“Under the new rules, platforms must verify every seller’s licence,” Chen told reporters.';
    expect(article([first, later])).toEqual([later]);
  });
  it("a voice's words are never a directive, and an office's own next step is no duty", () => {
    const voice =
      'Households must compare prices before they sign, stressed Zhao Min, an economist at a Beijing university.';
    const ownStep = 'Chen Bo, vice minister of commerce, said the ministry will publish a list of compliant platforms.';
    expect(article([voice])).toEqual([]);
    expect(article([ownStep])).toEqual([]);
  });
  it('an unknown speaker changes nothing', () => {
    expect(article(['Port operators should inspect every container, Wu said.'])).toEqual([]);
  });
});

describe('a rule described instead of imposed: a penalty stated, a possibility, a pointer', () => {
  it('is no directive', () => {
    expect(en('For a second offence within 5 years, the maximum penalty is £15,000 per vehicle.')).toEqual([]);
    expect(en('Read the guidance for employers: checking a worker’s status.')).toEqual([]);
  });
  it('the rule itself stays a duty', () => {
    const t = 'You must check the documents within 28 days.';
    expect(en(t).length).toBe(1);
  });
});

describe("respondents' and stakeholders' views opening the sentence", () => {
  it('are their views, never a directive', () => {
    expect(en('Several retailers stressed that collection points must be free for customers.')).toEqual([]);
    expect(en('Many stakeholders (58%) called for landlords to be required to register every property.')).toEqual([]);
  });
  it("an official's view is left to the rule tables", () => {
    const t = 'The minister urged councils to publish their plans within 6 months.';
    expect(en(t).length).toBe(1);
  });
});

describe('a time limit on a right, or a service’s usual time', () => {
  it('is no target', () => {
    expect(en('If your claim is rejected, you can ask for a review within 30 days of the decision.')).toEqual([]);
    expect(en('Most licence applications are processed within 15 working days.')).toEqual([]);
  });
  it('a duty with a time limit stays a target', () => {
    const t = 'You must ask for a review within 30 days of the decision.';
    expect(en(t).length).toBe(1);
  });
});
