// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector, settle, SLICE_ABOVE_CHARS } from '@/entrypoints/content/directives/analysis';
import { findDirectives, type Directive } from '@/utils/analysis/directives';
import { setPage } from '../../support/dom';

const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
const SEED_HTML = readFileSync(join(__dirname, '../../../fixtures/pages/people-2017-tongzhan.html'), 'utf8').replace(
  /<link[^>]*>/g,
  '',
);
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

function longSeed(copies: number): string {
  const start = SEED_HTML.indexOf('id="rwb_zw">') + 'id="rwb_zw">'.length;
  const stop = SEED_HTML.indexOf('<div class="zdfy');
  return SEED_HTML.slice(0, start) + SEED_HTML.slice(start, stop).repeat(copies) + SEED_HTML.slice(stop);
}

describe('detection and analysis', () => {
  it('a short article has its directives at once', () => {
    setUrl(SEED_URL);
    setPage(SEED_HTML);
    const found = createDetector(document, new AbortController().signal).detect()!;
    expect(Array.isArray(found.directives)).toBe(true);
    const adopt = vi.fn();
    expect(settle(found, adopt)).toBe('adopted');
    // The content script leaves the cores out of the paint (nothing paints them yet).
    expect(adopt).toHaveBeenCalledWith(found.article, findDirectives(found.article, { cores: false }));
    expect((adopt.mock.calls[0]![1] as Directive[]).every((d) => d.core.length === 0)).toBe(true);
  });

  it('a long one is analysed in slices, to the same directives', async () => {
    setUrl(SEED_URL);
    setPage(longSeed(12));
    const found = createDetector(document, new AbortController().signal).detect()!;
    expect(found.article.text.length).toBeGreaterThan(SLICE_ABOVE_CHARS);
    expect(Array.isArray(found.directives)).toBe(false);
    const adopt = vi.fn();
    expect(await settle(found, adopt)).toBe('adopted');
    expect(adopt.mock.calls[0]![1]).toEqual(findDirectives(found.article, { cores: false }));
  });

  it('a newer detection, or the end of the content script, supersedes a sliced analysis', async () => {
    setUrl(SEED_URL);
    setPage(longSeed(12));
    const life = new AbortController();
    const detector = createDetector(document, life.signal);
    const older = detector.detect()!;
    detector.detect();
    expect(await settle(older, vi.fn())).toBe('superseded');
    const again = detector.detect()!;
    life.abort();
    expect(await settle(again, vi.fn())).toBe('superseded');
  });

  it('a page that is not an article, or cannot be read, gives null and no error', () => {
    setUrl('http://www.people.com.cn/');
    setPage('<html><body><p>首页</p></body></html>');
    expect(createDetector(document, new AbortController().signal).detect()).toBeNull();
  });
});
