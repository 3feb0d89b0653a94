/**
 * Settings in `storage.sync`: one item, last writer wins by wall-clock time.
 *
 * The item `st` = `{ v: 1, at, by, s }`: `s` the settings minus the device-local ones
 * (`browserSync` itself: turning browser sync off on one device must not turn it off on the
 * others), `at` when they were last changed (ms), `by` the device that changed them.
 * Settings change rarely and by hand, so a per-field merge would buy little; two devices
 * changing settings within the same sync delay keep the later change (ties: greater device id).
 *
 * Each device remembers `{ hash, at }` of the settings it last wrote or applied (in
 * the library database's `secrets` store), so it can tell a local change (hash differs) from an unchanged state.
 */
import { canonicalJson } from '@/utils/sync/merge';
import type { Settings, SettingsPatch } from '@/utils/store/settings';

export const SETTINGS_SYNC_KEY = 'st';
/** Settings that stay on the device. */
const DEVICE_LOCAL = ['browserSync'] as const;

export interface SettingsItem {
  v: 1;
  at: number;
  by: string;
  s: SettingsPatch;
}

export interface SettingsSyncState {
  hash: string;
  at: number;
}

export function syncedSettings(settings: Settings): SettingsPatch {
  const copy: Record<string, unknown> = { ...settings };
  for (const k of DEVICE_LOCAL) delete copy[k];
  return copy;
}

export function parseSettingsItem(value: unknown): SettingsItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const item = value as Partial<SettingsItem>;
  if (item.v !== 1 || typeof item.at !== 'number' || typeof item.by !== 'string') return null;
  if (typeof item.s !== 'object' || item.s === null) return null;
  return item as SettingsItem;
}

export type SettingsDecision =
  /** Apply `patch`, then remember `{ hash of the result, at }`. */
  | { kind: 'apply-remote'; patch: SettingsPatch; at: number }
  /** Make the item `item` (written only if it differs) and remember `state`. */
  | { kind: 'write'; item: SettingsItem; state: SettingsSyncState };

export const settingsHash = (settings: Settings) => canonicalJson(syncedSettings(settings));

/**
 * What to do with the settings this round: apply the remote item (it is newer than our
 * last local change) or write ours (the item is missing, older, or the same).
 */
export function decideSettings(
  local: Settings,
  state: SettingsSyncState | null,
  remoteValue: unknown,
  deviceId: string,
  now: number,
): SettingsDecision {
  const ours = syncedSettings(local);
  const hash = canonicalJson(ours);
  const remote = parseSettingsItem(remoteValue);
  const changedLocally = state !== null && state.hash !== hash;
  // A device that never synced has time 0: settings already in sync win over its defaults.
  let at = state === null ? 0 : changedLocally ? now : state.at;
  // A local change must beat what it was made on top of, even with a clock behind the other device's.
  if (changedLocally && remote && remote.at >= at) at = remote.at + 1;
  const remoteWins = remote !== null && (remote.at > at || (remote.at === at && remote.by > deviceId));
  if (remoteWins && canonicalJson(remote.s) !== hash) return { kind: 'apply-remote', patch: remote.s, at: remote.at };
  const item: SettingsItem = remoteWins
    ? { v: 1, at: remote.at, by: remote.by, s: ours }
    : { v: 1, at, by: deviceId, s: ours };
  return { kind: 'write', item, state: { hash, at: item.at } };
}
