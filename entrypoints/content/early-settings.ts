/**
 * The settings come from storage in the browser process: 10-20 ms during a page load here.
 * Asked for while the bundle is evaluated, the read overlaps module evaluation (4-6 ms) and
 * the analysis, and is usually answered before the analysis is done; the first paint then
 * does not wait for it. Not asked where the address alone rules out an article. (This module
 * imports as little as it can, so the read goes out early.)
 *
 * WXT also imports the entrypoints in Node at build time to read their options: there is no
 * page then, and nothing is asked.
 */
import { isListingUrl } from '@/utils/article/page-url';
import { KEYS } from '@/utils/store/schema';
import { readLocal } from '@/platform/storage';

let early: Promise<Record<string, unknown>> | null =
  typeof location === 'undefined' || isListingUrl(location.href) ? null : readLocal(KEYS.settings);
// Handled here so a failure is never "unhandled"; the run that takes it sees the failure too.
early?.catch(() => undefined);

/** The read asked for at load, once (later reads must see later changes), or null. */
export function takeEarlySettingsRead(): Promise<Record<string, unknown>> | null {
  const read = early;
  early = null;
  return read;
}
