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
 *
 * The item comes from another device, or in Firefox from a content script (storage.sync is open
 * to it there), so it is checked before it counts: device-local settings in it are ignored, and
 * an item with a value no setting takes or dated over a day ahead (admit.ts' bound) is held, not
 * applied and not overwritten, unless the reader changes the settings here. Unchecked, a bad value
 * made every round throw before the highlights were written, and a time of `Number.MAX_VALUE`
 * won over every local change.
 */
import * as v from 'valibot';
import { canonicalJson } from '@/utils/sync/merge';
import { MAX_CLOCK_SKEW_MS } from '@/utils/sync/hlc';
import { settingsSchema, type Settings, type SettingsPatch } from '@/utils/store/settings';
import { issueMessage } from '@/utils/highlights/record';

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

/** The item's shape, or null (not a settings item: treated as absent). */
export function parseSettingsItem(value: unknown): SettingsItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const item = value as Partial<SettingsItem>;
  if (item.v !== 1 || typeof item.at !== 'number' || typeof item.by !== 'string') return null;
  if (typeof item.s !== 'object' || item.s === null || Array.isArray(item.s)) return null;
  return item as SettingsItem;
}

/**
 * The settings of an item this device may apply: known synced fields only (a newer version's
 * are passed by), or why the item is held (a value no setting takes; a time too far ahead).
 */
export function admitSettingsItem(item: SettingsItem, now: number): { patch: SettingsPatch } | { held: string } {
  if (!(item.at - now <= MAX_CLOCK_SKEW_MS))
    return { held: `settings from another browser dated ${Math.round((item.at - now) / 3_600_000)} h ahead` };
  const known = settingsSchema().entries;
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item.s))
    if (Object.hasOwn(known, key) && !(DEVICE_LOCAL as readonly string[]).includes(key)) patch[key] = value;
  const parsed = v.safeParse(settingsSchema(), patch);
  if (!parsed.success)
    return {
      held: `settings from another browser with a value no setting takes (${v.getDotPath(parsed.issues[0]) ?? ''} ${issueMessage(parsed.issues[0])})`,
    };
  return { patch: patch };
}

export type SettingsDecision =
  /** Apply `patch`, then remember `{ hash of the result, at }`. */
  | { kind: 'apply-remote'; patch: SettingsPatch; at: number }
  /** Make the item `item` (written only if it differs) and remember `state`; `held`: why the item there was not applied. */
  | { kind: 'write'; item: SettingsItem; state: SettingsSyncState; held?: string }
  /** Leave the item there as it is (held, see admitSettingsItem) and remember `state`. */
  | { kind: 'hold'; state: SettingsSyncState; held: string };

export const settingsHash = (settings: Settings) => canonicalJson(syncedSettings(settings));

/**
 * What to do with the settings this round: apply the remote item (it is newer than our
 * last local change) or write ours (the item is missing, older, or the same), or leave a held
 * item alone (nothing changed here).
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
  const changedLocally = state !== null && state.hash !== hash;
  let remote = parseSettingsItem(remoteValue);
  const admitted = remote && admitSettingsItem(remote, now);
  const held = admitted && 'held' in admitted ? admitted.held : undefined;
  if (held !== undefined) {
    if (!changedLocally) return { kind: 'hold', state: state ?? { hash, at: 0 }, held };
    remote = null; // the reader's change here goes over it
  }
  const patch = admitted && 'patch' in admitted ? admitted.patch : {};
  // A device that never synced has time 0: settings already in sync win over its defaults.
  let at = state === null ? 0 : changedLocally ? now : state.at;
  // A local change must beat what it was made on top of, even with a clock behind the other device's.
  if (changedLocally && remote && remote.at >= at) at = remote.at + 1;
  const remoteWins = remote !== null && (remote.at > at || (remote.at === at && remote.by > deviceId));
  if (remote && remoteWins) {
    // Applied as the library applies it (a partial item keeps the fields it lacks).
    if (settingsHash(v.parse(settingsSchema(), { ...local, ...patch })) !== hash)
      return { kind: 'apply-remote', patch, at: remote.at };
    // Nothing to change: the item stays as it is (fields of a newer version included).
    return { kind: 'write', item: remote, state: { hash, at: remote.at } };
  }
  const item: SettingsItem = { v: 1, at, by: deviceId, s: ours };
  return { kind: 'write', item, state: { hash, at }, ...(held !== undefined && { held }) };
}
