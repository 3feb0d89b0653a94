/**
 * Browser sync: the library and settings mirrored into `storage.sync`, which the browser
 * itself carries to the user's other browsers (Chrome account sync, Firefox Sync).
 *
 * A round (utils/sync/README.md): read every item → decode → admit (utils/sync/admit.ts) → merge
 * into the library (inside its writer, against the records as stored) → settings last-writer-wins
 * (settings-item.ts) → encode the newest records (as many as the quota holds) → write only the items that differ,
 * in at most two calls, inside the write budget.
 *
 * The quota holds a few hundred highlights, so a round never reads the whole library: the
 * candidates are what the items held, the newest records by creation and the records written
 * last (edits, deletions, merges), read by index (browser-sync-outgoing.ts); the encoding keeps
 * the newest of them by clock. The status says how many of the library's live records that is ("N of M").
 *
 * Rounds run 5 s after a local change, 1 s after a change from another device
 * (`storage.onChanged`, area "sync"), and on the periodic alarm. Browser APIs are injected, so
 * two instances over one shared area can be tested in Node.
 */
import {
  exchangeFollowItems,
  isFollowItemKey,
  mergeInto,
  sameItem,
  type SyncedFollows,
} from '@/utils/sync/follows-sync';
import type { Highlight } from '@/utils/highlights/record';
import type { KeyValueArea } from '@/utils/store/area';
import type { Settings, SettingsPatch } from '@/utils/store/settings';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { diffSyncItems, isSyncItemKey } from '@/utils/sync/browser-sync-items';
import { admitRecords } from '@/utils/sync/admit';
import { encodeNewest, type CandidateSource, type OutgoingOptions } from './browser-sync-outgoing';
import { createWriteBudget, type WriteBudget } from './budget';
import { createRoundScheduler, realTimers, type RoundScheduler, type Timers } from './scheduler';
import { decideSettings, settingsHash, SETTINGS_SYNC_KEY, type SettingsSyncState } from './settings-item';
import { describeSyncError, type BrowserSyncStatus } from '@/utils/sync/status';
import { SYNC_LIMITS, syncItemBytes } from '@/utils/sync/sync-quota';
import { SEAL_META_KEY, sealedItemBytes } from '@/utils/sync/browser-sync-sealed';
import { BrowserSyncSeal, isSealableKey } from './browser-sync-seal';
import { noKeys, type KeyStore } from './key-store';

/** The part of the Library browser sync uses: the candidates' reads (browser-sync-outgoing.ts) and the writes. */
export interface SyncedLibrary extends CandidateSource {
  /** Merges records into the library as stored when the merge runs (utils/store/library.ts). */
  merge(records: Highlight[]): Promise<Highlight[]>;
  getSettings(): Settings;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  readonly meta: { deviceId: string } | null;
}

export const LOCAL_CHANGE_DELAY_MS = 5_000;
export const REMOTE_CHANGE_DELAY_MS = 1_000;
/** A torn read (another device mid-write) is read again this much later before writing over it. */
export const TORN_READ_RETRY_MS = 3_000;
/** A round asked for while sync is held is tried again this much later (and when the hold ends). */
export const HELD_RETRY_MS = 10_000;
const TORN_READS_BEFORE_WRITING_ANYWAY = 3;
/** Where this device keeps its settings-sync state and last status (the `local` area below). */
export const BROWSER_SYNC_STATE_KEY = 'sync:browser';

export interface BrowserSyncDeps {
  /** `browser.storage.sync` */
  sync: KeyValueArea;
  /** This device's small sync state (the library database's `secrets` store: utils/store/secret-area.ts). */
  local: KeyValueArea;
  library: SyncedLibrary;
  ready: Promise<void>;
  timers?: Timers;
  budget?: WriteBudget;
  /** True while rounds must wait (sync/index.ts `hold`). */
  held?: () => boolean;
  /** Encoding limits (tests use small ones). */
  encodeOptions?: OutgoingOptions['encodeOptions'];
  /** Followed articles: their own items, in a share of the quota (utils/sync/follows-sync.ts). */
  follows?: SyncedFollows;
  /** Where the passphrase's key is kept (key-store.ts); without one, browser sync stays plain. */
  keys?: KeyStore;
}

interface StoredState {
  settings: SettingsSyncState | null;
  lastSync: number | null;
  /**
   * Record versions (`id@clock`) refused once (utils/sync/admit.ts): never applied later, even
   * when the wall clock has caught up with them, so a refused record cannot beat an edit made
   * here meanwhile. Only versions still in the synced items are remembered.
   */
  refused: string[];
}

export class BrowserSync {
  private readonly timers: Timers;
  private readonly budget: WriteBudget;
  private readonly scheduler: RoundScheduler;
  private readonly seal: BrowserSyncSeal;
  /** Rounds and passphrase changes, one at a time. */
  private exclusive: Promise<unknown> = Promise.resolve();
  private tornReads = 0;
  private state: StoredState | null = null;
  private lastStatus: Omit<BrowserSyncStatus, 'enabled' | 'passphrase'> = {
    synced: 0,
    total: 0,
    bytes: 0,
    refused: 0,
    lastSync: null,
    lastError: null,
  };

  constructor(private readonly deps: BrowserSyncDeps) {
    this.timers = deps.timers ?? realTimers;
    this.budget = deps.budget ?? createWriteBudget({ now: () => this.timers.now() });
    this.scheduler = createRoundScheduler(() => this.round(), this.timers);
    this.seal = new BrowserSyncSeal({ sync: deps.sync, local: deps.local, keys: deps.keys ?? noKeys });
  }

  private one<T>(task: () => Promise<T>): Promise<T> {
    const run = this.exclusive.then(task, task);
    this.exclusive = run.catch(() => undefined);
    return run;
  }

  /**
   * Sets the passphrase (browser-sync-seal.ts: unlocks items sealed elsewhere, or seals the items
   * there), or with null turns it off (the items written back plain). Throws in plain words
   * (a wrong passphrase: WrongPassphraseError), nothing changed; then a round runs.
   */
  async setPassphrase(passphrase: string | null): Promise<void> {
    await this.deps.ready;
    const take = (calls: number) => this.budget.tryTake(calls);
    try {
      await this.one(async () => {
        if (passphrase === null) await this.seal.turnOff(take);
        else await this.seal.turnOn(passphrase);
      });
    } catch (e) {
      throw new Error(describeSyncError(e));
    }
    this.lastStatus = { ...this.lastStatus, lastError: null };
    if (this.enabled) await this.syncNow().catch(() => undefined);
  }

  /**
   * Keeps encrypting where the items were found plain without their passphrase item
   * (browser-sync-seal.ts, 'unsealed'): a round runs at once, writing every item sealed from this
   * device, the plain ones set aside unmerged. Throws in plain words, nothing changed.
   */
  async keepEncrypting(): Promise<void> {
    await this.deps.ready;
    try {
      await this.one(() => this.seal.keepEncrypting());
    } catch (e) {
      throw new Error(describeSyncError(e));
    }
    if (this.enabled) await this.syncNow().catch(() => undefined);
  }

  get enabled(): boolean {
    return this.deps.library.getSettings().browserSync;
  }

  /** A highlight or setting changed on this device. */
  localChanged(): void {
    if (this.enabled) this.scheduler.request(LOCAL_CHANGE_DELAY_MS);
  }

  /** `storage.onChanged` for area "sync": another device (or our own write) changed items. */
  remoteChanged(keys: readonly string[]): void {
    if (
      this.enabled &&
      keys.some((k) => isSyncItemKey(k) || k === SETTINGS_SYNC_KEY || isFollowItemKey(k) || k === SEAL_META_KEY)
    ) {
      this.scheduler.request(REMOTE_CHANGE_DELAY_MS);
    }
  }

  /** Runs a round now (alarm, "sync now", tests). */
  syncNow(): Promise<void> {
    return this.scheduler.runNow();
  }

  async status(): Promise<BrowserSyncStatus> {
    const state = await this.loadState();
    const { highlights: total } = await this.deps.library.stats();
    return {
      ...this.lastStatus,
      // Counts are only known after a round in this worker; before it, say nothing is unknown.
      total,
      synced: this.lastStatus.lastSync === null ? 0 : Math.min(this.lastStatus.synced, total),
      lastSync: this.lastStatus.lastSync ?? state.lastSync,
      enabled: this.enabled,
      passphrase: await this.seal.passphrase().catch(() => 'needed' as const),
    };
  }

  private async loadState(): Promise<StoredState> {
    if (!this.state) {
      const raw = (await this.deps.local.get(BROWSER_SYNC_STATE_KEY))[BROWSER_SYNC_STATE_KEY] as
        Partial<StoredState> | undefined;
      this.state = {
        settings: raw?.settings ?? null,
        lastSync: raw?.lastSync ?? null,
        refused: Array.isArray(raw?.refused) ? raw.refused.filter((x) => typeof x === 'string') : [],
      };
    }
    return this.state;
  }

  private async saveState(next: StoredState): Promise<void> {
    this.state = next;
    await this.deps.local.set({ [BROWSER_SYNC_STATE_KEY]: next });
  }

  /**
   * Splits what was read into records to merge and records held back: refused now or in an
   * earlier round (remembered by version). Held-back records are written back untouched
   * (encodeNewest: but for those far ahead of a record this library has).
   */
  private async admit(
    records: Highlight[],
  ): Promise<{ admitted: Highlight[]; heldBack: Highlight[]; reason: string; corrected: number }> {
    const state = await this.loadState();
    const version = (r: Highlight) => `${r.id}@${r.clock}`;
    const known = new Set(state.refused);
    const { admitted, refused, corrected } = admitRecords(
      records.filter((r) => !known.has(version(r))),
      { now: this.timers.now() },
    );
    const refusedIds = new Set(refused.map((r) => r.id));
    const heldBack = records.filter((r) => known.has(version(r)) || refusedIds.has(r.id));
    const next = heldBack.map(version).sort();
    if (next.join('\n') !== state.refused.join('\n')) await this.saveState({ ...state, refused: next });
    return {
      admitted,
      heldBack,
      reason: refused[0]?.reason ?? 'refused in an earlier round',
      corrected: corrected.length,
    };
  }

  /** One read-merge-write round. Errors end up in the status, in plain words. */
  round(): Promise<void> {
    return this.one(() => this.sealedRound());
  }

  private async sealedRound(): Promise<void> {
    await this.deps.ready;
    if (!this.enabled) return;
    if (this.deps.held?.()) return this.scheduler.request(HELD_RETRY_MS);
    const { library } = this.deps;
    try {
      const state = await this.loadState();
      // With a passphrase the round works on the items opened (browser-sync-seal.ts); a device
      // that cannot open them stops here, before reading or writing anything.
      const opened = await this.seal.open(await this.deps.sync.get(null));
      if (opened.kind === 'stop') {
        this.lastStatus = { ...this.lastStatus, lastError: opened.why };
        return;
      }
      const items = opened.view;
      const stored = opened.kind === 'sealed' ? sealedItemBytes : (_key: string, plain: number) => plain;
      const decoded = decodeFromSync(items);
      decoded.errors.unshift(...opened.errors);

      // Only records from items that match the manifest come out of decodeFromSync; of those,
      // records with a clock or time too far ahead (or a malformed clock) are not merged here
      // (utils/sync/admit.ts) but written back untouched below: they are another device's data,
      // read again every round, and dropping them would start a tug of war with that device.
      // The rest merge inside the library's writer, against the records as stored.
      const { admitted, heldBack, reason, corrected } = await this.admit(decoded.records);
      if (admitted.length) await library.merge(admitted);
      this.lastStatus = { ...this.lastStatus, refused: heldBack.length };

      const deviceId = library.meta?.deviceId ?? 'unknown';
      let decision = decideSettings(
        library.getSettings(),
        state.settings,
        items[SETTINGS_SYNC_KEY],
        deviceId,
        this.timers.now(),
      );
      if (decision.kind === 'apply-remote') {
        const applied = await library.updateSettings(decision.patch);
        const appliedState = { hash: settingsHash(applied), at: decision.at };
        decision = decideSettings(applied, appliedState, items[SETTINGS_SYNC_KEY], deviceId, this.timers.now());
      }
      // Settings over the room kept for their item (a density for each of hundreds of sites; a
      // compromised content script can add its own host's, one subdomain after another) are not
      // written: in the same `set` as the highlights, an item over the quota failed them all, every
      // round. The item in storage.sync stays as it is, and this round's state is not kept, so
      // they are written once they fit again.
      const settingsRoom = this.deps.encodeOptions?.reserveBytes ?? SYNC_LIMITS.reserveBytes;
      const settingsBytes =
        decision.kind === 'write' ? stored(SETTINGS_SYNC_KEY, syncItemBytes(SETTINGS_SYNC_KEY, decision.item)) : 0;
      const tooBig = settingsBytes > Math.min(settingsRoom, SYNC_LIMITS.maxItemBytes);
      // After an apply the item is ours or held: applying again would change nothing.
      const settingsItem = decision.kind === 'write' && !tooBig ? decision.item : items[SETTINGS_SYNC_KEY];
      const settingsState = decision.kind === 'apply-remote' || tooBig ? state.settings : decision.state;
      const settingsHeld = decision.kind === 'apply-remote' ? undefined : decision.held;
      const settingsNote = tooBig
        ? `the settings are too large for browser sync (${settingsBytes.toLocaleString('en')} bytes, room for ${settingsRoom.toLocaleString('en')}): not synced, the highlights are`
        : settingsHeld !== undefined
          ? `${settingsHeld} not applied here`
          : null;

      // Keeping the encryption, the round writes at once: what it could not read is set aside.
      const setAside = opened.kind === 'sealed' ? opened.setAside : undefined;
      if (!setAside && decoded.errors.length && ++this.tornReads < TORN_READS_BEFORE_WRITING_ANYWAY) {
        this.scheduler.request(TORN_READ_RETRY_MS);
        this.lastStatus = {
          ...this.lastStatus,
          lastError: `some synced data could not be read (reading again): ${decoded.errors[0]}`,
        };
        return;
      }
      this.tornReads = 0;

      const { encoded, synced, total } = await encodeNewest(library, admitted, heldBack, {
        now: () => this.timers.now(),
        withFollows: !!this.deps.follows,
        encodeOptions: { ...this.deps.encodeOptions, storedBytes: stored },
      });
      const target = { ...encoded.items, ...(settingsItem === undefined ? {} : { [SETTINGS_SYNC_KEY]: settingsItem }) };
      // The passphrase just set: every item goes out sealed, the unchanged ones too.
      const rewrite = opened.kind === 'sealed' && opened.rewriteAll === true;
      const { remove } = diffSyncItems(items, target);
      const { set } = diffSyncItems(rewrite ? {} : items, target);
      const same = rewrite ? () => false : sameItem;
      if (this.deps.follows)
        mergeInto(set, remove, await exchangeFollowItems(items, this.deps.follows, this.timers.now(), same, stored));
      if (rewrite) {
        // Items kept as they are (a follow version refused here, settings held) go out sealed
        // too; one that would not fit an item sealed (only a hostile one can be that big) stays.
        for (const [k, v] of Object.entries(items))
          if (isSealableKey(k) && !Object.hasOwn(set, k) && !remove.includes(k)) set[k] = v;
        for (const [k, v] of Object.entries(set))
          if (sealedItemBytes(k, syncItemBytes(k, v)) > SYNC_LIMITS.maxItemBytes) delete set[k];
      }
      const out = await this.seal.seal(opened, set);
      // Items set aside that the round does not write over go, so no later round names them.
      for (const k of setAside ?? []) if (!Object.hasOwn(out, k) && !remove.includes(k)) remove.push(k);
      const calls = (Object.keys(out).length ? 1 : 0) + (remove.length ? 1 : 0);
      if (calls && !this.budget.tryTake(calls)) {
        // Over the write rate: try again when the budget allows, nothing is lost meanwhile.
        this.scheduler.request(Math.min(this.budget.waitFor(calls), 60 * 60_000));
        this.lastStatus = { ...this.lastStatus, lastError: 'waiting for the browser’s sync write limit' };
        return;
      }
      if (Object.keys(out).length) await this.deps.sync.set(out);
      if (remove.length) await this.deps.sync.remove(remove);
      await this.seal.written(opened);

      const now = this.timers.now();
      await this.saveState({ ...(await this.loadState()), settings: settingsState, lastSync: now });
      this.lastStatus = {
        synced,
        total,
        bytes: encoded.bytes,
        refused: heldBack.length,
        lastSync: now,
        lastError: setAside
          ? `browser sync is encrypted again from this device: ${setAside.length} items not encrypted with its passphrase were set aside (not merged) and replaced`
          : decoded.errors.length
            ? `some synced data could not be read: ${decoded.errors[0]}`
            : heldBack.length
              ? `${heldBack.length} synced highlight(s) not applied here: ${reason}`
              : corrected
                ? `${corrected} highlight(s) from browser sync named another site than their page’s address: kept, with the site of their address`
                : settingsNote,
      };
    } catch (e) {
      this.lastStatus = { ...this.lastStatus, lastError: describeSyncError(e) };
      throw e;
    }
  }
}
