/**
 * Connecting to a sync server and checking, before every round, that it still holds the
 * encryption settings this device was set up with (server-sync.ts runs the rounds).
 */
/// <reference types="pouchdb-browser" />
import type { KeyValueArea } from '@/utils/store/area';
import {
  createCryptoMetaDoc,
  CRYPTO_META_DOC_ID,
  cryptoFingerprint,
  unlockCryptoMetaDoc,
  type CryptoMetaDoc,
} from '@/utils/sync/couch';
import { verifyKeyCheck } from '@/utils/sync/crypto';
import { guardedFetch, SERVER_FETCH_GUARD, type FetchGuard } from '@/utils/sync/guarded-fetch';
import { describeSyncError } from '@/utils/sync/status';
import type { KeyStore } from './key-store';
import { remoteDbUrl, SERVER_CONFIG_KEY, type ServerConfig } from './server-config';

type ServerAddress = Pick<ServerConfig, 'url' | 'db' | 'username' | 'password'>;

/** Every request to the server goes through the guard: no redirect, bounded time and size (guarded-fetch.ts). */
export async function openRemote(
  loadPouchDB: () => Promise<PouchDB.Static>,
  c: ServerAddress,
  guard: FetchGuard = SERVER_FETCH_GUARD,
): Promise<PouchDB.Database> {
  const PouchDB = await loadPouchDB();
  const auth = c.username ? { auth: { username: c.username, password: c.password } } : {};
  return new PouchDB(remoteDbUrl(c), {
    ...auth,
    skip_setup: false,
    fetch: guardedFetch((input, init) => fetch(input, init), guard),
  });
}

export async function openMirror(
  loadPouchDB: () => Promise<PouchDB.Static>,
  c: ServerConfig,
): Promise<PouchDB.Database> {
  const PouchDB = await loadPouchDB();
  return new PouchDB(`hzd-mirror-${c.configId}`);
}

/**
 * Checks the server and the passphrase: unlocks the server's `meta:crypto` with it, or creates
 * one when the server has none and a passphrase is given. Returns the new configuration, its key
 * saved. Throws a plain-words error (and saves nothing) when the server, the credentials or the
 * passphrase are wrong.
 */
export async function connectServer(
  base: ServerAddress,
  passphrase: string | undefined,
  deps: { loadPouchDB: () => Promise<PouchDB.Static>; keys: KeyStore; fetchGuard?: FetchGuard },
): Promise<ServerConfig> {
  const remote = await openRemote(deps.loadPouchDB, base, deps.fetchGuard);
  let key: CryptoKey | null = null;
  let fingerprint: string | undefined;
  try {
    await remote.info(); // creates the database if it is missing (and the account may)
    const meta = await remote.get<CryptoMetaDoc>(CRYPTO_META_DOC_ID).catch((e: { status?: number }) => {
      if (e?.status === 404) return null;
      throw e;
    });
    if (meta) {
      if (!passphrase) throw new Error('The data on this server is encrypted: enter its passphrase.');
      key = await unlockCryptoMetaDoc(meta, passphrase);
      fingerprint = cryptoFingerprint(meta);
    } else if (passphrase) {
      const created = await createCryptoMetaDoc(passphrase);
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
  if (key) await deps.keys.set(configId, key);
  return config;
}

/**
 * The server's `meta:crypto` (null: none) must be what this configuration was set up with.
 * Throws a plain-words error that stops the round otherwise.
 */
export async function checkCryptoSettings(
  config: ServerConfig,
  meta: unknown,
  key: CryptoKey | undefined,
  remote: PouchDB.Database,
  mirror: PouchDB.Database,
  local: KeyValueArea,
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
    await local.set({ [SERVER_CONFIG_KEY]: { ...config, cryptoFingerprint: fingerprint } });
  } else if (fingerprint !== config.cryptoFingerprint) {
    throw stop('The encryption settings on the server changed since you connected.');
  }
}
