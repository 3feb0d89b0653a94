/**
 * Mapping between highlight records and CouchDB/PouchDB documents, free of any database code
 * so it runs in tests and in the background alike (the background wires PouchDB replication).
 *
 * - One document per highlight, `_id` = `hl:<record id>`; a tombstone stays a normal document
 *   with `deleted: true` inside (CouchDB's own `_deleted` would drop the clock the merge needs).
 * - Plain mode: the document is the record plus `_id` (and `_rev` when updating).
 * - Encrypted mode: the document is `{ _id, _rev?, enc, iv }` and nothing else — not even the
 *   url is readable on the server. The ciphertext is bound to the `_id` (AES-GCM additional
 *   data), so moving it to another document makes it fail to decrypt.
 * - CouchDB conflicts (two devices wrote the same document before replicating) are resolved with
 *   the same merge as everything else: `resolveConflict` picks the winner by hybrid clock.
 * - Key material lives in the `meta:crypto` document: salt, iteration count and a key check, so
 *   every device derives the same key and a wrong passphrase is reported before any data is read.
 */
import { parseHighlight, type Highlight, type ParseResult } from '@/utils/highlights/record';
import {
  createCryptoMeta,
  cryptoFingerprint,
  decryptJson,
  encryptJson,
  PBKDF2_MIN_ITERATIONS,
  unlockCryptoMeta,
  type CryptoMeta,
  type EncryptedPayload,
} from './crypto';
import { mergeRecord } from './merge';

export const DOC_PREFIX = 'hl:';
export const CRYPTO_META_DOC_ID = 'meta:crypto';

export const docIdFor = (recordId: string) => `${DOC_PREFIX}${recordId}`;
export const isHighlightDocId = (id: string) => id.startsWith(DOC_PREFIX) && id.length > DOC_PREFIX.length;

export type Encrypt = (value: unknown, aad: string) => Promise<EncryptedPayload>;
export type Decrypt = (payload: EncryptedPayload, aad: string) => Promise<unknown>;

export type PlainHighlightDoc = Highlight & { _id: string; _rev?: string };
export interface EncryptedHighlightDoc extends EncryptedPayload {
  _id: string;
  _rev?: string;
}
export type HighlightDoc = PlainHighlightDoc | EncryptedHighlightDoc;

/** Encrypt/decrypt functions bound to one key, for recordToDoc / docToRecord. */
export function cipherFor(key: CryptoKey): { encrypt: Encrypt; decrypt: Decrypt } {
  return {
    encrypt: (value, aad) => encryptJson(key, value, aad),
    decrypt: (payload, aad) => decryptJson(key, payload, aad),
  };
}

export async function recordToDoc(h: Highlight, encrypt?: Encrypt, rev?: string): Promise<HighlightDoc> {
  const _id = docIdFor(h.id);
  const revision = rev === undefined ? {} : { _rev: rev };
  if (!encrypt) return { _id, ...revision, ...h };
  const { enc, iv } = await encrypt(h, _id);
  return { _id, ...revision, enc, iv };
}

const isEncryptedDoc = (doc: object): doc is EncryptedHighlightDoc =>
  typeof (doc as { enc?: unknown }).enc === 'string' && typeof (doc as { iv?: unknown }).iv === 'string';

/**
 * Reads a document back into a validated record. Never throws: a document that cannot be
 * decrypted, is not a highlight, or whose record id does not match its `_id` is an error.
 * With `decrypt` (encrypted sync) only documents that decrypt and authenticate are records: a
 * plaintext document — which only the server, the party encryption protects against, could
 * have written — is an error, tombstones included.
 */
export async function docToRecord(doc: unknown, decrypt?: Decrypt): Promise<ParseResult<Highlight>> {
  if (typeof doc !== 'object' || doc === null) return { ok: false, error: 'not a document' };
  const id = (doc as { _id?: unknown })._id;
  if (typeof id !== 'string' || !isHighlightDocId(id))
    return { ok: false, error: `not a highlight document: ${String(id)}` };
  if (decrypt && !isEncryptedDoc(doc)) return { ok: false, error: `${id} is not encrypted: refused in encrypted sync` };
  let body: unknown;
  if (isEncryptedDoc(doc)) {
    if (!decrypt) return { ok: false, error: `${id} is encrypted: enter the sync passphrase to read it` };
    try {
      body = await decrypt({ enc: doc.enc, iv: doc.iv }, id);
    } catch (e) {
      return { ok: false, error: `${id}: ${(e as Error).message}` };
    }
  } else {
    const { _id: _ignoredId, _rev: _ignoredRev, ...rest } = doc as Record<string, unknown>;
    body = rest;
  }
  const parsed = parseHighlight(body);
  if (!parsed.ok) return { ok: false, error: `${id}: ${parsed.error}` };
  if (docIdFor(parsed.value.id) !== id)
    return { ok: false, error: `${id}: record id ${parsed.value.id} does not match` };
  return parsed;
}

/**
 * Resolves a CouchDB conflict: given the current revision and the conflicting ones (as PouchDB
 * returns them with `conflicts: true`), the winning record by the sync merge rule. Unreadable
 * revisions are skipped and listed. `winner` is null only if no revision could be read.
 */
export async function resolveConflict(
  revisions: readonly unknown[],
  decrypt?: Decrypt,
): Promise<{ winner: Highlight | null; errors: string[] }> {
  let winner: Highlight | null = null;
  const errors: string[] = [];
  for (const doc of revisions) {
    const r = await docToRecord(doc, decrypt);
    if (!r.ok) errors.push(r.error);
    else winner = winner ? mergeRecord(winner, r.value) : r.value;
  }
  return { winner, errors };
}

/** `meta:crypto`: the key's description (crypto.ts `CryptoMeta`) as a CouchDB document. */
export type CryptoMetaDoc = CryptoMeta & { _id: typeof CRYPTO_META_DOC_ID; _rev?: string };

/** Sets up encryption for a new sync database: a fresh salt, the key, and its check. */
export async function createCryptoMetaDoc(
  passphrase: string,
  iterations = PBKDF2_MIN_ITERATIONS,
): Promise<{ doc: CryptoMetaDoc; key: CryptoKey }> {
  const { meta, key } = await createCryptoMeta(passphrase, iterations);
  return { doc: { _id: CRYPTO_META_DOC_ID, ...meta }, key };
}

export { cryptoFingerprint, unlockCryptoMeta as unlockCryptoMetaDoc };
