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
import type { PageScriptState } from '@/platform/tabs';
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
/** pageScriptState's answer; a promise that never settles for a content script still busy analysing. */
let script: PageScriptState | Promise<PageScriptState> = 'reading';
/** The commands the popup sent to the tab's content script. */
const told: string[] = [];
/** Whether `content/refresh` makes the script's report reach the background. */
let refreshReports = true;
/** The popup's listeners of "the tab went to another page" (platform/tabs `onTabNavigated`). */
const navigated: { tabId: number; listener: () => void }[] = [];
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
  tellTab: async (_tabId: number, command: { type: string }) => {
    told.push(command.type);
    if (command.type === 'content/refresh' && refreshReports) report = PAGE;
    return true;
  },
}));
vi.mock('@/platform/tabs', () => ({
  targetTabId: async () => TAB,
  pageScriptState: async () => script,
  onTabLoaded: () => () => undefined,
  onTabNavigated: (tabId: number, listener: () => void) => {
    const entry = { tabId, listener };
    navigated.push(entry);
    return () => navigated.splice(navigated.indexOf(entry), 1);
  },
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
  script = 'reading';
  told.length = 0;
  refreshReports = true;
  reported.length = 0;
  navigated.length = 0;
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

test('a popup showing A while its tab moves to B: "reading" (the background no longer gives A), then B', async () => {
  report = PAGE;
  script = 'settled';
  act(() => render(<App />, mounted()));
  await flush();
  expect(find('page-title')?.textContent).toBe(PAGE.title);
  // The tab commits B: the background gives no report for it until B's content script reports.
  report = null;
  script = 'loading';
  act(() => navigated.filter((n) => n.tabId === TAB).forEach((n) => n.listener()));
  await flush();
  expect(find('page-title')).toBeNull();
  expect(find('reading')).not.toBeNull();
  report = { ...PAGE, url: 'https://www.gov.cn/zhengce/2.htm', title: 'B' };
  act(() => reported.filter((r) => r.tabId === TAB).forEach((r) => r.listener()));
  await flush();
  expect(find('page-title')?.textContent).toBe('B');
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
  script = new Promise<PageScriptState>(() => undefined);
  act(() => render(<App />, mounted()));
  await flush();
  expect(find('reading')).not.toBeNull();
  expect(find('inactive')).toBeNull();
  await reportArrives();
  expect(followButton()).toBeDefined();
});

test('nothing on its way (no content script answers): "not running", with "Run on this page"', async () => {
  script = 'none';
  act(() => render(<App />, mounted()));
  await flush();
  expect(find('reading')).toBeNull();
  expect(find('inactive')?.textContent).toContain('popupActivate');
});

test('"Run on this page": "reading" until the report, then the page', async () => {
  script = 'none';
  act(() => render(<App />, mounted()));
  await flush();
  const run = [...mounted().querySelectorAll('button')].find((b) => b.textContent === 'popupActivate');
  act(() => run!.click());
  await flush();
  expect(find('reading')).not.toBeNull();
  await reportArrives();
  expect(followButton()).toBeDefined();
});

/** Renders the popup with fake timers, runs `meanwhile` and lets READING_GRACE_MS pass. */
async function afterGrace(meanwhile: () => void) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const { READING_GRACE_MS } = await import('@/entrypoints/popup/App');
    act(() => render(<App />, mounted()));
    await preactAct(async () => void (await vi.advanceTimersByTimeAsync(0)));
    expect(find('reading')).not.toBeNull();
    meanwhile();
    await preactAct(async () => void (await vi.advanceTimersByTimeAsync(READING_GRACE_MS)));
  } finally {
    vi.useRealTimers();
  }
}

test('"reading" gives way to "not running" after READING_GRACE_MS when the script no longer answers', async () => {
  await afterGrace(() => {
    script = 'none';
  });
  expect(find('reading')).toBeNull();
  expect(find('inactive')).not.toBeNull();
});

test('a script that answers but has no verdict after READING_GRACE_MS: running but unreported, never "not running"', async () => {
  await afterGrace(() => undefined);
  expect(find('reading')).toBeNull();
  expect(find('inactive')).toBeNull();
  expect(find('unreported')?.textContent).toContain('popupNotReported');
  // "Try again" asks the script to report now; the page shows from the report it makes.
  const retry = [...mounted().querySelectorAll('button')].find((b) => b.textContent === 'popupRetry');
  act(() => retry!.click());
  await flush();
  expect(told).toContain('content/refresh');
  expect(followButton()).toBeDefined();
});

test('a script that has reported but whose report the background lacks is asked to report now; the page shows', async () => {
  script = 'settled';
  act(() => render(<App />, mounted()));
  await flush();
  await flush();
  expect(told).toEqual(['content/refresh']);
  // Shown from the background's state read after the refresh, with no "reported" notice needed.
  expect(followButton()).toBeDefined();
  expect(find('reading')).toBeNull();
  expect(find('inactive')).toBeNull();
});

test('a report the background still lacks after the refresh: running but unreported, with "Try again"', async () => {
  script = 'settled';
  refreshReports = false;
  act(() => render(<App />, mounted()));
  await flush();
  await flush();
  expect(find('inactive')).toBeNull();
  expect(find('reading')).toBeNull();
  expect(find('unreported')).not.toBeNull();
  expect(told).toEqual(['content/refresh']);
  refreshReports = true;
  const retry = [...mounted().querySelectorAll('button')].find((b) => b.textContent === 'popupRetry');
  act(() => retry!.click());
  await flush();
  await flush();
  expect(told).toEqual(['content/refresh', 'content/refresh']);
  expect(followButton()).toBeDefined();
});

test('the background has the report: the script is not disturbed', async () => {
  script = 'settled';
  report = PAGE;
  act(() => render(<App />, mounted()));
  await flush();
  await flush();
  expect(followButton()).toBeDefined();
  expect(told).toEqual([]);
});

test('a script still reading (no verdict) is not asked to report: its report is on its way', async () => {
  act(() => render(<App />, mounted()));
  await flush();
  await flush();
  expect(told).toEqual([]);
  expect(find('reading')).not.toBeNull();
});
