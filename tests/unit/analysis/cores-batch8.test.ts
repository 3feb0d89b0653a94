/**
 * Core classes the blind batch 8 showed, with sentences written for this test (not taken from any
 * fixture page).
 */
import { describe, expect, it } from 'vitest';
import { core } from './helpers';

describe('English: an order directing an office, with a partner set off by commas', () => {
  it('the order and the act with its "to" are the core, the addressee and the partner out', () => {
    expect(
      core(
        'obligation',
        'The Memorandum directs the Secretary of Transportation, in consultation with the States, to publish a list of unsafe bridges.',
        'en',
      ),
    ).toEqual(['directs', 'to publish a list of unsafe bridges']);
    expect(
      core(
        'obligation',
        'It instructs the Administrator, together with the Attorney General, to review every pending grant.',
        'en',
      ),
    ).toEqual(['instructs', 'to review every pending grant']);
  });
});

describe('English: a deadline set off by commas inside the act', () => {
  it('stays in the verb phrase', () => {
    expect(
      core('obligation', 'The Board shall publish, within 60 days, a schedule of the hearings it will hold.', 'en'),
    ).toEqual(['shall publish, within 60 days, a schedule of the hearings it will hold']);
    expect(
      core('obligation', 'The order asks the agency to adopt, by June 30, rules on drone flights near airports.', 'en'),
    ).toEqual(['adopt, by June 30, rules on drone flights near airports']);
  });
  it('an aside that is no deadline is still skipped', () => {
    expect(core('obligation', 'The Secretary shall, as appropriate, revise the permit rules.', 'en')).toEqual([
      'shall',
      'revise the permit rules',
    ]);
  });
});

describe('Chinese: a requirement naming its addressee, then a partner', () => {
  it("the act starts at 会同 / 联合, not at a verb inside the partner's name", () => {
    expect(core('obligation', '办法要求各区民政部门会同市场监管部门建立养老机构收费公示制度。')).toEqual([
      '会同市场监管部门建立养老机构收费公示制度',
    ]);
    expect(core('obligation', '通知要求各县教育局联合卫生监督机构开展校园食堂专项检查。')).toEqual([
      '联合卫生监督机构开展校园食堂专项检查',
    ]);
  });
});

describe('English: a list of quoted terms in the act', () => {
  it('the comma between quoted items does not end the act', () => {
    expect(
      core(
        'prohibition',
        'The code bars sellers from labelling the drinks as "sugar-free", "healthy" or "natural" on their packaging.',
        'en',
      ),
    ).toEqual(['bars', 'labelling the drinks as "sugar-free", "healthy" or "natural" on their packaging']);
  });
});

describe('Chinese: a deadline told by an anniversary, "到2028年建校100周年之际，"', () => {
  it('the whole clause is the deadline, and the goal after it is cored too', () => {
    const t = '到2028年建校100周年之际，要建成一批一流学科。';
    expect(core('target', t)).toEqual(['到2028年建校100周年之际', '建成一批一流学科']);
    expect(core('obligation', t)).toEqual(['到2028年建校100周年之际', '建成一批一流学科']);
  });
});
