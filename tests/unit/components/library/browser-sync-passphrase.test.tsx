// @vitest-environment happy-dom
/**
 * The options page's passphrase form where the items this browser saw encrypted are not any more
 * (browser-sync-seal.ts, 'gone'): the reader is told, and chooses between a passphrase and
 * syncing unencrypted; nothing is sent until then.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act as preactAct } from 'preact/test-utils';
import type { BrowserSyncStatus } from '@/utils/sync/status';
import { testRoot } from './support';

const asked: { type: string; passphrase?: string | null }[] = [];
vi.mock('@/platform/i18n', () => ({ t: (name: string) => name }));
vi.mock('@/platform/messaging', () => ({
  ask: async (req: { type: string; passphrase?: string | null }) => {
    asked.push(req);
    return {};
  },
}));

const { BrowserSyncPassphrase } = await import('@/components/library/BrowserSyncPassphrase');

const flush = () => preactAct(() => new Promise<void>((ok) => setTimeout(ok, 0)));
const mounted = testRoot();
const status = (passphrase: BrowserSyncStatus['passphrase']): BrowserSyncStatus => ({
  enabled: true,
  passphrase,
  synced: 0,
  total: 1,
  bytes: 0,
  refused: 0,
  lastSync: null,
  lastError: null,
});
const unencrypted = () => mounted().querySelector<HTMLButtonElement>('[data-testid="sync-browser-unencrypted"]');

beforeEach(() => {
  asked.length = 0;
});

test('gone: the reader is told, and syncs unencrypted only by choosing it', async () => {
  void preactAct(() => render(<BrowserSyncPassphrase status={status('gone')} onStatus={() => undefined} />, mounted()));
  await flush();
  expect(mounted().textContent).toContain('syncBrowserGone');
  expect(asked).toEqual([]);
  void preactAct(() => unencrypted()!.click());
  await flush();
  expect(asked).toEqual([{ type: 'sync/browser-passphrase', passphrase: null }]);
});

test('off and needed offer no unencrypted choice', async () => {
  for (const p of ['off', 'needed'] as const) {
    void preactAct(() => render(<BrowserSyncPassphrase status={status(p)} onStatus={() => undefined} />, mounted()));
    await flush();
    expect(unencrypted()).toBeNull();
    expect(mounted().textContent).not.toContain('syncBrowserGone');
  }
});

test('unsealed: keep encrypting is the first choice; turning it off here only after a confirm', async () => {
  void preactAct(() =>
    render(<BrowserSyncPassphrase status={status('unsealed')} onStatus={() => undefined} />, mounted()),
  );
  await flush();
  expect(mounted().textContent).toContain('syncBrowserUnsealed');
  const buttons = [...mounted().querySelectorAll<HTMLButtonElement>('button')];
  expect(buttons[0]?.dataset.testid).toBe('sync-browser-keep');
  expect(asked).toEqual([]);
  void preactAct(() => buttons[0]!.click());
  await flush();
  expect(asked).toEqual([{ type: 'sync/browser-reseal' }]);
  asked.length = 0;
  void preactAct(() =>
    mounted().querySelector<HTMLButtonElement>('[data-testid="sync-browser-passphrase-off"]')!.click(),
  );
  await flush();
  expect(asked).toEqual([]);
  expect(mounted().textContent).toContain('syncBrowserUnsealedOffConfirm');
  void preactAct(() =>
    mounted().querySelector<HTMLButtonElement>('[data-testid="sync-browser-passphrase-off-yes"]')!.click(),
  );
  await flush();
  expect(asked).toEqual([{ type: 'sync/browser-passphrase', passphrase: null }]);
});
