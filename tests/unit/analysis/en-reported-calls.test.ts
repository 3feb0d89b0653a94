import { describe, expect, it } from 'vitest';
import { explainSentence } from '@/utils/analysis/explain-sentence';

const category = (s: string) => explainSentence(s, 'en').verdict?.category ?? null;

describe('English duties and a meeting\'s calls, reported with "also", "called on", "decided to"', () => {
  it.each([
    'Landlords are also required to register every new tenancy with the council.',
    'Ferry operators are now required to publish their safety records online.',
    'The meeting called on local governments to speed up the repair of flood-damaged roads.',
    'The conference decided to set up a national fund for rural clinics.',
  ])('marks %s as an obligation', (s) => {
    expect(category(s)).toBe('obligation');
  });

  it.each([
    'Many residents decided to leave the town before the storm arrived.',
    'Officials called on the families of the victims on Friday.',
  ])('leaves %s alone', (s) => {
    expect(category(s)).toBe(null);
  });
});
