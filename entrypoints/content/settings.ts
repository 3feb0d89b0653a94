/**
 * The settings for the first paint, read straight from storage (the background stays the only
 * writer): asking the background would have to wake its service worker first, 50-100 ms.
 * Later changes arrive with the page report's reply (./report.ts).
 */
import { KEYS } from '@/utils/store/schema';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/store/settings';
import { ask } from '@/platform/messaging';
import { readLocal } from '@/platform/storage';
import { takeEarlySettingsRead } from './early-settings';
import { phaseAsync } from '@/utils/perf/timing';

/** The settings; never rejects (the background's answer, else the defaults, when storage cannot be read). */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await phaseAsync('settings-read', () => takeEarlySettingsRead() ?? readLocal(KEYS.settings));
    return parseSettings(stored[KEYS.settings]).settings;
  } catch {
    return ask({ type: 'settings/get' }).catch(() => DEFAULT_SETTINGS);
  }
}
