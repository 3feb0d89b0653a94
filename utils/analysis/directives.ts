/**
 * Finds the key directives of an article: sentences that oblige, forbid, set a target, stress
 * a point, or head a section. Pure text work over `Article.blocks`; no DOM access.
 *
 * Per block: segment into sentences (segment.ts), scan the block ONCE with the language's
 * combined marker regex (rules.ts), hand each match to the sentence it starts in, add the
 * imperative-opening and heading cues, then pick one category per sentence.
 */
import type { ArticleBlock, BlockKind } from '@/utils/article/types';
import type { DirectiveCategory } from '@/utils/highlights/record';
import { looksTraditional, toSimplified } from '@/utils/article/hant';
import { RuleMatcher } from './matcher';
import type { WordSet } from './word-set';
import { imperativeVerbSet } from './verbs';
import { EN_RULE_INDEX, EN_RULE_KEYS, ZH_RULE_INDEX, ZH_RULE_KEYS } from './rule-index.generated';
import { ENUMERATOR, segmentSentences, type Span } from './segment';
import { coresOf, type CoreSpan } from './cores';
import type { Deadline } from './deadlines';
import {
  EN_HEADING_START,
  EN_NEVER_NOUNS,
  EN_NOT_AN_OBJECT,
  EN_RULES,
  HEADING_MAX_CHARS,
  ITEM_MARKER,
  LEAD_IN,
  NOT_A_HEADING,
  SENTENCE_CONTEXT,
  SLOGAN_MAX_CHARS,
  ZH_DECIMAL_HEADING,
  ZH_HEADING_START,
  ZH_RULES,
  type Lang,
  type Rule,
  type RuleKind,
} from './rules';

export interface Directive {
  /** `article.text.slice(start, end)`: the sentence, trimmed of white space. */
  text: string;
  category: DirectiveCategory;
  /** Confidence in 0..1 (from the winning category's marker weights). */
  score: number;
  start: number;
  end: number;
  blockIndex: number;
  /**
   * The kernel a reader underlines (cores.ts): spans in `article.text` offsets, inside [start, end).
   * Empty only when found with `{ cores: false }` and not yet given to `addCores`.
   */
  core: CoreSpan[];
  /**
   * The first deadline phrase of a target (or of another directive's core, when one bounds the act:
   * "You must submit your claim by 30 June each year") with its due date: set by `addDeadlines`
   * (analyze.ts), not by findDirectives — it needs the article's date, which the content script
   * reads only after the paint.
   */
  deadline?: Deadline;
}

/** The part of an Article the analysis reads (tests and the benchmark build it from plain text). */
export interface AnalyzableArticle {
  text: string;
  blocks: readonly Pick<ArticleBlock, 'kind' | 'text' | 'start'>[];
  meta?: { language?: string | null; published?: string | null };
}

export interface FindOptions {
  /** Minimum summed weight to mark a sentence. */
  threshold?: number;
  /**
   * Whether to core each directive (default true). A caller that paints before it needs the
   * cores passes false and calls `addCores` later: on a cold page the first coring costs a few
   * milliseconds of compilation (ARCHITECTURE.md, "Cores and deadlines").
   */
  cores?: boolean;
}

export const DEFAULT_THRESHOLD = 1;
/** Sentence-initial imperative verb ("加强教育培训,…"). */
const IMPERATIVE_OPENING_WEIGHT = 1.3;
/** Each later clause opening with an imperative verb, capped at IMPERATIVE_CLAUSES_CAP in all. */
const IMPERATIVE_CLAUSE_WEIGHT = 0.4;
const IMPERATIVE_CLAUSES_CAP = 1.2;
/** A target needs a deadline or a goal, and parts adding up to this. */
const TARGET_MIN = 1.5;
/** A prohibition marker this strong decides the category over obligations. */
const STRONG_PROHIBITION = 2;
/** Headings carry no marker weights: a fixed, fairly high confidence. */
const HEADING_SCORE = 0.9;
const COLONS = new Set(['：', ':']);
/** An item marked only for the lead-in above it. */
const INHERITED_SCORE = 0.6;

interface CompiledRules {
  matcher: RuleMatcher<Rule>;
  opening: RegExp;
  /** The imperative verbs, looked up at a position. */
  verbs: WordSet;
  headingStart: RegExp;
}

/** Leading list markers and connectives skipped before looking for an imperative verb. */
const ZH_OPENING =
  /(?:——|[-•·]\s*)?\s*(?:(?:[一二三四五六七八九十]+(?:是|要)|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.、．]|[①-⑳])\s*)?(?:(?:首先|其次|再次|最后|同时|此外|另外|因此|为此|对此|总之)[，,]?\s*)?(?:(?:要|必须|应当|应|需要|还要|也要|更要)\s*)?/y;
const EN_OPENING =
  /(?:[-•·]\s*)?(?:\(?[a-zA-Z0-9]{1,4}[.)]\s+)?(?:(?:First|Second|Third|Finally|Also|Additionally|Further(?:more)?),?\s+)?/y;
/** A goal stated as bounds ("…以上"), with no year or comparison (which would make it a statistic). */
const UNDATED_BOUND =
  /^(?![^]*(?:(?:19|20)\d{2}|同比|环比|[比较](?:上|去|前|同)))[^]*(?:以上|以内|以下|不低于|不少于|不超过)/;
/** An opening condition ("If …, ", "When …, ") before an instruction. */
const EN_CONDITION = /(?:If|When|Before|After|Once|Where|Unless|While)\b[^.;:]{1,100}?,\s*/y;
/** "把…作为…" / "通过…,…" / "以…为核心，…" openings of a measure. */
const ZH_MEASURE_FRAME =
  /(?:把|将)[^。；;！!？?]{1,40}?(?:作为|摆在|放在|纳入|列入|融入|贯穿|落实到)|通过[^。；;！!？?]{1,30}?[，,]|以[^。；;！!？?，,]{1,30}?为(?:核心|重点|抓手|主体|支撑|龙头|依托|牵引|突破口|着力点)[，,]/y;

const compiled = new Map<Lang, CompiledRules>();
function compile(lang: Lang): CompiledRules {
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

/** The article's declared language as a rule table's language (Chinese unless it says English). */
export function articleLanguage(article: AnalyzableArticle): Lang {
  return String(article.meta?.language ?? '')
    .toLowerCase()
    .startsWith('en')
    ? 'en'
    : 'zh';
}

/** Language of a block by its share of CJK characters; the article's language breaks ties. */
export function blockLanguage(text: string, fallback: Lang = 'zh'): Lang {
  const n = Math.min(text.length, 400);
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) cjk++;
    else if ((code | 0x20) >= 97 && (code | 0x20) <= 122) latin++;
    // Decided whatever the rest holds (every block is asked; most are decided in their first 100 characters).
    if ((i & 63) === 63) {
      const rest = n - i - 1;
      if (cjk > 0 && cjk * 3 >= latin + rest) return 'zh';
      if (latin > (cjk + rest) * 3) return 'en';
    }
  }
  if (cjk === 0 && latin === 0) return fallback;
  return cjk * 3 >= latin ? 'zh' : 'en';
}

/** `shape`: whole-sentence context (SENTENCE_CONTEXT), which does not hold back emphasis. */
type Scores = Record<RuleKind | 'shape', number> & {
  /** Where (in the sentence) the first obligation cue of weight ≥ 1 and the first prohibition start; -1: none. */
  obligationAt: number;
  prohibitionAt: number;
  /** Where the first deadline, goal or quantity marker and the last modal marker start; -1: none. */
  targetAt: number;
  lastModalAt: number;
};
const emptyScores = (): Scores => ({
  obligationAt: -1,
  prohibitionAt: -1,
  targetAt: -1,
  lastModalAt: -1,
  obligation: 0,
  prohibition: 0,
  emphasis: 0,
  deadline: 0,
  goal: 0,
  quantity: 0,
  context: 0,
  falseFriend: 0,
  shape: 0,
});

interface Match {
  start: number;
  text: string;
  rule: Rule;
}

/** Adds a marker found at `at` (sentence-relative) to `scores`. */
function addMarker(scores: Scores, rule: Rule, at: number): void {
  scores[rule.kind] += rule.weight;
  if (rule.kind === 'prohibition' && scores.prohibitionAt < 0) scores.prohibitionAt = at;
  else if (rule.kind === 'obligation' && rule.weight >= 1) {
    noteObligation(scores, at);
    if (!rule.purpose) scores.lastModalAt = Math.max(scores.lastModalAt, at);
  } else if (TARGET_KINDS.has(rule.kind) && (scores.targetAt < 0 || at < scores.targetAt)) scores.targetAt = at;
}
const TARGET_KINDS: ReadonlySet<RuleKind> = new Set(['deadline', 'goal', 'quantity']);

function noteObligation(scores: Scores, at: number): void {
  if (scores.obligationAt < 0 || at < scores.obligationAt) scores.obligationAt = at;
}

/**
 * The rule markers of one text in language `lang` (false friends dropped): what findDirectives
 * scans each block for. Exported for the analysis benchmark's breakdown of the time.
 */
export const ruleMarkers = (text: string, lang: Lang): Match[] => scanBlock(text, compile(lang));

function scanBlock(text: string, c: CompiledRules): Match[] {
  const out: Match[] = [];
  // The matcher's hits are Matches already: kept as they are, not copied.
  for (const hit of c.matcher.scan(text)) if (hit.rule.kind !== 'falseFriend') out.push(hit);
  return out;
}

/** What the regex class `\s` matches (white space and line terminators), without running a regex per character. */
const isBlankCode = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** Closing quotes and brackets that finalMark looks past. */
const CLOSING_MARKS = new Set([...'”’）)》」』】"\''].map((ch) => ch.charCodeAt(0)));
const CLAUSE_BREAK = new Uint8Array(65536);
for (const ch of '，,；;：:') CLAUSE_BREAK[ch.charCodeAt(0)] = 1;
/**
 * Length without white space (full-width and no-break spaces included), without allocating;
 * counted only up to `cap` + 1 (enough to compare with a limit of `cap`): the heading test asks
 * this of every short block.
 */
function visibleLength(s: string, cap = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= cap; i++) {
    const code = s.charCodeAt(i);
    if (!(code <= 32 || code === 0x3000 || code === 0xa0)) n++;
  }
  return n;
}

/** The last visible character, ignoring closing quotes and brackets. */
function finalMark(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) {
    const code = s.charCodeAt(i);
    if (!isBlankCode(code) && !CLOSING_MARKS.has(code)) return s[i] as string;
  }
  return '';
}

/** An imperative verb at `at`; in English not one used as a noun or label ("Contact details are …"). */
function opensWithVerb(s: string, at: number, c: CompiledRules, lang: Lang): boolean {
  const n = c.verbs.lengthAt(s, at);
  if (n <= 0) return false;
  if (lang !== 'en' || EN_NEVER_NOUNS.includes(s.slice(at, at + n).toLowerCase())) return true;
  return !EN_NOT_AN_OBJECT.test(s.slice(at + n).trimStart());
}

/** Adds the imperative-verb cues of one sentence (`s` relative text) to `scores`. */
function imperativeCues(s: string, c: CompiledRules, lang: Lang, scores: Scores): void {
  c.opening.lastIndex = 0;
  c.opening.test(s);
  let at = c.opening.lastIndex;
  if (opensWithVerb(s, at, c, lang)) {
    scores.obligation += IMPERATIVE_OPENING_WEIGHT;
    noteObligation(scores, at);
  } else if (lang === 'en') {
    // "If you have not already done so, register for …": an instruction after its condition.
    EN_CONDITION.lastIndex = at;
    if (EN_CONDITION.test(s) && opensWithVerb(s, EN_CONDITION.lastIndex, c, lang)) {
      scores.obligation += IMPERATIVE_OPENING_WEIGHT;
      noteObligation(scores, EN_CONDITION.lastIndex);
    }
  } else {
    ZH_MEASURE_FRAME.lastIndex = at;
    if (ZH_MEASURE_FRAME.test(s)) {
      scores.obligation += IMPERATIVE_OPENING_WEIGHT * 0.8;
      noteObligation(scores, at);
    }
  }
  if (lang !== 'zh') return; // English clauses after commas rarely open with a bare verb
  let clauses = 0;
  for (let i = at; i < s.length; i++) {
    if (CLAUSE_BREAK[s.charCodeAt(i)] === 0) continue;
    let j = i + 1;
    while (j < s.length && isBlankCode(s.charCodeAt(j))) j++;
    if (c.verbs.startsAt(s, j)) clauses += IMPERATIVE_CLAUSE_WEIGHT;
    at = j;
  }
  scores.obligation += Math.min(clauses, IMPERATIVE_CLAUSES_CAP);
}

function isHeadingBlock(kind: BlockKind, text: string, lang: Lang, c: CompiledRules): boolean {
  if (text.length > HEADING_MAX_CHARS[lang] * 3) return false; // cheap early exit for long paragraphs
  const trimmed = text.trim();
  if (visibleLength(trimmed, HEADING_MAX_CHARS[lang]) > HEADING_MAX_CHARS[lang]) return false;
  if (kind === 'heading') return true;
  // "一、 切实履行…" as a plain paragraph: a numbered line with no sentence inside it.
  if (!c.headingStart.test(trimmed) || trimmed.startsWith('——')) return false;
  if (lang === 'zh' && isMeasure(trimmed, c)) return false;
  if (lang === 'en') return segmentSentences(trimmed).length === 1;
  const body = trimmed.replace(/[。.]$/, '');
  return !/[。！？!?；;，,]/.test(body);
}

/** The category and raw score of one sentence, or null when it is not a directive. */
function classify(
  scores: Scores,
  sentence: string,
  threshold: number,
): { category: DirectiveCategory; raw: number } | null {
  const end = finalMark(sentence);
  const emphasis = scores.emphasis;
  if ((end === '？' || end === '?') && emphasis < 2) return null;
  // An exclamation is rhetoric unless a strong modal carries it ("大家务必…作出新的贡献！").
  if ((end === '!' || end === '！') && emphasis < 2 && scores.obligation < 2 && scores.prohibition < 2) return null;
  if (emphasis >= 2 && emphasis + scores.context >= threshold) return { category: 'emphasis', raw: emphasis };
  const context = scores.context + scores.shape;
  const target = scores.deadline + scores.goal + scores.quantity;
  const hasTargetAnchor = scores.deadline > 0 || scores.goal > 0;
  const prohibition = scores.prohibition;
  const obligation = scores.obligation;
  if (
    prohibition + context >= threshold &&
    (prohibition >= STRONG_PROHIBITION || prohibition >= obligation) &&
    !(obligation + context >= threshold && obligationLeads(sentence, scores))
  ) {
    return { category: 'prohibition', raw: prohibition + context };
  }
  if (
    hasTargetAnchor &&
    target >= TARGET_MIN &&
    target + context >= threshold &&
    !(obligation + context >= threshold && obligationBeforeTarget(sentence, scores))
  ) {
    return { category: 'target', raw: target + context + Math.min(obligation, 1) };
  }
  // "回收利用率达到40%以上，分出量占比稳定在22%以上。": bounds to reach, with no year or comparison
  // that would make them statistics.
  if (scores.quantity >= TARGET_MIN && context >= 0 && obligation < 1.4 && UNDATED_BOUND.test(sentence)) {
    return { category: 'target', raw: scores.quantity };
  }
  const raw = obligation + Math.min(prohibition, 1) + context;
  if (raw >= threshold) return { category: 'obligation', raw };
  if (emphasis + context >= threshold) return { category: 'emphasis', raw: emphasis + context };
  return null;
}

/**
 * A sentence that requires and forbids takes the category of its first directive clause:
 * "各地要压实责任，严禁弄虚作假。" is an obligation, "严禁弄虚作假，要压实责任。" a prohibition, and
 * "各地要严禁弄虚作假。" (the modal governs the ban, in one clause) a prohibition. Not a sentence that
 * ends with a colon: it introduces a list ("应当加强巡查，禁止下列行为：") and keeps, for its items, the
 * category of what it introduces.
 */
function obligationLeads(sentence: string, scores: Scores): boolean {
  const { obligationAt: from, prohibitionAt: to } = scores;
  if (from < 0 || to <= from || COLONS.has(finalMark(sentence))) return false;
  for (let i = from; i < to; i++) if (CLAUSE_BREAK[sentence.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * A measure whose modal clause comes before its figures, "各地要加强…建设，2027年底前实现…" /
 * "要加快推进…，年内新建…400万亩", is an obligation: the figures spell out the measure. Not where
 * a modal clause holds the figures ("要在2027年底前建成…" / "…，务必在7月15日前完成…"), nor after a
 * reporting frame with no act of its own ("会议要求，到2027年…"), nor a measure without a modal;
 * Chinese only.
 */
function obligationBeforeTarget(sentence: string, scores: Scores): boolean {
  const { lastModalAt: from, targetAt: to } = scores;
  if (from < 0 || to <= from) return false;
  for (let i = from; i < to; i++)
    if (ZH_CLAUSE_BREAKS.has(sentence[i] as string)) return i - from >= MODAL_CLAUSE_MIN_CHARS;
  return false;
}
/** A modal clause shorter than this ("要求，") frames what follows rather than holding an act. */
const MODAL_CLAUSE_MIN_CHARS = 5;
/** Chinese clause breaks only: an English "shall, within 12 months, update" is one clause. */
const ZH_CLAUSE_BREAKS: ReadonlySet<string> = new Set(['，', '；']);

const confidence = (raw: number) => Math.round(Math.min(1, Math.max(0, 1 - Math.exp(-raw / 1.5))) * 100) / 100;

/**
 * The directives of an article, in text order. Offsets index `article.text`; each directive's
 * text is exactly `article.text.slice(start, end)`.
 */
export function findDirectives(article: AnalyzableArticle, options: FindOptions = {}): Directive[] {
  const scanner = directiveScanner(article, { ...options, cores: false });
  let found: Directive[] | null = null;
  while (!found) found = scanner.step(() => false);
  const langs = scanner.languages;
  // Cored after the scan, all in one pass: the same cores as block by block (a core depends only
  // on its directive's span, category and block language), for 5-10 % less CPU on a long
  // article than coring each block between the scans of the next (docs/benchmarks.md).
  if (options.cores !== false) addCores(article, found, langs);
  return found;
}

export interface DirectiveScanner {
  /**
   * Analyses blocks in order until `shouldStop()` (asked after each block) says so. Returns
   * every directive once the last block is done, null while blocks remain.
   */
  step(shouldStop: () => boolean): Directive[] | null;
  /** The language of each block analysed so far (blockLanguage's answer), for addCores. */
  readonly languages: readonly Lang[];
}

/**
 * findDirectives a block at a time, so that a caller can spread a long article over several
 * short tasks (the content script does, to keep the page responsive). Blocks are analysed
 * independently: the result is the same however the steps are cut.
 */
export function directiveScanner(article: AnalyzableArticle, options: FindOptions = {}): DirectiveScanner {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const withCores = options.cores !== false;
  const articleLang = articleLanguage(article);
  const out: Directive[] = [];
  const state: ScanState = { leadIn: null, traditional: looksTraditional(article.text) };
  let view: string | null = null;
  let next = 0;
  const languages: Lang[] = [];
  return {
    languages,
    step(shouldStop) {
      while (next < article.blocks.length) {
        const found = out.length;
        const lang = analyzeBlock(article, next, articleLang, threshold, out, state);
        languages.push(lang);
        if (withCores && out.length > found) {
          view ??= coreView(article.text, state.traditional);
          coreBlock(view, out, found, lang);
        }
        next++;
        if (shouldStop()) break;
      }
      return next < article.blocks.length ? null : out;
    },
  };
}

/**
 * Sets `core` on directives found with `{ cores: false }` (each in its block's language; `langs`:
 * the blocks' languages when known, e.g. a scanner's `languages`, else worked out again).
 */
export function addCores(article: AnalyzableArticle, directives: Directive[], langs?: readonly Lang[]): void {
  if (!directives.length) return;
  const articleLang = articleLanguage(article);
  const view = coreView(article.text, looksTraditional(article.text));
  for (let k = 0; k < directives.length;) {
    const blockIndex = directives[k]!.blockIndex;
    let end = k + 1;
    while (end < directives.length && directives[end]!.blockIndex === blockIndex) end++;
    const block = article.blocks[blockIndex];
    const lang = langs?.[blockIndex] ?? (block ? blockLanguage(block.text, articleLang) : articleLang);
    coreBlock(view, directives, k, lang, end);
    k = end;
  }
}

/**
 * The text the cores are found in: a zh-Hant article's simplified view (the core tables are
 * simplified, as the rules are; one code unit for one, so the spans are offsets of the original).
 */
const coreView = (text: string, traditional: boolean) => (traditional ? toSimplified(text) : text);

/** The cores of the directives out[from…to), found in one block of language `lang` (`view`: coreView). */
function coreBlock(view: string, out: Directive[], from: number, lang: Lang, to = out.length): void {
  for (let k = from; k < to; k++) {
    const d = out[k]!;
    d.core = coresOf(view, { start: d.start, end: d.end, category: d.category, lang });
  }
}

/**
 * What carries over from one unit to the next, across blocks: a directive that introduces a list
 * ("禁止下列行为：", "… shall, …, revise the guidance to:") lends its category to the items under
 * it ("（一）加装、改装电动机；", "(i) allow small systems to …;") that have none of their own.
 */
interface ScanState {
  leadIn: DirectiveCategory | null;
  /** The article is zh-Hant: its blocks are matched in simplified characters (utils/article/hant.ts). */
  traditional: boolean;
}

/** A block or unit that is an item of a list: a list element, or text opening with an item number. */
const isItem = (text: string, kind: BlockKind) => kind === 'listItem' || ITEM_MARKER.test(text.trimStart());

/** Analyses one block into `out`; returns the block's language (its cores are found in it). */
function analyzeBlock(
  article: AnalyzableArticle,
  blockIndex: number,
  articleLang: Lang,
  threshold: number,
  out: Directive[],
  state: ScanState,
): Lang {
  const block = article.blocks[blockIndex]!;
  const lang = blockLanguage(block.text, articleLang);
  const c = compile(lang);
  // Matched as simplified text of the same length: every offset below holds for the original.
  const text = state.traditional && lang === 'zh' ? toSimplified(block.text) : block.text;
  // Under a lead-in, a numbered line is an item of its list, not a heading.
  const underLeadIn = state.leadIn !== null && isItem(text, block.kind);
  if (!underLeadIn) state.leadIn = null;
  const headingBlock = !underLeadIn && isHeadingBlock(block.kind, text, lang, c);
  const units: Span[] = segmentSentences(text, block.start, headingBlock);
  if (headingBlock) {
    for (const u of units) {
      if (headingWorthy(text.slice(u.start - block.start, u.end - block.start)))
        pushDirective(out, article.text, u, 'heading', HEADING_SCORE, blockIndex);
    }
    return lang;
  }
  const matches = scanBlock(text, c);
  let mi = 0;
  units.forEach((u, ui) => {
    const scores = emptyScores();
    const relStart = u.start - block.start;
    const relEnd = u.end - block.start;
    while (mi < matches.length && (matches[mi] as Match).start < relStart) mi++;
    for (let k = mi; k < matches.length && (matches[k] as Match).start < relEnd; k++) {
      const m = matches[k] as Match;
      addMarker(scores, m.rule, m.start - relStart);
    }
    const sentence = text.slice(relStart, relEnd);
    // (state.leadIn is read before it is reset for this unit: the item test runs only under a lead-in.)
    const leadIn = state.leadIn;
    const inherited =
      leadIn === null ? null : ui === 0 ? (underLeadIn ? leadIn : null) : isItem(sentence, 'paragraph') ? leadIn : null;
    state.leadIn = null;
    // A short "——" / "（一）" / "1.3" point opening a paragraph that goes on is a slogan sub-head
    // (a one-sentence "（四）各地区要…" item is a measure, not a head).
    if (
      inherited === null &&
      ui === 0 &&
      units.length > 1 &&
      isSlogan(sentence, lang) &&
      scores.prohibition === 0 &&
      scores.deadline === 0 &&
      scores.obligation < 1.4
    ) {
      pushDirective(out, article.text, u, 'heading', HEADING_SCORE, blockIndex);
      return;
    }
    if (
      lang === 'en' &&
      EN_HEADING_START.test(sentence) &&
      visibleLength(sentence, 60) <= 60 &&
      !/\b(?:shall|must|should)\b/i.test(sentence)
    ) {
      pushDirective(out, article.text, u, 'heading', HEADING_SCORE, blockIndex);
      return;
    }
    applySentenceContext(sentence, lang, scores);
    imperativeCues(sentence, c, lang, scores);
    const verdict = classify(scores, sentence, threshold);
    const category = verdict?.category ?? inherited;
    if (category) {
      pushDirective(out, article.text, u, category, verdict ? confidence(verdict.raw) : INHERITED_SCORE, blockIndex);
      // A lead-in passes its category on; an item passes on the list's.
      if (inherited) state.leadIn = inherited;
      else if (
        (category === 'obligation' || category === 'prohibition' || category === 'target') &&
        COLONS.has(finalMark(sentence)) &&
        LEAD_IN[lang].test(sentence)
      )
        // a dated lead-in ("Within 90 days, … shall issue guidance that:") keeps its date; its items are duties
        state.leadIn = category === 'target' ? 'obligation' : category;
    }
  });
  return lang;
}

/**
 * Why a sentence is or is not a directive: the markers found, the summed scores and the verdict.
 * For tuning the rule tables and for tests; findDirectives does the same work per block.
 */
export function explainSentence(original: string, lang: Lang = blockLanguage(original)) {
  const c = compile(lang);
  const sentence = lang === 'zh' ? toSimplified(original) : original;
  const scores = emptyScores();
  const markers = scanBlock(sentence, c).map((m) => {
    addMarker(scores, m.rule, m.start);
    return { kind: m.rule.kind, text: m.text, weight: m.rule.weight };
  });
  applySentenceContext(sentence, lang, scores);
  imperativeCues(sentence, c, lang, scores);
  return { markers, scores, verdict: classify(scores, sentence, DEFAULT_THRESHOLD) };
}

const MODAL = /^(?:要|必须|应当|应该|应|须|需要|务必|一定要|确保)$/;
/** "（四）各地区要在3个月内完成…": a numbered line with a modal, a ban or a deadline is a measure, not a head. */
function isMeasure(text: string, c: CompiledRules): boolean {
  return scanBlock(text, c).some(
    (m) =>
      m.rule.kind === 'prohibition' ||
      m.rule.kind === 'deadline' ||
      (m.rule.kind === 'obligation' && MODAL.test(m.text)),
  );
}

function applySentenceContext(sentence: string, lang: Lang, scores: Scores): void {
  for (const { pattern, weight } of SENTENCE_CONTEXT[lang]) if (pattern.test(sentence)) scores.shape += weight;
}

/**
 * Every section heading of the body is marked (plain topical ones too: "Overview", "网售农资不再是
 * 监管盲区"), except what only looks like one: a question ("问：…？"), the name of an attached
 * document ("…应急预案"), furniture ("相关阅读").
 */
function headingWorthy(text: string): boolean {
  return !NOT_A_HEADING.test(text.trim());
}

/** "——运用网络加强舆论引导。" / "（一）加强组织领导。" / "1.加强组织领导。": short, one clause, list-marked. */
function isSlogan(sentence: string, lang: Lang): boolean {
  if (lang !== 'zh') return false;
  const t = sentence.trim();
  if (ZH_DECIMAL_HEADING.test(t)) {
    // "1.3 适用范围。本预案适用于…": a numbered title running into its paragraph.
    const title = t.replace(ZH_DECIMAL_HEADING, '').replace(/[。.]$/, '');
    return visibleLength(title) <= 20 && !/[，,；;：:。？?！!]/.test(title);
  }
  // also "2.加快充电设施建设。" (an Arabic number with a stop, before a Chinese title)
  if (
    !t.startsWith('——') &&
    !/^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.．、](?=[\u4e00-\u9fff]))/.test(t)
  )
    return false;
  const body = t.replace(/^——/, '').replace(/[。.！!]$/, '');
  ENUMERATOR.lastIndex = 0;
  return visibleLength(body) <= SLOGAN_MAX_CHARS && !/[，,；;：:。？?]/.test(body);
}

function pushDirective(
  out: Directive[],
  text: string,
  span: Span,
  category: DirectiveCategory,
  score: number,
  blockIndex: number,
) {
  out.push({
    text: text.slice(span.start, span.end),
    category,
    score,
    start: span.start,
    end: span.end,
    blockIndex,
    core: [],
  });
}

/**
 * Builds an AnalyzableArticle from plain paragraphs (tests, benchmark, plain-text input):
 * blocks joined with "\n" exactly as detection joins them.
 */
export function plainArticle(
  paragraphs: readonly (string | { kind: BlockKind; text: string })[],
  language?: string,
): AnalyzableArticle {
  const blocks: { kind: BlockKind; text: string; start: number }[] = [];
  let at = 0;
  for (const p of paragraphs) {
    const b = typeof p === 'string' ? { kind: 'paragraph' as const, text: p } : p;
    blocks.push({ ...b, start: at });
    at += b.text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), blocks, meta: { language: language ?? null } };
}
