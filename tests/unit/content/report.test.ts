import { describe, expect, it, vi } from 'vitest';
import { createReporter, type ReportReply } from '@/entrypoints/content/report';
import type { PageReport } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/store/settings';
import { zeroCounts } from '@/utils/counts';

const page = (title: string): PageReport => ({
  url: 'http://www.gov.cn/a.htm',
  title,
  isArticle: true,
  article: null,
  counts: zeroCounts(),
  orphans: 0,
});
const reply: ReportReply = { settings: DEFAULT_SETTINGS, highlights: [] };

function setup(send = vi.fn(async (_p: PageReport) => reply)) {
  let title = 'a';
  /** Whether the facts are the page's at the tab's address (false after a History-API move, until read). */
  let current = true;
  const leave = vi.fn(async () => null);
  const life = new AbortController();
  const first = vi.fn();
  const reporter = createReporter({
    signal: life.signal,
    snapshot: () => page(title),
    deferred: () => false,
    send,
    current: () => current,
    leave,
    onFirstReply: first,
  });
  return {
    reporter,
    send,
    first,
    life,
    leave,
    setTitle: (t: string) => (title = t),
    setCurrent: (c: boolean) => (current = c),
  };
}
const nextTask = () => new Promise((ok) => setTimeout(ok, 5));

describe('the page report', () => {
  it('goes out once for all the asks of one task, as a snapshot taken when it goes', async () => {
    const s = setup();
    s.reporter.queue();
    s.reporter.queue();
    s.setTitle('b');
    expect(s.send).not.toHaveBeenCalled();
    await nextTask();
    expect(s.send).toHaveBeenCalledTimes(1);
    expect(s.send.mock.calls[0]![0].title).toBe('b');
  });

  it('hands the first answer on (the highlighter starts from it), and no later queued one', async () => {
    const s = setup();
    s.reporter.queue();
    await vi.waitFor(() => expect(s.first).toHaveBeenCalledWith(reply));
    s.reporter.queue();
    await nextTask();
    expect(s.send).toHaveBeenCalledTimes(2);
    expect(s.first).toHaveBeenCalledTimes(1);
  });

  it('now() sends at once and returns the answer, or null when the background gave none', async () => {
    const s = setup();
    expect(await s.reporter.now()).toBe(reply);
    const failing = setup(vi.fn(async () => Promise.reject(new Error('no background'))));
    expect(await failing.reporter.now()).toBeNull();
  });

  it('answers a ping with the report as it stands, settled once the page has been reported', async () => {
    const s = setup(vi.fn(async () => Promise.reject(new Error('refused'))));
    // Before its verdict the script has only its start state: the popup waits for the report.
    expect(s.reporter.ping()).toEqual({ ...page('a'), settled: false });
    s.reporter.queue();
    s.setTitle('b');
    // Settled even when the background refused the report: the popup asks for one again.
    await nextTask();
    expect(s.send).toHaveBeenCalledTimes(1);
    expect(s.reporter.ping()).toEqual({ ...page('b'), settled: true });
  });

  it('never sends the facts of a page the tab has left (the background would keep them under the new address)', async () => {
    const s = setup();
    s.reporter.queue();
    await nextTask();
    expect(s.send).toHaveBeenCalledTimes(1);
    // A History-API move: the facts are the page left's until the new page is read.
    s.setCurrent(false);
    s.reporter.queue();
    await nextTask();
    expect(await s.reporter.now()).toBeNull();
    expect(s.send).toHaveBeenCalledTimes(1);
    // No verdict on this page yet: the popup waits ("reading"), it does not ask for a report now.
    expect(s.reporter.ping().settled).toBe(false);
    s.setCurrent(true);
    s.reporter.queue();
    await nextTask();
    expect(s.send).toHaveBeenCalledTimes(2);
    expect(s.reporter.ping().settled).toBe(true);
  });

  it('tells the background once a move that the tab left the page it reported', async () => {
    const s = setup();
    s.setCurrent(false);
    s.reporter.left();
    // Nothing reported yet: nothing to take back.
    expect(s.leave).not.toHaveBeenCalled();
    s.setCurrent(true);
    s.reporter.queue();
    await nextTask();
    s.setCurrent(false);
    s.reporter.left();
    s.reporter.left();
    expect(s.leave).toHaveBeenCalledTimes(1);
    // The new page read and reported, then another move: told again.
    s.setCurrent(true);
    s.reporter.queue();
    await nextTask();
    s.reporter.left();
    expect(s.leave).toHaveBeenCalledTimes(1);
    s.setCurrent(false);
    s.reporter.left();
    expect(s.leave).toHaveBeenCalledTimes(2);
  });

  it('sends nothing once the content script has ended', async () => {
    const s = setup();
    s.reporter.queue();
    s.life.abort();
    await nextTask();
    expect(s.send).not.toHaveBeenCalled();
  });
});
