import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decryptJson,
  DecryptionError,
  deriveKey,
  encryptJson,
  fromBase64,
  PBKDF2_MAX_ITERATIONS,
  PBKDF2_MIN_ITERATIONS,
  toBase64,
  WrongPassphraseError,
} from '@/utils/sync/crypto';
import {
  cipherFor,
  createCryptoMetaDoc,
  cryptoFingerprint,
  docIdFor,
  docToRecord,
  recordToDoc,
  resolveConflict,
  unlockCryptoMetaDoc,
} from '@/utils/sync/couch';
import { formatClock } from '@/utils/sync/hlc';
import { canonicalJson } from '@/utils/sync/merge';
import { highlightArb } from './arbitraries';
import { makeHighlight } from './fixtures';

const salt = new Uint8Array(16).fill(7);
let key: CryptoKey;
let otherKey: CryptoKey;

beforeAll(async () => {
  [key, otherKey] = await Promise.all([
    deriveKey('正确的口令 correct horse', salt),
    deriveKey('wrong passphrase', salt),
  ]);
});

/** Flips one bit of a base64 string's decoded bytes. */
function flipBit(b64: string, byte: number): string {
  const bytes = fromBase64(b64);
  bytes[byte % bytes.length]! ^= 1;
  return toBase64(bytes);
}

describe('crypto', () => {
  it('round-trips JSON', async () => {
    const obj = { a: '中文', n: [1, 2, { x: null }] };
    const payload = await encryptJson(key, obj);
    expect(JSON.stringify(payload)).not.toContain('中文');
    expect(await decryptJson(key, payload)).toEqual(obj);
  });

  it('uses a fresh IV for every message', async () => {
    const a = await encryptJson(key, 'same');
    const b = await encryptJson(key, 'same');
    expect(a.iv).not.toBe(b.iv);
    expect(a.enc).not.toBe(b.enc);
  });

  it('a key from another passphrase fails with a clear error', async () => {
    const payload = await encryptJson(key, { secret: 1 });
    await expect(decryptJson(otherKey, payload)).rejects.toThrow(DecryptionError);
    await expect(decryptJson(otherKey, payload)).rejects.toThrow(/wrong passphrase/);
  });

  it('any flipped bit of ciphertext or IV is detected', async () => {
    const payload = await encryptJson(key, { note: 'tamper me' });
    const positions = fc.sample(fc.nat(), 8);
    for (const p of positions) {
      await expect(decryptJson(key, { ...payload, enc: flipBit(payload.enc, p) })).rejects.toThrow(DecryptionError);
      await expect(decryptJson(key, { ...payload, iv: flipBit(payload.iv, p) })).rejects.toThrow(DecryptionError);
    }
    await expect(decryptJson(key, { ...payload, enc: 'not base64!' })).rejects.toThrow(DecryptionError);
  });

  it('additional data binds a ciphertext to its context', async () => {
    const payload = await encryptJson(key, 1, 'hl:a');
    expect(await decryptJson(key, payload, 'hl:a')).toBe(1);
    await expect(decryptJson(key, payload, 'hl:b')).rejects.toThrow(DecryptionError);
  });

  it('refuses an iteration count above the bound before deriving anything (issue 12)', async () => {
    await expect(deriveKey('x', salt, PBKDF2_MAX_ITERATIONS + 1)).rejects.toThrow(/iterations/);
    const { doc } = await createCryptoMetaDoc('p');
    await expect(unlockCryptoMetaDoc({ ...doc, iterations: 2_000_000_000 }, 'p')).rejects.toThrow(/iterations/);
    expect(() => cryptoFingerprint({ ...doc, iterations: 1e9 })).toThrow(/iterations/);
    expect(cryptoFingerprint(doc)).not.toBe(cryptoFingerprint({ ...doc, iterations: doc.iterations + 1 }));
  });

  it('refuses weak parameters', async () => {
    await expect(deriveKey('x', salt, PBKDF2_MIN_ITERATIONS - 1)).rejects.toThrow(/310000/);
    await expect(deriveKey('', salt)).rejects.toThrow(/empty/);
    await expect(deriveKey('x', new Uint8Array(4))).rejects.toThrow(/salt/);
  });
});

describe('couch document mapping', () => {
  it('plain documents round-trip any record', async () => {
    await fc.assert(
      fc.asyncProperty(highlightArb, async (h) => {
        const doc = await recordToDoc(h);
        expect(doc._id).toBe(docIdFor(h.id));
        const back = await docToRecord(JSON.parse(JSON.stringify({ ...doc, _rev: '1-abc' })));
        expect(back.ok && canonicalJson(back.value)).toBe(canonicalJson(h));
      }),
      { numRuns: 100 },
    );
  });

  it('encrypted documents hold only _id, _rev, enc and iv, and round-trip', async () => {
    const { encrypt, decrypt } = cipherFor(key);
    const h = makeHighlight({ id: 'abc', note: '机密笔记' });
    const doc = await recordToDoc(h, encrypt, '3-xyz');
    expect(Object.keys(doc).sort()).toEqual(['_id', '_rev', 'enc', 'iv']);
    const text = JSON.stringify(doc);
    for (const clear of ['gov.cn', '机密', '坚持', h.clock]) expect(text).not.toContain(clear);
    const back = await docToRecord(doc, decrypt);
    expect(back).toEqual({ ok: true, value: h });
  });

  it('reports instead of throwing: no passphrase, wrong key, swapped ciphertext, tampering, bad ids', async () => {
    const { encrypt } = cipherFor(key);
    const doc = await recordToDoc(makeHighlight({ id: 'a' }), encrypt);
    const other = await recordToDoc(makeHighlight({ id: 'b' }), encrypt);
    const noKey = await docToRecord(doc);
    expect(noKey.ok || noKey.error).toMatch(/passphrase/);
    const wrong = await docToRecord(doc, cipherFor(otherKey).decrypt);
    expect(wrong.ok || wrong.error).toMatch(/wrong passphrase/);
    const swapped = await docToRecord({ ...other, _id: doc._id }, cipherFor(key).decrypt);
    expect(swapped.ok).toBe(false);
    const tampered = await docToRecord(
      { ...doc, enc: flipBit((doc as { enc: string }).enc, 3) },
      cipherFor(key).decrypt,
    );
    expect(tampered.ok).toBe(false);
    expect((await docToRecord({ _id: 'hl:zzz', ...makeHighlight({ id: 'a' }) })).ok).toBe(false);
    expect((await docToRecord({ _id: 'other:1' })).ok).toBe(false);
    expect((await docToRecord(null)).ok).toBe(false);
    expect((await docToRecord({ _id: 'hl:a', id: 'a' })).ok).toBe(false);
  });

  it('in encrypted mode a plaintext document is refused, tombstone or not (issue 12)', async () => {
    const { decrypt } = cipherFor(key);
    for (const deleted of [false, true]) {
      const plain = await recordToDoc(makeHighlight({ id: 'p', deleted }));
      const r = await docToRecord(plain, decrypt);
      expect(r.ok || r.error).toMatch(/not encrypted/);
    }
    const genuine = await recordToDoc(makeHighlight({ id: 'p' }), cipherFor(key).encrypt);
    const forged = await recordToDoc(makeHighlight({ id: 'p', note: 'forged', deleted: true }));
    expect((await resolveConflict([genuine, forged], decrypt)).winner).toEqual(makeHighlight({ id: 'p' }));
  });

  it('resolveConflict picks the newest revision by clock', async () => {
    const older = makeHighlight({ id: 'c', note: 'old', clock: formatClock({ wallMs: 1, counter: 0, deviceId: 'a' }) });
    const newer = makeHighlight({ id: 'c', note: 'new', clock: formatClock({ wallMs: 2, counter: 0, deviceId: 'b' }) });
    const { encrypt, decrypt } = cipherFor(key);
    const revs = [
      await recordToDoc(older, encrypt, '2-a'),
      await recordToDoc(newer, encrypt, '2-b'),
      { _id: 'hl:c', enc: 'AAAA', iv: 'AAAA' },
    ];
    const r = await resolveConflict(revs, decrypt);
    expect(r.winner).toEqual(newer);
    expect(r.errors).toHaveLength(1);
  });
});

describe('crypto meta document', () => {
  it('unlocks with the right passphrase and refuses a wrong one', async () => {
    const { doc, key: created } = await createCryptoMetaDoc('hunter2 密码');
    const stored = JSON.parse(JSON.stringify(doc)) as typeof doc;
    expect(stored.iterations).toBeGreaterThanOrEqual(310_000);
    const unlocked = await unlockCryptoMetaDoc(stored, 'hunter2 密码');
    const payload = await encryptJson(created, { ok: true });
    expect(await decryptJson(unlocked, payload)).toEqual({ ok: true });
    await expect(unlockCryptoMetaDoc(stored, 'hunter3')).rejects.toThrow(WrongPassphraseError);
  });
});
