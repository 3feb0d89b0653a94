/**
 * Finding the article body: the generic scorer, and the weight of a candidate's prose. Its blocks
 * are cut in blocks.ts, its furniture told in furniture.ts.
 *
 * Why not `@mozilla/readability`'s `isProbablyReaderable`: it scores nodes by UTF-16 length
 * (`textContent.length`), which treats 140 Chinese characters like 140 English letters, it
 * ignores link density (a Chinese portal's home page, full of headline links in <p> and <li>,
 * passes), and its unlikely-candidate regexes are tuned for English class names. The scorer
 * below counts CJK characters and Latin words as units of content and discounts links.
 */
import type { ArticleBlock } from './types';
import {
  blocksUnderAtOnce,
  childPartsSteps,
  extractBlockSteps,
  hasBlockDescendantSteps,
  holdsRuns,
  partsAtOnce,
  runLinkDensity,
  runText,
} from './blocks';
import { lineOf, linkDensity, memo, parentElementOf, safeQueryAll, tagOf } from './dom';
import { insideNoise } from './furniture';
import { type Steps } from './steps';
import { collapseSpace, countCjk, countLatinWords } from './text';

/** Whether a block counts as a real paragraph of prose when judging if a page is an article. */
export function isSubstantial(text: string): boolean {
  return countCjk(text) >= 20 || countLatinWords(text) >= 15;
}

/**
 * A block's contentWeight and whether it isSubstantial, counted in one pass over its text and
 * remembered during a detection run (the body is weighed, then judged, block by block).
 */
export function blockWeight(block: Pick<ArticleBlock, 'node' | 'text' | 'run'>): {
  weight: number;
  substantial: boolean;
} {
  return memo('blockWeight', block.run?.first ?? block.node, () => {
    const cjk = countCjk(block.text);
    const words = countLatinWords(block.text);
    return { weight: cjk + words, substantial: cjk >= 20 || words >= 15 };
  });
}

function paragraphWeight(text: string): number {
  const cjk = countCjk(text);
  const words = countLatinWords(text);
  if (cjk < 12 && words < 10) return 0;
  return 1 + Math.min(3, (cjk + words * 1.5) / 60);
}

/** Candidates, and a wrapper's paragraphs, weighed between two pauses of findBodyByScoreSteps. */
const WEIGHED_PER_STEP = 200;

/**
 * Generic body finder: every paragraph-like element with enough text gives points to its
 * parent (full), grandparent (half) and great-grandparent (a third); a container's score is
 * then discounted by its link density. Furniture containers never score. A part at a time
 * (./steps.ts): a page may hold 50,000 candidates.
 */
export function* findBodyByScoreSteps(doc: Document): Steps<Element | null> {
  const scores = new Map<Element, number>();
  const give = (from: Element | null, weight: number) => {
    let ancestor = from;
    for (const share of [1, 0.5, 1 / 3]) {
      if (!ancestor || tagOf(ancestor) === 'BODY' || tagOf(ancestor) === 'HTML') break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + weight * share);
      ancestor = parentElementOf(ancestor);
    }
  };
  const candidates = safeQueryAll(doc, 'p, pre, td, div, section, li, blockquote');
  let weighed = 0;
  for (const el of candidates) {
    if (++weighed % WEIGHED_PER_STEP === 0) yield;
    const tag = tagOf(el);
    // Paragraphs as text of a wrapper's own (between double breaks, beside its blocks) count as the
    // paragraphs they are, to the wrapper itself.
    // A <p> is one paragraph (its double breaks too), unless it holds so many lines that they are its blocks.
    const known =
      tag === 'P' || tag === 'PRE' ? ((yield* holdsRuns(el)) === 'lines' ? undefined : null) : partsAtOnce(el);
    const parts = known !== undefined ? known : yield* childPartsSteps(el);
    if (parts) {
      if (insideNoise(el)) continue;
      for (const part of parts) {
        if (!('parent' in part)) continue;
        if (++weighed % WEIGHED_PER_STEP === 0) yield;
        const line = collapseSpace(runText(part));
        const weight = paragraphWeight(line);
        if (weight && runLinkDensity(part, line) <= 0.5) give(el, weight);
      }
      continue;
    }
    if (tag !== 'P' && tag !== 'PRE' && (blocksUnderAtOnce(el) ?? (yield* hasBlockDescendantSteps(el)))) continue; // containers are scored through children
    const text = lineOf(el);
    const weight = paragraphWeight(text);
    if (!weight || linkDensity(el) > 0.5) continue;
    if (insideNoise(el)) continue;
    give(parentElementOf(el), weight);
  }
  return bestScored(scores);
}

/**
 * The container whose score, discounted by its link density, is highest (the first given points among
 * equals). Its link density reads all its text: containers are taken by score, highest first, and those
 * that cannot reach the best so far are not read (a page nested 5,000 deep scores 5,000 containers alike).
 */
function bestScored(scores: Map<Element, number>): Element | null {
  // Stable: equal scores keep the order they were first given points in.
  const byScore = [...scores].map(([el, score], order) => ({ el, score, order })).sort((a, b) => b.score - a.score);
  let best: { el: Element; final: number; order: number } | null = null;
  for (const { el, score, order } of byScore) {
    // final ≤ score: this one and all after it can at best tie, and a tie goes to the one given points first.
    if (best && (score < best.final || (score === best.final && order > best.order))) break;
    const final: number = score * (1 - linkDensity(el));
    if (final > (best?.final ?? 0) || (best && final === best.final && order < best.order)) best = { el, final, order };
  }
  return best?.el ?? null;
}

/** Enough prose to be an article body (used for adapter selectors that may hit an empty shell). */
export function* bodyWeightSteps(el: Element): Steps<{ weight: number; paragraphs: number; linkDensity: number }> {
  const { blocks } = yield* extractBlockSteps(el);
  let weight = 0;
  let paragraphs = 0;
  for (const b of blocks) {
    const w = blockWeight(b);
    weight += w.weight;
    if (w.substantial) paragraphs++;
  }
  return { weight, paragraphs, linkDensity: linkDensity(el) };
}
