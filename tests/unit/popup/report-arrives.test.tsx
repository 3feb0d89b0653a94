// @vitest-environment happy-dom
/**
 * The popup opened before its tab's content script reported (it reports after analysing and
 * painting the page, a second or more on a slow machine): it says "reading this page…", not
 * "not running", and shows the page (its Follow button) when the background says the report came.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act as preactAct } from 'preact/test-utils';
import type { PageReport } from '@/utils/messages';
import type { TabState } from '@/utils/message-replies';
import { zeroCounts } from '@/utils/counts';
import { testRoot } from '../components/library/support';

const TAB = 7;
const PAGE: PageReport = {
  url: 'https://www.gov.cn/zhengce/1.htm',
  title: '通知',
  isArticle: true,
  article: null,
  counts: { ...zeroCounts(), obligation: 3 },
  orphans: 0,
};

/** What the background has for the tab (null until the report). */
let report: PageReport | null = null;
/** reportOnItsWay's answer; a promise that never settles for a content script still busy analysing. */
let onItsWay: boolean | Promise<boolean> = true;
/** The popup's listeners of "tab N reported" (platform/library-changes). */
const reported: { tabId: number; listener: () => void }[] = [];

vi.mock('@/platform/i18n', () => ({ t: (name: string) => name, uiLanguage: () => 'en' }));
vi.mock('@/platform/messaging', () => ({
  ask: async (req: { type: string }) => {
    if (req.type === 'tab/state') return { tabId: TAB, page: report, highlights: [] } satisfies TabState;
    if (req.type === 'follows/get') return null;
    throw new Error(`not in this test: ${req.type}`);
  },
  commandTab: async () => ({ ok: true, data: null }),
  tellTab: async () => true,
}));
vi.mock('@/platform/tabs', () => ({
  targetTabId: async () => TAB,
  reportOnItsWay: async () => onItsWay,
  onTabLoaded: () => () => undefined,
  activateInTab: async () => undefined,
}));
vi.mock('@/platform/library-changes', () => ({
  onLibraryChanged: () => () => undefined,
  onTabReported: (tabId: number, listener: () => void) => {
    const entry = { tabId, listener };
    reported.push(entry);
    return () => reported.splice(reported.indexOf(entry), 1);
  },
}));

const { App } = await import('@/entrypoints/popup/App');

const act = (fn: () => void): void => void preactAct(fn);
const flush = () => preactAct(() => new Promise<void>((ok) => setTimeout(ok, 0)));
const mounted = testRoot();
const find = (testId: string) => mounted().querySelector(`[data-testid="${testId}"]`);
const followButton = () =>
  [...mounted().querySelectorAll('button')].find((b) => b.textContent?.includes('followArticle'));

beforeEach(() => {
  report = null;
  onItsWay = true;
  reported.length = 0;
});

/** The content script reports; the background keeps it and tells the extension's pages the tab's id. */
async function reportArrives(tabId = TAB) {
  report = PAGE;
  act(() => reported.filter((r) => r.tabId === tabId).forEach((r) => r.listener()));
  await flush();
}

test('opened before the report: the page and its Follow button appear when the report arrives', async () => {
  act(() => render(<App />, mounted()));
  await flush();
  expect(followButton()).toBeUndefined();
  await reportArrives();
  expect(followButton()).toBeDefined();
  expect(find('reading')).toBeNull();
  expect(find('inactive')).toBeNull();
});

test('while the report is on its way the popup says "reading this page", not "not running"', async () => {
  act(() => render(<App />, mounted()));
  await flush();
  expect(find('reading')?.textContent).toContain('popupReading');
  expect(find('inactive')).toBeNull();
});

test('the popup listens for its own tab’s report only', async () => {
  act(() => render(<App />, mounted()));
  await flush();
  expect(reported.map((r) => r.tabId)).toEqual([TAB]);
  await reportArrives(TAB + 1);
  expect(followButton()).toBeUndefined();
});

test('a content script too busy to answer yet: "reading", never a moment of "not running"', async () => {
  onItsWay = new Promise<boolean>(() => undefined);
  act(() => render(<App />, mounted()));
  await flush();
  expect(find('reading')).not.toBeNull();
  expect(find('inactive')).toBeNull();
  await reportArrives();
  expect(followButton()).toBeDefined();
});

test('nothing on its way (no content script answers): "not running", with "Run on this page"', async () => {
  onItsWay = false;
  act(() => render(<App />, mounted()));
  await flush();
  expect(find('reading')).toBeNull();
  expect(find('inactive')?.textContent).toContain('popupActivate');
});

test('"Run on this page": "reading" until the report, then the page', async () => {
  onItsWay = false;
  act(() => render(<App />, mounted()));
  await flush();
  const run = [...mounted().querySelectorAll('button')].find((b) => b.textContent === 'popupActivate');
  act(() => run!.click());
  await flush();
  expect(find('reading')).not.toBeNull();
  await reportArrives();
  expect(followButton()).toBeDefined();
});

test('"reading" gives way to "not running" after READING_GRACE_MS when no report comes', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const { READING_GRACE_MS } = await import('@/entrypoints/popup/App');
    act(() => render(<App />, mounted()));
    await preactAct(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect(find('reading')).not.toBeNull();
    await preactAct(async () => void (await vi.advanceTimersByTimeAsync(READING_GRACE_MS)));
    expect(find('reading')).toBeNull();
    expect(find('inactive')).not.toBeNull();
  } finally {
    vi.useRealTimers();
  }
});
