/**
 * The sync server settings as the options page sends them, checked. Pure.
 *
 * Stored in the library database's `secrets` store only (IndexedDB in the extension's origin,
 * out of reach of content scripts; never in storage.local or storage.sync, never logged): the password too,
 * because the background must log in again after every service-worker restart. The encryption
 * passphrase is never stored; the key derived from it is (see key-store.ts).
 */

export { ServerSyncInputSchema, type ServerSyncInput } from '@/utils/messages';

export interface ServerConfig {
  url: string;
  db: string;
  username: string;
  password: string;
  encrypted: boolean;
  /** Names this configuration's local mirror and key; a new configuration starts fresh. */
  configId: string;
  /**
   * The server's crypto description as it was at set-up (utils/sync/couch.ts `cryptoFingerprint`);
   * every round compares the server's copy with it. Absent in configurations saved by older versions.
   */
  cryptoFingerprint?: string;
}

export const SERVER_CONFIG_KEY = 'sync:server';
export const SERVER_STATUS_KEY = 'sync:server-status';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why a server address may not be used, or null: it must be https, since the password (and,
 * without a passphrase, every note) travels with each request; plain http only to this computer.
 */
export function serverUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return 'The server address is not a valid address.';
  }
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOOPBACK.has(u.hostname)) return null;
  return 'The server address must start with https:// (plain http:// only for this computer: localhost or 127.0.0.1).';
}

/** The server's base address without a trailing slash or credentials. */
export function normalizeServerUrl(url: string): string {
  const u = new URL(url.trim());
  u.username = '';
  u.password = '';
  u.hash = '';
  u.search = '';
  return u.toString().replace(/\/+$/, '');
}

export function remoteDbUrl(config: Pick<ServerConfig, 'url' | 'db'>): string {
  return `${config.url}/${encodeURIComponent(config.db)}`;
}
