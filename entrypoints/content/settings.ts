/**
 * The settings for the first paint, read straight from storage (the background stays the only
 * writer): asking the background would have to wake its service worker first, 50-100 ms.
 * Later changes arrive with the page report's reply (./report.ts).
 *
 * The copy in storage names no site (utils/store/site-view.ts): where this site's bucket is set,
 * it may have entries of its own (a density, auto-marks off) and the background is asked for
 * them before anything is painted; everywhere else the copy is the answer.
 */
import { KEYS } from '@/utils/store/schema';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/store/settings';
import { mirrorMayName } from '@/utils/store/site-view';
import { ask } from '@/platform/messaging';
import { readLocal } from '@/platform/storage';
import { takeEarlySettingsRead } from './early-settings';
import { phaseAsync } from '@/utils/perf/timing';

/** The settings; never rejects (the background's answer, else the defaults, when storage cannot be read). */
export async function loadSettings(): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await phaseAsync('settings-read', () => takeEarlySettingsRead() ?? readLocal(KEYS.settings)))[
      KEYS.settings
    ];
  } catch {
    return ask({ type: 'settings/get' }).catch(() => DEFAULT_SETTINGS);
  }
  const copy = parseSettings(stored).settings;
  if (!mirrorMayName(stored, location.hostname)) return copy;
  // No answer: nothing painted rather than a site the reader switched off (the report's reply decides later).
  return phaseAsync('settings-ask', () => ask({ type: 'settings/get' })).catch(() => ({ ...copy, autoMarks: false }));
}
