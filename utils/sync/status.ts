/**
 * Sync status as the popup and options page show it, and errors in plain words. Pure: the
 * background fills it in, the pages (components/) read it.
 */
export interface BrowserSyncStatus {
  enabled: boolean;
  /** Live highlights that fit in the browser's sync storage. */
  synced: number;
  /** Live highlights in the library. */
  total: number;
  /** Bytes used of the storage.sync quota by our items. */
  bytes: number;
  /**
   * Highlights read from the browser's sync but not applied here: clock or time more than a day
   * ahead of this device's clock, or a malformed clock (utils/sync/admit.ts). They are read again
   * every round.
   */
  refused: number;
  /**
   * The sync passphrase: 'on' (this device seals the items), 'off', or 'needed' (the items are
   * sealed and this device has no key for them: nothing is read or written until it is entered),
   * 'gone' (no key here, and the items this device saw sealed are not any more: nothing is read
   * or written until the reader sets a passphrase or chooses to sync unencrypted), 'unsealed' (a
   * passphrase here, and the items are plain without their passphrase item: turned off elsewhere,
   * or a page's doing; nothing is read or written until the reader keeps encrypting, the first
   * choice, or turns the passphrase off here).
   */
  passphrase: 'off' | 'on' | 'needed' | 'gone' | 'unsealed';
  lastSync: number | null;
  lastError: string | null;
}

export interface ServerSyncStatus {
  configured: boolean;
  url: string | null;
  db: string | null;
  username: string | null;
  encrypted: boolean;
  /** Encrypted sync whose key is not available (passphrase needed again). */
  locked: boolean;
  lastSync: number | null;
  /** Local changes not yet pushed to the server. */
  pending: number;
  /** Documents pushed and pulled by the last round. */
  pushed: number;
  pulled: number;
  conflictsResolved: number;
  /**
   * Documents of the last round not applied: in encrypted sync any that does not decrypt and
   * authenticate (a plaintext one is the server's forgery), damaged or invalid ones, and records
   * dated more than a day ahead (utils/sync/admit.ts).
   */
  skipped: number;
  lastError: string | null;
  running: boolean;
}

export interface SyncStatus {
  browser: BrowserSyncStatus;
  server: ServerSyncStatus;
}

/**
 * Turns an error from PouchDB, fetch or WebCrypto into one sentence a reader understands, in our
 * own words. A sync server is not trusted, and its words could phish ("Your session expired,
 * re-enter your password at …") in our status line: an error that carries them — an HTTP status
 * (PouchDB's error from a reply: `name` and `reason` are the server's `error` and `reason`), a
 * `reason` or `error` field, a reply that is no JSON (the parser quotes its start) — is told by its
 * kind alone, its words may only choose among ours. Errors of our own code, of the browser's
 * storage and of the network keep their message (at most 300 characters).
 */
export function describeSyncError(e: unknown): string {
  const err = (e ?? {}) as { status?: unknown; name?: unknown; message?: unknown; reason?: unknown; error?: unknown };
  const status = typeof err.status === 'number' ? err.status : null;
  const name = typeof err.name === 'string' ? err.name : '';
  const message = [err.message, err.reason].filter((x) => typeof x === 'string' && x).join(' ') || String(e);
  if (name === 'WrongPassphraseError')
    return 'Wrong passphrase: it does not match the one the synced data was encrypted with.';
  if (status === 401 || name === 'unauthorized')
    return 'The server refused the user name or password (401). Check them in the options page.';
  if (status === 403 || name === 'forbidden')
    return 'This account may not use that database (403). Ask the server admin for access.';
  if (status === 404 && /database/i.test(message))
    return 'The database does not exist on the server and could not be created.';
  if (status === 412) return 'The database could not be created (it may need an admin account).';
  if (status === 413) return 'The server refused a document as too large (413).';
  if (/quota|QUOTA_BYTES|MAX_WRITE_OPERATIONS/i.test(message))
    return 'The browser’s sync storage is full or busy (quota); the newest highlights are synced, the rest stay on this device.';
  if (status === 0 || /Failed to fetch|fetch failed|NetworkError|ECONNREFUSED|network/i.test(message))
    return 'The sync server cannot be reached (offline, wrong address, or the server is down). Sync will try again.';
  if (status !== null && status >= 500) return `The sync server had an error (${status}). Sync will try again.`;
  if (status === 404)
    return 'The sync server does not have what sync asked for (404): check the address and the database name.';
  if (status !== null && status >= 400) return `The sync server refused the request (${status}). Sync will try again.`;
  if (status !== null) return `The sync server gave an unexpected answer (${status}). Sync will try again.`;
  if (name === 'SyntaxError' || typeof err.reason === 'string' || typeof err.error === 'string')
    return 'The sync server’s reply was not understood (not what a CouchDB server sends): check the address.';
  return message.slice(0, 300);
}

/** "N of M highlights synced by the browser" counts, from the record ids the encoding left out. */
export function countSynced(
  live: readonly { id: string }[],
  excludedIds: readonly string[],
): { synced: number; total: number } {
  const excluded = new Set(excludedIds);
  let synced = 0;
  for (const r of live) if (!excluded.has(r.id)) synced++;
  return { synced, total: live.length };
}
