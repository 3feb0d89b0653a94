import { describe, expect, it } from 'vitest';
import { compareSets, coreMicro, fixtureSet, wholeSentenceCores, type CoreReport } from '@/scripts/eval';

describe('eval helpers', () => {
  it('sorts pages into fixture sets by prefix: own (none, heldout-), blind 1, blind 2, … blind 8, and a half of a batch: blind 9S', () => {
    expect(
      [
        'people-2017-tongzhan.html',
        'heldout-govcn-2025-paishui.html',
        'blind1-cnr-2025-bushu.html',
        'blind2-x.html',
        'blind6-sh-2026-x.html',
        'blind7-bj-2026-jiedu.html',
        'blind8-zj-2026-guifan.html',
        'blind9S-sh-2026-tongzhi.html',
      ].map(fixtureSet),
    ).toEqual(['own', 'own', 'blind 1', 'blind 2', 'blind 6', 'blind 7', 'blind 8', 'blind 9S']);
  });

  it("keeps a batch's half as its own set: blind9T- → blind 9T (a capital after the number only)", () => {
    expect(
      [
        'blind9T-henan-2026-dangbao.html',
        'blind9S-x.html',
        'blind9t-x.html',
        'blind10-x.html',
        'blind12-gmw-2026-guancha.html',
      ].map(fixtureSet),
    ).toEqual(['blind 9T', 'blind 9S', 'own', 'blind 10', 'blind 12']);
  });

  it('lists the sets in reading order: own first, then the batches by number (blind 10 after blind 9T)', () => {
    expect(
      ['blind 11', 'blind 2', 'own', 'blind 12', 'blind 10', 'blind 9T', 'blind 1', 'blind 9S'].sort(compareSets),
    ).toEqual(['own', 'blind 1', 'blind 2', 'blind 9S', 'blind 9T', 'blind 10', 'blind 11', 'blind 12']);
  });

  it('the baseline takes each whole sentence as its core', () => {
    const analysis = {
      article: null,
      directives: [
        {
          text: '要加强领导。',
          category: 'obligation' as const,
          score: 1,
          start: 5,
          end: 11,
          core: [{ start: 6, end: 10 }],
          coreText: ['加强领导'],
        },
      ],
    };
    expect(wholeSentenceCores(analysis).directives[0]!.core).toEqual([{ start: 5, end: 11 }]);
    expect(analysis.directives[0]!.core).toEqual([{ start: 6, end: 10 }]);
  });

  it('micro-averages core figures over pages from their character counts', () => {
    const page = (tp: number, fp: number, fn: number) => ({ chars: { tp, fp, fn } }) as CoreReport;
    const m = coreMicro([page(8, 2, 0), page(2, 0, 8)]);
    expect(m.chars).toEqual({ tp: 10, fp: 2, fn: 8 });
    expect(m.precision).toBeCloseTo(10 / 12);
    expect(m.recall).toBeCloseTo(10 / 18);
  });
});
