/**
 * Finds the key directives of an article: sentences that oblige, forbid, set a target, stress
 * a point, or head a section. Pure text work over `Article.blocks`; no DOM access.
 *
 * Per block: segment into sentences (segment.ts), scan the block ONCE with the language's
 * rule matcher (directive-rules.ts, over rules.ts's tables), hand each match to the sentence it
 * starts in, add the imperative-opening cues and pick one category per sentence
 * (sentence-scores.ts); heading blocks and slogans are told apart first (headings.ts).
 */
import type { ArticleBlock, BlockKind } from '@/utils/article/types';
import type { DirectiveCategory } from '@/utils/highlights/record';
import { looksTraditional, toSimplified } from '@/utils/article/hant';
import { segmentSentences, type Span } from './segment';
import { coresOf, type CoreSpan } from './cores';
import type { Deadline } from './deadlines';
import { blockLanguage, compile, newMarkers, scanMarkers, type Markers } from './directive-rules';
import {
  COLONS,
  confidence,
  DEFAULT_THRESHOLD,
  emptyScores,
  addMarker,
  resetScores,
  finalMark,
  sentenceVerdict,
  visibleLength,
  type Scores,
} from './sentence-scores';
import { framedVerdict, quotedVerdict, type SentenceMarkers } from './framed-verdict';
import { headingWorthy, isBoldRunInHead, isHeadingBlock, isSlogan } from './headings';
import { reportFrame, SpeakerMemory } from './report-frame';
import type { SpeakerKind } from './report-frame-rules';
import { innerPointRuns, OWN_MODAL_POINT, pointOrdinal, seriesCategory, type PointSeries } from './point-series';
import {
  continuesQuotation,
  hasQuoteMark,
  HELD_QUOTATION_WEIGHT,
  insideQuotation,
  INSIDE_QUOTATION_WEIGHT,
  opensAlone,
  quoteOpenAfter,
} from './quote-span';
import { enQuoteSpeaker, isWholeQuotation, isWholeQuotationEn, quoteSpeaker } from './quote-speaker';
import {
  EN_FURNITURE_SECTION,
  EN_HEADING_START,
  ITEM_MARKER,
  ITEM_STYLES,
  LEAD_IN,
  ZH_HEADING_BAN_LEAD_IN,
  ZH_PLAN_HEADING,
  ZH_TOP_HEADING,
  type Lang,
} from './rules';

export { blockLanguage, ruleMarkers } from './directive-rules';
export { DEFAULT_THRESHOLD } from './sentence-scores';
export { explainSentence } from './explain-sentence';

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
  blocks: readonly Pick<ArticleBlock, 'kind' | 'text' | 'start' | 'summary' | 'field' | 'boldLead'>[];
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

/** Headings carry no marker weights: a fixed, fairly high confidence. */
const HEADING_SCORE = 0.9;
/** An item marked only for the lead-in above it. */
const INHERITED_SCORE = 0.6;

/** The article's declared language as a rule table's language (Chinese unless it says English). */
export function articleLanguage(article: AnalyzableArticle): Lang {
  return String(article.meta?.language ?? '')
    .toLowerCase()
    .startsWith('en')
    ? 'en'
    : 'zh';
}

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
  const state: ScanState = {
    leadIn: null,
    leadInStyle: -1,
    traditional: looksTraditional(article.text),
    speakers: new SpeakerMemory(),
    points: { ordinal: 0, category: null },
    plan: false,
  };
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
  /** The numbering style the lead-in itself opens with (ITEM_STYLES' index; -1: none): an item in it is a sibling. */
  leadInStyle: number;
  /** The article is zh-Hant: its blocks are matched in simplified characters (utils/article/hant.ts). */
  traditional: boolean;
  /** The speakers of its report frames so far (report-frame.ts). */
  speakers: SpeakerMemory;
  /** The last "N是" point and its category (point-series.ts). */
  points: PointSeries;
  /** Inside a section whose heading announces the year's tasks, "二、2018年工作安排" (ZH_PLAN_HEADING). */
  plan: boolean;
}

/**
 * The markers of the block analyzeBlock reads, kept from one block to the next (one scan at a
 * time: a block is analysed in one go, and a second scan inside it, the report frame's, makes its own).
 */
const blockMarkers = newMarkers();

/** The scores of the sentence analyzeBlock reads, one object set back for each (resetScores). */
const sentenceScores = emptyScores();

/** The sentence's markers as framedVerdict and quotedVerdict read them, in one object set for each sentence. */
const sentenceMarkers: SentenceMarkers = { text: '', markers: blockMarkers, from: 0, to: 0, base: 0 };
function sentenceMarkersOf(text: string, markers: Markers, from: number, to: number, base: number): SentenceMarkers {
  sentenceMarkers.text = text;
  sentenceMarkers.markers = markers;
  sentenceMarkers.from = from;
  sentenceMarkers.to = to;
  sentenceMarkers.base = base;
  return sentenceMarkers;
}

/** A block or unit that is an item of a list: a list element, or text opening with an item number. */
const isItem = (text: string, kind: BlockKind) => kind === 'listItem' || ITEM_MARKER.test(text.trimStart());

/** The numbering style `text` opens with: its index in ITEM_STYLES, -1 when none. */
function itemStyle(text: string): number {
  const t = text.trimStart();
  return ITEM_STYLES.findIndex((style) => style.test(t));
}

/** An item of the lead-in's list: numbered in another style than the lead-in's own ("(b)" after "(a) … shall:" is not). */
const itemUnder = (state: ScanState, text: string, kind: BlockKind) =>
  isItem(text, kind) && (state.leadInStyle < 0 || itemStyle(text) !== state.leadInStyle);

/**
 * A sentence of a plan's section that sets a figure with no modal, "新建改扩建公办幼儿园300所，新增学位6万个。": a quantity
 * marker, no narrative or statistic cue (同比, 截至 … are context markers; 去年, 已 … NOT_PLANNED), no subsidy or
 * forecast (NOT_PLANNED: a funding body's support is optional at most, its cap no target), not a question or an exclamation.
 */
function plannedFigure(sentence: string, scores: Scores): boolean {
  const end = finalMark(sentence);
  return (
    scores.quantity > 0 &&
    scores.context >= 0 &&
    end !== '？' &&
    end !== '?' &&
    end !== '！' &&
    end !== '!' &&
    !NOT_PLANNED.test(sentence)
  );
}
const NOT_PLANNED = /去年|上年|过去|以来|已|给予|补助|补贴|奖励|最高|预计/;

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
  state.speakers.nextBlock(block.text, article.text, block.start);
  const lang = blockLanguage(block.text, articleLang);
  // A template's summary restates the body's news (its directive is marked where the body tells
  // it); a table's cell holding no sentence is a field of its row (a date, a stage), no directive.
  if (block.summary || block.field) return lang;
  const c = compile(lang);
  // Matched as simplified text of the same length: every offset below holds for the original.
  const text = state.traditional && lang === 'zh' ? toSimplified(block.text) : block.text;
  // Under a lead-in, a numbered line is an item of its list, not a heading.
  const underLeadIn = state.leadIn !== null && itemUnder(state, text, block.kind);
  if (!underLeadIn) state.leadIn = null;
  const headingBlock = !underLeadIn && isHeadingBlock(block.kind, text, lang, c);
  const units: Span[] = segmentSentences(text, block.start, headingBlock);
  if (headingBlock) {
    // (a heading at the body's very end, after its text, heads nothing: a side box's title taken into the body,
    // "新闻排行", a program's name above its airing time; s39, over all golds 2 such, 0 gold, 0 optional. A text of
    // headings alone, an outline, keeps them.)
    const headsText =
      blockIndex < article.blocks.length - 1 || blockIndex === 0 || article.blocks[blockIndex - 1]!.kind === 'heading';
    for (const u of units) {
      if (headsText && headingWorthy(text.slice(u.start - block.start, u.end - block.start)))
        pushDirective(out, article.text, u, 'heading', HEADING_SCORE, blockIndex);
    }
    // (a heading that bans the items under it, "二、禁止下列行为", lends them its ban)
    if (lang === 'zh' && ZH_HEADING_BAN_LEAD_IN.test(text)) {
      state.leadIn = 'prohibition';
      state.leadInStyle = itemStyle(text);
    }
    // (a heading that announces the year's tasks opens a plan; the next top-level heading closes it)
    if (lang === 'zh') {
      if (ZH_PLAN_HEADING.test(text)) state.plan = true;
      else if (ZH_TOP_HEADING.test(text)) state.plan = false;
    }
    return lang;
  }
  const markers = scanMarkers(text, c, blockMarkers);
  const found = out.length;
  const { start: markerStart, rule: markerRule, count: markerCount } = markers;
  let mi = 0;
  // (a quotation open across sentences of this block: quote-span.ts; in Chinese, whether it is held back)
  let quoteOpen = false;
  let quoteHeld = false;
  // (no quotation mark in the block: each sentence leaves the state closed and is no whole quotation)
  const quoted = hasQuoteMark(text);
  let sentences: string[] | null = null;
  const sentencesOf = () => (sentences ??= units.map((u) => text.slice(u.start - block.start, u.end - block.start)));
  // (a loop, not forEach's callback: the callback's closure held every variable below in a context object, one a block)
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui]!;
    // (read within this sentence only: sentenceVerdict and the tests below; framedVerdict scores words in its own)
    const scores = resetScores(sentenceScores);
    const relStart = u.start - block.start;
    const relEnd = u.end - block.start;
    while (mi < markerCount && markerStart[mi]! < relStart) mi++;
    let mEnd = mi;
    for (; mEnd < markerCount && markerStart[mEnd]! < relEnd; mEnd++)
      addMarker(scores, markerRule[mEnd]!, markerStart[mEnd]! - relStart);
    const sentence = text.slice(relStart, relEnd);
    let heldUnlessMarked = false;
    if (quoted && lang === 'en') {
      if (insideQuotation(sentence, quoteOpen)) scores.context += INSIDE_QUOTATION_WEIGHT;
      quoteOpen = quoteOpenAfter(sentence, quoteOpen);
    } else if (quoted) {
      if (quoteHeld && continuesQuotation(sentence, quoteOpen)) scores.context += HELD_QUOTATION_WEIGHT;
      const open = quoteOpenAfter(sentence, quoteOpen);
      // (who opened it: asked only of the rare sentence that leaves a quotation open; a lone one is an official's
      // when the paragraph names him beside it, "…县委书记表示，…。“…。我们要求各社区都要…。”", quote-speaker.ts)
      if (open && !quoteOpen) {
        if (opensAlone(sentence)) quoteHeld = quoteSpeaker(sentencesOf(), ui, c.verbs, state.speakers) !== 'authority';
        else {
          const kind = reportFrame(sentence, lang, c.verbs, undefined, text, relStart)?.speaker ?? null;
          quoteHeld = kind !== 'authority';
          // (a speaker no table classes: his words are an official's when the sentence opening them is marked)
          heldUnlessMarked = !ownWords(kind);
        }
      }
      quoteOpen = open;
    }
    // (state.leadIn is read before it is reset for this unit: the item test runs only under a lead-in.)
    const leadIn = state.leadIn;
    const inherited =
      leadIn === null
        ? null
        : ui === 0
          ? underLeadIn
            ? leadIn
            : null
          : itemUnder(state, sentence, 'paragraph')
            ? leadIn
            : null;
    state.leadIn = null;
    // A short "——" / "（一）" / "1.3" point opening a paragraph that goes on is a slogan sub-head
    // (a one-sentence "（四）各地区要…" item is a measure, not a head); so is a first sentence the page sets in bold
    // as the paragraph's run-in head, whatever its length or modal ("<strong>一要压实…责任。</strong>…": headings.ts).
    if (
      inherited === null &&
      ui === 0 &&
      units.length > 1 &&
      scores.prohibition === 0 &&
      scores.deadline === 0 &&
      (isBoldRunInHead(block.boldLead, text, relEnd) || (isSlogan(sentence, lang) && scores.obligation < 1.4))
    ) {
      pushDirective(out, article.text, u, 'heading', HEADING_SCORE, blockIndex);
      continue;
    }
    if (
      lang === 'en' &&
      EN_HEADING_START.test(sentence) &&
      visibleLength(sentence, 60) <= 60 &&
      !/\b(?:shall|must|should)\b/i.test(sentence)
    ) {
      // (a template's boilerplate section, "Sec. 2. Policy.", is no heading of a measure, nor a sentence)
      if (!EN_FURNITURE_SECTION.test(sentence))
        pushDirective(out, article.text, u, 'heading', HEADING_SCORE, blockIndex);
      continue;
    }
    // (then read through its report frame: who is speaking, report-frame.ts)
    const alone = sentenceVerdict(sentence, c, lang, scores, threshold);
    const framed = framedVerdict(
      sentence,
      c,
      lang,
      threshold,
      alone,
      sentenceMarkersOf(text, markers, mi, mEnd, relStart),
      state.speakers,
    );
    // (a sentence opening with a name makes him the one a later 他/她 means; after its own frame is read)
    if (lang === 'zh') state.speakers.subject(sentence);
    // (a quotation standing as a sentence: the words of whoever the paragraph names beside it, quote-speaker.ts)
    const speaker = !quoted
      ? null
      : lang === 'zh'
        ? isWholeQuotation(sentence)
          ? quoteSpeaker(sentencesOf(), ui, c.verbs, state.speakers)
          : null
        : !framed && isWholeQuotationEn(sentence)
          ? ui > 0
            ? enQuoteSpeaker(sentencesOf(), ui, state.speakers)
            : // (a paragraph that is the quotation, or closes one run over paragraphs, after "Minister X said:")
              state.speakers.carriedSpeaker()
          : null;
    const said =
      framed && ownWords(speaker)
        ? null
        : !framed && speaker === 'authority'
          ? quotedVerdict(sentence, c, lang, threshold, sentenceMarkersOf(text, markers, mi, mEnd, relStart))
          : framed;
    // (an item under a ban read as a measure for its verb alone, with no modal, "（四）将秸秆倾倒、堆放在…": an act
    // the ban names, as its other items)
    const verdict =
      inherited === 'prohibition' && said?.category === 'obligation' && scores.lastModalAt < 0 ? null : said;
    // (a bare "四是…" after a marked "三是…" is the series' next measure: point-series.ts)
    const ordinal = lang === 'zh' ? pointOrdinal(sentence) : 0;
    // (in a plan's section, a figure to reach told with no modal, "今年完成1000个村的环境整治任务。": ZH_PLAN_HEADING)
    const planned = !verdict && !inherited && state.plan && plannedFigure(sentence, scores) ? 'target' : null;
    const category =
      verdict?.category ?? inherited ?? planned ?? (ordinal ? seriesCategory(ordinal, state.points) : null);
    if (ordinal) state.points = { ordinal, category };
    if (heldUnlessMarked && category) quoteHeld = false;
    if (category) {
      pushDirective(out, article.text, u, category, verdict ? confidence(verdict.raw) : INHERITED_SCORE, blockIndex);
      // A lead-in passes its category on; an item passes on the list's.
      if (inherited) state.leadIn = inherited;
      else if (
        (category === 'obligation' || category === 'prohibition' || category === 'target') &&
        COLONS.has(finalMark(sentence)) &&
        LEAD_IN[lang].test(sentence)
      ) {
        // a dated lead-in ("Within 90 days, … shall issue guidance that:") keeps its date; its items are duties
        state.leadIn = category === 'target' ? 'obligation' : category;
        state.leadInStyle = itemStyle(sentence);
      }
    }
  }
  if (lang === 'zh' && units.length > 1 && out.length > found) joinInnerPoints(article.text, units, out, found);
  return lang;
}

/**
 * One directive for a sentence that segmentation cut at its points, "…工作：一是…；二是…。" (point-series.ts,
 * innerPointRuns): when its head is marked (a duty, or the first point), the whole sentence is, in the head's
 * category. A head that is no duty ("行动明确了三项重点任务：") leaves its points apart: a report's points may be golds
 * of their own (the fixture heldout-chinanews-2025-xiaoyuan), and joining them under such a head lowered the held-out
 * batch of session 30. Points that carry their own modal (一是要…；二是要…) are joined under any head (OWN_MODAL_POINT).
 */
function joinInnerPoints(text: string, units: readonly Span[], out: Directive[], found: number): void {
  const runs = innerPointRuns(units.map((u) => text.slice(u.start, u.end)));
  for (let r = runs.length - 1; r >= 0; r--) {
    const start = units[runs[r]![0]]!.start;
    const end = units[runs[r]![1]]!.end;
    let from = found;
    while (from < out.length && out[from]!.start < start) from++;
    let to = from;
    while (to < out.length && out[to]!.start < end) to++;
    const parts = out.slice(from, to);
    const first = parts[0];
    if (!first || first.category === 'heading') continue;
    // (a head that is no duty joins the points when they carry their own modal, "…工作：一是要…；二是要…")
    if (first.start !== start && !(first.start === units[runs[r]![0] + 1]!.start && OWN_MODAL_POINT.test(first.text)))
      continue;
    const score = Math.max(...parts.map((d) => d.score));
    out.splice(from, to - from, { ...first, text: text.slice(start, end), score, start, end });
  }
}

/** A speaker whose words are his own, not a policy's: a voice, or a grassroots cadre (report-frame-rules.ts). */
const ownWords = (kind: SpeakerKind | null) => kind === 'voice' || kind === 'grassroots';

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
    const { kind, text } = typeof p === 'string' ? { kind: 'paragraph' as const, text: p } : p;
    // A literal, not a spread ({ ...p, start }): in V8 (Node 20) each spread object got its own hidden class,
    // and on a long article the analysis's reads of a block's fields went megamorphic (a miss and
    // a runtime lookup each); the content script's blocks (article/blocks.ts) share one.
    blocks.push({ kind, text, start: at });
    at += text.length + 1;
  }
  return { text: blocks.map((b) => b.text).join('\n'), blocks, meta: { language: language ?? null } };
}
