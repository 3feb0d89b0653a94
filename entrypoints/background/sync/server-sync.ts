/**
 * Server sync (opt-in): highlights replicated through the user's own CouchDB (or anything
 * that speaks its replication protocol, e.g. pouchdb-server) with PouchDB.
 *
 * The library (IndexedDB, utils/store) stays the source of truth. A local PouchDB database (IndexedDB
 * in the extension's origin) mirrors it as one document per highlight (utils/sync/couch.ts),
 * and PouchDB replicates that mirror with the server. A round:
 *
 *  1. pull: replicate server → mirror (one-shot; checkpoints make it incremental);
 *  2. read the mirror's changes since the last round → resolve CouchDB conflicts by clock →
 *     decrypt/validate → merge into the library (`merge`, inside its writer);
 *  3. write the library records the mirror lacks or has older (by clock) into the mirror;
 *  4. push: replicate mirror → server.
 *
 * Rounds run 3 s after a local change, on the 5-minute alarm, and on "sync now". A failed round
 * (offline, server down) changes nothing locally; the next round resumes from the checkpoints.
 * A server that lost its data gets everything pushed again (its checkpoints are gone too).
 *
 * The server is not trusted (issue 12): before each round its crypto description must be the
 * one seen at set-up (else the round stops, nothing sent); in encrypted mode only documents that
 * decrypt and authenticate are applied; records with clocks too far ahead are refused
 * (utils/sync/admit.ts). What is not applied is counted in the status (`skipped`).
 */
/// <reference types="pouchdb-browser" />
import { exchangeFollowDocs, type SyncedFollows } from '@/utils/sync/follows-sync';
import type { Highlight } from '@/utils/highlights/record';
import type { KeyValueArea } from '@/utils/store/area';
import {
  cipherFor,
  createCryptoMetaDoc,
  CRYPTO_META_DOC_ID,
  cryptoFingerprint,
  DOC_PREFIX,
  docToRecord,
  isHighlightDocId,
  recordToDoc,
  resolveConflict,
  unlockCryptoMetaDoc,
  type CryptoMetaDoc,
  type Decrypt,
  type Encrypt,
} from '@/utils/sync/couch';
import { admitRecords } from '@/utils/sync/admit';
import { verifyKeyCheck } from '@/utils/sync/crypto';
import { createRoundScheduler, realTimers, type RoundScheduler, type Timers } from './scheduler';
import {
  normalizeServerUrl,
  remoteDbUrl,
  serverUrlProblem,
  SERVER_CONFIG_KEY,
  SERVER_STATUS_KEY,
  type ServerConfig,
  type ServerSyncInput,
} from './server-config';
import { describeSyncError, type ServerSyncStatus } from '@/utils/sync/status';
import type { KeyStore } from './key-store';

export const SERVER_CHANGE_DELAY_MS = 3_000;
const INDEX_DOC = '_local/hzd-index';

/** What the mirror holds, per record id: the clock and revision of its document. */
interface MirrorIndex {
  _id: typeof INDEX_DOC;
  _rev?: string;
  /** The mirror's update_seq up to which changes were read into the library. */
  seq: number | string;
  docs: Record<string, { clock: string; rev: string }>;
  /** Documents written to the mirror since the last successful push. */
  unpushed: number;
}

export interface ServerLibrary {
  all(): Promise<Highlight[]>;
  get(id: string): Promise<Highlight | undefined>;
  /** Merges records into the library as stored when the merge runs (utils/store/library.ts). */
  merge(records: Highlight[]): Promise<Highlight[]>;
}

export interface ServerSyncDeps {
  PouchDB: PouchDB.Static;
  local: KeyValueArea;
  library: ServerLibrary;
  ready: Promise<void>;
  keys: KeyStore;
  timers?: Timers;
  /** Followed articles: their own documents (utils/sync/follows-sync.ts). */
  follows?: SyncedFollows;
}

interface StoredStatus {
  lastSync: number | null;
  lastError: string | null;
  pending: number;
}

type AnyDoc = PouchDB.Core.ExistingDocument<Record<string, unknown>> & { _conflicts?: string[] };

export class ServerSync {
  private readonly timers: Timers;
  private readonly scheduler: RoundScheduler;
  private stored: StoredStatus | null = null;
  private last = { pushed: 0, pulled: 0, conflictsResolved: 0, skipped: 0 };
  private locked = false;

  constructor(private readonly deps: ServerSyncDeps) {
    this.timers = deps.timers ?? realTimers;
    this.scheduler = createRoundScheduler(() => this.round(), this.timers);
  }

  localChanged(): void {
    void this.config().then((c) => c && this.scheduler.request(SERVER_CHANGE_DELAY_MS));
  }

  syncNow(): Promise<void> {
    return this.scheduler.runNow();
  }

  async config(): Promise<ServerConfig | null> {
    const raw = (await this.deps.local.get(SERVER_CONFIG_KEY))[SERVER_CONFIG_KEY];
    return raw && typeof raw === 'object' ? (raw as ServerConfig) : null;
  }

  async status(): Promise<ServerSyncStatus> {
    const cfg = await this.config();
    const s = await this.loadStatus();
    return {
      configured: cfg !== null,
      url: cfg?.url ?? null,
      db: cfg?.db ?? null,
      username: cfg?.username || null,
      encrypted: cfg?.encrypted ?? false,
      locked: this.locked,
      lastSync: s.lastSync,
      pending: s.pending,
      ...this.last,
      lastError: s.lastError,
      running: this.scheduler.running,
    };
  }

  /**
   * Checks the server and the passphrase, then saves the settings and runs a first round.
   * Throws a plain-words error (and saves nothing) when the server, the credentials or the
   * passphrase are wrong. `null` turns server sync off and forgets the local mirror and key.
   */
  async configure(input: ServerSyncInput | null): Promise<void> {
    const previous = await this.config();
    const urlProblem = input && serverUrlProblem(input.url);
    if (urlProblem) throw new Error(urlProblem);
    if (input === null) {
      await this.deps.local.remove([SERVER_CONFIG_KEY, SERVER_STATUS_KEY]);
      this.stored = null;
      await this.deps.keys.clear().catch(() => undefined);
      if (previous)
        await this.mirror(previous)
          .destroy()
          .catch(() => undefined);
      return;
    }
    const base = {
      url: normalizeServerUrl(input.url),
      db: input.db,
      username: input.username,
      password: input.password,
    };
    const remote = this.remote(base);
    let key: CryptoKey | null = null;
    let fingerprint: string | undefined;
    try {
      await remote.info(); // creates the database if it is missing (and the account may)
      const meta = await remote.get<CryptoMetaDoc>(CRYPTO_META_DOC_ID).catch((e: { status?: number }) => {
        if (e?.status === 404) return null;
        throw e;
      });
      if (meta) {
        if (!input.passphrase) throw new Error('The data on this server is encrypted: enter its passphrase.');
        key = await unlockCryptoMetaDoc(meta, input.passphrase);
        fingerprint = cryptoFingerprint(meta);
      } else if (input.passphrase) {
        const created = await createCryptoMetaDoc(input.passphrase);
        await remote.put(created.doc);
        key = created.key;
        fingerprint = cryptoFingerprint(created.doc);
      }
    } catch (e) {
      throw new Error(describeSyncError(e));
    } finally {
      await remote.close().catch(() => undefined);
    }
    const configId = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join(
      '',
    );
    const config: ServerConfig = { ...base, encrypted: key !== null, configId, cryptoFingerprint: fingerprint };
    if (key) await this.deps.keys.set(configId, key);
    if (previous)
      await this.mirror(previous)
        .destroy()
        .catch(() => undefined);
    await this.deps.local.set({ [SERVER_CONFIG_KEY]: config });
    await this.saveStatus({ lastSync: null, lastError: null, pending: 0 });
    this.locked = false;
    await this.syncNow();
  }

  private remote(c: Pick<ServerConfig, 'url' | 'db' | 'username' | 'password'>): PouchDB.Database {
    const auth = c.username ? { auth: { username: c.username, password: c.password } } : {};
    return new this.deps.PouchDB(remoteDbUrl(c), {
      ...auth,
      skip_setup: false,
    });
  }

  private mirror(c: ServerConfig): PouchDB.Database {
    return new this.deps.PouchDB(`hzd-mirror-${c.configId}`);
  }

  private async loadStatus(): Promise<StoredStatus> {
    if (!this.stored) {
      const raw = (await this.deps.local.get(SERVER_STATUS_KEY))[SERVER_STATUS_KEY] as
        Partial<StoredStatus> | undefined;
      this.stored = { lastSync: raw?.lastSync ?? null, lastError: raw?.lastError ?? null, pending: raw?.pending ?? 0 };
    }
    return this.stored;
  }

  private async saveStatus(patch: Partial<StoredStatus>): Promise<void> {
    const next = { ...(await this.loadStatus()), ...patch };
    this.stored = next;
    await this.deps.local.set({ [SERVER_STATUS_KEY]: next });
  }

  async round(): Promise<void> {
    await this.deps.ready;
    const config = await this.config();
    if (!config) return;
    const urlProblem = serverUrlProblem(config.url);
    if (urlProblem) {
      await this.saveStatus({ lastError: urlProblem });
      return;
    }
    let cipher: { encrypt?: Encrypt; decrypt?: Decrypt } = {};
    let key: CryptoKey | undefined;
    if (config.encrypted) {
      key = await this.deps.keys.get(config.configId).catch(() => undefined);
      if (!key) {
        this.locked = true;
        await this.saveStatus({
          lastError: 'Enter the encryption passphrase again in the options page to resume sync.',
        });
        return;
      }
      this.locked = false;
      cipher = cipherFor(key);
    }
    const mirror = this.mirror(config);
    const remote = this.remote(config);
    try {
      const index = await mirror
        .get<MirrorIndex>(INDEX_DOC)
        .catch((): MirrorIndex => ({ _id: INDEX_DOC, seq: 0, docs: {}, unpushed: 0 }));
      let pullError: unknown = null;
      let pulled = 0;
      const meta = await remote.get(CRYPTO_META_DOC_ID).catch((e: { status?: number }) => {
        if (e?.status === 404) return null;
        pullError = e; // offline: local changes still go into the mirror, to push later
        return undefined;
      });
      // Stops the round (nothing read, nothing sent) when the crypto description is not the one set up.
      if (meta !== undefined) await this.checkCryptoSettings(config, meta, key, remote, mirror);
      if (!pullError) {
        try {
          const r = await this.deps.PouchDB.replicate(remote, mirror, { batch_size: 200 });
          pulled = r.docs_written;
        } catch (e) {
          pullError = e;
        }
      }
      const { conflictsResolved, skipped } = await this.readMirrorIntoLibrary(mirror, index, cipher.decrypt);
      const written = await this.writeLibraryIntoMirror(mirror, index, cipher.encrypt);
      index.unpushed += written;
      if (this.deps.follows)
        index.unpushed += (
          await exchangeFollowDocs(mirror, this.deps.follows, { ...cipher, now: this.timers.now() })
        ).written;
      index.seq = (await mirror.info()).update_seq;
      const saved = await mirror.put(index);
      index._rev = saved.rev;
      // PouchDB rejects with plain objects ({ status, name, message }); describeSyncError reads them.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (pullError) throw pullError;

      const pushed = await this.deps.PouchDB.replicate(mirror, remote, { batch_size: 200 });
      index.unpushed = 0;
      index._rev = (await mirror.put(index)).rev;
      this.last = { pushed: pushed.docs_written, pulled, conflictsResolved, skipped };
      const notice = skipped
        ? `${skipped} document(s) on the server were not applied (not encrypted with your key, damaged, or dated too far ahead).`
        : null;
      await this.saveStatus({ lastSync: this.timers.now(), lastError: notice, pending: 0 });
    } catch (e) {
      const pending = await mirror
        .get<MirrorIndex>(INDEX_DOC)
        .then((i) => i.unpushed)
        .catch(() => 0);
      await this.saveStatus({ lastError: describeSyncError(e), pending });
      throw e;
    } finally {
      await remote.close().catch(() => undefined);
      await mirror.close().catch(() => undefined);
    }
  }

  /**
   * The server's `meta:crypto` (null: none) must be what this configuration was set up with.
   * Throws a plain-words error that stops the round otherwise.
   */
  private async checkCryptoSettings(
    config: ServerConfig,
    meta: unknown,
    key: CryptoKey | undefined,
    remote: PouchDB.Database,
    mirror: PouchDB.Database,
  ): Promise<void> {
    const stop = (why: string) => new Error(`${why} Sync stopped; nothing was read or sent.`);
    if (!config.encrypted) {
      if (meta) throw stop('The data on this server is now encrypted: connect again with its passphrase.');
      return;
    }
    if (!meta) {
      // A server that lost all its data (an empty database) gets everything pushed again, the
      // crypto description with it, from the mirror. A description missing beside other data
      // was removed on purpose.
      const empty = (await remote.info()).doc_count === 0;
      const kept = await mirror.get(CRYPTO_META_DOC_ID).then(cryptoFingerprint, () => null);
      if (empty && kept !== null && kept === config.cryptoFingerprint) return;
      throw stop(
        'The encryption settings (meta:crypto) are missing on the server. If the server was reset on purpose, connect again.',
      );
    }
    let fingerprint: string;
    try {
      fingerprint = cryptoFingerprint(meta);
      if (!config.cryptoFingerprint && key) await verifyKeyCheck(key, (meta as CryptoMetaDoc).check);
    } catch (e) {
      throw stop(`The encryption settings on the server changed (${(e as Error).message})`);
    }
    if (!config.cryptoFingerprint) {
      // Set up by an older version: the description that matches our key becomes the reference.
      await this.deps.local.set({ [SERVER_CONFIG_KEY]: { ...config, cryptoFingerprint: fingerprint } });
    } else if (fingerprint !== config.cryptoFingerprint) {
      throw stop('The encryption settings on the server changed since you connected.');
    }
  }

  /**
   * Step 2: changes in the mirror since the last round → the library. Returns conflicts resolved
   * and documents skipped (unreadable, unauthenticated, or refused by utils/sync/admit.ts).
   */
  private async readMirrorIntoLibrary(
    mirror: PouchDB.Database,
    index: MirrorIndex,
    decrypt?: Decrypt,
  ): Promise<{ conflictsResolved: number; skipped: number }> {
    const changes = await mirror.changes({ since: index.seq, include_docs: true, conflicts: true });
    const incoming: Highlight[] = [];
    let conflictsResolved = 0;
    let skipped = 0;
    const revOf = new Map<string, string>();
    for (const change of changes.results) {
      const doc = change.doc as AnyDoc | undefined;
      if (!doc || !isHighlightDocId(doc._id) || doc._deleted) continue;
      if (doc._conflicts?.length) {
        const losers = doc._conflicts;
        const revisions = [doc, ...(await Promise.all(losers.map((rev) => mirror.get(doc._id, { rev }))))];
        const { winner } = await resolveConflict(revisions, decrypt);
        // The losing revisions go; the library's version (≥ the winner after the merge below) is
        // written on top of the current revision by the next step (clock '' marks it stale).
        await mirror.bulkDocs(losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true })));
        index.docs[doc._id.slice(DOC_PREFIX.length)] = { clock: '', rev: doc._rev };
        if (winner) {
          incoming.push(winner);
          revOf.set(winner.id, doc._rev);
        } else skipped++;
        conflictsResolved += losers.length;
        continue;
      }
      const parsed = await docToRecord(doc, decrypt);
      if (!parsed.ok) {
        // Not applied (forged, other key, damaged). Our own version, if we have one, is written
        // over it by the next step (clock '' marks the document stale).
        index.docs[doc._id.slice(DOC_PREFIX.length)] = { clock: '', rev: doc._rev };
        skipped++;
        continue;
      }
      incoming.push(parsed.value);
      revOf.set(parsed.value.id, doc._rev);
      index.docs[parsed.value.id] = { clock: parsed.value.clock, rev: doc._rev };
    }
    const { admitted, refused } = admitRecords(incoming, { now: this.timers.now() });
    for (const { id } of refused) {
      // A valid version dated too far ahead: not applied, and not read again (the changes feed
      // moves on); the mirror keeps it and our own version is written only when it changes.
      index.docs[id] = { clock: (await this.deps.library.get(id))?.clock ?? '', rev: revOf.get(id)! };
    }
    skipped += refused.length;
    if (admitted.length) await this.deps.library.merge(admitted);
    return { conflictsResolved, skipped };
  }

  /** Step 3: library records the mirror lacks or holds older → the mirror. Returns documents written. */
  private async writeLibraryIntoMirror(
    mirror: PouchDB.Database,
    index: MirrorIndex,
    encrypt?: Encrypt,
  ): Promise<number> {
    const stale = (await this.deps.library.all()).filter((r) => index.docs[r.id]?.clock !== r.clock);
    if (!stale.length) return 0;
    // Revisions of documents the index does not know (e.g. index lost): ask the mirror.
    const unknown = stale.filter((r) => !index.docs[r.id]).map((r) => `hl:${r.id}`);
    if (unknown.length) {
      const found = await mirror.allDocs({ keys: unknown });
      for (const row of found.rows) {
        if ('value' in row && row.value && !row.value.deleted) {
          index.docs[row.id.slice(3)] = { clock: '', rev: row.value.rev };
        }
      }
    }
    const docs = await Promise.all(stale.map((r) => recordToDoc(r, encrypt, index.docs[r.id]?.rev)));
    const results = await mirror.bulkDocs(docs as PouchDB.Core.PutDocument<object>[]);
    let written = 0;
    results.forEach((res, i) => {
      const r = stale[i]!;
      if ('ok' in res && res.ok) {
        index.docs[r.id] = { clock: r.clock, rev: res.rev };
        written++;
      }
      // A conflict here means the mirror changed under us; the next round reads it and retries.
    });
    return written;
  }
}
