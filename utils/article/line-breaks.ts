/**
 * A block's text as the page shows it, at the same length (offsets still map to the text nodes): a line
 * break in the HTML source is white space the layout folds (CMSes and hand-written pages wrap their source
 * mid-sentence, "…shall\nensure that…"), read as a space; a <br> is a line break, read as one on the white
 * space beside it (sources write "<br>\n"; a <br> with no white space beside it stays unread, as before).
 * Inside <pre>, or an element styled `white-space: pre…`, the source's breaks are the page's and stay.
 */
import { ELEMENT_NODE, tagOf, TEXT_NODE } from './dom';

const BREAKS = /[\r\n]/;
const SPACE = /[ \t\r\n\f]/;

/** Whether the source's line breaks show under `el`: a <pre>, or a `white-space: pre…` style, on it or above. */
function keepsSourceBreaks(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = tagOf(e);
    if (tag === 'PRE' || tag === 'TEXTAREA') return true;
    if (tag === 'BODY') return false;
    const style = e.getAttribute('style');
    if (style && /white-space\s*:\s*pre/i.test(style)) return true;
  }
  return false;
}

/** The offsets in the nodes' joined text (textContent) where a <br> stands; null when a <pre> is inside. */
function breakOffsets(nodes: readonly Node[]): number[] | null {
  const out: number[] = [];
  let at = 0;
  let pre = false;
  const walk = (n: Node) => {
    if (n.nodeType === TEXT_NODE) at += (n as Text).data.length;
    else if (n.nodeType === ELEMENT_NODE) {
      const tag = tagOf(n as Element);
      if (tag === 'BR') out.push(at);
      else if (tag === 'PRE') pre = true;
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  for (const n of nodes) walk(n);
  return pre ? null : out;
}

/** `text`, the joined text of `nodes` (children of `el`, or `el` itself), as the page shows it. */
export function shownText(text: string, el: Element, nodes: readonly Node[]): string {
  if (!BREAKS.test(text) || keepsSourceBreaks(el)) return text;
  const brs = breakOffsets(nodes);
  if (!brs) return text;
  const out = text.replace(/[\r\n]/g, ' ').split('');
  for (const b of brs) {
    if (b < text.length && SPACE.test(text.charAt(b))) out[b] = '\n';
    else if (b > 0 && SPACE.test(text.charAt(b - 1))) out[b - 1] = '\n';
  }
  return out.join('');
}

/** Whether two texts of a block are the same but for the line breaks read as spaces (shownText). */
export function sameShownText(a: string, b: string): boolean {
  return a.length === b.length && (a === b || a.replace(/[\r\n]/g, ' ') === b.replace(/[\r\n]/g, ' '));
}
