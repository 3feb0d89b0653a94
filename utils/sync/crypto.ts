/**
 * End-to-end encryption for synced highlights: the server stores only ciphertext.
 *
 * Key: PBKDF2-HMAC-SHA-256 over the passphrase with a random 16-byte salt and 310,000
 * iterations (OWASP's 2023 figure for PBKDF2-SHA-256) → an AES-GCM 256 key that cannot be
 * exported. Each message: a fresh random 96-bit IV, AES-GCM with optional additional data
 * (the document id, so a ciphertext moved to another document fails to decrypt).
 *
 * AES-GCM cannot tell a wrong key from changed data — both fail authentication — so
 * `decryptJson` throws one `DecryptionError` for both. To say "wrong passphrase" before any data
 * is read, keep a key check (`createKeyCheck`) next to the salt and test it (`verifyKeyCheck`).
 *
 * Uses only `globalThis.crypto.subtle` (browsers, Node 20), no Node modules.
 */

export const PBKDF2_MIN_ITERATIONS = 310_000;
/**
 * The iteration count comes from the server's `meta:crypto` document, so it is bounded above
 * too: a hostile server could otherwise ask for two billion rounds and keep the background busy
 * for hours. Ten times OWASP's figure (a few seconds in a browser) leaves room to raise it later.
 */
export const PBKDF2_MAX_ITERATIONS = 10 * PBKDF2_MIN_ITERATIONS;
export const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_CHECK_TEXT = 'huazhongdian key check v1';

export interface EncryptedPayload {
  /** base64 AES-GCM ciphertext (with its 16-byte tag). */
  enc: string;
  /** base64 96-bit IV. */
  iv: string;
}

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super('Wrong passphrase: it does not match the one the synced data was encrypted with.');
  }
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (crypto.subtle) is not available here; encryption needs a secure context.');
  return s;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  if (typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
    throw new DecryptionError('not base64');
  }
  const binary = atob(s);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/** Derives the AES-GCM 256 key. `salt` as bytes or base64; iterations outside 310,000–3,100,000 are refused. */
export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer> | string,
  iterations = PBKDF2_MIN_ITERATIONS,
): Promise<CryptoKey> {
  if (passphrase.length === 0) throw new Error('The passphrase is empty.');
  if (!Number.isInteger(iterations) || iterations < PBKDF2_MIN_ITERATIONS) {
    throw new Error(`PBKDF2 needs at least ${PBKDF2_MIN_ITERATIONS} iterations (got ${iterations}).`);
  }
  if (iterations > PBKDF2_MAX_ITERATIONS) {
    throw new Error(
      `The encryption settings ask for ${iterations} PBKDF2 iterations; more than ${PBKDF2_MAX_ITERATIONS} are refused (they look tampered with).`,
    );
  }
  const saltBytes = typeof salt === 'string' ? fromBase64(salt) : salt;
  if (saltBytes.length < SALT_BYTES) throw new Error(`The salt must be at least ${SALT_BYTES} bytes.`);
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: saltBytes, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts `JSON.stringify(obj)`. `aad` (e.g. the document id) is authenticated, not stored. */
export async function encryptJson(key: CryptoKey, obj: unknown, aad?: string): Promise<EncryptedPayload> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = new TextEncoder().encode(JSON.stringify(obj));
  const params: AesGcmParams = { name: 'AES-GCM', iv };
  if (aad !== undefined) params.additionalData = new TextEncoder().encode(aad);
  const ciphertext = await subtle().encrypt(params, key, plaintext);
  return { enc: toBase64(new Uint8Array(ciphertext)), iv: toBase64(iv) };
}

/** Decrypts and parses; throws DecryptionError on a wrong key, changed data or a wrong `aad`. */
export async function decryptJson(key: CryptoKey, payload: EncryptedPayload, aad?: string): Promise<unknown> {
  if (typeof payload !== 'object' || payload === null) throw new DecryptionError('not an encrypted payload');
  const iv = fromBase64(payload.iv);
  if (iv.length !== IV_BYTES) throw new DecryptionError('bad IV length');
  const params: AesGcmParams = { name: 'AES-GCM', iv };
  if (aad !== undefined) params.additionalData = new TextEncoder().encode(aad);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await subtle().decrypt(params, key, fromBase64(payload.enc));
  } catch {
    throw new DecryptionError('Could not decrypt: wrong passphrase, or the data was changed or damaged.');
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)) as unknown;
  } catch {
    throw new DecryptionError('Decrypted data is not valid JSON.');
  }
}

/** A small ciphertext of a known text, stored with the salt, to recognize the right passphrase. */
export function createKeyCheck(key: CryptoKey): Promise<EncryptedPayload> {
  return encryptJson(key, KEY_CHECK_TEXT, 'key-check');
}

/** Throws WrongPassphraseError unless `key` decrypts `check`. */
export async function verifyKeyCheck(key: CryptoKey, check: EncryptedPayload): Promise<void> {
  try {
    if ((await decryptJson(key, check, 'key-check')) === KEY_CHECK_TEXT) return;
  } catch {
    // fall through
  }
  throw new WrongPassphraseError();
}

/**
 * What defines a key, stored beside the data it encrypts (the server's `meta:crypto` document,
 * browser sync's `hk` item): the salt, the iteration count and a key check. Not secret.
 */
export interface CryptoMeta {
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 salt */
  salt: string;
  check: EncryptedPayload;
}

/** A fresh salt, the key, and its check. */
export async function createCryptoMeta(
  passphrase: string,
  iterations = PBKDF2_MIN_ITERATIONS,
): Promise<{ meta: CryptoMeta; key: CryptoKey }> {
  const salt = randomSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  const meta: CryptoMeta = {
    v: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    check: await createKeyCheck(key),
  };
  return { meta, key };
}

/**
 * The parts of a key's description as one string: a device keeps it from set-up and stops
 * syncing when the synced copy differs (or is gone). Throws for a description we do not know,
 * or with iterations outside the bounds.
 */
export function cryptoFingerprint(meta: unknown): string {
  const d = (meta ?? {}) as Partial<CryptoMeta>;
  if (d.v !== 1 || d.kdf !== 'PBKDF2-SHA-256') throw new Error('Unknown encryption settings.');
  if (!Number.isInteger(d.iterations) || d.iterations! < PBKDF2_MIN_ITERATIONS || d.iterations! > PBKDF2_MAX_ITERATIONS)
    throw new Error(
      `The encryption settings ask for ${String(d.iterations)} PBKDF2 iterations; ${PBKDF2_MIN_ITERATIONS}–${PBKDF2_MAX_ITERATIONS} are accepted.`,
    );
  if (typeof d.salt !== 'string' || typeof d.check?.enc !== 'string' || typeof d.check.iv !== 'string')
    throw new Error('The encryption settings are incomplete.');
  return JSON.stringify([d.v, d.kdf, d.iterations, d.salt, d.check.enc, d.check.iv]);
}

/** Derives the key from the stored salt; throws WrongPassphraseError for a wrong passphrase. */
export async function unlockCryptoMeta(meta: CryptoMeta, passphrase: string): Promise<CryptoKey> {
  cryptoFingerprint(meta); // shape and iteration bounds, before any work
  const key = await deriveKey(passphrase, meta.salt, meta.iterations);
  await verifyKeyCheck(key, meta.check);
  return key;
}
