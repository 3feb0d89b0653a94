/**
 * FNV-1a over UTF-16 code units, 32 bits unsigned: the one short, stable hash of the project (a follow's id, a
 * browser-sync item's check, a site's bucket in the settings mirror). Spread and stability, not secrecy: no
 * attacker is kept out by it, and it is not collision-proof.
 */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
