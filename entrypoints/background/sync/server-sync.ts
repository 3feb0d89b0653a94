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
 *  3. write the library's changes since the last round (`changesSince`, its seq remembered in
 *     the mirror) into the mirror;
 *  4. push: replicate mirror → server;
 *  5. after a push of more than one replication batch: the server's change feed from where the
 *     pull ended, which now holds our own push, is passed over where the mirror already has
 *     every revision, and the rest is pulled into the mirror (server-own-push.ts), so that the
 *     next round does not read our own push back. What another device wrote meanwhile is pulled
 *     then and merged by the next round's step 2.
 *
 * Steps 2 and 3 (server-mirror.ts) go a page of records at a time, and a later round moves only
 * what changed: no step reads the whole library. PouchDB itself is loaded on first use
 * (pouch-loader.ts): a worker without server sync never evaluates it.
 * Connecting (the passphrase, `meta:crypto`) and the check of the server's encryption settings
 * before each round are in server-setup.ts.
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
import type { KeyValueArea } from '@/utils/store/area';
import { cipherFor, CRYPTO_META_DOC_ID, type Decrypt, type Encrypt } from '@/utils/sync/couch';
import { createRoundScheduler, realTimers, type RoundScheduler, type Timers } from './scheduler';
import {
  normalizeServerUrl,
  serverUrlProblem,
  SERVER_CONFIG_KEY,
  SERVER_STATUS_KEY,
  type ServerConfig,
  type ServerSyncInput,
} from './server-config';
import { describeSyncError, type ServerSyncStatus } from '@/utils/sync/status';
import type { FetchGuard } from '@/utils/sync/guarded-fetch';
import type { KeyStore } from './key-store';
import { checkCryptoSettings, connectServer, openMirror, openRemote } from './server-setup';
import { pullAfterOwnPush, pushPassingRevisions } from './server-own-push';
import {
  INDEX_DOC,
  readMirrorIntoLibrary,
  writeLibraryIntoMirror,
  type MirrorIndex,
  type ServerLibrary,
} from './server-mirror';

export type { ServerLibrary } from './server-mirror';

export const SERVER_CHANGE_DELAY_MS = 3_000;
/** A round asked for while sync is held is tried again this much later (and when the hold ends). */
const HELD_RETRY_MS = 10_000;
/** Documents per replication request. */
const REPLICATION_BATCH = 500;

export interface ServerSyncDeps {
  /** PouchDB, loaded when server sync first needs it (pouch-loader.ts). */
  loadPouchDB: () => Promise<PouchDB.Static>;
  local: KeyValueArea;
  library: ServerLibrary;
  ready: Promise<void>;
  keys: KeyStore;
  timers?: Timers;
  /** Followed articles: their own documents (utils/sync/follows-sync.ts). */
  follows?: SyncedFollows;
  /** True while rounds must wait (sync/index.ts `hold`). */
  held?: () => boolean;
  /** Time and size limits of the server's replies (utils/sync/guarded-fetch.ts); tests make them small. */
  fetchGuard?: FetchGuard;
}

interface StoredStatus {
  lastSync: number | null;
  lastError: string | null;
  pending: number;
}

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
          .then((m) => m.destroy())
          .catch(() => undefined);
      return;
    }
    const base = {
      url: normalizeServerUrl(input.url),
      db: input.db,
      username: input.username,
      password: input.password,
    };
    const config = await connectServer(base, input.passphrase, this.deps);
    if (previous)
      await this.mirror(previous)
        .then((m) => m.destroy())
        .catch(() => undefined);
    await this.deps.local.set({ [SERVER_CONFIG_KEY]: config });
    await this.saveStatus({ lastSync: null, lastError: null, pending: 0 });
    this.locked = false;
    await this.syncNow();
  }

  private mirror(c: ServerConfig): Promise<PouchDB.Database> {
    return openMirror(this.deps.loadPouchDB, c);
  }

  private remote(c: ServerConfig): Promise<PouchDB.Database> {
    return openRemote(this.deps.loadPouchDB, c, this.deps.fetchGuard);
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
    if (this.deps.held?.()) return this.scheduler.request(HELD_RETRY_MS);
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
    const PouchDB = await this.deps.loadPouchDB();
    const mirror = await this.mirror(config);
    const remote = await this.remote(config);
    try {
      const index = await mirror
        .get<MirrorIndex>(INDEX_DOC)
        .catch((): MirrorIndex => ({ _id: INDEX_DOC, seq: 0, librarySeq: 0, unpushed: 0 }));
      let pullError: unknown = null;
      let pulled = 0;
      /** Where this round's pull ended on the server's change feed (PouchDB's checkpoint). */
      let pulledTo: number | string | undefined;
      const meta = await remote.get(CRYPTO_META_DOC_ID).catch((e: { status?: number }) => {
        if (e?.status === 404) return null;
        pullError = e; // offline: local changes still go into the mirror, to push later
        return undefined;
      });
      // Stops the round (nothing read, nothing sent) when the crypto description is not the one set up.
      if (meta !== undefined) await checkCryptoSettings(config, meta, key, remote, mirror, this.deps.local);
      if (!pullError) {
        try {
          const r = await PouchDB.replicate(remote, mirror, { batch_size: REPLICATION_BATCH });
          pulled = r.docs_written;
          pulledTo = r.last_seq;
        } catch (e) {
          pullError = e;
        }
      }
      const { library } = this.deps;
      const read = await readMirrorIntoLibrary(mirror, index, library, this.timers.now(), cipher.decrypt);
      const { conflictsResolved, skipped, corrected } = read;
      const written = await writeLibraryIntoMirror(mirror, index, library, read, cipher.encrypt);
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

      const pushed = await pushPassingRevisions(PouchDB, mirror, remote, REPLICATION_BATCH);
      index.unpushed = 0;
      index._rev = (await mirror.put(index)).rev;
      // A failure here loses nothing: the next round's pull reads the feed from the checkpoint.
      if (pushed.written > REPLICATION_BATCH && pulledTo !== undefined)
        pulled += await pullAfterOwnPush(PouchDB, remote, mirror, pulledTo, pushed.revisions, REPLICATION_BATCH).catch(
          () => 0,
        );
      this.last = { pushed: pushed.written, pulled, conflictsResolved, skipped };
      const notice =
        [
          skipped
            ? `${skipped} document(s) on the server were not applied (not encrypted with your key, damaged, or dated too far ahead).`
            : '',
          corrected
            ? `${corrected} highlight(s) from the server named another site than their page’s address: kept, with the site of their address.`
            : '',
        ]
          .filter(Boolean)
          .join(' ') || null;
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
}
