// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeArticle, watchForLateArticle } from '@/entrypoints/content/directives/watch';
import { setBody } from '../../support/dom';

/** Lets the MutationObserver deliver (a microtask), then moves the fake clock on. */
async function wait(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function addParagraph(text: string, parent: Element = document.body): Element {
  const p = document.createElement('p');
  p.textContent = text;
  parent.append(p);
  return p;
}

let life: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  setBody('<div id="root"><p>正文第一段。</p></div><div id="side"></div>');
  life = new AbortController();
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

describe('watchForLateArticle', () => {
  it('checks once enough text arrived (debounced), and stops at the first success', async () => {
    const check = vi.fn(() => check.mock.calls.length >= 2);
    watchForLateArticle(document, check, { signal: life.signal, debounceMs: 100, minAddedChars: 20 });
    addParagraph('短');
    await wait(200);
    expect(check).not.toHaveBeenCalled();
    addParagraph('这一段足够长,'.repeat(5));
    addParagraph('又一段足够长的文字,'.repeat(5));
    await wait(50);
    expect(check).not.toHaveBeenCalled();
    await wait(100);
    expect(check).toHaveBeenCalledTimes(1);
    addParagraph('第三段也足够长的文字,'.repeat(5));
    await wait(150);
    expect(check).toHaveBeenCalledTimes(2);
    addParagraph('停止以后再来的文字,'.repeat(5));
    await wait(500);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('does not count text added inside our own UI', async () => {
    const check = vi.fn(() => false);
    watchForLateArticle(document, check, { signal: life.signal, debounceMs: 10, minAddedChars: 20 });
    const ours = document.createElement('div');
    ours.setAttribute('data-hzd-ui', '');
    ours.textContent = '我们自己的界面文字,不是页面内容。'.repeat(5);
    document.body.append(ours);
    await wait(100);
    expect(check).not.toHaveBeenCalled();
  });

  it('ends after its lifetime, when its signal aborts, or when stopped', async () => {
    const expired = vi.fn(() => false);
    watchForLateArticle(document, expired, { signal: life.signal, lifetimeMs: 1000, debounceMs: 10, minAddedChars: 1 });
    await wait(1100);
    addParagraph('过期以后的文字');
    await wait(100);
    expect(expired).not.toHaveBeenCalled();

    const aborted = vi.fn(() => false);
    const parent = new AbortController();
    watchForLateArticle(document, aborted, { signal: parent.signal, debounceMs: 10, minAddedChars: 1 });
    parent.abort();
    addParagraph('中止以后的文字');
    await wait(100);
    expect(aborted).not.toHaveBeenCalled();

    const stopped = vi.fn(() => false);
    const stop = watchForLateArticle(document, stopped, { signal: life.signal, debounceMs: 10, minAddedChars: 1 });
    stop();
    addParagraph('停止以后的文字');
    await wait(100);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('checks soon, once, when the page changed before it started', async () => {
    const check = vi.fn(() => false);
    watchForLateArticle(document, check, { signal: life.signal, debounceMs: 30, checkSoon: true });
    await wait(40);
    expect(check).toHaveBeenCalledTimes(1);
  });
});

describe('observeArticle', () => {
  const root = () => document.getElementById('root');

  it('reports a change inside the article body after a quiet moment', async () => {
    const onChange = vi.fn();
    observeArticle(document, { signal: life.signal, root, onChange, debounceMs: 100 });
    addParagraph('新的一段', root()!);
    await wait(50);
    expect(onChange).not.toHaveBeenCalled();
    await wait(600);
    expect(onChange).toHaveBeenCalledWith('content');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores our own marks and UI, and small insertions outside the body', async () => {
    const onChange = vi.fn();
    const observer = observeArticle(document, { signal: life.signal, root, onChange, debounceMs: 10 });
    const mark = document.createElement('hzd-mark');
    mark.textContent = '正文';
    root()!.firstElementChild!.append(mark);
    observer.ignoreOwnWrites();
    const ui = document.createElement('div');
    ui.setAttribute('data-hzd-ui', '');
    ui.textContent = 'UI';
    document.body.append(ui);
    addParagraph('边栏', document.getElementById('side')!);
    await wait(700);
    expect(onChange).not.toHaveBeenCalled();
    addParagraph('边栏里加载的一大段文字,'.repeat(20), document.getElementById('side')!);
    await wait(700);
    expect(onChange).toHaveBeenCalledWith('content');
  });

  it('under a constant stream of changes still reports within maxWaitMs', async () => {
    const onChange = vi.fn();
    observeArticle(document, { signal: life.signal, root, onChange, debounceMs: 100, maxWaitMs: 300 });
    for (let i = 0; i < 8; i++) {
      addParagraph(`第${i}段`, root()!);
      await wait(60);
    }
    expect(onChange).toHaveBeenCalled();
  });

  it('reports a new address (History API navigation) as "url"', async () => {
    const onChange = vi.fn();
    observeArticle(document, { signal: life.signal, root, onChange, debounceMs: 10 });
    history.pushState(null, '', '/other-article.html');
    addParagraph('换页', root()!);
    await wait(700);
    expect(onChange).toHaveBeenCalledWith('url');
  });

  it('says at once that the address moved, before the debounced re-read', async () => {
    const onChange = vi.fn();
    const onMoved = vi.fn();
    observeArticle(document, { signal: life.signal, root, onChange, onMoved, debounceMs: 250 });
    addParagraph('同一页', root()!);
    await wait(0);
    expect(onMoved).not.toHaveBeenCalled();
    history.pushState(null, '', '/moved-article.html');
    addParagraph('换页中', root()!);
    await wait(0);
    // The facts reported are still the page left's: the badge and popup must drop them now.
    expect(onMoved).toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    await wait(700);
    expect(onChange).toHaveBeenCalledWith('url');
  });

  it('a move seen only through our own writes (the panel mounted late) waits for the page to change', async () => {
    const onChange = vi.fn();
    const onMoved = vi.fn();
    observeArticle(document, { signal: life.signal, root, onChange, onMoved, debounceMs: 10 });
    // Firefox: a pushState that changes nothing in the page, then our outline panel mounts (idle time).
    history.pushState(null, '', '/moved-quietly.html');
    const panel = document.createElement('div');
    panel.setAttribute('data-hzd-ui', '');
    document.body.append(panel);
    await wait(700);
    // The move is told, but the page still shows the page left: read now, its facts would be
    // reported under the new address (the popup showed A's title at B's address).
    expect(onMoved).toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    panel.remove();
    await wait(700);
    expect(onChange).not.toHaveBeenCalled();
    addParagraph('新页面的正文', root()!);
    await wait(700);
    expect(onChange).toHaveBeenCalledWith('url');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops with its signal', async () => {
    const onChange = vi.fn();
    const parent = new AbortController();
    observeArticle(document, { signal: parent.signal, root, onChange, debounceMs: 10 });
    parent.abort();
    addParagraph('中止以后', root()!);
    await wait(700);
    expect(onChange).not.toHaveBeenCalled();
  });
});
