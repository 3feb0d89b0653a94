// @vitest-environment happy-dom
/**
 * WXT's real content-script context (with WXT's fake browser): what ends it, and what
 * ./lifetime.ts lets end it. Pins the name of WXT's start signal, which the guard must know.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { holdLifetime, runningCopy, startSignalName } from '@/entrypoints/content/lifetime';

/** What a page script sends: the start signal of "another copy" of our script. */
const forge = (name = startSignalName()) =>
  document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));

const contexts: ContentScriptContext[] = [];
const newContext = () => {
  const ctx = new ContentScriptContext('content');
  contexts.push(ctx);
  return ctx;
};

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
  window.__huazhongdian = undefined;
  fakeBrowser.reset();
});

describe("WXT's start signal", () => {
  it('is named after the extension id and the entrypoint, and WXT itself obeys a forged one', () => {
    expect(startSignalName()).toBe(
      `${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`,
    );
    const ctx = newContext();
    forge();
    expect(ctx.isInvalid).toBe(true);
  });

  it('no longer ends a running copy: neither a forged one nor a second copy of the script', () => {
    const ctx = newContext();
    let rechecks = 0;
    holdLifetime(ctx, window, () => rechecks++);
    forge();
    document.documentElement.dispatchEvent(
      new CustomEvent(startSignalName(), { bubbles: true, detail: { contentScriptName: 'content', messageId: 'x' } }),
    );
    newContext(); // a second injection: WXT's constructor sends the signal
    expect(ctx.isInvalid).toBe(false);
    // The second copy hands over to the running one instead.
    runningCopy(window)?.recheck();
    expect(rechecks).toBe(1);
  });

  it('lets a copy go once its extension is gone, and the hook with it', () => {
    const ctx = newContext();
    holdLifetime(ctx, window, () => undefined);
    expect(runningCopy(window)).not.toBeNull();
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(runningCopy(window)).toBeNull();
    expect(ctx.isInvalid).toBe(true);
    expect(window.__huazhongdian).toBeUndefined();
  });

  it('a copy whose run ended takes its hook away, so the next injection starts afresh', () => {
    const ctx = newContext();
    holdLifetime(ctx, window, () => undefined);
    ctx.abort();
    expect(runningCopy(window)).toBeNull();
  });
});
