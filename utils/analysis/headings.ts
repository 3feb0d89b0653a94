/**
 * Headings: a block that is a section heading, a short list-marked slogan opening a paragraph, and
 * which headings are worth marking (not a question, an attachment's name or page furniture).
 */
import type { BlockKind } from '@/utils/article/types';
import { scanBlock, type CompiledRules } from './directive-rules';
import { isDigitCode } from './char-codes';
import { ENUMERATOR, segmentSentences } from './segment';
import { visibleLength } from './sentence-scores';
import { NOT_A_HEADING_EDGES } from './rule-index.generated';
import {
  EN_FURNITURE_SECTION,
  HEADING_MAX_CHARS,
  ZH_BARE_LABEL,
  ZH_BOX_LABEL,
  ZH_LABEL_CROSSHEAD,
  NOT_A_HEADING,
  SLOGAN_MAX_CHARS,
  ZH_CASE_TITLE,
  ZH_OFFICE_CASE_TITLE,
  ZH_DECIMAL_HEADING,
  ZH_ORDINAL_LABEL,
  type Lang,
} from './rules';

export function isHeadingBlock(kind: BlockKind, text: string, lang: Lang, c: CompiledRules): boolean {
  const max = HEADING_MAX_CHARS[lang];
  if (text.length > max * 3) return false; // cheap early exit for long paragraphs
  const trimmed = text.trim();
  // "一、 切实履行…" as a plain paragraph: a numbered line with no sentence inside it. Tested before
  // the length (one anchored test; most short paragraphs fail it), which is counted only when it can
  // be over the limit.
  const numbered = kind !== 'heading' && c.headingStart.test(trimmed) && !trimmed.startsWith('——');
  if (kind !== 'heading' && !numbered && !labelCrosshead(trimmed, lang)) return false;
  if (trimmed.length > max && visibleLength(trimmed, max) > max) return false;
  if (kind === 'heading') return !(lang === 'zh' && isBareLabel(trimmed));
  if (lang === 'zh' && isMeasure(trimmed, c, numbered)) return false;
  if (lang === 'en') return segmentSentences(trimmed).length === 1;
  // (a numbered question, "一、《办法》出台的背景是什么？", heads a 解读's section; headingWorthy keeps it)
  const body = trimmed.replace(/[。.？?]$/, '');
  return !/[。！？!?；;，,]/.test(body);
}

/** "周启明：" alone on a bold line (ZH_BARE_LABEL): the closing colon looked for before the pattern runs. */
const isBareLabel = (t: string) => t.charCodeAt(t.length - 1) === 0xff1a && ZH_BARE_LABEL.test(t);

/** "现场：堤坝上的“守夜人”": a crosshead set as a plain paragraph; the colon looked for before the pattern runs. */
function labelCrosshead(t: string, lang: Lang): boolean {
  if (lang !== 'zh' || t.length > 40) return false;
  const colon = t.indexOf('：');
  return colon > 1 && colon < 12 && ZH_LABEL_CROSSHEAD.test(t);
}

const MODAL = /^(?:要|必须|应当|应该|应|须|需要|务必|一定要|确保)$/;
/**
 * "（四）各地区要在3个月内完成…": a numbered line with a modal, a ban or a deadline is a measure, not a head; so is one
 * `numbered` with a quantity, a frequency or a bound set, "（四）每年至少组织一次消防安全宣传和疏散演练。" (s35: over all
 * golds, numbered one-clause lines with a quantity marker 2 gold obligations, 0 headings; 一、总体目标 has a goal word, no
 * quantity). A label crosshead's figure stays its topic: "2027年展望：粮食产量稳定在1.3万亿斤以上".
 */
function isMeasure(text: string, c: CompiledRules, numbered: boolean): boolean {
  return scanBlock(text, c).some(
    (m) =>
      m.rule.kind === 'prohibition' ||
      m.rule.kind === 'deadline' ||
      (numbered && m.rule.kind === 'quantity') ||
      (m.rule.kind === 'obligation' && MODAL.test(m.text)),
  );
}

/**
 * Every section heading of the body is marked (plain topical ones too: "Overview", "网售农资不再是
 * 监管盲区"), except what only looks like one: a question ("问：…？"), the name of an attached
 * document ("…应急预案"), furniture ("相关阅读", an order's "Sec. 2. Policy.").
 */
export function headingWorthy(text: string): boolean {
  const t = text.trim();
  return (
    !(mayNotBeOne(t) && NOT_A_HEADING.test(t)) &&
    !(opensSection(t) && EN_FURNITURE_SECTION.test(t)) &&
    !isCaseTitle(t) &&
    !(BOX_LABEL_FIRSTS.includes(t.charAt(0)) && ZH_BOX_LABEL.test(t))
  );
}

/** The characters a (trimmed) ZH_BOX_LABEL line opens with, looked at before the pattern runs: a bullet or its label. */
const BOX_LABEL_FIRSTS = '■□▌▍◆◇●○▲△★☆相背新知政链核阅附';

/**
 * A 通报's case title: a person's, tried only where a name is hidden (某, ZH_CASE_TITLE), or an office's named in full,
 * tried only on a numbered line that ends with 问题 (ZH_OFFICE_CASE_TITLE).
 */
const isCaseTitle = (t: string) =>
  (t.includes('某') && ZH_CASE_TITLE.test(t)) ||
  (isDigitCode(t.charCodeAt(0)) && t.includes('问题', t.length - 6) && ZH_OFFICE_CASE_TITLE.test(t));

// The one character every match of a heading pattern opens with, looked at before the pattern runs:
// a content script analyses a page once, and a regex that never runs is never compiled (most
// Chinese pages have no "Sec. 2." and few numbered headings).
/** NOT_A_HEADING: its alternatives anchored at the start open with `firsts`, the rest end with `lasts` (edgeCodes). */
function mayNotBeOne(t: string): boolean {
  const edges = NOT_A_HEADING_EDGES;
  return !edges || edges.firsts.includes(t.charCodeAt(0)) || edges.lasts.includes(t.charCodeAt(t.length - 1));
}
/** EN_FURNITURE_SECTION (case-insensitive, without u: only ASCII folds to s) opens with S or s. */
const opensSection = (t: string) => (t.charCodeAt(0) | 0x20) === 0x73;
/** The openings of isSlogan's list marks: （ ( 一…十 or a digit. */
const opensListMark = (t: string) => isDigitCode(t.charCodeAt(0)) || '（(一二三四五六七八九十'.includes(t.charAt(0));

/** "亮点一：" (ZH_ORDINAL_LABEL): an ordinal just before the first colon, looked at before the pattern runs. */
function ordinalLabel(t: string): boolean {
  const colon = t.indexOf('：');
  return colon >= 3 && colon <= 7 && '一二三四五六七八九十'.includes(t.charAt(colon - 1)) && ZH_ORDINAL_LABEL.test(t);
}

/**
 * Whether the page sets a block's first sentence, ending at `end` in the block's `text`, in bold as the paragraph's
 * run-in head (`boldLead`: the block's bold run-in, ArticleBlock.boldLead): the bold covers the sentence (its stop
 * may stand outside it) and no more of the paragraph, and the sentence closes with 。, "<strong>一是加快…建设。</strong>
 * 各地要…" / "<strong>深化“放管服”改革。</strong>…". The page has made it the head of what follows, whatever it says:
 * over all golds (s40, fixtures + dev55), 365 such sentences are golds, every one a heading (list-marked 344, bare 21),
 * none an obligation, optional, not or unlisted; 54 of them were read as duties before (一是… / 一要… / 要…), their
 * cores the act. Not a bold run-in closed by a colon, a speaker's label ("记者：", 0 gold), nor one closed by a
 * question mark, a 答问's question (0 gold: 5 optional, 4 not). The caller leaves a bold ban or date as it reads.
 */
export function isBoldRunInHead(boldLead: number | undefined, text: string, end: number): boolean {
  if (!boldLead || boldLead < end - 1 || text.charCodeAt(end - 1) !== 0x3002) return false;
  for (let i = end; i < boldLead; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
/** White space a bold run-in may take after its stop: ASCII, no-break and full-width spaces, line breaks. */
const isSpaceCode = (code: number) => code <= 0x20 || code === 0xa0 || code === 0x3000;

/** "——运用网络加强舆论引导。" / "（一）加强组织领导。" / "1.加强组织领导。" / "亮点一：…。": short, one clause, list-marked. */
export function isSlogan(sentence: string, lang: Lang): boolean {
  if (lang !== 'zh') return false;
  const t = sentence.trim();
  if (isDigitCode(t.charCodeAt(0)) && ZH_DECIMAL_HEADING.test(t)) {
    // "1.3 适用范围。本预案适用于…": a numbered title running into its paragraph.
    const title = t.replace(ZH_DECIMAL_HEADING, '').replace(/[。.]$/, '');
    return visibleLength(title) <= 20 && !/[，,；;：:。？?！!]/.test(title);
  }
  if (ordinalLabel(t)) {
    // "亮点一：从“中介制”走向“员工制”。": the title after the numbered label, as after "（一）"
    const title = t.slice(t.indexOf('：') + 1).replace(/[。.！!]$/, '');
    return visibleLength(title) <= SLOGAN_MAX_CHARS && !/[，,；;：:。？?]/.test(title);
  }
  // also "2.加快充电设施建设。" (an Arabic number with a stop, before a Chinese title)
  if (
    !t.startsWith('——') &&
    !(
      opensListMark(t) &&
      /^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.．、](?=[\u4e00-\u9fff]))/.test(t)
    )
  )
    return false;
  const body = t.replace(/^——/, '').replace(/[。.！!]$/, '');
  ENUMERATOR.lastIndex = 0;
  return visibleLength(body) <= SLOGAN_MAX_CHARS && !/[，,；;：:。？?]/.test(body) && !isCaseTitle(t);
}
