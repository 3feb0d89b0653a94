/**
 * The directive rule tables (rules.ts) ready for a block: the language's matcher over its prebuilt
 * index, the imperative verbs, the opening and heading-start patterns, each language's built on
 * first use; a block's language; the scan of a block for its markers.
 */
import { RuleMatcher } from './matcher';
import type { WordSet } from './word-set';
import { imperativeVerbSet } from './verbs';
import { EN_RULE_INDEX, EN_RULE_KEYS, ZH_RULE_INDEX, ZH_RULE_KEYS } from './rule-index.generated';
import { EN_HEADING_START, EN_RULES, ZH_HEADING_START, ZH_RULES, type Lang, type Rule } from './rules';

export interface CompiledRules {
  matcher: RuleMatcher<Rule>;
  opening: RegExp;
  /** The imperative verbs, looked up at a position. */
  verbs: WordSet;
  headingStart: RegExp;
}

/**
 * Leading list markers and connectives skipped before looking for an imperative verb; and a fronted topic or
 * condition, "对符合条件的…机构，依法落实…" / "在满足…的前提下，推广…": the act opens the next clause (over all golds,
 * such sentences with no modal: 5 gold unmarked, 0 not; a condition on a wrongdoer, "对…的，依法追究…", an
 * accountability clause, optional at most, is left out by its 的, and by its verbs after a wrongdoer named as a
 * noun, "对违规企业，依法予以查处"). Also a document's report frame, "《意见》还提出，拓展…", "答：《方案》提出，对…，继续执行…":
 * the document's measure told with its bare verb (s37, over all golds, fixtures + dev37, such a frame with a listed verb
 * after it, or after a fronted 对…，: 36 gold and 2 optional marked, 3 gold and 1 not left out — the not a theory
 * article's quotation of a 《决定》). Not 要求 / 强调, which carry their own weight.
 */
const ZH_OPENING =
  /(?:——|[-•·]\s*)?\s*(?:(?:答[：:]\s*)?[^，,。；;：:“”《]{0,16}?《[^《》]{1,40}》(?:还|同时|也|进一步|另外|并)?(?:提出|明确|规定)[，,：:]\s*)?(?:(?:[一二三四五六七八九十]+(?:是|要)|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、．]|[①-⑳])\s*)?(?:(?:首先|其次|再次|最后|同时|此外|另外|因此|为此|对此|总之)[，,]?\s*)?(?:(?:对|对于|针对)[^，,。；;：:“”]{2,40}?(?<!的)[，,](?![^，,。；;]{0,10}?(?:追究|查处|处理|处罚|惩戒|问责))\s*|在[^，,。；;：:“”]{2,30}?(?:前提下|情况下|基础上)[，,]\s*)?(?:(?:要|必须|应当|应|需要|还要|也要|更要)\s*)?/y;
const EN_OPENING =
  /(?:[-•·]\s*)?(?:\(?[a-zA-Z0-9]{1,4}[.)]\s+)?(?:(?:First|Second|Third|Finally|Also|Additionally|Further(?:more)?),?\s+)?/y;

const compiled = new Map<Lang, CompiledRules>();
export function compile(lang: Lang): CompiledRules {
  const hit = compiled.get(lang);
  if (hit) return hit;
  const rules = lang === 'zh' ? ZH_RULES : EN_RULES;
  const c: CompiledRules = {
    matcher: new RuleMatcher(
      rules,
      { ignoreCase: lang === 'en' },
      lang === 'zh' ? ZH_RULE_INDEX : EN_RULE_INDEX,
      lang === 'zh' ? ZH_RULE_KEYS() : EN_RULE_KEYS(),
    ),
    opening: lang === 'zh' ? ZH_OPENING : EN_OPENING,
    verbs: imperativeVerbSet(lang),
    headingStart: lang === 'zh' ? ZH_HEADING_START : EN_HEADING_START,
  };
  compiled.set(lang, c);
  return c;
}

export interface Match {
  start: number;
  text: string;
  rule: Rule;
}

/**
 * The rule markers of one text in language `lang` (false friends dropped): what findDirectives
 * scans each block for. Exported for the analysis benchmark's breakdown of the time.
 */
export const ruleMarkers = (text: string, lang: Lang): Match[] => scanBlock(text, compile(lang));

export function scanBlock(text: string, c: CompiledRules): Match[] {
  const out: Match[] = [];
  // The matcher's hits are Matches already: kept as they are, not copied.
  for (const hit of c.matcher.scan(text)) if (hit.rule.kind !== 'falseFriend') out.push(hit);
  return out;
}

/**
 * The markers of one text as scanBlock finds them, without an object or a substring each: where
 * each starts and ends and its rule, `[0, count)`. findDirectives keeps one for the block it reads
 * (a long article has thousands of markers); the next `scanMarkers` into it overwrites them.
 */
export interface Markers {
  start: Int32Array;
  end: Int32Array;
  rule: Rule[];
  count: number;
}

export const newMarkers = (): Markers => ({
  start: new Int32Array(64),
  end: new Int32Array(64),
  rule: [],
  count: 0,
});

/** scanBlock into `into` (false friends dropped). */
export function scanMarkers(text: string, c: CompiledRules, into: Markers): Markers {
  const m = c.matcher;
  const hits = m.scanHits(text);
  if (into.start.length < hits) {
    into.start = new Int32Array(2 * hits);
    into.end = new Int32Array(2 * hits);
  }
  const { hitStart, hitEnd, hitEntry } = m;
  let n = 0;
  for (let h = 0; h < hits; h++) {
    const rule = m.ruleAt(hitEntry[h]!);
    if (rule.kind === 'falseFriend') continue;
    into.start[n] = hitStart[h]!;
    into.end[n] = hitEnd[h]!;
    into.rule[n++] = rule;
  }
  into.count = n;
  return into;
}

/** scanBlock's matches as Markers (explainSentence, tests). */
export function markersOf(matches: readonly Match[]): Markers {
  const into = newMarkers();
  into.start = Int32Array.from(matches, (m) => m.start);
  into.end = Int32Array.from(matches, (m) => m.start + m.text.length);
  into.rule = matches.map((m) => m.rule);
  into.count = matches.length;
  return into;
}

/** Per UTF-16 code: 1 for a CJK ideograph (U+3400–U+9FFF), 2 for an ASCII letter, 0 for anything else. */
const SCRIPT = new Uint8Array(65536);
SCRIPT.fill(1, 0x3400, 0xa000);
for (let c = 65; c <= 90; c++) SCRIPT[c] = SCRIPT[c + 32] = 2;

/** Language of a block by its share of CJK characters; the article's language breaks ties. */
export function blockLanguage(text: string, fallback: Lang = 'zh'): Lang {
  const n = Math.min(text.length, 400);
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    // one table lookup, no branch: 1 adds to cjk, 2 to latin
    const script = SCRIPT[text.charCodeAt(i)]!;
    cjk += script & 1;
    latin += script >> 1;
    // Decided whatever the rest holds (every block is asked; most are decided in their first 100 characters).
    if ((i & 31) === 31) {
      const rest = n - i - 1;
      if (cjk > 0 && cjk * 3 >= latin + rest) return 'zh';
      if (latin > (cjk + rest) * 3) return 'en';
    }
  }
  if (cjk === 0 && latin === 0) return fallback;
  return cjk * 3 >= latin ? 'zh' : 'en';
}
