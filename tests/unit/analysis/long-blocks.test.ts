import { describe, expect, it } from 'vitest';
import { directiveScanner, findDirectives, plainArticle } from '@/utils/analysis/directives';
import { cuts, MAX_BLOCK_CHARS, ofWholeBlocks, piecesOf } from '@/utils/analysis/long-blocks';
import { detectArticle } from '@/utils/article/detect';
import { fixturePages, loadGold, loadPage } from '../article/helpers';

/** Policy lines: directives and plain statements. */
const LINES = [
  '各地区各部门要切实加强组织领导，认真落实各项工作部署。',
  '严禁借机违规收费，不得变相增加企业负担。',
  '今年以来，全市共完成投资一百二十亿元，同比增长百分之八。',
  '各级财政部门应当在规定时限内拨付资金，确保资金及时到位。',
];

describe('over-long blocks are analysed in pieces', () => {
  it('cuts a text into pieces of at most the bound, after a line break, else a sentence end, else anywhere', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${'字'.repeat(20 + (i % 7))}。`).join('\n');
    const sentences = Array.from({ length: 40 }, (_, i) => `${'字'.repeat(20 + (i % 7))}。`).join('');
    const plain = '字'.repeat(1_000);
    for (const [text, endsWith] of [
      [lines, '\n'],
      [sentences, '。'],
      [plain, '字'],
    ] as const) {
      const pieces = cuts(text, 200);
      expect(pieces[0]![0]).toBe(0);
      expect(pieces.at(-1)![1]).toBe(text.length);
      pieces.forEach(([from, to], i) => {
        expect(to - from).toBeGreaterThan(0);
        expect(to - from).toBeLessThanOrEqual(200);
        if (i > 0) expect(from).toBe(pieces[i - 1]![1]);
        if (i < pieces.length - 1) expect(text[to - 1]).toBe(endsWith);
      });
    }
    expect(cuts(plain, 1_000)).toEqual([[0, 1_000]]);
  });

  it('finds in a block of lines past the bound what the lines find as one block, and no step reads more than a piece', () => {
    const long = Array.from({ length: 1_200 }, (_, i) => LINES[i % LINES.length]).join('\n');
    expect(long.length).toBeGreaterThan(3 * MAX_BLOCK_CHARS);
    const article = plainArticle(['第一段：各地要抓好落实。', long, '最后一段。']);
    const pieces = piecesOf(article)!;
    expect(pieces.article.text).toBe(article.text);
    expect(pieces.article.blocks.length).toBeGreaterThan(article.blocks.length + 2);
    expect(pieces.article.blocks.every((b) => b.text.length <= MAX_BLOCK_CHARS)).toBe(true);
    // A step that is told to stop at once ends within the long block: once a piece.
    const scanner = directiveScanner(pieces.article, { cores: false });
    let steps = 0;
    let found = null;
    while (!found) {
      found = scanner.step(() => true);
      steps++;
    }
    expect(steps).toBe(pieces.article.blocks.length);
    const whole = findDirectives(article, { cores: false });
    expect(whole.length).toBeGreaterThan(400);
    const brief = (list: typeof whole) => list.map((d) => [d.category, d.start, d.end, d.blockIndex]);
    expect(brief(ofWholeBlocks(found, pieces.blockOf))).toEqual(brief(whole));
  });

  it.each(fixturePages().filter((page) => loadGold(page).article !== null))(
    '%s: no block near the bound, the article analysed as it is',
    (page) => {
      const article = detectArticle(loadPage(page), loadGold(page).url)!;
      expect(piecesOf(article)).toBeNull();
    },
  );
});
