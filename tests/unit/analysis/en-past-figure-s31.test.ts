/**
 * A figure of the past with its date first, "By the end of 2022, some 900 depots were in service …", reports a
 * count, not a target (gold-conventions: an achievement to date). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { en, one } from './helpers';

describe('English: a past figure fronted by its date', () => {
  it('is no target', () => {
    expect(
      en(
        'By the end of 2022, more than 900 charging depots were in service along the national highways, the ministry said.',
      ),
    ).toEqual([]);
    expect(en('By the end of 2021, the province had trained about 12,000 rural doctors.')).toEqual([]);
  });
  it('a dated goal stays a target', () => {
    const s = 'By the end of 2028, the province will have trained 20,000 more rural doctors.';
    expect(en(s)).toEqual(one('target', s));
  });
});

describe('English: a coverage forecast told by its share', () => {
  it('is no duty', () => {
    expect(
      en(
        'We are funding 30 more school nurses, and by next autumn the service is expected to cover two-thirds of primary schools.',
      ),
    ).toEqual([]);
  });
  it('a duty expected of someone stays one', () => {
    const s = 'Landlords are expected to cover the cost of repairs within 28 days.';
    expect(en(s).length).toBe(1);
  });
});
