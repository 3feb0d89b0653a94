/**
 * The plain definition of a text's index tokens: search-tokens.ts `tokensOf` as it was at
 * main 338191a, walked by code point with a string per character. The oracle of
 * search-tokens.property.test.ts and the "before" of scripts/bench/search-tokens.ts.
 */
import { charClass, PREFIX_MAX, type CharClass } from '@/utils/store/search-tokens';

export function plainTokensOf(normalized: string): Set<string> {
  const out = new Set<string>();
  let previous: CharClass = 'space';
  let gram = '';
  let prefix = '';
  let length = 0;
  for (const ch of normalized) {
    const kind = charClass(ch);
    if (kind === 'gram') {
      out.add(ch);
      if (previous === 'gram') out.add(gram + ch);
      gram = ch;
    } else if (kind === 'word') {
      if (previous !== 'word') {
        prefix = '';
        length = 0;
      }
      if (length < PREFIX_MAX) {
        out.add((prefix += ch));
        length++;
      }
    }
    previous = kind;
  }
  return out;
}
