/**
 * A sentence an editor's stray break cut into two paragraphs ("…the Department will</p>\n<p>ensure that…",
 * "…各地要加强监测，</p><p>及时发布预警。"), read again as one: the two blocks become one block, a run of their
 * parent's children from the first paragraph to the second (blocks.ts `Run`), so the sentence is segmented,
 * scored and painted whole, and its offsets still map to the page's text nodes (the white space between the
 * two paragraphs is part of the run's text, read as a space).
 *
 * Joined only when the first paragraph's last sentence is left open and the second reads as its rest, never
 * a heading to its paragraph nor list items to each other (kinds other than paragraph are never joined), and
 * only paragraphs side by side in one parent with nothing but white space between them, or a figure (a picture
 * and its caption, figures.ts: an editor inserted it at the caret): the sentence is then read across it, the
 * figure's text inside the joined block read as white space (the block's `asides`), its caption set aside as a
 * block of its own after the sentence.
 */
import type { ArticleBlock, TextSpan } from './types';
import { contains, ELEMENT_NODE, parentElementOf, tagOf, TEXT_NODE, textOf } from './dom';
import { figureAfter } from './figures';
import type { Steps } from './steps';
import { countLatinWords, isBlank } from './text';

/** The tags of a paragraph that may be joined (each side the same tag). */
const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['P', 'DIV']);

/**
 * A Chinese paragraph left open: it ends with a comma or an enumeration comma. Not one ending with a character
 * (a heading printed plain, a dateline, a byline, a caption's credit), a sentence mark, a colon (a lead-in
 * opens items), a closing quote or bracket, or an ellipsis.
 */
const ZH_OPEN_END = /[，、]$/;
/**
 * A photo's caption ("图为…，…", "资料图：…"): neither the rest of the paragraph before it nor open to the next.
 */
const ZH_CAPTION = /^(?:图为|图：|资料图|[（(]图)/;
/** A Chinese sentence's rest starts with a character or a figure. */
const ZH_RESUMES = /^[\u4e00-\u9fff\d]/;
/** The start of a Chinese paragraph that opens something new: an enumerated point, a heading number, a label. */
const ZH_NEW_START =
  /^(?:[一二三四五六七八九十]+[、是要则．.]|第[一二三四五六七八九十百\d]+[条章节，,、是：:]|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳]|\d{1,2}[.、．](?!\d)|其[一二三四五六七八九十]|附件|注[：:]|[^，。；]{1,8}[：:])/;

/** An English paragraph's last word that no sentence ends with: it leaves the sentence open whatever follows. */
const EN_OPEN_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of to in on at by for from with into onto upon about under over between among through during ' +
    'and or nor but that which who whom whose whether if than as its their our his her this these those ' +
    'will shall must should would could can might is are was were be been being has have had do does ' +
    'not also including such each every all any both either neither'
  ).split(' '),
);
/** An English paragraph ending with one of these ends its sentence (or opens a list, or quotes). */
const EN_CLOSED_END = /[.!?:;"”’)\]]$/;
/** The start of an English paragraph that continues a sentence: a lower-case word. */
const EN_CONTINUES = /^[a-z]/;
/** An enumerated point or a label opening a paragraph: never a sentence's rest. */
const EN_NEW_START = /^(?:\(?[a-z0-9]{1,4}\)|[a-z]\.\s)/;

const CJK = /[\u4e00-\u9fff]/;
/** A paragraph's end after which the next one's text reads on with no space: Chinese, or white space. */
const READS_ON = /[\u4e00-\u9fff，、\s]$/;

/**
 * Whether the paragraph `before` leaves its last sentence open and `after` reads as its rest (each a block's
 * text; white space at their ends is not read).
 */
export function continuesSentence(before: string, after: string): boolean {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (!a || !b) return false;
  if (CJK.test(a.charAt(a.length - 1)) || CJK.test(b.charAt(0)) || ZH_OPEN_END.test(a)) {
    return (
      ZH_OPEN_END.test(a) && !ZH_CAPTION.test(a) && !ZH_CAPTION.test(b) && ZH_RESUMES.test(b) && !ZH_NEW_START.test(b)
    );
  }
  if (EN_CLOSED_END.test(a) || EN_NEW_START.test(b)) return false;
  if (EN_CONTINUES.test(b)) return /[\p{L}\d,]$/u.test(a);
  // A capital or a figure only after a word no sentence ends with ("…for the</p><p>Department of …"); after a
  // comma it is a line of an address or a signature ("THE WHITE HOUSE,</p><p>March 12, 2026.").
  const last = /([A-Za-z]+)$/.exec(a)?.[1]?.toLowerCase();
  return !!last && EN_OPEN_WORDS.has(last);
}

/** The last element of a block: its element, or a run's last node when that is an element. */
function lastElement(block: ArticleBlock): Element | null {
  if (!block.run) return block.node;
  return block.run.last.nodeType === ELEMENT_NODE ? (block.run.last as Element) : null;
}

/**
 * The white space between two sibling elements as the page shows it (line breaks read as spaces), or null when
 * anything else stands there (an element, text) or `b` does not follow `a`.
 */
function gapBetween(a: Element, b: Element): string | null {
  let gap = '';
  for (let n = a.nextSibling; n !== b; n = n.nextSibling) {
    if (!n || n.nodeType === ELEMENT_NODE || (n.nodeType === TEXT_NODE && !isBlank(textOf(n)))) return null;
    if (n.nodeType === TEXT_NODE) gap += textOf(n).replace(/[\r\n]/g, ' ');
  }
  return gap;
}

/**
 * A Chinese paragraph of prose, not a heading printed plain or a byline: a mark inside it, a bracket after its
 * start ("请各乡（镇）于…"), or a regulation's article.
 */
const ZH_PROSE = /[，、；：。]|.[（(]|^第[一二三四五六七八九十百零〇\d]+条/;
/** English prose, not a heading printed plain: a comma inside it, or this many words. */
const EN_PROSE_WORDS = 8;

/**
 * Whether a paragraph ends as Chinese text left open: a comma, or a character (with the figures or closing quotes
 * after it: "…压减30", "…防范“倒春寒”"), not a sentence mark ("…。”" is closed), a colon or a bracket.
 */
function zhOpenEnd(a: string): boolean {
  if (ZH_OPEN_END.test(a)) return true;
  const core = a.replace(/[”’」』\d%]+$/, '');
  return CJK.test(core.charAt(core.length - 1));
}

/**
 * Whether a paragraph (white space trimmed) leaves its sentence open before a figure: no mark closes it, and a
 * Chinese one is prose (a heading printed plain, a byline or a dateline holds no mark inside).
 */
function openBeforeFigure(a: string): boolean {
  if (zhOpenEnd(a)) return (ZH_OPEN_END.test(a) || ZH_PROSE.test(a.slice(0, -1))) && !ZH_CAPTION.test(a);
  return !EN_CLOSED_END.test(a) && /[\p{L}\d,]$/u.test(a);
}

/**
 * Whether `before` leaves its sentence open before a figure and `after`, the paragraph after the figure, reads as
 * its rest. Looser than continuesSentence: an editor inserts a picture at the caret, wherever it stands in the
 * sentence ("…加强雨情水情监测</p><p><img></p><p>预报…", "…under the National</p><figure>…</figure><p>Planning
 * Act…"), where a stray break falls at a line's end; so a paragraph of prose that no mark closes is a sentence the
 * figure cut, and any start but a new point's or a caption's is its rest. An English rest opening with a capital or
 * a figure follows prose only (a comma inside, EN_PROSE_WORDS words, or a word no sentence ends with), not a
 * heading printed plain ("Next steps").
 */
export function continuesAcrossFigure(before: string, after: string): boolean {
  const a = before.trim();
  const b = after.trimStart();
  if (!a || !b || !openBeforeFigure(a)) return false;
  if (zhOpenEnd(a) || CJK.test(b.charAt(0))) {
    return zhOpenEnd(a) && !ZH_CAPTION.test(b) && ZH_RESUMES.test(b) && !ZH_NEW_START.test(b);
  }
  if (EN_NEW_START.test(b)) return false;
  if (EN_CONTINUES.test(b)) return true;
  const last = /([A-Za-z]+)$/.exec(a)?.[1]?.toLowerCase();
  return (
    /^[A-Z\d]/.test(b) &&
    (a.slice(0, -1).includes(',') || countLatinWords(a) >= EN_PROSE_WORDS || (!!last && EN_OPEN_WORDS.has(last)))
  );
}

/**
 * Whether paragraph block `b` may be joined to `prev` (its last element `prevEl`) as its sentence's rest, their
 * texts read on by `continues`.
 */
function joinable(
  prev: ArticleBlock,
  prevEl: Element,
  b: ArticleBlock,
  continues: (before: string, after: string) => boolean,
): boolean {
  return (
    !b.run &&
    !prev.summary &&
    !b.summary &&
    prev.kind === 'paragraph' &&
    b.kind === 'paragraph' &&
    tagOf(b.node) === tagOf(prevEl) &&
    PARAGRAPH_TAGS.has(tagOf(b.node)) &&
    continues(prev.text, b.text)
  );
}

/**
 * `prev` and `b` as one block, a run of their parent's children, with `between` (the page's text between them)
 * read between: as white space when `aside` (a figure), else as it is.
 */
function joined(prev: ArticleBlock, b: ArticleBlock, parent: Element, between: string, aside: boolean): ArticleBlock {
  const out: ArticleBlock = {
    kind: 'paragraph',
    node: parent,
    text: prev.text + (aside ? ' '.repeat(between.length) : between) + b.text,
    start: prev.start,
    run: { first: prev.run?.first ?? prev.node, last: b.node },
  };
  const asides: TextSpan[] = [...(prev.asides ?? [])];
  if (aside && between) asides.push({ start: prev.text.length, end: prev.text.length + between.length });
  if (asides.length) out.asides = asides;
  // The first paragraph's bold run-in head opens the joined block.
  if (prev.boldLead) out.boldLead = prev.boldLead;
  return out;
}

/** The text the page holds between sibling `a` and `b` (textContent of each node), line breaks read as spaces. */
function textBetween(a: Element, b: Element): string {
  let text = '';
  for (let n = a.nextSibling; n && n !== b; n = n.nextSibling) text += textOf(n);
  return text.replace(/[\r\n]/g, ' ');
}

/** Blocks looked at between two pauses of joinBrokenSentenceSteps. */
const BLOCKS_PER_STEP = 2_000;

/**
 * The blocks with each sentence cut by a stray paragraph break joined into one block (their offsets into the
 * joined text moved along); the same objects when nothing is joined. A part at a time (./steps.ts).
 */
export function* joinBrokenSentenceSteps(body: {
  blocks: ArticleBlock[];
  text: string;
}): Steps<{ blocks: ArticleBlock[]; text: string }> {
  const out: ArticleBlock[] = [];
  // Captions of figures a sentence was read across: pushed after the sentence once nothing more joins it.
  let setAside: ArticleBlock[] = [];
  let changed = false;
  const blocks = body.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const b = blocks[i]!;
    const prev = out.at(-1);
    const prevEl = prev && lastElement(prev);
    const parent = prevEl && parentElementOf(prevEl);
    if (prev && prevEl && parent) {
      if (parentElementOf(b.node) === parent && joinable(prev, prevEl, b, continuesSentence)) {
        const gap = gapBetween(prevEl, b.node);
        // English words need white space between them; a Chinese sentence reads on without.
        if (gap !== null && (gap || READS_ON.test(prev.text) || CJK.test(b.text.charAt(0)) || /^\s/.test(b.text))) {
          out[out.length - 1] = joined(prev, b, parent, gap, false);
          changed = true;
          continue;
        }
      }
      const figure =
        prev.kind === 'paragraph' && !prev.summary && openBeforeFigure(prev.text.trimEnd())
          ? figureAfter(prevEl)
          : null;
      if (figure) {
        // The figure's own blocks (its caption), then the paragraph after it.
        let j = i;
        while (j < blocks.length && figure.parts.some((p) => contains(p, blocks[j]!.node))) j++;
        const rest = blocks[j];
        if (rest && rest.node === figure.next && joinable(prev, prevEl, rest, continuesAcrossFigure)) {
          const between = textBetween(prevEl, rest.node);
          if (between || READS_ON.test(prev.text) || CJK.test(rest.text.charAt(0)) || /^\s/.test(rest.text)) {
            out[out.length - 1] = joined(prev, rest, parent, between, true);
            setAside.push(...blocks.slice(i, j));
            changed = true;
            i = j;
            continue;
          }
        }
      }
    }
    if (setAside.length) {
      out.push(...setAside);
      setAside = [];
    }
    out.push(b);
  }
  out.push(...setAside);
  if (!changed) return body;
  let start = 0;
  for (const [i, b] of out.entries()) {
    if (b.start !== start) out[i] = { ...b, start };
    start += b.text.length + 1;
  }
  return { blocks: out, text: out.map((b) => b.text).join('\n') };
}
