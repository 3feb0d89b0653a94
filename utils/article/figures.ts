/**
 * A figure standing inside a sentence: a picture inserted at the editor's caret cuts the paragraph in two,
 * "…各地要加强监测，</p><p><img></p><p class="pictext">图为…（记者 … 摄）</p><p>及时发布预警。" (news CMSes and
 * WeChat-style editors insert a picture and its caption so). broken-sentences.ts reads the sentence whole across
 * it and sets the caption aside: in the joined block the figure's text reads as white space (ArticleBlock `asides`),
 * and the caption stays a block of its own after the sentence.
 *
 * Told from the markup alone. A picture holder: an <img>, <picture>, <svg> or <video>, a <figure> holding one, or an
 * element holding one and no text (<p style="text-align:center"><img></p>), or one and a short caption when its
 * class or alignment says it is a figure. Right after a picture holder at most one caption: a <figcaption>, an
 * element whose class names a caption ("pictext", "pic-desc", "image-caption"), a centred line, or a line opened or
 * closed as captions are ("图为…", "资料图：…", "…摄）", "(Photo: …)"); short in every case. (The 70 figures of the
 * fixtures that stand between paragraphs are all so: a centred or classed picture paragraph, then a centred or
 * classed caption of at most ~60 characters.)
 */
import { ELEMENT_NODE, lineOf, tagOf, TEXT_NODE, textOf } from './dom';
import { contentWeight, isBlank } from './text';

/** Elements that show a picture. */
const PICTURE_TAGS: ReadonlySet<string> = new Set(['IMG', 'PICTURE', 'SVG', 'VIDEO']);
const PICTURE_SELECTOR = 'img, picture, svg, video';
/** A caption is short: the fixtures' longest is ~60 characters; a paragraph of prose is longer. */
const CAPTION_MAX_WEIGHT = 100;
/** Characters (white space and all) past which a text is not weighed as a caption's. */
const CAPTION_MAX_CHARS = 2_000;
/** Class or id words of a figure or its caption ("pictext", "pic-desc", "m-caption", "img_title", "tpsm" 图片说明). */
const FIGURE_NAME = /caption|pic|photo|img|image|figure|tpsm|tushuo/i;
/** A caption's opening ("图为…", "资料图：…", "（图）") or closing credit ("…记者 李明 摄）", "(Photo: Press Office)"). */
const CAPTION_WORDS =
  /^(?:图为|图：|图片：|资料图|[（(]图)|摄\s*[）)]?$|[(（]\s*(?:photo|image|picture|credit)[^)）]*[)）]$|^(?:photo|image|picture)\s*:/i;
/** Most figures a sentence is read across (a picture and its caption each count one). */
const MAX_PARTS = 6;

function nameOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

function centred(el: Element): boolean {
  if (tagOf(el) === 'CENTER') return true;
  if ((el.getAttribute('align') ?? '').toLowerCase() === 'center') return true;
  return /text-align\s*:\s*center/i.test(el.getAttribute('style') ?? '');
}

/** Whether `el` shows a picture and at most a caption (see the file's comment). */
export function isPictureHolder(el: Element): boolean {
  const tag = tagOf(el);
  if (PICTURE_TAGS.has(tag)) return true;
  // The text first: a long one is no figure, and its subtree is not searched for a picture.
  const text = textOf(el);
  const blank = isBlank(text);
  if (!blank && (text.length > CAPTION_MAX_CHARS || contentWeight(text) > CAPTION_MAX_WEIGHT)) return false;
  if (!el.querySelector(PICTURE_SELECTOR)) return false;
  return blank || tag === 'FIGURE' || FIGURE_NAME.test(nameOf(el)) || centred(el);
}

/** Whether `el`, standing right after a picture holder, is its caption (see the file's comment). */
export function isCaption(el: Element): boolean {
  const text = textOf(el);
  if (text.length > CAPTION_MAX_CHARS) return false;
  const line = lineOf(el);
  if (!line || contentWeight(line) > CAPTION_MAX_WEIGHT || el.querySelector(PICTURE_SELECTOR)) return false;
  return tagOf(el) === 'FIGCAPTION' || FIGURE_NAME.test(nameOf(el)) || centred(el) || CAPTION_WORDS.test(line);
}

/**
 * The figure right after `el` among its siblings: its parts (picture holders, each with at most one caption after
 * it) and the element after them. Null when no picture stands there, or anything else does (text, another element).
 * White space and <br>s between the parts are passed over.
 */
export function figureAfter(el: Element): { parts: Element[]; next: Element } | null {
  const parts: Element[] = [];
  let captioned = true;
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      if (isBlank(textOf(n))) continue;
      return null;
    }
    if (n.nodeType !== ELEMENT_NODE) continue;
    const e = n as Element;
    if (tagOf(e) === 'BR') continue;
    if (parts.length < MAX_PARTS && isPictureHolder(e)) {
      parts.push(e);
      captioned = false;
      continue;
    }
    if (parts.length < MAX_PARTS && !captioned && isCaption(e)) {
      parts.push(e);
      captioned = true;
      continue;
    }
    return parts.length ? { parts, next: e } : null;
  }
  return null;
}
