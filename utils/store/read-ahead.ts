/**
 * What the next keystroke of a search can need from the index, worked out while the reader pauses
 * (reader.ts `prepare`), so that it is answered from memory (memory-search.ts). Pure.
 *
 * Typing one more character onto the last term adds at most one token (search-tokens.ts): after a
 * Chinese character `c`, the pair `cX`, which lives in shard `c`; after a word `w` shorter than
 * PREFIX_MAX, the prefix `wx`, which lives in shard `w`'s first two letters — so for a one-letter
 * word in a shard not known yet: every shard that starts with that letter. The index's tokens one
 * character longer than that stem are exactly the extensions some record can match.
 */
import { PREFIX_MAX, runsOf, shardOf } from './search-tokens';

export type Growth =
  /** The term ends with a gram character `last`: a next one makes the pair `last` + X. */
  | { kind: 'gram'; last: string }
  /** The term ends with a word of fewer than PREFIX_MAX letters: a next letter makes a longer prefix. */
  | { kind: 'word'; word: string };

export function growthOf(term: string): Growth | null {
  const run = runsOf(term).at(-1);
  if (!run) return null;
  if (run.kind === 'gram') return { kind: 'gram', last: run.chars.at(-1)! };
  return run.chars.length < PREFIX_MAX ? { kind: 'word', word: run.chars.join('') } : null;
}

/** Where the next token lives: one shard, or (a one-letter word) every shard starting with `prefix`. */
export function growthShards(g: Growth): { shard: string } | { prefix: string } {
  if (g.kind === 'gram') return { shard: g.last };
  return [...g.word].length === 1 ? { prefix: g.word } : { shard: shardOf(g.word) };
}

/** The terms one character longer than `term` whose new token is among `tokens` (of the growth's shards). */
export function extensionsOf(term: string, g: Growth, tokens: Iterable<string>): string[] {
  const stem = g.kind === 'gram' ? g.last : g.word;
  const length = [...stem].length + 1;
  const out = new Set<string>();
  for (const t of tokens) if (t.startsWith(stem) && [...t].length === length) out.add(term + t.slice(stem.length));
  return [...out];
}
