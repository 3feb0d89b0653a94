/**
 * A block's text as the page shows it, at the same length (offsets still map to the text nodes): a line
 * break in the HTML source is white space the layout folds (CMSes and hand-written pages wrap their source
 * mid-sentence, "…shall\nensure that…"), read as a space; a <br> is a line break, read as one on the white
 * space beside it (sources write "<br>\n"; a <br> with no white space beside it stays unread, as before).
 * Inside <pre>, or an element styled `white-space: pre…`, the source's breaks are the page's and stay.
 */
import { continuesSentence } from './broken-sentences';
import { ancestorVerdict, ELEMENT_NODE, tagOf, TEXT_NODE } from './dom';
import type { Steps } from './steps';
import type { TextSpan } from './types';

const BREAKS = /[\r\n]/;
const SPACE = /[ \t\r\n\f]/;

/** Whether the source's line breaks show under `el`: a <pre>, or a `white-space: pre…` style, on it or above. */
function keepsSourceBreaks(el: Element): boolean {
  return ancestorVerdict('keepsSourceBreaks', el, (e) => {
    const tag = tagOf(e);
    if (tag === 'PRE' || tag === 'TEXTAREA') return true;
    if (tag === 'BODY') return false;
    const style = e.getAttribute('style');
    return style && /white-space\s*:\s*pre/i.test(style) ? true : null;
  });
}

/** Nodes walked between two pauses of breakOffsets (a paragraph may hold 200,000 <br>s). */
const NODES_PER_STEP = 2_000;

/**
 * The offsets in the nodes' joined text (textContent) where a <br> stands; null when a <pre> is inside. Walks
 * with sibling and parent links (no recursion: a paragraph may nest thousands deep), a part at a time.
 */
function* breakOffsets(nodes: readonly Node[]): Steps<number[] | null> {
  const out: number[] = [];
  let at = 0;
  let pre = false;
  let walked = 0;
  for (const top of nodes) {
    let n: Node = top;
    for (;;) {
      if (++walked % NODES_PER_STEP === 0) yield;
      if (n.nodeType === TEXT_NODE) at += (n as Text).data.length;
      else if (n.nodeType === ELEMENT_NODE) {
        const tag = tagOf(n as Element);
        if (tag === 'BR') out.push(at);
        else if (tag === 'PRE') pre = true;
        if (n.firstChild) {
          n = n.firstChild;
          continue;
        }
      }
      while (n !== top && !n.nextSibling) n = n.parentNode!;
      if (n === top) break;
      n = n.nextSibling!;
    }
  }
  return pre ? null : out;
}

/** Whether the page may show `text` otherwise than written: only a source line break can make it so. */
export const mayShowOtherwise = (text: string): boolean => BREAKS.test(text);

/**
 * `text`, the joined text of `nodes` (children of `el`, or `el` itself), as the page shows it; a part at a time
 * (./steps.ts). Built from slices between the breaks, not a character array (a block may be megabytes long).
 */
export function* shownTextSteps(text: string, el: Element, nodes: readonly Node[]): Steps<string> {
  if (!mayShowOtherwise(text) || keepsSourceBreaks(el)) return text;
  const brs = yield* breakOffsets(nodes);
  if (!brs) return text;
  const spaced = text.replace(/[\r\n]/g, ' ');
  // The white space each read <br> stands on. Offsets only grow, so each break's position is at or after the
  // one before (equal when two <br>s touch).
  const ats: number[] = [];
  for (const b of brs) {
    const at = b < text.length && SPACE.test(text.charAt(b)) ? b : b > 0 && SPACE.test(text.charAt(b - 1)) ? b - 1 : -1;
    if (at >= (ats.length ? ats.at(-1)! + 1 : 0)) ats.push(at);
  }
  let out = '';
  let from = 0;
  for (const [i, at] of ats.entries()) {
    if (i % NODES_PER_STEP === NODES_PER_STEP - 1) yield;
    // A single <br> inside a sentence its line leaves open (a CMS wrapping its editor's lines: "…加强监测，<br>
    // 及时发布预警。", "…will work with the<br>Department…") is read as a space, as broken-sentences.ts reads a
    // stray paragraph break: the sentence stays whole.
    // (Each line read once: the one before this <br> and the one after it, not the lines joined so far.)
    const line = spaced.slice(i ? ats[i - 1]! + 1 : 0, at);
    if (continuesSentence(line, spaced.slice(at + 1, ats[i + 1] ?? spaced.length))) continue;
    out += `${spaced.slice(from, at)}\n`;
    from = at + 1;
  }
  return out + spaced.slice(from);
}

/**
 * Whether two texts of a block are the same but for the line breaks read as spaces (shownText) and, when the block
 * has them, its asides (a figure inside its sentence, read as white space: ArticleBlock `asides`).
 */
export function sameShownText(a: string, b: string, asides?: readonly TextSpan[]): boolean {
  if (a.length !== b.length) return false;
  if (asides?.length) [a, b] = [blankSpans(a, asides), blankSpans(b, asides)];
  return a === b || a.replace(/[\r\n]/g, ' ') === b.replace(/[\r\n]/g, ' ');
}

/** `text` with each span's characters read as spaces (same length; the spans in order). */
export function blankSpans(text: string, spans: readonly TextSpan[]): string {
  let out = '';
  let from = 0;
  for (const s of spans) {
    const start = Math.max(from, Math.min(s.start, text.length));
    const end = Math.max(start, Math.min(s.end, text.length));
    out += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return out + text.slice(from);
}
