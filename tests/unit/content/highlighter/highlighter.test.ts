// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, type Ask, type Highlighter } from '@/entrypoints/content/highlighter/highlighter';
import type { Highlight } from '@/utils/highlights/record';
import type { HighlightDraft } from '@/utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/store/settings';
import { setBody } from '../../support/dom';
import { fakePainter } from '../../support/fake-painter';
import { asUser, recordShadowRoots, scriptClick, userClick } from '../../support/user-input';

const URL_ = 'http://www.gov.cn/zhengce/a.htm';

/** The background, in memory, with a switch to make writes fail. */
function fakeBackground() {
  const records = new Map<string, Highlight>();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let clock = 0;
  const state = { failWith: null as string | null, calls: [] as string[], patches: [] as object[] };
  const ask = (async (req: {
    type: string;
    draft?: HighlightDraft;
    id?: string;
    url?: string;
    patch?: Partial<Settings> & Partial<Pick<Highlight, 'color' | 'note' | 'tags'>>;
  }) => {
    state.calls.push(req.type);
    const stamp = (r: Highlight) => ({ ...r, clock: String(++clock), updated: clock });
    switch (req.type) {
      case 'settings/get':
        return settings;
      case 'settings/update':
        settings = { ...settings, ...req.patch };
        return settings;
      case 'highlights/list':
        return [...records.values()].filter((r) => !r.deleted && r.url === req.url);
      case 'highlights/save': {
        if (state.failWith) throw new Error(state.failWith);
        const r = stamp({ ...req.draft!, created: 1, updated: 1, clock: '', deleted: false });
        records.set(r.id, r);
        return r;
      }
      case 'highlights/update': {
        if (state.failWith) throw new Error(state.failWith);
        state.patches.push(req.patch!);
        const r = stamp({ ...records.get(req.id!)!, ...req.patch });
        records.set(r.id, r);
        return r;
      }
      case 'highlights/delete':
      case 'highlights/undelete': {
        if (state.failWith) throw new Error(state.failWith);
        const r = stamp({ ...records.get(req.id!)!, deleted: req.type === 'highlights/delete' });
        records.set(r.id, r);
        return r;
      }
    }
    throw new Error(`unexpected ${req.type}`);
  }) as Ask;
  return { ask, records, state, settings: () => settings };
}

function selectText(text: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return;
  }
  throw new Error(`no ${text}`);
}

/** Our UI's shadow root is closed: the test reaches it as a driver does (support/user-input.ts). */
let shadowRoots: ReturnType<typeof recordShadowRoots>;
const shadow = () => shadowRoots.rootOf(document.querySelector('hzd-highlights'));
const flush = () => new Promise((ok) => setTimeout(ok, 0));
const mouseUp = (init: MouseEventInit = {}) =>
  document.body.dispatchEvent(asUser(new MouseEvent('mouseup', { bubbles: true, button: 0, ...init })));

let controller: Highlighter & { stop(): void; start(): Promise<void>; refresh(): Promise<void> };

beforeEach(() => {
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(URL_);
  setBody('<p>一是争取各级党委重视支持,将教育培训工作列入要点。</p><p>二是贯彻落实新修订的条例,突出政治培训。</p>');
  shadowRoots = recordShadowRoots();
});
afterEach(() => {
  controller?.stop();
  shadowRoots.stop();
  document.querySelector('hzd-highlights')?.remove();
});

function setup(extra: Partial<Parameters<typeof createHighlighter>[0]> = {}) {
  const paint = fakePainter();
  const bg = fakeBackground();
  const orphanReports: string[][] = [];
  const life = new AbortController();
  let n = 0;
  const highlighter = createHighlighter({
    doc: document,
    signal: life.signal,
    painter: () => paint.painter,
    ask: bg.ask,
    label: (name, sub) => (sub === undefined ? name : `${name}:${sub}`),
    article: () => ({ title: '文章', source: '来源', published: '2024-01-02' }),
    onOrphans: (ids) => orphanReports.push(ids),
    newId: () => `id-${++n}`,
    // Longer than the moment a new toast stays empty (components/toolbar/Toast.tsx), so Undo is seen.
    undoMs: 300,
    reanchorDelayMs: 10,
    ...extra,
  });
  /** What the page report's reply carries: the settings and this page's highlights. */
  const reply = async () => ({
    settings: bg.settings(),
    highlights: await bg.ask({ type: 'highlights/list', url: URL_ }),
  });
  controller = {
    ...highlighter,
    stop: () => life.abort(),
    start: async () => highlighter.load(await reply()),
    refresh: async () => highlighter.load(await reply()),
  };
  return { paint, bg, orphanReports };
}

describe('the highlighter', () => {
  it('highlights the selection in the last colour on the keyboard/menu command and stores it', async () => {
    const { paint, bg } = setup();
    // Settings and highlights as the page report returns them.
    controller.load({ settings: { ...DEFAULT_SETTINGS, lastColor: 'pink' }, highlights: [] });
    selectText('重视支持');
    const reply = await controller.handleCommand({ type: 'content/highlight-selection' });
    expect(reply).toEqual({ id: 'id-1' });
    expect(paint.texts('hzd-u-pink')).toEqual(['重视支持']);
    expect(bg.records.get('id-1')).toMatchObject({
      url: URL_,
      color: 'pink',
      quote: { exact: '重视支持' },
      article: { title: '文章', source: '来源' },
    });
    expect(getSelection()!.isCollapsed).toBe(true);
  });

  it('a colour given with the command becomes the last colour', async () => {
    const { bg } = setup();
    await controller.start();
    selectText('突出政治培训');
    await controller.handleCommand({ type: 'content/highlight-selection', color: 'purple' });
    await flush();
    expect(bg.settings().lastColor).toBe('purple');
  });

  it('a failed save shows the error and keeps the highlight painted', async () => {
    const { paint, bg } = setup();
    await controller.start();
    bg.state.failWith = 'storage is full (QUOTA_BYTES); your change is kept and will be saved when space is free';
    selectText('重视支持');
    await controller.handleCommand({ type: 'content/highlight-selection', color: 'green' });
    expect(paint.texts('hzd-u-green')).toEqual(['重视支持']);
    const toast = shadow()?.querySelector('[data-testid="hzd-toast"]');
    expect(toast?.getAttribute('role')).toBe('alert');
    // The live region is in the page first, its text a moment later.
    await vi.waitFor(() => expect(toast?.textContent).toContain('storage is full (QUOTA_BYTES)'));
    // A refresh while the background still lacks it does not make it disappear.
    await controller.refresh();
    expect(paint.texts('hzd-u-green')).toEqual(['重视支持']);
  });

  it('repaints saved highlights on start, reports orphans and places them when the text arrives', async () => {
    const { bg } = setup();
    await controller.start();
    selectText('重视支持');
    await controller.handleCommand({ type: 'content/highlight-selection', color: 'yellow' });
    selectText('突出政治培训');
    await controller.handleCommand({ type: 'content/highlight-selection', color: 'blue' });
    controller.stop();

    // Next visit: the second paragraph has not arrived yet.
    setBody('<p>一是争取各级党委重视支持,将教育培训工作列入要点。</p>');
    const again = setup();
    again.bg.records.clear();
    for (const [k, r] of bg.records) again.bg.records.set(k, r);
    await controller.start();
    expect(again.paint.texts('hzd-u-yellow')).toEqual(['重视支持']);
    expect(controller.orphanIds()).toEqual(['id-2']);
    expect(again.orphanReports.at(-1)).toEqual(['id-2']);
    await vi.waitFor(() =>
      expect(shadow()?.querySelector('[data-testid="hzd-orphans"]')?.textContent).toContain('hlOrphans:1'),
    );

    // Unrelated text changes (a ticking clock) do not repaint.
    let paints = 0;
    const setLayers = again.paint.painter.setLayers.bind(again.paint.painter);
    again.paint.painter.setLayers = (changes) => {
      paints++;
      setLayers(changes);
    };
    const clock = document.createElement('span');
    document.body.append(clock);
    for (let i = 0; i < 3; i++) {
      clock.textContent = `10:0${i}`;
      await new Promise((ok) => setTimeout(ok, 30));
    }
    expect(paints).toBe(0);

    const late = document.createElement('p');
    late.textContent = '二是贯彻落实新修订的条例,突出政治培训。';
    document.body.append(late);
    await vi.waitFor(() => expect(again.paint.texts('hzd-u-blue')).toEqual(['突出政治培训']));
    expect(paints).toBe(1);
    expect(controller.orphanIds()).toEqual([]);
    expect(again.orphanReports.at(-1)).toEqual([]);
    expect(shadow()?.querySelector('[data-testid="hzd-orphans"]')).toBeNull();
  });

  it('scroll-to reveals a placed highlight and says when one cannot be found', async () => {
    const { paint, bg } = setup();
    await controller.start();
    selectText('重视支持');
    await controller.handleCommand({ type: 'content/highlight-selection' });
    expect(await controller.handleCommand({ type: 'content/scroll-to', id: 'id-1' })).toEqual({ found: true });
    expect(paint.revealed.map((r) => r.toString())).toEqual(['重视支持']);
    bg.records.set('lost', {
      ...bg.records.get('id-1')!,
      id: 'lost',
      quote: { exact: '不存在的文字', prefix: '', suffix: '' },
    });
    await controller.refresh();
    expect(await controller.handleCommand({ type: 'content/scroll-to', id: 'lost' })).toEqual({ found: false });
    await vi.waitFor(() =>
      expect(shadow()?.querySelector('[data-testid="hzd-toast"]')?.textContent).toContain('hlNotFound'),
    );
  });

  it('a selection shows the toolbar; picking a colour saves; Escape closes it', async () => {
    const { paint, bg } = setup();
    await controller.start();
    selectText('教育培训');
    mouseUp();
    await vi.waitFor(() => expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]')).toBeTruthy());
    const buttons = [...shadow()!.querySelectorAll('button[data-color]')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'colorYellow',
      'colorGreen',
      'colorBlue',
      'colorPink',
      'colorPurple',
    ]);
    userClick(buttons[2]!);
    await vi.waitFor(() => expect(bg.records.size).toBe(1));
    expect(paint.texts('hzd-u-blue')).toEqual(['教育培训']);
    expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]')).toBeNull();

    selectText('条例');
    mouseUp();
    await vi.waitFor(() => expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]')).toBeTruthy());
    document.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await vi.waitFor(() => expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]')).toBeNull());
  });

  it('a new colour for a saved highlight is sent as a patch of the colour alone', async () => {
    const { paint, bg } = setup();
    await controller.start();
    selectText('重视支持');
    await controller.handleCommand({ type: 'content/highlight-selection', color: 'green' });
    // Meanwhile the library page wrote a note: the colour change must not undo it.
    bg.records.set('id-1', { ...bg.records.get('id-1')!, note: 'from the library page' });
    paint.painter.hitTest = () => [{ layer: 'hzd-u-green', index: 0 }];
    mouseUp({ clientX: 5, clientY: 5 });
    await vi.waitFor(() => expect(shadow()?.querySelector('button[data-color="pink"]')).toBeTruthy());
    bg.state.calls.length = 0;
    userClick(shadow()!.querySelector('button[data-color="pink"]')!);
    await vi.waitFor(() => expect(bg.records.get('id-1')?.color).toBe('pink'));
    expect(bg.state.calls).not.toContain('highlights/save');
    expect(bg.state.patches).toEqual([{ color: 'pink' }]);
    expect(bg.records.get('id-1')?.note).toBe('from the library page');
    await vi.waitFor(() => expect(paint.texts('hzd-u-pink')).toEqual(['重视支持']));
  });

  it('delete removes the paint and offers Undo, which restores it', async () => {
    const { paint, bg } = setup();
    await controller.start();
    selectText('重视支持');
    await controller.handleCommand({ type: 'content/highlight-selection', color: 'green' });
    // Open the toolbar for the saved highlight through a click on it.
    paint.painter.hitTest = () => [{ layer: 'hzd-u-green', index: 0 }];
    mouseUp({ clientX: 5, clientY: 5 });
    await vi.waitFor(() => expect(shadow()?.querySelector('button[data-action="delete"]')).toBeTruthy());
    userClick(shadow()!.querySelector('button[data-action="delete"]')!);
    await vi.waitFor(() => expect(bg.records.get('id-1')?.deleted).toBe(true));
    expect(paint.texts('hzd-u-green')).toEqual([]);
    await vi.waitFor(() => expect(shadow()?.querySelector('button[data-action="toast-action"]')).toBeTruthy());
    userClick(shadow()!.querySelector('button[data-action="toast-action"]')!);
    await vi.waitFor(() => expect(bg.records.get('id-1')?.deleted).toBe(false));
    expect(paint.texts('hzd-u-green')).toEqual(['重视支持']);
  });

  it('copy with source puts the quote and its source on the clipboard', async () => {
    const copied: string[] = [];
    setup({ clipboard: async (text) => void copied.push(text) });
    await controller.start();
    selectText('重视支持');
    mouseUp();
    await vi.waitFor(() => expect(shadow()?.querySelector('button[data-action="copy"]')).toBeTruthy());
    userClick(shadow()!.querySelector('button[data-action="copy"]')!);
    await vi.waitFor(() => expect(copied).toEqual([`重视支持\n— 文章, 来源, 2024-01-02, ${URL_}`]));
  });

  it('lives in a closed shadow root: the page gets no handle on it', async () => {
    setup();
    await controller.start();
    selectText('教育培训');
    mouseUp();
    await vi.waitFor(() => expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]')).toBeTruthy());
    expect(document.querySelector('hzd-highlights')?.shadowRoot).toBeNull();
  });

  it('a page script’s events do nothing: no toolbar, no save, no close', async () => {
    const { bg } = setup();
    await controller.start();
    selectText('教育培训');
    document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
    await new Promise((ok) => setTimeout(ok, 50));
    expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]') ?? null).toBeNull();

    mouseUp();
    await vi.waitFor(() => expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]')).toBeTruthy());
    const blue = shadow()!.querySelector('button[data-color="blue"]')!;
    scriptClick(blue);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await flush();
    expect(bg.records.size).toBe(0);
    expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]')).toBeTruthy();

    userClick(blue);
    await vi.waitFor(() => expect(bg.records.size).toBe(1));
  });

  it('a selection change opens the toolbar only right after real input (a key), not after a script’s selection', async () => {
    setup();
    await controller.start();
    const rested = () => new Promise((ok) => setTimeout(ok, 400));
    selectText('条例');
    document.dispatchEvent(asUser(new Event('selectionchange')));
    await rested();
    expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]') ?? null).toBeNull();

    document.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true })));
    selectText('突出政治培训');
    document.dispatchEvent(asUser(new Event('selectionchange')));
    await vi.waitFor(() => expect(shadow()?.querySelector('[data-testid="hzd-toolbar"]')).toBeTruthy());
  });

  it('a key released right after it moved the selection shows the toolbar at once; a script’s keyup does not', async () => {
    setup();
    await controller.start();
    const key = (type: string, user: boolean) => {
      const event = new KeyboardEvent(type, { key: 'ArrowRight', shiftKey: true, bubbles: true });
      document.dispatchEvent(user ? asUser(event) : event);
    };
    const toolbar = () => shadow()?.querySelector('[data-testid="hzd-toolbar"]') ?? null;
    key('keydown', true);
    selectText('条例');
    document.dispatchEvent(asUser(new Event('selectionchange')));
    key('keyup', false);
    expect(toolbar()).toBeNull();
    key('keyup', true);
    // No waiting for the selection to rest (350 ms): there now.
    expect(toolbar()).toBeTruthy();
  });

  it('Escape closes a keyboard selection’s toolbar for good: a late selection change or key release of the same selection does not bring it back', async () => {
    setup();
    await controller.start();
    const key = (type: string, key: string) =>
      document.dispatchEvent(asUser(new KeyboardEvent(type, { key, shiftKey: key !== 'Escape', bubbles: true })));
    const toolbar = () => shadow()?.querySelector('[data-testid="hzd-toolbar"]') ?? null;
    key('keydown', 'ArrowRight');
    selectText('条例');
    document.dispatchEvent(asUser(new Event('selectionchange')));
    key('keyup', 'ArrowRight');
    expect(toolbar()).toBeTruthy();

    key('keydown', 'Escape');
    expect(toolbar()).toBeNull();
    // The browser may report the same selection again (focus leaving our UI), before or after
    // the key comes up: neither the key release nor the selection's rest reopens it.
    document.dispatchEvent(asUser(new Event('selectionchange')));
    key('keyup', 'Escape');
    await new Promise((ok) => setTimeout(ok, 400));
    expect(toolbar()).toBeNull();

    // A selection still growing when Escape comes (its last change reported after the key came
    // up, so it was waiting to rest): Escape stands for it too.
    key('keydown', 'ArrowRight');
    selectText('突出');
    document.dispatchEvent(asUser(new Event('selectionchange')));
    key('keyup', 'ArrowRight');
    expect(toolbar()).toBeTruthy();
    key('keydown', 'ArrowRight');
    selectText('突出政治');
    key('keyup', 'ArrowRight');
    document.dispatchEvent(asUser(new Event('selectionchange')));
    key('keydown', 'Escape');
    key('keyup', 'Escape');
    await new Promise((ok) => setTimeout(ok, 400));
    expect(toolbar()).toBeNull();

    // A different selection does.
    key('keydown', 'ArrowRight');
    selectText('突出政治培训');
    document.dispatchEvent(asUser(new Event('selectionchange')));
    key('keyup', 'ArrowRight');
    expect(toolbar()).toBeTruthy();
  });

  it('the focus-toolbar command: the highlight at the caret, else the selection; nothing there is said', async () => {
    const { bg } = setup();
    await controller.start();
    selectText('重视支持');
    await controller.handleCommand({ type: 'content/highlight-selection', color: 'green' });
    const toolbar = () => shadow()?.querySelector('[data-testid="hzd-toolbar"]') ?? null;

    // A caret inside the saved highlight (caret browsing, find-in-page): its toolbar, with delete.
    const text = [...document.querySelectorAll('p')][0]!.firstChild!;
    getSelection()!.collapse(text, (text.textContent ?? '').indexOf('支持'));
    expect(await controller.handleCommand({ type: 'content/focus-toolbar' })).toEqual({ focused: true });
    expect(toolbar()?.querySelector('[data-action="delete"]')).toBeTruthy();
    document.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(toolbar()).toBeNull();

    // A selection elsewhere: its toolbar (new passage, no delete).
    selectText('条例');
    expect(await controller.handleCommand({ type: 'content/focus-toolbar' })).toEqual({ focused: true });
    expect(toolbar()).toBeTruthy();
    expect(toolbar()?.querySelector('[data-action="delete"]')).toBeNull();
    document.dispatchEvent(asUser(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));

    // Nothing: told so, nothing saved.
    getSelection()!.removeAllRanges();
    expect(await controller.handleCommand({ type: 'content/focus-toolbar' })).toEqual({ focused: false });
    await vi.waitFor(() =>
      expect(shadow()?.querySelector('[data-testid="hzd-toast"]')?.textContent).toContain('hlNothingAtCaret'),
    );
    expect(bg.records.size).toBe(1);
  });

  it('stops listening when its lifetime ends', async () => {
    setup();
    await controller.start();
    controller.stop();
    selectText('教育培训');
    mouseUp();
    await new Promise((ok) => setTimeout(ok, 20));
    expect(document.querySelector('hzd-highlights')).toBeNull();
  });
});
