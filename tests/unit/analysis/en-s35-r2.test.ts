/**
 * English pages, session 35, second round (dev set 41, with what dev set 43 left): a lead-in with "also" before its
 * colon, a duty told as what someone has ("have a legal duty to"), a document's "what … should do", a fee's rise
 * announced, the news of a target set for others; cores: a time or a limit set between a verb and its object. Sentences
 * of our own.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { core, en, one } from './helpers';

const page = (...paragraphs: (string | { kind: 'paragraph' | 'listItem'; text: string })[]) =>
  findDirectives(plainArticle(paragraphs, 'en')).map((d) => [d.category, d.text]);

describe('English pages (s35, round 2): asked', () => {
  it('a lead-in with "also" before its colon passes its duty to the items under it', () => {
    expect(
      page(
        'From May 2027, councils must also:',
        { kind: 'listItem', text: 'keep a register of empty shops and use it to decide which units to auction first' },
        { kind: 'listItem', text: 'have a named officer who answers letters from owners' },
      ),
    ).toEqual([
      ['obligation', 'From May 2027, councils must also:'],
      ['obligation', 'keep a register of empty shops and use it to decide which units to auction first'],
      ['obligation', 'have a named officer who answers letters from owners'],
    ]);
  });

  it('a duty told as what someone has is an obligation', () => {
    const s = 'Landlords have a legal duty to make sure that every gas appliance is checked once a year.';
    expect(en(s)).toEqual(one('obligation', s));
    const t = 'Every council has a statutory duty to keep a list of self-build plots.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('English pages (s35, round 2): told, not asked', () => {
  it('a document\'s "what … should do" names duties, it sets none', () => {
    expect(
      en(
        'It explains what councils must do under the Act and what clinics, surgeries and pharmacies should do to help.',
      ),
    ).toEqual([]);
  });

  it("a fee's rise announced is no one's duty or goal", () => {
    expect(
      en('From 1 April, licence fees will rise by 20 per cent for large venues and by 10 per cent for others.'),
    ).toEqual([]);
    expect(en('The maximum fine per vehicle will rise from £500 to £2,000.')).toEqual([]);
  });

  it('the news of a target set for others is not the target', () => {
    expect(en('Ambulance trusts given new targets to cut response times within 12 months')).toEqual([]);
    expect(en('Every fire service has been set a target to inspect all high-rise blocks, the minister said.')).toEqual(
      [],
    );
  });
});

describe('English cores (s35, round 2)', () => {
  it('a time or a limit between the verb and its object is skipped, the object kept', () => {
    expect(core('obligation', 'Applicants must explain, when they apply, how they will repay the loan.', 'en')).toEqual(
      ['must explain', 'how they will repay the loan'],
    );
    expect(
      core('obligation', 'The council must trace, as far as it is able to, every owner of an empty shop.', 'en'),
    ).toEqual(['must trace', 'every owner of an empty shop']);
  });
});
