/**
 * The first paint's settings from a mirror that names no site (utils/store/site-view.ts): a page
 * whose site may have entries of its own waits for the background's answer, so a site with
 * auto-marks off is never painted and a site's own density is the first paint's; any other page
 * takes the copy at once, without a message.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, autoMarksOn, densityOn, type Settings } from '@/utils/store/settings';
import { mirrorMayName, mirrorOf, siteBucket, siteView } from '@/utils/store/site-view';

const ask = vi.hoisted(() => vi.fn());
vi.mock('@/platform/messaging', () => ({ ask }));
const { loadSettings } = await import('@/entrypoints/content/settings');

const SALT = 'device-1';
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  density: 'cores',
  densitySites: { 'dense.example': 'full' },
  autoMarksOffSites: ['quiet.example'],
  disabledSites: ['off.example'],
};
/** A host in no set bucket (the first of a list: the buckets are few). */
const PLAIN = Array.from({ length: 50 }, (_, i) => `plain${i}.example`).find(
  (h) => !mirrorOf(SETTINGS, SALT).siteBuckets.includes(siteBucket(SALT, h)),
)!;

const at = (hostname: string) => vi.stubGlobal('location', { hostname, href: `https://${hostname}/a.html` });

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: mirrorOf(SETTINGS, SALT) });
  ask.mockReset();
  ask.mockImplementation(async () => siteView(SETTINGS, location.hostname));
});
afterEach(() => vi.unstubAllGlobals());

describe('the first paint’s settings', () => {
  test('every site with an entry falls in a set bucket; its page asks the background and gets its own', async () => {
    for (const host of ['dense.example', 'quiet.example', 'off.example']) {
      expect(mirrorMayName(mirrorOf(SETTINGS, SALT), host)).toBe(true);
      at(host);
      const settings = await loadSettings();
      expect(densityOn(settings, host)).toBe(host === 'dense.example' ? 'full' : 'cores');
      expect(autoMarksOn(settings, host)).toBe(host === 'dense.example');
    }
    expect(ask).toHaveBeenCalledTimes(3);
  });

  test('a site in no set bucket paints from the copy, asking nothing', async () => {
    at(PLAIN);
    const settings = await loadSettings();
    expect(ask).not.toHaveBeenCalled();
    expect(autoMarksOn(settings, PLAIN)).toBe(true);
    expect(densityOn(settings, PLAIN)).toBe('cores');
  });

  test('no answer from the background: a page that may be switched off is not painted', async () => {
    ask.mockRejectedValue(new Error('no worker'));
    at('quiet.example');
    expect(autoMarksOn(await loadSettings(), 'quiet.example')).toBe(false);
  });

  test('a copy of an older version (no buckets) is not trusted to be complete: the background is asked', async () => {
    await fakeBrowser.storage.local.set({ settings: { density: 'full' } });
    at(PLAIN);
    await loadSettings();
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
