// @vitest-environment happy-dom
/**
 * The toast and the orphan notice are live regions: each is put in the page empty and gets its
 * text a moment later, so screen readers, which announce changes inside a region they already
 * know, read it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act as preactAct } from 'preact/test-utils';
import { HighlightUi, type HighlightUiProps } from '@/components/toolbar/HighlightUi';
import { ANNOUNCE_DELAY_MS } from '@/components/toolbar/Toast';

/** Runs a synchronous change and flushes Preact's updates. */
const act = (fn: () => void): void => void preactAct(fn);

let root: HTMLElement;
const show = (props: Partial<HighlightUiProps>) =>
  act(() => render(<HighlightUi toolbar={null} toast={null} orphans={null} dark={false} {...props} />, root));
const region = (role: string) => root.querySelector(`[role="${role}"]`);
const toast = (message: string, tone?: 'error') => ({ message, tone, closeLabel: 'Close', onClose: () => undefined });
const later = () => act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));

beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

describe('live regions first, their text after', () => {
  it('a toast: an empty status region, then its message and buttons', () => {
    show({ toast: toast('Copied') });
    expect(region('status')?.textContent).toBe('');
    expect(region('status')?.querySelector('button')).toBeNull();
    later();
    expect(region('status')?.textContent).toContain('Copied');
    // The region is known now: a new message shows at once.
    show({ toast: toast('Deleted') });
    expect(region('status')?.textContent).toContain('Deleted');
  });

  it('an error after a message: a new (alert) region, empty first', () => {
    show({ toast: toast('Copied') });
    later();
    show({ toast: toast('storage is full', 'error') });
    expect(region('status')).toBeNull();
    expect(region('alert')?.textContent).toBe('');
    later();
    expect(region('alert')?.textContent).toContain('storage is full');
  });

  it('the orphan notice', () => {
    show({ orphans: { message: '1 highlight not found', dismissLabel: 'Dismiss', onDismiss: () => undefined } });
    expect(region('status')?.textContent).toBe('');
    later();
    expect(region('status')?.textContent).toContain('1 highlight not found');
  });

  it('follows the page’s scheme, not the system’s', () => {
    show({ toast: toast('x') });
    expect(root.querySelector('.hzd-ui')?.classList.contains('dark')).toBe(false);
    show({ toast: toast('x'), dark: true });
    expect(root.querySelector('.hzd-ui')?.classList.contains('dark')).toBe(true);
  });
});
