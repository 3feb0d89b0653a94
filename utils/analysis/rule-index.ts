/**
 * The index of a rule table: what the matcher needs to know of each rule, read from its source
 * (regex-source.ts, regex-texts.ts, regex-pairs.ts). Built ahead of time by `npm run gen:rule-index`
 * into rule-index.generated.ts (with matcher-build.ts), and by tests for other tables; a page only
 * loads it (matcher.ts imports nothing but types from here).
 */
import { foldKey } from './char-codes';
import { firstChars, firstCharsOfNonEmpty, lastCharsOfNonEmpty } from './regex-firsts';
import {
  firstOfSteps,
  literalSteps,
  META,
  openings,
  spellings,
  splitAlternatives,
  type LiteralStep,
} from './regex-source';
import { leadingOptions, leadingSpellings, requiredTexts } from './regex-texts';
import { secondsByFirst } from './regex-pairs';

/**
 * What the scan needs to know of one rule, worked out from its source: the rule as a plain
 * string or as literal steps when it has that shape, and the keys (UTF-16 codes, ASCII
 * lower-cased when ignoring case) of the characters a match can start with; null when a
 * match can start anywhere.
 */
export interface RuleIndexEntry {
  literal: string | null;
  steps: LiteralStep[] | null;
  firsts: number[] | null;
  /**
   * A regex rule's second characters, per first character where they are known (regex-pairs.ts):
   * [first key, [second keys…]] pairs; null for a plain rule (whose second characters
   * secondKeys reads off its text) or when none is known.
   */
  pairs: [number, number[]][] | null;
  /**
   * A regex rule's, or a literal-step rule's with too many spellings: the texts every match opens
   * with (leadingSpellings; openings of the steps), where the scan tries it, when known (absent
   * rather than null, to keep the prebuilt index small).
   */
  opening?: string[];
  /** A regex rule's texts one of which every match contains (requiredTexts), when known. */
  needs?: string[];
}

/** A literal step as the generator writes it: `optional` and `lazy` only when true. */
export interface ShippedStep {
  options: string[];
  optional?: true;
  lazy?: true;
}

/**
 * What a content script needs of a rule's index entry beside the prebuilt keys (CompiledKeys), as
 * the generator writes it: `literal` and `steps` only when the rule has them (~600 nulls and
 * falses were ~14 KB of the content script). RuleMatcher reads it back with its defaults.
 */
export interface ShippedIndexEntry {
  literal?: string;
  steps?: ShippedStep[];
  firsts: number[] | null;
}

/** The index as the generator writes it: the fields only the building of the keys reads are left out. */
export const shippedIndex = (entries: readonly RuleIndexEntry[]): ShippedIndexEntry[] =>
  entries.map(({ literal, steps, firsts }) => ({
    ...(literal !== null && { literal }),
    ...(steps && {
      steps: steps.map(({ options, optional, lazy }) => ({
        options,
        ...(optional && { optional: true as const }),
        ...(lazy && { lazy: true as const }),
      })),
    }),
    firsts,
  }));

/**
 * The keys of the characters a match of this rule can have second, or null when that is not
 * known: literals of two characters or more, and literal steps whose first step is required
 * and made of such options. Anything else (a regex) may have any second character.
 */
export function secondKeys(
  pattern: string,
  literal: string | null,
  steps: readonly LiteralStep[] | null,
  ignoreCase: boolean,
): number[] | null {
  const options = literal !== null ? [literal] : steps ? openings(steps) : leadingOptions(pattern);
  if (!options || options.some((o) => o.length < 2)) return null;
  return [...new Set(options.map((o) => foldKey(o.charCodeAt(1), ignoreCase)))];
}

/**
 * The index of a rule table. Reading ~300 regex sources costs ~4 ms on a page's first
 * analysis, so the tables' indexes are built ahead of time (rule-index.generated.ts, by
 * `npm run gen:rule-index`; a unit test keeps them equal to this function's output).
 */
export function indexRules(patterns: readonly string[], options: { ignoreCase?: boolean } = {}): RuleIndexEntry[] {
  const ignoreCase = options.ignoreCase ?? false;
  return patterns.map((pattern) => {
    // Ignoring case, only ASCII literals are compared in place (see matchAt).
    const plain = !META.test(pattern) && pattern !== '' && (!ignoreCase || !/[^ -~]/.test(pattern));
    const literal = plain ? pattern : null;
    const steps = literal === null && !ignoreCase ? literalSteps(pattern) : null;
    const chars = literal !== null ? [literal[0] as string] : ((steps && firstOfSteps(steps)) ?? firstChars(pattern));
    const firsts = chars ? [...new Set([...chars].map((c) => foldKey(c.charCodeAt(0), ignoreCase)))] : null;
    let pairs: [number, number[]][] | null = null;
    if (literal === null && steps === null && firsts && secondKeys(pattern, null, null, ignoreCase) === null) {
      const known = secondsByFirst(pattern, ignoreCase);
      // Only for the rule's own first characters (the two readings of the source agree there).
      const list = known ? firsts.filter((c) => known.has(c)).map((c): [number, number[]] => [c, known.get(c)!]) : [];
      if (list.length) pairs = list;
    }
    let opening: string[] | null = null;
    let needs: string[] | null = null;
    if (literal === null && steps === null) {
      opening = leadingSpellings(pattern, ignoreCase);
      needs = requiredTexts(pattern, ignoreCase);
    } else if (steps && !spellings(steps)) {
      opening = openings(steps);
      if (opening.includes('')) opening = null;
    }
    // A text's start is needed wherever the text is: cut, they stay necessary.
    const cut = (texts: string[] | null, length: number) => texts && [...new Set(texts.map((t) => t.slice(0, length)))];
    opening = cut(opening, OPENING_LENGTH);
    needs = cut(needs, NEEDED_LENGTH);
    return { literal, steps, firsts, pairs, ...(opening && { opening }), ...(needs && { needs }) };
  });
}

/**
 * Openings are cut to this many characters, needed texts to this many: enough to be rare, few
 * states to build (needed texts are few, and the broad rules' need to be rare). Six, not four:
 * "the guid…", "you will" are rare where "the ", "you " are everywhere (English rule codes the
 * scan lists on the bench article ~28,000 → ~17,000); the English automaton stays within its
 * whole transition table (~1,470 states × 65 symbols; automaton.ts, MAX_DELTA).
 */
const OPENING_LENGTH = 6;
const NEEDED_LENGTH = 8;

/**
 * For each whole-sentence pattern (SENTENCE_CONTEXT, tested on a sentence from its start): the
 * UTF-16 codes a sentence it matches can open with, ASCII letters in both cases under the i flag;
 * null where that is not known (an alternative not anchored at the start, another flag than i, a
 * pattern that can match the empty string, unbounded openings, a non-ASCII cased letter under i).
 * Built ahead of time into rule-index.generated.ts: a sentence opening otherwise skips the pattern,
 * which a page that has no such sentence then never compiles.
 */
export function anchoredFirsts(patterns: readonly RegExp[]): (number[] | null)[] {
  return patterns.map(({ source, flags }) => {
    const ignoreCase = flags === 'i';
    if (flags !== '' && !ignoreCase) return null;
    if (!splitAlternatives(source).every((alt) => alt.startsWith('^'))) return null;
    const chars = firstCharsOfNonEmpty(source);
    if (!chars) return null;
    const codes = new Set<number>();
    for (const c of chars) {
      const cased = c.toLowerCase() !== c.toUpperCase();
      if (ignoreCase && cased && c.charCodeAt(0) > 0x7f) return null;
      for (const v of ignoreCase && cased ? [c.toLowerCase(), c.toUpperCase()] : [c]) codes.add(v.charCodeAt(0));
    }
    return [...codes].sort((a, b) => a - b);
  });
}

/**
 * What a sentence must have for a whole-sentence pattern to match it, worked out ahead of time
 * (rule-index.generated.ts): `firsts`, the codes the shape opens with (anchoredFirsts), read past
 * `lead` — the pattern's source opening with `^` and that optional piece (the Chinese connective,
 * ZH_LEAD_CONNECTIVE), so the shape's own first character is read where the connective ends
 * (contextStarts); and where the opening is not known, `needs`, texts one of which every match
 * holds (requiredTexts; one holding another is left out: it is found where the other is). A
 * sentence that has neither skips the pattern, which a page with no such sentence never compiles.
 */
export interface ContextCheck {
  lead?: true;
  firsts?: number[];
  needs?: string[];
}

export function contextChecks(patterns: readonly RegExp[], lead: string): ContextCheck[] {
  return patterns.map((pattern) => {
    const check: ContextCheck = {};
    let shape = pattern;
    if (lead && pattern.source.startsWith(`^${lead}`)) {
      check.lead = true;
      shape = new RegExp(`^${pattern.source.slice(1 + lead.length)}`, pattern.flags);
    }
    const firsts = anchoredFirsts([shape])[0];
    if (firsts) check.firsts = firsts;
    else {
      const texts = requiredTexts(pattern.source, pattern.flags === 'i');
      if (texts && pattern.flags === '')
        check.needs = texts.filter((t, i) => !texts.some((u, j) => j !== i && u !== t && t.includes(u)));
    }
    return check;
  });
}

/**
 * For a pattern each of whose alternatives is anchored at the start or at the end of the text
 * (NOT_A_HEADING): the codes a text it matches can open with (the alternatives anchored at the
 * start) or end with (the others), ASCII letters in both cases under the i flag; null where that
 * is not known. Built ahead of time into rule-index.generated.ts: a text that neither opens nor
 * ends so skips the pattern, which a page with no such text then never compiles.
 */
export function edgeCodes(pattern: RegExp): { firsts: number[]; lasts: number[] } | null {
  const ignoreCase = pattern.flags === 'i';
  if (pattern.flags !== '' && !ignoreCase) return null;
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  for (const alt of splitAlternatives(pattern.source)) {
    const opening = alt.startsWith('^') ? firstCharsOfNonEmpty(alt) : null;
    const ending = opening || !/(?:^|[^\\])\$$/.test(alt) ? null : lastCharsOfNonEmpty(alt);
    if (!opening && !ending) return null;
    for (const c of opening ?? ending!) (opening ? firsts : lasts).add(c);
  }
  const codes = (chars: Set<string>) => {
    const out = new Set<number>();
    for (const c of chars) {
      const cased = c.toLowerCase() !== c.toUpperCase();
      if (ignoreCase && cased && c.charCodeAt(0) > 0x7f) return null;
      for (const v of ignoreCase && cased ? [c.toLowerCase(), c.toUpperCase()] : [c]) out.add(v.charCodeAt(0));
    }
    return [...out].sort((a, b) => a - b);
  };
  const [f, l] = [codes(firsts), codes(lasts)];
  return f && l ? { firsts: f, lasts: l } : null;
}
