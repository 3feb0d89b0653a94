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
}

export const SERVER_CONFIG_KEY = 'sync:server';
export const SERVER_STATUS_KEY = 'sync:server-status';

/** The server's base address without a trailing slash or credentials. */
export function normalizeServerUrl(url: string): string {
  const u = new URL(url.trim());
  u.username = '';
  u.password = '';
  u.hash = '';
  u.search = '';
  return u.toString().replace(/\/+$/, '');
}

/** The origin pattern the options page asks permission for. */
export function permissionPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

export function remoteDbUrl(config: Pick<ServerConfig, 'url' | 'db'>): string {
  return `${config.url}/${encodeURIComponent(config.db)}`;
}
