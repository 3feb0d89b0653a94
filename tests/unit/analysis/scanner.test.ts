import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCores,
  blockLanguage,
  directiveScanner,
  explainSentence,
  findDirectives,
  plainArticle,
  ruleMarkers,
} from '@/utils/analysis/directives';
import { detectArticle } from '@/utils/article/detect';
import { fixturePages, loadGold, loadPage } from '../article/helpers';

const articlePages = fixturePages().filter((page) => loadGold(page).article !== null);

/** Runs a scanner to the end, stopping after each block where `cuts` says so; counts the steps. */
function runInSteps(scanner: ReturnType<typeof directiveScanner>, cuts: (i: number) => boolean) {
  let blocksDone = 0;
  let steps = 0;
  for (;;) {
    steps++;
    const found = scanner.step(() => cuts(blocksDone++));
    if (found) return { found, steps };
    if (steps > 10_000) throw new Error('scanner does not finish');
  }
}

describe('directiveScanner', () => {
  it.each(articlePages)('%s: one block per step finds what one pass finds', (page) => {
    const article = detectArticle(loadPage(page), loadGold(page).url)!;
    const { found, steps } = runInSteps(directiveScanner(article), () => true);
    expect(found).toEqual(findDirectives(article));
    expect(steps).toBe(Math.max(1, article.blocks.length));
  });

  it('any cut of the steps finds the same directives', () => {
    const sentences = [
      '各地区各部门要切实加强组织领导。',
      '严禁借机违规收费。',
      '到2025年，覆盖率达到95%以上。',
      '会议指出，这是一项长期任务。',
      '（一）加强组织领导。',
      'Agencies shall report within 30 days.',
      '必须坚持问题导向，不得搞形式主义。',
    ];
    const paragraph = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 30 }), (paras, cuts) => {
        const article = plainArticle(paras);
        const { found } = runInSteps(directiveScanner(article), (i) => cuts[i % Math.max(1, cuts.length)] ?? false);
        expect(found).toEqual(findDirectives(article));
      }),
    );
  });

  it('answers null until the last block is done', () => {
    const article = plainArticle(['各地区要加强领导。', '严禁违规收费。', '不得搞形式主义。']);
    const scanner = directiveScanner(article);
    expect(scanner.step(() => true)).toBeNull();
    expect(scanner.step(() => true)).toBeNull();
    expect(scanner.step(() => true)).toHaveLength(3);
  });

  it('tells the language of each block it has analysed, which addCores takes instead of working it out', () => {
    const article = plainArticle(['各地区要加强领导。', 'Agencies shall report within 30 days.', '严禁违规收费。']);
    const scanner = directiveScanner(article, { cores: false });
    scanner.step(() => true);
    expect(scanner.languages).toEqual(['zh']);
    let found = null;
    while (!found) found = scanner.step(() => false);
    expect(scanner.languages).toEqual(article.blocks.map((b) => blockLanguage(b.text)));
    // The languages given are the ones used: an English block cored as Chinese is cored differently.
    const asGiven = structuredClone(found);
    addCores(article, asGiven, ['zh', 'zh', 'zh']);
    const worked = structuredClone(found);
    addCores(article, worked);
    expect(worked).toEqual(findDirectives(article));
    expect(asGiven[1]!.core).not.toEqual(worked[1]!.core);
  });
});

describe('ruleMarkers (the benchmark times the scan with it)', () => {
  it('finds the markers the scoring sees, without the false friends', () => {
    const zh = '各地区要严禁违规收费，这很重要。';
    expect(ruleMarkers(zh, 'zh').map((m) => ({ kind: m.rule.kind, text: m.text, weight: m.rule.weight }))).toEqual(
      explainSentence(zh, 'zh').markers,
    );
    expect(ruleMarkers(zh, 'zh').map((m) => m.text)).toContain('严禁');
    expect(ruleMarkers(zh, 'zh').some((m) => m.text === '重要')).toBe(false); // a false friend of 要
    const en = 'Agencies must not charge fees.';
    expect(ruleMarkers(en, 'en').map((m) => m.rule.kind)).toEqual(explainSentence(en, 'en').markers.map((m) => m.kind));
    expect(ruleMarkers(en, 'en').length).toBeGreaterThan(0);
  });
});
