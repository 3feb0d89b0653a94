/**
 * Cutting an article body into blocks: the smallest elements that hold text and no other block
 * element, in document order, each with its kind (heading, list item, paragraph). Furniture
 * (furniture.ts) and the title are left out.
 */
import type { ArticleBlock, BlockKind } from './types';
import {
  childElements,
  ELEMENT_NODE,
  lineOf,
  linkDensity,
  linkedChars,
  memo,
  memoSteps,
  memoTable,
  parentElementOf,
  safeQueryAll,
  tagOf,
  TEXT_NODE,
  textOf,
} from './dom';
import { isNoiseBlock, isNoiseElement, SKIP_TAGS } from './furniture';
import { mayShowOtherwise, shownTextSteps } from './line-breaks';
import { runSteps, type Steps } from './steps';
import { collapseSpace, contentWeight, isBlank } from './text';

/** Tags that start a new block: an element containing one of these is split further. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'TD',
  'TH',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'PRE',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'CENTER',
  'FORM',
  'MAIN',
  'ADDRESS',
  'HR',
]);

/**
 * Whether a block element lies anywhere under `el` (a tree walk: no selector to compile). The answer of every
 * element the walk finishes is remembered for the run. The walk keeps its own stack: a page may nest elements
 * thousands deep, past the depth a recursion may go.
 */
export function hasBlockDescendant(el: Element): boolean {
  return memoTable<Element, boolean>('hasBlockDescendant')?.get(el) ?? runSteps(hasBlockDescendantSteps(el));
}

/** hasBlockDescendant, pausing after every CHILDREN_PER_STEP elements walked (200,000 <br>s in one <div>). */
export function* hasBlockDescendantSteps(el: Element): Steps<boolean> {
  const known = memoTable<Element, boolean>('hasBlockDescendant') ?? new WeakMap<Element, boolean>();
  const cached = known.get(el);
  if (cached !== undefined) return cached;
  // The elements still deciding, outermost first, and the next child each looks at.
  const open: Element[] = [el];
  const next: (Element | null)[] = [el.firstElementChild];
  let walked = 0;
  while (open.length) {
    const top = open.length - 1;
    const c = next[top];
    if (!c) {
      known.set(open.pop()!, false);
      next.pop();
      continue;
    }
    if (++walked % CHILDREN_PER_STEP === 0) yield;
    next[top] = c.nextElementSibling;
    const below = BLOCK_TAGS.has(tagOf(c)) || known.get(c);
    if (below) {
      for (const e of open) known.set(e, true); // a block under a child is under every element still open
      return true;
    }
    if (below === undefined) {
      open.push(c);
      next.push(c.firstElementChild);
    }
  }
  return known.get(el)!;
}

/**
 * Inline content that is no element of its own: child nodes `first` … `last` of `parent`, where text stands
 * beside block elements (`<div>text<br><br>text<div class="editor">…</div></div>`) or between double breaks
 * (`<div>paragraph<br><br>paragraph</div>`, the paragraphs of portals that print no <p>).
 */
export interface Run {
  parent: Element;
  first: ChildNode;
  last: ChildNode;
}

/** The nodes of a run, in order. */
export function runNodes(run: Pick<Run, 'first' | 'last'>): ChildNode[] {
  const out: ChildNode[] = [];
  for (let n: ChildNode | null = run.first; n; n = n.nextSibling) {
    out.push(n);
    if (n === run.last) break;
  }
  return out;
}

const isBr = (n: Node) => n.nodeType === ELEMENT_NODE && tagOf(n as Element) === 'BR';
const isBlankText = (n: Node) => n.nodeType === TEXT_NODE && isBlank(textOf(n));
/** The second <br> of a double break that starts at `n` (blank text between them), or null. */
function doubleBreakEnd(n: Node): ChildNode | null {
  if (!isBr(n)) return null;
  let d = n.nextSibling;
  while (d && isBlankText(d)) d = d.nextSibling;
  return d && isBr(d) ? d : null;
}

/**
 * The children of `el` as block elements and runs, in order, when it holds text of its own: text beside its
 * block children, or paragraphs between double breaks (two <br> or more, blank text between). Null when it
 * holds neither (its blocks are its children, or it is one block). A run of one element and blank text is
 * that element, as before runs (a <strong> sub-heading between <p>s).
 */
export function childParts(el: Element): (Element | Run)[] | null {
  return runSteps(childPartsSteps(el));
}

/**
 * childParts without a walk when it is known at once (undefined when not): remembered for the run, or null for an
 * element with no element child (no block under it, no <br>). Spares the walk's generators on the common path.
 */
export function partsAtOnce(el: Element): (Element | Run)[] | null | undefined {
  if (!el.firstElementChild) return null;
  return memoTable<Element, (Element | Run)[] | null>('childParts')?.get(el);
}

/** hasBlockDescendant when known at once (undefined when not): remembered for the run, or false with no element child. */
export function blocksUnderAtOnce(el: Element): boolean | undefined {
  if (!el.firstElementChild) return false;
  return memoTable<Element, boolean>('hasBlockDescendant')?.get(el);
}

/** Children of one element read between two pauses of childPartsSteps (a page may put 200,000 <br>s in one). */
export const CHILDREN_PER_STEP = 2_000;

/** childParts, pausing after every CHILDREN_PER_STEP children (./steps.ts); remembered for the run once done. */
export function childPartsSteps(el: Element): Steps<(Element | Run)[] | null> {
  return memoSteps('childParts', el, cutParts);
}

function* cutParts(el: Element): Steps<(Element | Run)[] | null> {
  const holds = yield* holdsRuns(el);
  if (!holds) return null;
  const lines = holds === 'lines';
  const parts: (Element | Run)[] = [];
  let run: ChildNode[] = [];
  const close = () => {
    const solid = run.filter((n) => !isBlankText(n) && !isBr(n));
    if (solid.length === 1 && solid[0]!.nodeType === ELEMENT_NODE) parts.push(solid[0] as Element);
    else if (solid.length) parts.push({ parent: el, first: solid[0]!, last: solid.at(-1)! });
    run = [];
  };
  let read = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (++read % CHILDREN_PER_STEP === 0) yield;
    if (
      c.nodeType === ELEMENT_NODE &&
      (BLOCK_TAGS.has(tagOf(c as Element)) || (yield* hasBlockDescendantSteps(c as Element)))
    ) {
      close();
      parts.push(c as Element);
      continue;
    }
    if (lines && isBr(c)) {
      close();
      continue;
    }
    const end = doubleBreakEnd(c);
    if (end) {
      close();
      c = end;
      continue;
    }
    run.push(c);
  }
  close();
  return parts;
}

/** The element children of `el`, pausing after every CHILDREN_PER_STEP (a wrapper may hold 50,000 <div>s). */
function* childElementsSteps(el: Element): Steps<Element[]> {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (out.push(c) % CHILDREN_PER_STEP === 0) yield;
  return out;
}

/**
 * <br>s in one element with no block under it past which its lines are its blocks, each <br> cutting one: a
 * paragraph of so many lines is no paragraph a reader reads (a log, a data dump, a hostile page: 200,000 <br>s in
 * one <p>, 6 M characters read and weighed in one piece). The gold pages' most is 77 (double breaks, in a <div>).
 */
export const LINES_AS_BLOCKS = 1_000;

/**
 * Whether `el` holds runs (childParts): with blocks under it, a child text node that is not blank; without, a
 * double break among its children (a <br>: element children alone are visited), or 'lines' past LINES_AS_BLOCKS
 * <br>s (this is asked of every element a detection visits, most of them paragraphs with neither).
 */
export function* holdsRuns(el: Element): Steps<boolean | 'lines'> {
  let read = 0;
  if (yield* hasBlockDescendantSteps(el)) {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE && !isBlankText(c)) return true;
      if (++read % CHILDREN_PER_STEP === 0) yield;
    }
    return false;
  }
  let brs = 0;
  let double = false;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (++read % CHILDREN_PER_STEP === 0) yield;
    if (!isBr(c)) continue;
    if (++brs > LINES_AS_BLOCKS) return 'lines';
    // (a double break decides once the <br>s are counted: fewer than LINES_AS_BLOCKS, a short walk)
    double ||= !!doubleBreakEnd(c);
  }
  return double;
}

/**
 * A block's text as its nodes hold it now: its element's textContent, or its run's nodes' text (the block's
 * `text` is this as the page shows it: line-breaks.ts `sameShownText`).
 */
export function blockDomText(block: Pick<ArticleBlock, 'node' | 'run'>): string {
  return block.run ? runText(block.run) : (block.node.textContent ?? '');
}

/** The text of a run: its nodes' text, as a browser's textContent would give it. */
export function runText(run: Pick<Run, 'first' | 'last'>): string {
  return runNodes(run)
    .map((n) => textOf(n))
    .join('');
}

/** The elements (or the element) a block's kind is read from: a run's element nodes, or the block element. */
function partElements(part: Element | Run): Element[] {
  return 'parent' in part ? (runNodes(part).filter((n) => n.nodeType === ELEMENT_NODE) as Element[]) : [part];
}

/**
 * Whether an element sets its text in bold: <strong>, <b>, or an inline style of weight bold or 600 and more. A
 * class the page's stylesheet makes bold is not seen: the body reader resolves no stylesheet (nor does it for
 * hidden text, dom.ts `isHidden`), and a computed style per element would cost the content script a layout.
 */
function isBold(e: Element): boolean {
  const tag = tagOf(e);
  if (tag === 'STRONG' || tag === 'B') return true;
  const style = e.getAttribute('style');
  return !!style && BOLD_STYLE.test(style);
}
const BOLD_STYLE = /font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/i;
/** What finds the bold elements under an element: tags and inline styles that may be bold (isBold decides). */
const BOLD_SELECTOR = 'strong,b,[style*="font-weight" i]';

/** Whether a bold element stands inside another bold element below `top` (its text is counted there). */
function insideBold(e: Element, top: Element): boolean {
  for (let a = parentElementOf(e); a && a !== top; a = parentElementOf(a)) if (isBold(a)) return true;
  return false;
}

/**
 * A paragraph made only of bold text and short enough to be a sub-heading (`t`: its collapsed line). Bold
 * inside bold (an editor's <strong> around a phrase of a bold line) is counted once, in the outer one.
 */
function looksLikeBoldHeading(part: Element | Run, t: string): boolean {
  if (!t || t.length > 60) return false;
  const bold = partElements(part)
    .flatMap((e) => (isBold(e) ? [e] : safeQueryAll(e, BOLD_SELECTOR).filter((b) => isBold(b) && !insideBold(b, e))))
    .map((b) => lineOf(b))
    .join('');
  return bold.replace(/\s/g, '') === t.replace(/\s/g, '');
}

/**
 * The length of a block's bold run-in head: bold text opening the block (blank text before it aside) with text
 * that is not bold after it, "<p><strong>一是加快建设。</strong>各地要…</p>" (7), up to the plain text (blank nodes
 * after the bold included). 0 when the block opens with plain text, or is bold throughout: a paragraph set all in
 * bold is stressed as a whole, no head of its own. Offsets are the block's text's: its nodes' text, in order.
 * Read from the block's first nodes only (a paragraph opening with plain text is answered at its first text node),
 * in document order without a stack or a recursion (a page may nest elements thousands deep).
 */
export function boldLeadOf(part: Element | Run): number {
  const isRun = 'parent' in part;
  // (the block element itself is walked into, never counted as bold: a bold <p> is a bold paragraph)
  const top: Node = isRun ? part.parent : part;
  const last: Node | null = isRun ? part.last : null;
  // The node after `n` once `n` is read: its next sibling, or its ancestor's; null past the block's end.
  const after = (n: Node): Node | null => {
    for (let c: Node | null = n; c && c !== top; c = c.parentNode) {
      if (c === last) return null;
      if (c.nextSibling) return c.nextSibling;
    }
    return null;
  };
  let at = 0;
  let bold = false;
  let n: Node | null = isRun ? part.first : part.firstChild;
  while (n) {
    if (n.nodeType === TEXT_NODE) {
      const t = textOf(n);
      if (!isBlank(t)) return bold ? at : 0;
      at += t.length;
    } else if (n.nodeType === ELEMENT_NODE) {
      if (isBold(n as Element)) {
        const t = textOf(n);
        at += t.length;
        bold ||= !isBlank(t);
      } else if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
    } else if (n.parentNode === top && isRun) at += textOf(n).length; // a comment in a run's text (runText)
    n = after(n);
  }
  return 0;
}

/**
 * Numbered section heads. Not "第八条": an article of a regulation is a rule, however short; nor a numbered line
 * ending with a comma, "（三）劝阻无效的，": no heading ends so (a sentence a stray break cut, broken-sentences.ts).
 */
const NUMBERED_HEADING =
  /^(第[一二三四五六七八九十百零〇\d]+[章节部分]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|Sec(tion)?\.?\s*\d+\.)/;

/** The kind of a block element (or run) whose collapsed line is `t`, its bold run-in head `boldLead` long (boldLeadOf). */
function blockKind(part: Element | Run, t: string, boldLead: number): BlockKind {
  const tag = 'parent' in part ? '' : tagOf(part);
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'listItem';
  if (looksLikeBoldHeading(part, t)) return 'heading';
  // (a numbered line whose bold head stops inside it, "<strong>（二）明确部门职责。</strong>各部门按以下分工抓好落实：", is a
  // paragraph its head leads: the analysis reads the head as a heading, what follows as a sentence)
  if (!boldLead && NUMBERED_HEADING.test(t) && t.length <= 40 && !/[。；;！!？?，、,]$/.test(t)) return 'heading';
  return 'paragraph';
}

/**
 * Whether the links of a block stand inside a sentence: words (letters) before the first link and
 * after it, between the links or after the last ("If you are a tenant, read <a>…</a> instead.", "Fill in
 * the <a>report form</a> and email it to <a>…@…</a>.": a guide's step, dev39's one gold sentence of the
 * English golds that a block of links had hidden). A menu, a related-news entry or an attachment line is
 * links alone, or a label and links ("附件：<a>…</a>"), or links and a date or separators.
 */
function linksInsideSentence(part: Element | Run): boolean {
  let before = '';
  let after = '';
  let links = 0;
  const visit = (c: Node) => {
    if (c.nodeType === TEXT_NODE) {
      if (links) after += c.textContent ?? '';
      else before += c.textContent ?? '';
    } else if (c.nodeType === ELEMENT_NODE) {
      if (tagOf(c as Element) === 'A') links++;
      else for (let d = c.firstChild; d; d = d.nextSibling) visit(d);
    }
  };
  // A run's nodes stand as the children of one element.
  const top = 'parent' in part ? runNodes(part) : Array.from(part.childNodes);
  for (const c of top) visit(c);
  return links > 0 && LETTER.test(before) && LETTER.test(after);
}
const LETTER = /\p{L}/u;

/** A sentence's closing mark: Chinese 。！？；, or English . ! ? ; before a space or the end. */
const SENTENCE_MARK = /[。！？；]|[.!?;](?:\s|$)/;

/**
 * Whether a block is a field of a data table: a cell (a row of two cells or more, the cell holding
 * no block) whose text holds no sentence. Document pages print schedules and task lists as such
 * tables ("阶段 | 主要工作内容 | 完成时限 | 责任单位"), each cell a fragment written without a closing
 * mark; a cell that holds a sentence is prose and is read as prose. The row is not made one block:
 * a block's text is its node's text, and templates write the cells with nothing between them
 * ("12.6" and "93.2%" would read "12.693.2%").
 */
function isTableField(part: Element | Run, line: string): boolean {
  if ('parent' in part) return false;
  const el = part;
  const tag = tagOf(el);
  if (tag !== 'TD' && tag !== 'TH') return false;
  const row = parentElementOf(el);
  if (!row || tagOf(row) !== 'TR') return false;
  let cells = 0;
  for (const c of childElements(row)) if (tagOf(c) === 'TD' || tagOf(c) === 'TH') cells++;
  return cells >= 2 && !SENTENCE_MARK.test(line);
}

/** linkDensity of a run: the share of its collapsed text inside links. */
export function runLinkDensity(run: Run, line: string): number {
  let linked = 0;
  for (const n of runNodes(run)) if (n.nodeType === ELEMENT_NODE) linked += linkedChars(n as Element);
  return line.length ? Math.min(1, linked / line.length) : 0;
}

export interface BlockOptions {
  /** The article title: a heading with exactly this text is the title, not body text. */
  title?: string;
  /** Extra furniture selectors of the site adapter. */
  noiseSelectors?: readonly string[];
}

/** Blocks cut between two pauses of extractBlockSteps. */
const BLOCKS_PER_STEP = 40;
/** Elements visited between two pauses of extractBlockSteps, blocks or not. */
const ELEMENTS_PER_STEP = 400;

/**
 * Cuts the body into blocks in document order. A block is the smallest element that holds
 * text and no other block element, so its text is exactly `node.textContent`.
 */
export function extractBlocks(root: Element, options: BlockOptions = {}): { blocks: ArticleBlock[]; text: string } {
  return runSteps(extractBlockSteps(root, options));
}

/** extractBlocks, pausing after every BLOCKS_PER_STEP blocks (./steps.ts). */
export function* extractBlockSteps(
  root: Element,
  options: BlockOptions = {},
): Steps<{ blocks: ArticleBlock[]; text: string }> {
  const noise = new Set<Element>();
  for (const sel of options.noiseSelectors ?? [])
    for (const el of safeQueryAll(root, sel)) if (el !== root) noise.add(el);
  const title = options.title ? collapseSpace(options.title).replace(/\s/g, '') : '';
  const blocks: ArticleBlock[] = [];
  let offset = 0;

  // The line, noise verdict and kind of an element are remembered for the run: detection
  // extracts the body twice (once to weigh it, once with the title and noise selectors).
  const emit = function* (part: Element | Run): Steps<void> {
    const isRun = 'parent' in part;
    // A run's memo key is its first node: its parent holds other runs.
    const key: object = isRun ? part.first : part;
    const raw = isRun ? runText(part) : textOf(part);
    const text = !mayShowOtherwise(raw)
      ? raw
      : isRun
        ? yield* shownTextSteps(raw, part.parent, runNodes(part))
        : yield* shownTextSteps(raw, part, [part]);
    const line = isRun ? collapseSpace(text) : lineOf(part);
    if (!line || isNoiseBlock(key, line)) return;
    if (title && line.replace(/\s/g, '') === title) return;
    // A block made only of short links is a menu or a related-news entry, not prose; a short
    // sentence around a long link is prose (gov.uk's "If you are a tenant, read <a>…</a> instead.").
    if (
      (isRun ? runLinkDensity(part, line) : linkDensity(part)) > 0.6 &&
      contentWeight(line) < 40 &&
      !linksInsideSentence(part)
    )
      return;
    const field = isTableField(part, line);
    // (a field is no sentence, let alone one led by a head)
    const lead = field ? 0 : boldLeadOf(part);
    const block: ArticleBlock = {
      kind: memo('blockKind', key, () => blockKind(part, line, lead)),
      node: isRun ? part.parent : part,
      text,
      start: offset,
    };
    if (isRun) block.run = { first: part.first, last: part.last };
    if (field) block.field = true;
    // (a heading is a head throughout: "<h3><strong>一、</strong>总体要求</h3>")
    else if (lead && block.kind !== 'heading') block.boldLead = lead;
    blocks.push(block);
    offset += text.length + 1;
  };

  // Depth first in document order, with a stack of the elements still to visit (the walk
  // pauses between blocks).
  const stack: (Element | Run)[] = [root];
  let emitted = 0;
  let visited = 0;
  while (stack.length) {
    const el = stack.pop()!;
    if ('parent' in el) {
      yield* emit(el);
      if (++emitted % BLOCKS_PER_STEP === 0) yield;
      continue;
    }
    // Elements that make no block (wrappers, furniture, a nesting thousands deep) are walked a part at a time too.
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    const isRoot = el === root;
    if (!isRoot && (noise.has(el) || isNoiseElement(el))) continue;
    const known = partsAtOnce(el);
    const parts = known !== undefined ? known : yield* childPartsSteps(el);
    if (parts || (blocksUnderAtOnce(el) ?? (yield* hasBlockDescendantSteps(el)))) {
      const children = parts ?? (yield* childElementsSteps(el));
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    if (isRoot && SKIP_TAGS.has(tagOf(el))) continue;
    yield* emit(el);
    if (++emitted % BLOCKS_PER_STEP === 0) yield;
  }
  return { blocks, text: blocks.map((b) => b.text).join('\n') };
}
