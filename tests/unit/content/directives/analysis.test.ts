// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector, settle, SLICE_ABOVE_CHARS, type Found } from '@/entrypoints/content/directives/analysis';
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

  /** Runs `fn` with a clock that moves `step` ms at each reading (0: a clock that stands still). */
  async function withClock<T>(step: number, fn: () => Promise<T>): Promise<T> {
    let t = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (t += step));
    try {
      return await fn();
    } finally {
      now.mockRestore();
    }
  }

  it('a long page is detected in slices when the first one runs out of time, to the same article', async () => {
    setUrl(SEED_URL);
    setPage(longSeed(12));
    const whole = createDetector(document, new AbortController().signal).detect()!;
    // Every part of the detection overruns its budget.
    const found = await withClock(5, async () => {
      const pending = createDetector(document, new AbortController().signal).detectSliced();
      expect(pending).toBeInstanceOf(Promise);
      return (await pending)!;
    });
    expect(found.article.text).toBe(whole.article.text);
    expect(found.article.blocks.map((b) => b.node)).toEqual(whole.article.blocks.map((b) => b.node));
    const adopt = vi.fn();
    expect(await settle(found, adopt)).toBe('adopted');
    expect(adopt.mock.calls[0]![1]).toEqual(findDirectives(found.article, { cores: false }));
  });

  it('a detection that finishes within its first slice is there at once', async () => {
    setUrl(SEED_URL);
    setPage(SEED_HTML);
    const found = await withClock(0, () =>
      Promise.resolve(createDetector(document, new AbortController().signal).detectSliced()),
    );
    expect(found).not.toBeInstanceOf(Promise);
    expect(Array.isArray((found as Found).directives)).toBe(true);
  });

  it('a newer detection, or the end of the content script, supersedes a sliced detection', async () => {
    setUrl(SEED_URL);
    setPage(longSeed(12));
    await withClock(5, async () => {
      const life = new AbortController();
      const detector = createDetector(document, life.signal);
      const older = detector.detectSliced();
      detector.detect();
      expect(await older).toBeNull();
      const again = detector.detectSliced();
      life.abort();
      expect(await again).toBeNull();
    });
  });

  it('a sliced detection ends with the lifetime its caller gives it (a newer reanalysis), its slices stopped', async () => {
    setUrl(SEED_URL);
    setPage(longSeed(12));
    await withClock(5, async () => {
      const detector = createDetector(document, new AbortController().signal);
      const reanalysis = new AbortController();
      const pending = detector.detectSliced(reanalysis.signal);
      expect(pending).toBeInstanceOf(Promise);
      const slicesBefore = performance.getEntriesByName('hzd-task:detection-slice').length;
      reanalysis.abort();
      expect(await pending).toBeNull();
      expect(performance.getEntriesByName('hzd-task:detection-slice').length).toBe(slicesBefore);
      // The detector itself lives on: the next detection is whole.
      const next = await detector.detectSliced();
      expect(next?.article.text).toBe(createDetector(document, new AbortController().signal).detect()!.article.text);
    });
  });

  it('a page that is not an article, or cannot be read, gives null and no error', () => {
    setUrl('http://www.people.com.cn/');
    setPage('<html><body><p>首页</p></body></html>');
    expect(createDetector(document, new AbortController().signal).detect()).toBeNull();
  });
});
