/**
 * English news and press releases, session 33: what is told, not asked — an event forecast ("is expected to take
 * effect in …"), a proposal's conditional ("would be required to"), what we will all face ("we will see"), a list's
 * last item stressed ("and, most importantly, to …"), a relative clause's "will" with its figures and date, and a
 * speaker's "We must not …". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { en, one } from './helpers';

describe('English precision (s33)', () => {
  it('an event forecast is no duty; an expectation put on someone still is', () => {
    expect(en('The new charging scheme is expected to come into force in October 2025.')).toEqual([]);
    expect(en('The regulator is expected to publish its first review of the market in autumn 2025.')).toEqual([]);
    expect(en('Hospitals are expected to publish their waiting times on their websites.')).toEqual(
      one('obligation', 'Hospitals are expected to publish their waiting times on their websites.'),
    );
  });
  it("a proposal's conditional is no duty in force", () => {
    expect(
      en('Under the plan, landlords would be required to register every property with the council before letting it.'),
    ).toEqual([]);
    expect(en('Under the new rules, landlords will be required to register every property with the council.')).toEqual(
      one('obligation', 'Under the new rules, landlords will be required to register every property with the council.'),
    );
  });
  it('what we will all face is a forecast, not a commitment', () => {
    expect(en('Summers are getting hotter, and scientists say we will see more heatwaves like this one.')).toEqual([]);
  });
  it("a list's last item stressed is a reason, not an emphasised duty", () => {
    expect(
      en('The change made it harder to plan services, to recruit staff and, most importantly, to keep patients safe.'),
    ).toEqual([]);
    expect(en('Most importantly, employers must carry out a risk assessment before work starts.')).not.toEqual([]);
  });
  it("a relative clause's will describes what is named, with its figures and date", () => {
    expect(
      en(
        'The towns will share £40 million from the regeneration fund, which will create around 1,500 new jobs by 2028.',
      ),
    ).toEqual([]);
    expect(
      en(
        'Projects approved today include a £3 million bypass in Ashford, which will ease congestion, and a new bridge that will cut journey times.',
      ),
    ).toEqual([]);
    // a modal of the sentence after the relative clause still counts
    expect(en('Councils that will receive funding must publish a spending plan by 2027.')).toEqual(
      one('target', 'Councils that will receive funding must publish a spending plan by 2027.'),
    );
  });
  it('"We must not …" is a speaker\'s rhetoric, as "We must …" is', () => {
    expect(en('“We must not let the next flood find us unprepared.”')).toEqual([]);
    expect(en('Retailers must not sell the product to anyone under 18.')).toEqual(
      one('prohibition', 'Retailers must not sell the product to anyone under 18.'),
    );
  });
});
