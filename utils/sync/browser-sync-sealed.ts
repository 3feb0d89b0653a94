/**
 * Browser-sync items sealed with the reader's passphrase: each item's value, as the compact
 * encoding (or the settings and follows) made it, becomes `{ enc, iv }`, AES-GCM with the item's
 * key as additional data (crypto.ts `encryptJson`), so a ciphertext moved to another item fails.
 * The key's description (salt, iterations, key check: crypto.ts `CryptoMeta`) is the item `hk`.
 *
 * Why: in Firefox a content script can read and write storage.sync (docs/security.md). Sealed,
 * the items name no page, no text and no site; a content script still sees how many items there
 * are, their sizes and when they change, and can still delete them.
 *
 * The round works on the plain view (what the items hold once opened): the diff compares plain
 * values, so an item that did not change is not written again (its ciphertext would, with a
 * fresh IV each time).
 */
import { decryptJson, encryptJson, type EncryptedPayload } from './crypto';

/** The key's description (crypto.ts `CryptoMeta`) in storage.sync. */
export const SEAL_META_KEY = 'hk';

/** AES-GCM's tag. */
const TAG_BYTES = 16;
/** `{"enc":"","iv":""}` around the two base64 strings, the IV's 16 letters included. */
const PAYLOAD_JSON_BYTES = 18 + 16;

/**
 * The bytes an item takes sealed, from what it takes plain (`syncItemBytes`, which counts the key
 * and Chromium's JSON of the value, never under JSON.stringify's UTF-8 bytes, which is what is
 * encrypted): the key, the base64 of plaintext + tag, the IV. Never under; monotone, so the
 * encoding's packing can test every addition against it.
 */
export function sealedItemBytes(key: string, plainBytes: number): number {
  const plaintext = plainBytes - key.length;
  return key.length + PAYLOAD_JSON_BYTES + 4 * Math.ceil((plaintext + TAG_BYTES) / 3);
}

export function isSealedValue(value: unknown): value is EncryptedPayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const v = value as Partial<EncryptedPayload>;
  return keys.length === 2 && typeof v.enc === 'string' && typeof v.iv === 'string';
}

/** Seals each value under its own key. */
export async function sealItems(
  key: CryptoKey,
  items: Readonly<Record<string, unknown>>,
): Promise<Record<string, EncryptedPayload>> {
  const entries = await Promise.all(
    Object.entries(items).map(async ([k, value]) => [k, await encryptJson(key, value, k)] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * Opens the items `sealable` says are sealed. The view holds every other item as it is and each
 * sealed one that decrypted; one that is plain (a device without the passphrase wrote it, or a
 * content script) or does not decrypt (changed, moved from another key, another passphrase's) is
 * left out of the view and named in `errors`. Never throws.
 */
export async function openItems(
  key: CryptoKey,
  items: Readonly<Record<string, unknown>>,
  sealable: (key: string) => boolean,
): Promise<{ view: Record<string, unknown>; errors: string[] }> {
  const view: Record<string, unknown> = {};
  const errors: string[] = [];
  await Promise.all(
    Object.entries(items).map(async ([k, value]) => {
      if (!sealable(k)) {
        view[k] = value;
        return;
      }
      if (!isSealedValue(value)) {
        errors.push(`item ${k} is not encrypted with the sync passphrase: refused`);
        return;
      }
      try {
        view[k] = await decryptJson(key, value, k);
      } catch {
        errors.push(`item ${k} could not be decrypted (changed, moved, or another passphrase’s): refused`);
      }
    }),
  );
  return { view, errors: errors.sort() };
}
