/**
 * Tags: the one rule for what a tag is, used by every screen that writes them (the in-page
 * toolbar, the popup, the library page) and by import, so a stored tag never depends on
 * where it was typed.
 */
import { LIMITS } from './record';
import { clip, collapse } from './strings';

/** Separators between typed tags: ASCII and full-width commas, the Chinese enumeration comma, semicolons, new lines. */
const TAG_SEPARATORS = /[,，、;；\n\r]+/;

/**
 * Splits what the reader typed into tags: trimmed, inner spaces collapsed, a leading `#`
 * (the hashtag habit of note apps) dropped, empty ones dropped.
 */
export function splitTags(input: string): string[] {
  return input
    .split(TAG_SEPARATORS)
    .map((t) => collapse(collapse(t).replace(/^#+/, '')))
    .filter((t) => t.length > 0);
}

/**
 * Tags as stored: white space collapsed, empty ones dropped, unique (case-insensitive, the
 * first spelling kept). Over the record's limits (a tag longer than LIMITS.tag, more than
 * LIMITS.tags of them) a screen the reader types in cuts them (`'clip'`: the chips show what
 * is kept), while an import keeps them (`'keep'`), so the record fails validation with a
 * reason instead of losing part of a tag without a word.
 */
export function normalizeTags(tags: readonly string[], overLimit: 'clip' | 'keep' = 'clip'): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = overLimit === 'clip' ? clip(collapse(raw), LIMITS.tag) : collapse(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (overLimit === 'clip' && out.length >= LIMITS.tags) break;
  }
  return out;
}

/** Existing tags plus the ones typed in `input`. */
export function addTags(existing: readonly string[], input: string): string[] {
  return normalizeTags([...existing, ...splitTags(input)]);
}

/** `existing` without the tags named in `input` (compared as normalizeTags compares them). */
export function removeTags(existing: readonly string[], input: string): string[] {
  const gone = new Set(splitTags(input).map((t) => t.toLowerCase()));
  return existing.filter((t) => !gone.has(collapse(t).toLowerCase()));
}
