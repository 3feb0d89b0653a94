/**
 * File names that every OS accepts: no path separators or characters Windows forbids, no
 * control characters, no trailing dot/space, no reserved device names, and short enough in
 * UTF-8 bytes for 255-byte file-system limits. CJK and other letters are kept.
 */

/** Longest base name in UTF-8 bytes; leaves room for an extension and a " (n)" suffix. */
export const MAX_FILENAME_BYTES = 180;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** In `u` mode only unpaired surrogates are `Cs`: they can't be encoded in a file name. */
const LONE_SURROGATE = /\p{Cs}/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Cuts to at most `maxBytes` UTF-8 bytes without splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    bytes += utf8Length(ch.codePointAt(0) ?? 0);
    if (bytes > maxBytes) break;
    out += ch;
  }
  return out;
}

/** A safe base name (no extension) from free text such as an article title. */
export function safeFilename(name: string, fallback = 'untitled', maxBytes = MAX_FILENAME_BYTES): string {
  let base = name.replace(FORBIDDEN, ' ').replace(LONE_SURROGATE, '').replace(/\s+/g, ' ').trim();
  base = truncateUtf8(base, maxBytes);
  // Windows drops trailing dots and spaces; a leading dot hides the file on Unix.
  base = base.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
  if (!base) return fallback;
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  return base;
}

/** Makes each name unique (case-insensitively, as on Windows/macOS) by appending " (2)", " (3)"… */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
