/**
 * What runs in a tab whose report the background lacks (platform/tabs.ts `pageScriptState`): the
 * content script's ping reply is checked, and only a script with its verdict on the page counts
 * as `settled` (the popup then asks it to report now).
 */
import { afterEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { pageScriptState } from '@/platform/tabs';
import { zeroCounts } from '@/utils/counts';

const REPORT = {
  url: 'https://www.gov.cn/zhengce/1.htm',
  title: '通知',
  isArticle: true,
  article: null,
  counts: zeroCounts(),
  orphans: 0,
};

afterEach(() => vi.restoreAllMocks());

function tab(status: 'loading' | 'complete', reply: unknown) {
  vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 7, status } as never);
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => {
    if (reply instanceof Error) throw reply;
    return reply;
  });
  return send;
}

test('a script with its verdict is settled; one without, reading', async () => {
  tab('complete', { ok: true, data: { ...REPORT, settled: true } });
  expect(await pageScriptState(7)).toBe('settled');
  vi.restoreAllMocks();
  tab('complete', { ok: true, data: { ...REPORT, isArticle: false, settled: false } });
  expect(await pageScriptState(7)).toBe('reading');
});

test('a ping reply that does not read as one is no verdict: reading, never settled', async () => {
  for (const data of [
    { ...REPORT },
    { ...REPORT, settled: 'yes' },
    { ...REPORT, url: 'javascript:1', settled: true },
    null,
  ]) {
    vi.restoreAllMocks();
    tab('complete', { ok: true, data });
    expect(await pageScriptState(7)).toBe('reading');
  }
  vi.restoreAllMocks();
  tab('complete', { ok: false, error: 'busy' });
  expect(await pageScriptState(7)).toBe('reading');
});

test('no script answers: none; a loading tab is not pinged (the page it leaves would answer)', async () => {
  tab('complete', new Error('Could not establish connection. Receiving end does not exist.'));
  expect(await pageScriptState(7)).toBe('none');
  vi.restoreAllMocks();
  const send = tab('loading', { ok: true, data: { ...REPORT, settled: true } });
  expect(await pageScriptState(7)).toBe('loading');
  expect(send).not.toHaveBeenCalled();
  vi.restoreAllMocks();
  vi.spyOn(browser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7'));
  expect(await pageScriptState(7)).toBe('none');
});
