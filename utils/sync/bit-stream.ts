/**
 * Bit-level coding of browser-sync items (encoding version 2): bits written and read one number
 * at a time (Elias-delta for unsigned, zigzag for signed), carried as printable letters, 13 bits
 * per 2 letters (1 byte each in Chrome's count).
 *
 * The alphabet: printable ASCII without `"`, `\`, `<` and `~` (the ones JSON or Chromium would
 * escape, and the switch of cjk-pairs.ts), 91 letters.
 */
export const ALPHABET = (() => {
  let s = '';
  for (let c = 0x20; c <= 0x7e; c++)
    if (c !== 0x22 && c !== 0x5c && c !== 0x3c && c !== 0x7e) s += String.fromCharCode(c);
  return s;
})();
export const BASE = ALPHABET.length; // 91
export const letterValue = new Map<string, number>();
for (let i = 0; i < BASE; i++) letterValue.set(ALPHABET[i]!, i);

/** Bits, appended one number at a time; `toAscii` packs them 13 to 2 alphabet letters. */
export class BitWriter {
  readonly bits: number[] = [];

  /** Writes `count` bits of a non-negative integer (up to 2^53), most significant first. */
  write(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** Elias-delta code of n + 1 (n ≥ 0): 1 bit for 0, 4 for 1–2, about log2 n + 2 log2 log2 n beyond. */
  writeUint(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0 || n >= 2 ** 53 - 1) throw new Error(`not a uint: ${n}`);
    const x = n + 1;
    const length = bitLength(x);
    const lengthBits = bitLength(length);
    this.write(0, lengthBits - 1);
    this.write(length, lengthBits);
    this.write(x % 2 ** (length - 1), length - 1);
  }

  /** Zigzag, then writeUint: small magnitudes of either sign are short. */
  writeInt(n: number): void {
    if (!Number.isSafeInteger(n) || Math.abs(n) >= 2 ** 52) throw new Error(`not an int: ${n}`);
    this.writeUint(n >= 0 ? 2 * n : -2 * n - 1);
  }

  append(other: BitWriter): void {
    for (const b of other.bits) this.bits.push(b);
  }
}

function bitLength(x: number): number {
  let n = 0;
  for (; x >= 1; x = Math.floor(x / 2)) n++;
  return n;
}

export class BitReader {
  private pos = 0;
  constructor(private readonly bits: readonly number[]) {}

  read(count: number): number {
    let v = 0;
    for (let i = 0; i < count; i++) v = v * 2 + this.bit();
    return v;
  }

  bit(): number {
    const b = this.bits[this.pos++];
    if (b === undefined) throw new Error('packed record: truncated');
    return b;
  }

  readUint(): number {
    let zeros = 0;
    while (this.bit() === 0) if (++zeros > 6) throw new Error('packed record: bad number');
    const length = 2 ** zeros + this.read(zeros);
    if (length > 53) throw new Error('packed record: number too large');
    return 2 ** (length - 1) + this.read(length - 1) - 1;
  }

  readInt(): number {
    const z = this.readUint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}

/** Bits as alphabet letters: 13 bits per 2 letters (8192 ≤ 91²), a last 1–6 bits in 1 letter. */
export function bitsToAscii(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 13) {
    const left = bits.length - i;
    const take = left <= 6 ? 6 : 13;
    let v = 0;
    for (let j = 0; j < take; j++) v = v * 2 + (bits[i + j] ?? 0);
    out += take === 6 ? ALPHABET[v]! : ALPHABET[Math.floor(v / BASE)]! + ALPHABET[v % BASE]!;
  }
  return out;
}

/** Inverse of bitsToAscii (padding bits included: readers are self-delimiting). */
export function asciiToBits(s: string): number[] {
  const bits: number[] = [];
  const push = (v: number, n: number) => {
    for (let j = n - 1; j >= 0; j--) bits.push((v >> j) & 1);
  };
  let i = 0;
  for (; i + 1 < s.length; i += 2) {
    const hi = letterValue.get(s[i]!);
    const lo = letterValue.get(s[i + 1]!);
    if (hi === undefined || lo === undefined || hi * BASE + lo >= 8192) throw new Error('packed record: bad letter');
    push(hi * BASE + lo, 13);
  }
  if (i < s.length) {
    const v = letterValue.get(s[i]!);
    if (v === undefined || v >= 64) throw new Error('packed record: bad letter');
    push(v, 6);
  }
  return bits;
}

// ---- word model (static Huffman) -------------------------------------------------------------
