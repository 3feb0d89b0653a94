/**
 * The optional passphrase of browser sync (utils/sync/browser-sync-sealed.ts): whether this
 * device seals the items, its key, and what a round may do with the items it reads.
 *
 * This device remembers the key's description it set up or unlocked (`hk`, crypto.ts
 * `CryptoMeta`; its fingerprint) in the library database's `secrets` store, and the key itself,
 * non-extractable, in the extension's IndexedDB (key-store.ts); the passphrase is never stored.
 * A round (`open`) goes on only when storage.sync agrees:
 *
 * | here          | storage.sync                                  | the round                                   |
 * | ------------- | --------------------------------------------- | ------------------------------------------- |
 * | no passphrase | no `hk`, no sealed item                       | plain, as before                            |
 * | no passphrase | `hk`, or sealed items                         | stops: "enter the passphrase to sync"       |
 * | no passphrase | neither, but this device saw them there       | stops until the reader chooses (below)      |
 * | passphrase    | the same `hk`                                 | opens the items (the rest refused, named)   |
 * | just set      | no `hk`, plain items                          | seals them all, writes `hk`                 |
 * | passphrase    | another `hk` (changed, bad iterations)        | stops: enter the passphrase again           |
 * | passphrase    | no `hk`; nothing, or items our key opens      | goes on, writes `hk` back                   |
 * | passphrase    | no `hk`, plain items                          | stops: turned off elsewhere (or a page's)   |
 * | keep chosen   | no `hk`, plain items                          | seals from here, the plain ones set aside   |
 *
 * A stopped round reads nothing into the library and writes nothing: another device's sealed
 * items are never overwritten, merged or removed by a device that cannot read them.
 *
 * A device without the passphrase that has seen storage.sync sealed remembers it
 * (`SEAL_SEEN_KEY`): when the seal is gone it does not go back to plain on its own, since the
 * reader, who set a passphrase elsewhere, believes what it writes is encrypted, and a page in
 * Firefox can remove every item. It writes again once the reader enters a passphrase (the items
 * sealed) or chooses to sync unencrypted (`turnOff`), after the passphrase was turned off elsewhere.
 *
 * A device with the passphrase that finds `hk` gone and plain items ('unsealed') cannot tell the
 * passphrase turned off elsewhere from a page (Firefox) that removed `hk` and the sealed items and
 * wrote a plain one. Turning it off here would write this device's highlights plain where that
 * page reads them, so the first choice offered is to keep encrypting (`keepEncrypting`): the next
 * round writes `hk` (this device's description, the one every device with the passphrase holds)
 * and this device's items sealed, and removes or overwrites every item our key does not open,
 * unmerged (untrusted: anyone wrote them). The sealed items it opens are ours and are read as usual.
 * Devices with the passphrase then open the items as before; one without it that saw them sealed
 * stopped while they were plain ('gone') and stops again ('needed') once they are sealed.
 *
 * Setting the passphrase on the first device writes nothing itself: its next round, which packs
 * the highlights against the sealed sizes (the quota holds fewer sealed), writes every item sealed
 * and `hk` in one `set`. Sealing the items as they were could overflow the quota.
 */
import type { KeyValueArea } from '@/utils/store/area';
import { isSyncItemKey } from '@/utils/sync/browser-sync-items';
import { isSealedValue, openItems, SEAL_META_KEY, sealItems } from '@/utils/sync/browser-sync-sealed';
import { createCryptoMeta, cryptoFingerprint, unlockCryptoMeta, type CryptoMeta } from '@/utils/sync/crypto';
import { isFollowItemKey } from '@/utils/sync/follows-sync';
import type { KeyStore } from './key-store';
import { SETTINGS_SYNC_KEY } from './settings-item';

/** Where this device keeps the description of its browser-sync key (the `local` area). */
export const SEAL_STATE_KEY = 'sync:browser-seal';
/** The key's id in key-store.ts. */
export const SEAL_KEY_ID = 'browser-sync';
/** Set when this device, without a passphrase, found storage.sync sealed (the `local` area). */
export const SEAL_SEEN_KEY = 'sync:browser-sealed-seen';

/** The items a passphrase seals: highlights and their manifest, settings, follows. */
export const isSealableKey = (key: string) => isSyncItemKey(key) || key === SETTINGS_SYNC_KEY || isFollowItemKey(key);

/** 'gone': no passphrase here, and storage.sync, which this device saw sealed, is not any more. */
/** 'unsealed': a passphrase here, and storage.sync holds plain items and no `hk` (see above). */
export type Passphrase = 'off' | 'on' | 'needed' | 'gone' | 'unsealed';

interface SealState {
  fingerprint: string;
  meta: CryptoMeta;
  /** Set here, not yet written: the next round seals every item. */
  pending?: boolean;
  /** The reader chose to keep encrypting: the next round seals from here ('unsealed' above). */
  reseal?: boolean;
}

export type Opened =
  | { kind: 'plain'; view: Record<string, unknown>; errors: [] }
  /**
   * `restoreMeta`: `hk` is missing and is written with the round's items; `rewriteAll`: the view
   * is the plain items there (the passphrase was just set), every item is written sealed.
   * `setAside`: keeping the encryption, the items our key did not open (left out of the view,
   * never merged), to be overwritten sealed or removed.
   */
  | {
      kind: 'sealed';
      view: Record<string, unknown>;
      errors: string[];
      key: CryptoKey;
      restoreMeta?: CryptoMeta;
      rewriteAll?: boolean;
      setAside?: string[];
    }
  /**
   * `entry`: until the passphrase is entered again (the status says 'needed'); `unsealed`: until
   * the reader keeps encrypting or turns the passphrase off.
   */
  | { kind: 'stop'; why: string; entry?: boolean; unsealed?: boolean };

const NOTHING = ' Nothing was read or written.';

export class BrowserSyncSeal {
  private state: SealState | null | undefined;
  /** The last round stopped until the passphrase is entered again (no key; `hk` changed). */
  private entryNeeded = false;
  /** The last round stopped on plain items without `hk` ('unsealed'). */
  private unsealed = false;

  constructor(
    private readonly deps: {
      sync: KeyValueArea;
      local: KeyValueArea;
      keys: KeyStore;
    },
  ) {}

  private async load(): Promise<SealState | null> {
    if (this.state === undefined) {
      const raw = (await this.deps.local.get(SEAL_STATE_KEY))[SEAL_STATE_KEY] as Partial<SealState> | null | undefined;
      this.state = raw && typeof raw.fingerprint === 'string' && raw.meta ? (raw as SealState) : null;
    }
    return this.state;
  }

  private async save(state: SealState | null): Promise<void> {
    this.state = state;
    await this.deps.local.set({ [SEAL_STATE_KEY]: state });
  }

  private async sealedSeen(): Promise<boolean> {
    return (await this.deps.local.get(SEAL_SEEN_KEY))[SEAL_SEEN_KEY] === true;
  }

  private async setSealedSeen(seen: boolean): Promise<void> {
    if ((await this.sealedSeen()) !== seen) await this.deps.local.set({ [SEAL_SEEN_KEY]: seen });
  }

  /** 'on' when this device seals; 'needed' when storage.sync is sealed and this device cannot open it. */
  async passphrase(items?: Readonly<Record<string, unknown>>): Promise<Passphrase> {
    if (await this.load()) {
      if (this.entryNeeded || !(await this.deps.keys.get(SEAL_KEY_ID))) return 'needed';
      return this.unsealed ? 'unsealed' : 'on';
    }
    const there = items ?? (await this.deps.sync.get(null));
    return sealedThere(there) ? 'needed' : (await this.sealedSeen()) ? 'gone' : 'off';
  }

  /** What a round may read from `items`, and how it must write (see the file comment). */
  async open(items: Readonly<Record<string, unknown>>): Promise<Opened> {
    const opened = await this.decide(items);
    this.entryNeeded = opened.kind === 'stop' && opened.entry === true;
    this.unsealed = opened.kind === 'stop' && opened.unsealed === true;
    return opened;
  }

  private async decide(items: Readonly<Record<string, unknown>>): Promise<Opened> {
    const state = await this.load();
    if (!state) {
      if (sealedThere(items)) {
        await this.setSealedSeen(true);
        return {
          kind: 'stop',
          why: `browser sync is encrypted on another device: enter the passphrase to sync.${NOTHING}`,
        };
      }
      if (await this.sealedSeen())
        return {
          kind: 'stop',
          why: `browser sync was encrypted on another device and is not any more: its passphrase was turned off there, or a page removed the encrypted items. Enter a passphrase to encrypt it again, or choose to sync unencrypted.${NOTHING}`,
        };
      return { kind: 'plain', view: { ...items }, errors: [] };
    }
    const key = await this.deps.keys.get(SEAL_KEY_ID);
    if (!key)
      return { kind: 'stop', why: `the sync passphrase is needed again on this device.${NOTHING}`, entry: true };
    const meta = Object.hasOwn(items, SEAL_META_KEY) ? items[SEAL_META_KEY] : undefined;
    if (meta !== undefined) {
      let fingerprint: string;
      try {
        fingerprint = cryptoFingerprint(meta);
      } catch (e) {
        return {
          kind: 'stop',
          why: `the sync passphrase item was changed (${(e as Error).message}): refused.${NOTHING}`,
          entry: true,
        };
      }
      if (fingerprint !== state.fingerprint)
        return {
          kind: 'stop',
          why: `the sync passphrase was changed on another device (or by a page): enter the passphrase again.${NOTHING}`,
          entry: true,
        };
      // Sealed again (by another device, or already by this one): a choice to keep encrypting is done.
      if (state.reseal) await this.save({ ...state, reseal: false });
      return { kind: 'sealed', ...(await openItems(key, items, isSealableKey)), key };
    }
    if (state.pending) {
      if (sealedThere(items))
        return {
          kind: 'stop',
          why: `browser sync holds encrypted items without their passphrase item (hk): enter the passphrase on the device that encrypted them.${NOTHING}`,
        };
      return { kind: 'sealed', view: { ...items }, errors: [], key, restoreMeta: state.meta, rewriteAll: true };
    }
    // `hk` is gone. Items our key opens were ours: a page (or a slip) removed it, and it goes back.
    // Plain items mean the passphrase was turned off elsewhere, or a page wrote them.
    const opened = await openItems(key, items, isSealableKey);
    if (opened.errors.length && state.reseal) {
      const setAside = Object.keys(items).filter((k) => isSealableKey(k) && !Object.hasOwn(opened.view, k));
      return {
        kind: 'sealed',
        view: opened.view,
        errors: [],
        key,
        restoreMeta: state.meta,
        rewriteAll: true,
        setAside,
      };
    }
    if (opened.errors.length)
      return {
        kind: 'stop',
        why: `browser sync holds items not encrypted with this device’s passphrase, and no passphrase item: the passphrase was turned off on another device, or a page wrote them. Choose “Keep encrypting” to encrypt browser sync again from this device (those items set aside, not merged). Turn it off here only if you turned it off there: this device then writes its highlights unencrypted.${NOTHING}`,
        unsealed: true,
      };
    return { kind: 'sealed', ...opened, key, restoreMeta: state.meta };
  }

  /** The round's `set`, sealed as `opened` says. */
  async seal(opened: Opened, set: Record<string, unknown>): Promise<Record<string, unknown>> {
    if (opened.kind !== 'sealed') return set;
    const sealable = Object.fromEntries(Object.entries(set).filter(([k]) => isSealableKey(k)));
    return {
      ...set,
      ...(await sealItems(opened.key, sealable)),
      ...(opened.restoreMeta && { [SEAL_META_KEY]: opened.restoreMeta }),
    };
  }

  /** The round wrote `opened`'s items: a passphrase just set is in storage.sync now. */
  async written(opened: Opened): Promise<void> {
    const state = await this.load();
    if (opened.kind === 'sealed' && opened.rewriteAll && state?.pending) await this.save({ ...state, pending: false });
    if (opened.kind === 'sealed' && opened.setAside && state?.reseal) await this.save({ ...state, reseal: false });
  }

  /**
   * The reader keeps encrypting where storage.sync was found plain without `hk` ('unsealed'):
   * the next round seals from here (see the file comment). Needs the passphrase here, in use.
   */
  async keepEncrypting(): Promise<void> {
    const state = await this.load();
    if (!state || state.pending || !(await this.deps.keys.get(SEAL_KEY_ID)))
      throw new Error('This browser has no sync passphrase in use: nothing was changed. Enter the passphrase first.');
    await this.save({ ...state, reseal: true });
  }

  /**
   * Sets the passphrase here. storage.sync already sealed (another device, or this one before a
   * reinstall): unlocks it (WrongPassphraseError, nothing saved, for another passphrase).
   * Otherwise: a new key, kept here; the next round writes the items sealed.
   */
  async turnOn(passphrase: string): Promise<'unlocked' | 'new'> {
    const items = await this.deps.sync.get(null);
    const there = Object.hasOwn(items, SEAL_META_KEY) ? items[SEAL_META_KEY] : undefined;
    if (there !== undefined) {
      const fingerprint = cryptoFingerprint(there); // shape and iteration bounds, before any work
      const key = await unlockCryptoMeta(there as CryptoMeta, passphrase);
      await this.deps.keys.set(SEAL_KEY_ID, key);
      await this.save({ fingerprint, meta: there as CryptoMeta });
      await this.setSealedSeen(false);
      this.entryNeeded = false;
      return 'unlocked';
    }
    if (sealedThere(items))
      throw new Error(
        'Browser sync holds encrypted items without their passphrase item (hk): nothing was changed. Enter the passphrase on the device that encrypted them.',
      );
    const { meta, key } = await createCryptoMeta(passphrase);
    await this.deps.keys.set(SEAL_KEY_ID, key);
    await this.save({ fingerprint: cryptoFingerprint(meta), meta, pending: true });
    await this.setSealedSeen(false);
    return 'new';
  }

  /**
   * Turns the passphrase off here. When storage.sync is sealed with this device's key, its items
   * are written back plain first (`take`: two write calls), refused whole if any does not open.
   * Otherwise only this device forgets its key. Without one here: the reader chooses to sync
   * unencrypted what this device saw sealed (`SEAL_SEEN_KEY`).
   */
  async turnOff(take: (calls: number) => boolean): Promise<void> {
    const state = await this.load();
    if (!state) return this.setSealedSeen(false);
    const key = await this.deps.keys.get(SEAL_KEY_ID);
    const items = await this.deps.sync.get(null);
    const meta = Object.hasOwn(items, SEAL_META_KEY) ? items[SEAL_META_KEY] : undefined;
    const ours = !state.pending && meta !== undefined && key && safeFingerprint(meta) === state.fingerprint;
    if (ours) {
      const opened = await openItems(key, items, isSealableKey);
      if (opened.errors.length)
        throw new Error(`Some synced items could not be decrypted (${opened.errors[0]}): nothing was changed.`);
      if (!take(2))
        throw new Error('The browser’s sync write limit is reached: try again in a minute. Nothing was changed.');
      const plain = Object.fromEntries(Object.entries(opened.view).filter(([k]) => isSealableKey(k)));
      if (Object.keys(plain).length) await this.deps.sync.set(plain);
      await this.deps.sync.remove([SEAL_META_KEY]);
    }
    await this.deps.keys.delete(SEAL_KEY_ID);
    await this.save(null);
  }
}

/** Does storage.sync hold the passphrase item or any sealed item? */
function sealedThere(items: Readonly<Record<string, unknown>>): boolean {
  return (
    Object.hasOwn(items, SEAL_META_KEY) || Object.entries(items).some(([k, v]) => isSealableKey(k) && isSealedValue(v))
  );
}

function safeFingerprint(meta: unknown): string | null {
  try {
    return cryptoFingerprint(meta);
  } catch {
    return null;
  }
}
