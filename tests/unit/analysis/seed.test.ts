import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { decodeHtml } from '@/utils/article/parse';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { parseDocument } from '@/scripts/analyze';

const root = resolve(__dirname, '../../..');
const scorer = resolve(root, '../shared/eval/score.mjs');
const pages = resolve(root, 'tests/fixtures/pages');
const gold = resolve(pages, 'people-2017-tongzhan.gold.json');
const { url } = JSON.parse(readFileSync(gold, 'utf8')) as { url: string };

function scoreOf(file: string) {
  const html = decodeHtml(new Uint8Array(readFileSync(resolve(pages, file))));
  const result = analyzeDocument(parseDocument(html), url);
  const r = spawnSync(process.execPath, [scorer, gold, '-'], { input: JSON.stringify(result), encoding: 'utf8' });
  return JSON.parse(r.stdout) as {
    f1: number;
    categoryAccuracy: number;
    metadata: unknown;
    falsePositives: string[];
    missed: string[];
  };
}

describe.skipIf(!existsSync(scorer))('seed page end to end (shared scorer)', () => {
  it.each(['people-2017-tongzhan.html', 'people-2017-tongzhan.gbk.html'])(
    '%s: F1 ≥ 0.95, categories ≥ 0.9, metadata exact',
    (file) => {
      const s = scoreOf(file);
      expect({ missed: s.missed, falsePositives: s.falsePositives, metadata: s.metadata }).toEqual({
        missed: [],
        falsePositives: [],
        metadata: 'ok',
      });
      expect(s.f1).toBeGreaterThanOrEqual(0.95);
      expect(s.categoryAccuracy).toBeGreaterThanOrEqual(0.9);
    },
  );
});

describe('analyzeDocument', () => {
  it('gives article null and no directives for a page that is not an article', () => {
    const doc = parseDocument(
      '<html><head><title>首页</title></head><body><ul><li><a href="/a">新闻一</a></li></ul></body></html>',
    );
    expect(analyzeDocument(doc, 'https://www.people.com.cn/')).toEqual({ article: null, directives: [] });
  });

  it('offsets of every directive point into the article text', () => {
    const html = decodeHtml(new Uint8Array(readFileSync(resolve(pages, 'people-2017-tongzhan.html'))));
    const result = analyzeDocument(parseDocument(html), url);
    expect(result.article?.title).toBe('提能善为 着力提高湖北统战工作科学化水平');
    expect(result.directives.length).toBeGreaterThan(30);
    for (const d of result.directives) expect(d.end - d.start).toBe(d.text.length);
  });
});
