/** String helpers for what a highlight record stores. */

/** Cuts a string to `max` UTF-16 units without leaving half a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** Every run of white space as one space, trimmed. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
