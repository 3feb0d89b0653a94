// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAutoMarks, type PageFacts } from '@/entrypoints/content/directives/auto-marks';
import { analyze } from '@/utils/analysis/analyze';
import { detectArticle } from '@/utils/article/detect';
import { coreText } from '@/utils/analysis/sections';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/store/settings';
import type { OutlineLabels } from '@/components/outline/Outline';
import { setPage } from '../../support/dom';
import { fakePainter } from '../../support/fake-painter';
import { recordShadowRoots, scriptClick, userClick } from '../../support/user-input';

const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
// Its stylesheet links are left out: happy-dom does not load them.
const SEED_HTML = readFileSync(join(__dirname, '../../../fixtures/pages/people-2017-tongzhan.html'), 'utf8').replace(
  /<link[^>]*>/g,
  '',
);
const LABELS = new Proxy({}, { get: (_t, name) => (name === 'open' ? () => 'open' : String(name)) }) as OutlineLabels;

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

/** WXT's content-script context, as far as auto-marks use it: a lifetime. */
function fakeCtx() {
  const life = new AbortController();
  const ctx = {
    signal: life.signal,
    get isInvalid() {
      return life.signal.aborted;
    },
    onInvalidated(cb: () => void) {
      life.signal.addEventListener('abort', cb);
      return () => life.signal.removeEventListener('abort', cb);
    },
  } as unknown as ContentScriptContext;
  return { ctx, end: () => life.abort() };
}

let end = () => {};
afterEach(() => end());

function setup(settings: Partial<Settings> = {}) {
  const paint = fakePainter();
  const facts: PageFacts[] = [];
  const loadSettings = vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...settings }));
  const saved: unknown[] = [];
  const densities: string[] = [];
  const changed: string[] = [];
  const painterMade = vi.fn(() => paint.painter);
  const life = fakeCtx();
  end = life.end;
  const marks = createAutoMarks({
    ctx: life.ctx,
    doc: document,
    painter: painterMade,
    labels: () => LABELS,
    loadSettings,
    onFacts: (f) => facts.push(f),
    saveCategories: async (c) => void saved.push(c),
    saveDensity: async (d) => void densities.push(d),
    onArticleChanged: (reason) => void changed.push(reason),
  });
  return { marks, paint, facts, loadSettings, painterMade, saved, densities, changed, end: life.end };
}

/** What the analysis finds on the page now, per category, as text. */
function expectedLayers(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const d of analyze(document, location.href).directives) (out[`hzd-d-${d.category}`] ??= []).push(d.text);
  return out;
}
const paintedLayers = (paint: ReturnType<typeof fakePainter>) =>
  Object.fromEntries([...paint.layers.keys()].map((layer) => [layer, paint.texts(layer)]));
const norm = (layers: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(layers).map(([k, v]) => [k, v.map((t) => t.replace(/\s+/g, ''))]));

beforeEach(() => {
  setUrl(SEED_URL);
  setPage(SEED_HTML);
});

/**
 * A clock that moves a millisecond at every look (every slice overruns, as on a slow machine),
 * and the names of the measures in the order they were taken: their times mix this clock and
 * the real one, their order does not.
 */
function slowClockAndMeasures() {
  let fakeNow = performance.now();
  const clock = vi.spyOn(performance, 'now').mockImplementation(() => (fakeNow += 1));
  const measured: string[] = [];
  const measure = performance.measure.bind(performance);
  const measures = vi.spyOn(performance, 'measure').mockImplementation((name, ...rest) => {
    measured.push(name);
    return measure(name, ...rest);
  });
  return { measured, restore: () => (clock.mockRestore(), measures.mockRestore()) };
}

describe('auto-marks', () => {
  it('paints every directive of an article in its category layer and reports the page', async () => {
    const { marks, paint, facts } = setup();
    await marks.start();
    expect(norm(paintedLayers(paint))).toEqual(norm(expectedLayers()));
    await vi.waitFor(() => expect(facts.at(-1)?.isArticle).toBe(true));
    const counts = facts.at(-1)!.counts;
    for (const [layer, texts] of Object.entries(expectedLayers()))
      expect(counts[layer.slice('hzd-d-'.length) as keyof typeof counts]).toBe(texts.length);
    expect(performance.getEntriesByName('hzd-painted').length).toBeGreaterThan(0);
  });

  it('leaves out switched-off categories, and clears all paint when the site is switched off', async () => {
    const { marks, paint, facts } = setup({ categories: { ...DEFAULT_SETTINGS.categories, obligation: false } });
    await marks.start();
    expect(paint.layers.has('hzd-d-obligation')).toBe(false);
    expect(paint.layers.has('hzd-d-heading')).toBe(true);

    marks.applySettings({ ...DEFAULT_SETTINGS, autoMarksOffSites: ['dangpai.people.com.cn'] });
    expect(paint.layers.size).toBe(0);
    const last = facts.at(-1)!;
    expect(Object.values(last.counts).every((n) => n === 0)).toBe(true);
    expect(last.isArticle).toBe(true);
  });

  it('on a page that is not an article: no settings read, no painter, and a report in idle time', async () => {
    setUrl('http://www.people.com.cn/');
    setPage('<html><head><title>人民网</title></head><body><ul><li><a href="/a">新闻</a></li></ul></body></html>');
    const { marks, facts, loadSettings, painterMade } = setup();
    await marks.start();
    expect(loadSettings).not.toHaveBeenCalled();
    expect(painterMade).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(facts).toEqual([expect.objectContaining({ isArticle: false })]));
  });

  it('a page that is no article, moved to another address (History API): that address is reported too', async () => {
    setUrl('http://www.people.com.cn/');
    setPage('<html><head><title>人民网</title></head><body><ul><li><a href="/a">新闻</a></li></ul></body></html>');
    const { marks, facts } = setup();
    await marks.start();
    await vi.waitFor(() => expect(facts).toHaveLength(1));
    // The portal's script moves on; the content script hears it (here: the back button's popstate).
    setUrl('http://www.people.com.cn/channel/list.html');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(facts).toHaveLength(2));
    expect(facts[1]).toMatchObject({ isArticle: false, url: 'http://www.people.com.cn/channel/list.html' });
  });

  it('an article whose address moved unseen (no event, no change): a recheck reads it at its new address', async () => {
    const { marks, facts } = setup();
    await marks.start();
    await vi.waitFor(() => expect(facts.at(-1)?.isArticle).toBe(true));
    const next = 'http://dangpai.people.com.cn/n1/2017/0312/c117259-29140001.html';
    setUrl(next);
    marks.recheck();
    await vi.waitFor(() => expect(facts.at(-1)?.url).toBe(next), { timeout: 10_000 });
  });

  it('paints an article whose body arrives after the first look', async () => {
    const body = document.getElementById('rwb_zw')!;
    const parent = body.parentNode!;
    body.remove();
    const { marks, paint, facts } = setup();
    await marks.start();
    expect(paint.layers.size).toBe(0);
    parent.append(body);
    await vi.waitFor(() => expect(paint.layers.size).toBeGreaterThan(2), { timeout: 30_000 });
    await vi.waitFor(() => expect(facts.at(-1)?.isArticle).toBe(true));
  });

  it('repaints when the article changes, and says so', async () => {
    const { marks, paint, changed } = setup();
    await marks.start();
    const p = document.createElement('p');
    p.textContent = '各地要切实加强新增段落中的组织领导工作。';
    document.getElementById('rwb_zw')!.append(p);
    await vi.waitFor(() => expect(changed).toEqual(['content']), { timeout: 30_000 });
    expect(paint.texts('hzd-d-obligation').join('|')).toContain('各地要切实加强新增段落中的组织领导工作');
  });

  it('the outline panel opens in a closed shadow root; a category switched there is painted at once and saved', async () => {
    const roots = recordShadowRoots();
    try {
      const { marks, paint, saved } = setup();
      await marks.start();
      marks.togglePanel();
      const host = await vi.waitFor(
        () => {
          const found = document.querySelector('hzd-outline');
          if (!found) throw new Error('no panel yet');
          return found;
        },
        { timeout: 30_000 },
      );
      expect(host.shadowRoot).toBeNull();
      const root = roots.rootOf(host)!;
      const heading = await vi.waitFor(() => {
        const found = root.querySelector('button.switch');
        if (!found) throw new Error('no switch yet');
        return found;
      });
      scriptClick(heading);
      expect(paint.layers.has('hzd-d-heading')).toBe(true);
      userClick(heading);
      expect(paint.layers.has('hzd-d-heading')).toBe(false);
      expect(saved).toEqual([expect.objectContaining({ heading: false, obligation: true })]);
    } finally {
      roots.stop();
    }
  });

  it('a long article (over 50,000 characters) is analysed in slices and painted whole', async () => {
    const start = SEED_HTML.indexOf('id="rwb_zw">') + 'id="rwb_zw">'.length;
    const stop = SEED_HTML.indexOf('<div class="zdfy');
    const paragraphs = SEED_HTML.slice(start, stop);
    setPage(SEED_HTML.slice(0, start) + paragraphs.repeat(25) + SEED_HTML.slice(stop));
    const { marks, paint } = setup();
    // Slices end on time, and a fast machine analyses this page within one: a clock that moves a
    // millisecond at every look makes the slicing the same on every machine.
    const { measured, restore } = slowClockAndMeasures();
    try {
      await marks.start();
    } finally {
      restore();
    }
    expect(performance.getEntriesByName('hzd-task:analysis-slice').length).toBeGreaterThan(1);
    // The ranges are built in a task of their own before the painting task, not inside it.
    const order = measured.filter((n) => /^hzd:ranges$|prebuild-ranges|after-settings/.test(n));
    expect(order).toEqual(['hzd:ranges', 'hzd-task:prebuild-ranges', 'hzd-task:after-settings']);
    expect(norm(paintedLayers(paint))).toEqual(norm(expectedLayers()));
  });

  it('a long article changed after its paint is detected, analysed and its metadata read again in slices', async () => {
    const start = SEED_HTML.indexOf('id="rwb_zw">') + 'id="rwb_zw">'.length;
    const stop = SEED_HTML.indexOf('<div class="zdfy');
    // Twelve copies of the seed's body: over SLICE_ABOVE_CHARS, analysed in slices.
    setPage(SEED_HTML.slice(0, start) + SEED_HTML.slice(start, stop).repeat(12) + SEED_HTML.slice(stop));
    const slices = (name: string) => performance.getEntriesByName(`hzd-task:${name}`).length;
    const { marks, paint, facts, changed } = setup();
    const { measured, restore } = slowClockAndMeasures();
    try {
      await marks.start();
      await vi.waitFor(() => expect(facts.at(-1)?.article?.published).toBeTruthy(), { timeout: 30_000 });
      const eager = detectArticle(document, location.href)!.meta;
      // The first read of the metadata, after the paint, is sliced too.
      expect(slices('publish')).toBeGreaterThan(1);
      // The outline is built in a task of its own before the panel's mount.
      await vi.waitFor(() => expect(measured).toContain('hzd-task:deferred-panel'), { timeout: 30_000 });
      // In the order the measures were taken (their times mix the fake clock and the real one):
      // the model is built once, inside its task, and the mount does not build it again.
      const order = measured.filter((n) => /outline-model|deferred-panel/.test(n));
      expect(order).toEqual(['hzd:outline-model', 'hzd-task:deferred-panel-model', 'hzd-task:deferred-panel']);
      const before = {
        detection: slices('detection-slice'),
        analysis: slices('analysis-slice'),
        meta: slices('publish'),
      };

      const p = document.createElement('p');
      p.textContent = '各地要切实加强新增段落中的组织领导工作。';
      document.getElementById('rwb_zw')!.append(p);
      await vi.waitFor(() => expect(changed).toEqual(['content']), { timeout: 30_000 });
      expect(slices('detection-slice') - before.detection).toBeGreaterThan(0); // in a later task than the change's
      expect(slices('analysis-slice') - before.analysis).toBeGreaterThan(1);
      expect(slices('publish') - before.meta).toBeGreaterThan(1);
      expect(paint.texts('hzd-d-obligation').join('|')).toContain('各地要切实加强新增段落中的组织领导工作');
      const { url: _url, ...meta } = eager;
      expect(facts.at(-1)!.article).toEqual(meta);
    } finally {
      restore();
    }
    const sentences = Object.entries(paintedLayers(paint)).filter(([layer]) => !layer.startsWith('hzd-d-core-'));
    expect(norm(Object.fromEntries(sentences))).toEqual(norm(expectedLayers()));
  }, 120_000);

  it('paints the cores a task after the sentences, in their own layers, and styles for the density', async () => {
    const { marks, paint } = setup({ density: 'full' });
    await marks.start();
    // The first paint: the sentences alone (the cores' cold computation is left out of it).
    expect([...paint.layers.keys()].every((l) => !l.startsWith('hzd-d-core-'))).toBe(true);
    expect(paint.styled).toEqual(['full']);
    await vi.waitFor(() => expect(paint.layers.has('hzd-d-core-obligation')).toBe(true));
    const expected: Record<string, string[]> = {};
    for (const d of analyze(document, location.href).directives)
      for (const s of d.core)
        (expected[`hzd-d-core-${d.category}`] ??= []).push(d.text.slice(s.start - d.start, s.end - d.start));
    const cores = Object.fromEntries(
      Object.entries(norm(paintedLayers(paint))).filter(([l]) => l.startsWith('hzd-d-core-')),
    );
    expect(cores).toEqual(norm(expected));
    expect(performance.getEntriesByName('hzd-cores-painted').length).toBeGreaterThan(0);
  });

  it("'key phrases' keeps the sentences as unpainted ranges; 'off' paints nothing; a site's own choice wins", async () => {
    const { marks, paint } = setup({ density: 'full', densitySites: { 'dangpai.people.com.cn': 'off' } });
    await marks.start();
    await new Promise((ok) => setTimeout(ok, 50));
    expect(paint.layers.size).toBe(0);
    marks.applySettings({ ...DEFAULT_SETTINGS, density: 'full', densitySites: { 'dangpai.people.com.cn': 'cores' } });
    expect(paint.styled.at(-1)).toBe('cores');
    expect(paint.layers.has('hzd-d-obligation')).toBe(true);
    expect(paint.layers.has('hzd-d-core-obligation')).toBe(true);
    marks.applySettings({ ...DEFAULT_SETTINGS, density: 'off', densitySites: { 'other.cn': 'full' } });
    expect(paint.layers.size).toBe(0);
  });

  it('the outline lists cores, shows the sentence on expand, and its density switch repaints and saves for the site', async () => {
    const roots = recordShadowRoots();
    try {
      const { marks, paint, densities } = setup({ density: 'full' });
      await marks.start();
      await vi.waitFor(() => expect(paint.layers.has('hzd-d-core-obligation')).toBe(true));
      marks.togglePanel();
      const host = await vi.waitFor(
        () => document.querySelector('hzd-outline') ?? Promise.reject(new Error('no panel')),
      );
      const root = roots.rootOf(host)!;
      const entry = await vi.waitFor(
        () => root.querySelector('button.entry[data-index]') ?? Promise.reject(new Error('none')),
      );
      const d = analyze(document, location.href).directives[Number((entry as HTMLElement).dataset['index'])]!;
      expect(entry.textContent).toContain(coreText(d));
      expect(root.querySelector('.full')).toBeNull();
      userClick(entry.parentElement!.querySelector('button.more')!);
      await vi.waitFor(() => expect(root.querySelector('.full')?.textContent).toBe(d.text.replace(/\s+/g, ' ').trim()));

      const off = root.querySelector('[data-density="off"]')!;
      scriptClick(off);
      expect(densities).toEqual([]);
      userClick(off);
      expect(densities).toEqual(['off']);
      expect(paint.layers.size).toBe(0);
      await vi.waitFor(() =>
        expect(root.querySelector('[data-density="off"]')?.getAttribute('aria-pressed')).toBe('true'),
      );
    } finally {
      roots.stop();
    }
  });

  it('key points: the title, the headings and the cores, as Markdown', async () => {
    const { marks } = setup();
    expect(marks.keyPoints('zh')).toBeNull();
    await marks.start();
    const md = marks.keyPoints('zh')!;
    expect(md).toMatch(/^# 提能善为 着力提高湖北统战工作科学化水平\n/);
    expect(md).toContain('## 一、 切实履行统战部牵头协调和监督检查的职能');
    expect(md).toContain('- 切实加强基层统战工作');
    expect(marks.keyPoints('en')).toContain('- Link: [http://dangpai.people.com.cn/');
  });

  it('stops following the page when the content script ends', async () => {
    const { marks, facts, changed, end: stop } = setup();
    await marks.start();
    await vi.waitFor(() => expect(facts.length).toBeGreaterThan(0));
    stop();
    const count = facts.length;
    document.getElementById('rwb_zw')!.append(document.createElement('p'));
    await new Promise((ok) => setTimeout(ok, 1500));
    expect(facts.length).toBe(count);
    expect(changed).toEqual([]);
  });
});
