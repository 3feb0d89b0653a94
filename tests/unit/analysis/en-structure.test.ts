/**
 * English rows by structure, not by the wording of the batch they were tuned on (sealed batches 21 and 23,
 * docs/analysis-errors.md; session 29). Sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { core, en, one } from './helpers';

describe('an order given by a document', () => {
  it('is an obligation with any verb of ordering, also in a relative clause', () => {
    for (const t of [
      'Last week the Governor issued a directive that tells every county clerk to publish polling hours online.',
      'The memorandum orders each regional office to close its paper archive.',
      'The new guidance asks councils to review their tenancy registers every year.',
    ]) {
      expect(en(t)).toEqual(one('obligation', t));
    }
  });
  it('but not a lesson drawn, told to a pronoun', () => {
    expect(en('Experience tells us to be patient with new rules.')).toEqual([]);
    expect(en('That tells me to be patient with the new rules.')).toEqual([]);
  });
});

describe('an imperative by its structure', () => {
  it('opens with a base verb followed by its object or a particle', () => {
    for (const t of [
      'Switch off the water supply before you start.',
      'Replace the filter cartridge every six months.',
      'Turn the dial to zero and wait for the light.',
    ]) {
      expect(en(t)).toEqual(one('obligation', t));
    }
  });
  it('but not when the word is a noun, nor in a speech’s aside', () => {
    expect(en('Test results arrive within a week of the visit.')).toEqual([]);
    expect(en('Give him a warm round of applause.')).toEqual([]);
    expect(en('Give them a big hand, everyone.')).toEqual([]);
  });
  it('is one list for the scanner and the cores: the act is cored from its verb, past a fronted adverbial', () => {
    expect(core('obligation', 'Every month, press the test button.', 'en')).toEqual(['press the test button']);
    expect(core('obligation', 'In winter, clear the gutters of leaves.', 'en')).toEqual([
      'clear the gutters of leaves',
    ]);
  });
  it('opens after a condition in lower case as well', () => {
    const t = 'If the alarm does not sound, replace the battery.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('the past', () => {
  it('inside an indirect question is no past act', () => {
    const t = 'You should log where each extinguisher was inspected and by whom.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('told with its time is a past act, no target', () => {
    expect(en('Three years ago, we set a goal of halving the waiting list.')).toEqual([]);
    expect(en('In 2021, the council set a target of cutting landfill waste by 30 percent.')).toEqual([]);
  });
  it('but a year with a modal after it still sets one', () => {
    const t = 'In 2027, every council must publish its landfill figures.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('a plan told in the future progressive', () => {
  it('is no commitment undated', () => {
    expect(en('We will be expanding the helpline with local charities over the next few months.')).toEqual([]);
  });
  it('but a target with its date', () => {
    const t = 'We will be publishing the final framework by March 2027.';
    expect(en(t)).toEqual(one('target', t));
  });
});

describe('a duty named in an indirect question', () => {
  it('sets none, with where or whether as with what', () => {
    expect(en('The code does not specify exactly where on the landing a smoke detector must be fitted.')).toEqual([]);
    expect(en('Many landlords still ask whether they need to renew a licence after a sale.')).toEqual([]);
  });
  it('but a relative "where" after a noun still carries its duty', () => {
    const t = 'In areas where selective licensing applies, landlords must register every property.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('a scope statement', () => {
  it('is no ban, told with a modal', () => {
    expect(en('These regulations shall not apply to:')).toEqual([]);
    expect(en('The licensing duty will not extend to holiday lets of under 30 days.')).toEqual([]);
  });
  it('but a ban with a modal still is one', () => {
    const t = 'Landlords shall not apply a fee to a tenancy renewal.';
    expect(en(t)).toEqual(one('prohibition', t));
  });
});

describe('an official’s wish (gold-conventions.md)', () => {
  it('for those who are to rely on someone else’s act is no duty', () => {
    expect(en('Every small clinic should be able to count on the health board when its generator fails.')).toEqual([]);
    expect(en('Tenants must always be able to rely on their landlord for urgent repairs.')).toEqual([]);
  });
  it('but an ability its subject has to offer others is one', () => {
    const t = 'Reception staff should be able to tell a visitor where the nearest exit is.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('nor is the speaker’s own act of speaking', () => {
    expect(en('I want to thank the volunteers who run the library.')).toEqual([]);
    expect(en('So today I want to set out what happens next.')).toEqual([]);
  });
});

describe('a sanction told as what can follow (gold-conventions.md: a penalty described)', () => {
  it('is no directive, its date or its ban aside', () => {
    expect(en('Tenants could be fined £50 if the form is not returned within 14 days.')).toEqual([]);
    expect(en('Schools found to have falsified records will be barred from the scheme for three years.')).toEqual([]);
  });
  it('but a ban with its date is one, and so is a duty with its sanction beside it', () => {
    const ban = 'Disposable vapes will be banned from 1 June 2026.';
    expect(en(ban)).toEqual(one('prohibition', ban));
    const duty = 'Landlords must register every property by June or they could be fined £5,000.';
    expect(en(duty)).toEqual(one('obligation', duty));
  });
});

describe('small English shapes counted over the golds (session 30)', () => {
  it('a norm a modal sets is no habit: "should normally be decided"', () => {
    const t = 'Minor appeals should normally be heard by a single inspector.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('what a standard or a code says is its content, with words before the noun', () => {
    const t = 'The revised national service standard says that every complaint should be answered in writing.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('a past act told with the stretch of time just past sets no target', () => {
    expect(
      en('Over the past two years, the council has met its recycling targets and put £3 million into new depots.'),
    ).toEqual([]);
  });
  it('a figure of the past with a decimal point is still one', () => {
    expect(en('The province had about 2.6 million care beds by the end of 2025, official data showed.')).toEqual([]);
  });
  it('a fronted deadline counted in school days, "of" an event, is cored whole', () => {
    expect(
      core('obligation', "Within 5 school days of a pupil's third absence, the school must call the family.", 'en'),
    ).toEqual(["Within 5 school days of a pupil's third absence", 'must call the family']);
  });
  it('the speaker’s message to those who are to act, then the order', () => {
    const t = 'So my message to every head teacher here is simple: publish your attendance plan this term.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});
