/**
 * Article detection: decides whether a page is an article and, if so, finds its body, cuts
 * it into blocks and reads its metadata. Works on a browser Document and on a linkedom one.
 */
import type { ArticleMeta } from '@/utils/highlights/record';
import type { SiteAdapter } from './adapters';
import { extractBlocks, extractBlockSteps } from './blocks';
import { joinBrokenSentenceSteps } from './broken-sentences';
import { blockWeight, bodyWeightSteps, findBodyByScoreSteps } from './body';
import { findChannel } from './breadcrumb';
import { findAuthor, findSource } from './byline';
import { zoneForHost } from './time-zones';
import { deferFields, type DeferredMeta } from './deferred-meta';
import {
  contains,
  domCacheRun,
  lineOf,
  linkDensity,
  metaContent,
  pageBody,
  safeQueryAll,
  textOf,
  withDomCache,
} from './dom';
import { lastTextNodes, textNodesSteps } from './text-nodes';
import { findEditor } from './editor';
import { withImageLabel } from './field-text';
import { findDocNumber, findIssuer } from './issuer';
import { labelCellsSteps } from './label-cells';
import { isHeadlineList, isVideoPage } from './list-and-video';
import {
  findKeywords,
  findPublished,
  findTitle,
  headerZoneNodes,
  jsonLdArticle,
  linesAboveTitle,
  nodesAboveTitle,
  readJsonLd,
} from './meta';
import { adaptersSplit, hostnameOf, isArticleUrl, isListingUrl } from './page-url';
import { beyondAnyArticleSteps } from './page-size';
import { runSteps, type Steps } from './steps';
import { collapseSpace, isMostlyCjk } from './text';
import type { Article, ArticleBlock } from './types';

/** Blocks weighed between two pauses (their text counted: a page of 100,000 blocks is weighed in parts). */
const WEIGHED_PER_STEP = 400;

/** The least weight of an article's body where the page's address or markup says it is one (`enough` below). */
const LEAST_ARTICLE_WEIGHT = 80;

interface RootChoice {
  root: Element;
  /** Found by a site adapter's own selector (a strong sign the page is an article). */
  bySelector: boolean;
}

function* findRoot(doc: Document, specific: readonly SiteAdapter[], generic: SiteAdapter): Steps<RootChoice | null> {
  // A site adapter's thin match (one paragraph at most: a title column), weighed against the scorer's body.
  let thinChoice: { root: Element; bySelector: boolean; weight: number } | null = null;
  adapters: for (const adapter of [...specific, generic]) {
    const bySelector = adapter !== generic;
    for (const sel of adapter.bodySelectors) {
      // A match with one paragraph may be a column holding the title and its lead only, the body in a later
      // column of the same class (gov.uk's "main .govuk-grid-column-two-thirds"): kept while the selector's
      // other matches outside it are weighed, the heaviest taken; a match with two paragraphs is taken at once,
      // unless lighter than the least an article weighs: the title and its info line in a box of the body's class
      // (people.cn's first ".rm_txt_con", its date line lengthened by a share bar, weighs 47 in 2 "paragraphs").
      let thin: { el: Element; weight: number } | null = null;
      for (const el of safeQueryAll(doc, sel)) {
        if (thin && contains(thin.el, el)) continue;
        const w = yield* bodyWeightSteps(el);
        if (w.weight < 40 || w.linkDensity >= 0.4) continue;
        if (w.paragraphs >= 2 && w.weight >= LEAST_ARTICLE_WEIGHT && (!thin || w.weight > thin.weight))
          return { root: el, bySelector };
        if (!thin || w.weight > thin.weight) thin = { el, weight: w.weight };
      }
      if (thin && !bySelector) return { root: thin.el, bySelector };
      if (thin) {
        thinChoice = { root: thin.el, bySelector, weight: thin.weight };
        break adapters;
      }
    }
  }
  const scored = yield* findBodyByScoreSteps(doc);
  // The body in a wrapper the adapter's selector no longer names (a template that drops the class of its body
  // column, keeping it on the title's): the scorer's body, when it is apart from the thin match and holds two
  // paragraphs or more; else the thin match, as before.
  if (thinChoice && scored && !contains(scored, thinChoice.root) && !contains(thinChoice.root, scored)) {
    const w = yield* bodyWeightSteps(scored);
    if (w.paragraphs >= 2 && w.weight > thinChoice.weight && w.linkDensity < 0.4)
      return { root: scored, bySelector: true };
  }
  if (thinChoice) return { root: thinChoice.root, bySelector: thinChoice.bySelector };
  return scored ? { root: scored, bySelector: false } : null;
}

/**
 * The summary a template prints above the body and outside it (gov.uk's lead paragraph): the
 * first block of the article, as readers see it.
 */
function leadOf(doc: Document, specific: readonly SiteAdapter[], root: Element, title: string): Element | null {
  for (const a of specific)
    for (const sel of a.leadSelectors ?? [])
      for (const el of safeQueryAll(doc, sel))
        if (!contains(root, el) && !contains(el, root) && lineOf(el) !== title) return el;
  return null;
}

/** The body's blocks with the lead's in front (offsets into the joined text moved along). */
function withLead(body: { blocks: ArticleBlock[]; text: string }, lead: Element | null) {
  if (!lead) return body;
  const first = extractBlocks(lead);
  if (!first.blocks.length) return body;
  const shift = first.text.length + 1;
  const summary = first.blocks.map((b) => ({ ...b, summary: true as const }));
  const blocks = [...summary, ...body.blocks.map((b) => ({ ...b, start: b.start + shift }))];
  return { blocks, text: body.blocks.length ? `${first.text}\n${body.text}` : first.text };
}

export interface DetectOptions {
  /**
   * Read the metadata other than title and language (date, source, editor, author, keywords,
   * channel, issuer, document number) only when one of those fields is first read. Painting
   * needs only the body, and reading these fields is about half of a cold detection (~7 ms
   * of ~16 ms on the seed in Chromium): the content script paints first and reads them after.
   * The values are the same either way as long as the page has not changed in between.
   */
  deferMeta?: boolean;
}

/** Returns the article of the page, or null when the page is not a single article. */
export function detectArticle(doc: Document, url: string, options: DetectOptions = {}): Article | null {
  return withDomCache(() => runSteps(detectSteps(doc, url, options)));
}

/** A detection run a part at a time (detectArticleSliced). */
export interface ArticleDetection {
  /**
   * Detects until done or until `shouldStop()` (asked between parts of the body) says so:
   * the outcome once done (`article` null for a page that is not an article), else null.
   */
  step(shouldStop: () => boolean): { article: Article | null } | null;
}

/**
 * detectArticle spread over several calls, so that a caller can give the page its turn in
 * between on a long page. Same outcome as detectArticle as long as the page does not change
 * between the calls (what was read stays remembered for the run, as within one detectArticle).
 */
export function detectArticleSliced(doc: Document, url: string, options: DetectOptions = {}): ArticleDetection {
  const run = domCacheRun();
  const steps = detectSteps(doc, url, options);
  return {
    step: (shouldStop) =>
      run(() => {
        for (;;) {
          const r = steps.next();
          if (r.done) return { article: r.value };
          if (shouldStop()) return null;
        }
      }),
  };
}

function* detectSteps(doc: Document, url: string, options: DetectOptions): Steps<Article | null> {
  if (isListingUrl(url) || (yield* beyondAnyArticleSteps(doc))) return null;
  const { specific, generic } = adaptersSplit(url);
  const choice = yield* findRoot(doc, specific, generic);
  if (!choice) return null;
  const { root } = choice;

  const items = readJsonLd(doc);
  const ld = jsonLdArticle(items);
  const title = findTitle(doc, specific, generic, ld);
  if (!title) return null;

  const noiseSelectors = [...specific, generic].flatMap((a) => a.noiseSelectors);
  const read = withLead(
    yield* extractBlockSteps(root, { title: title.text, noiseSelectors }),
    leadOf(doc, specific, root, title.text),
  );

  let weight = 0;
  let substantial = 0;
  for (const [i, b] of read.blocks.entries()) {
    if (i % WEIGHED_PER_STEP === WEIGHED_PER_STEP - 1) yield; // a page may cut into 100,000 blocks
    const w = blockWeight(b);
    weight += w.weight;
    if (w.substantial) substantial++;
  }
  const ogType = metaContent(doc, ['og:type']);
  const strong = choice.bySelector || isArticleUrl(url) || !!ld || (!!ogType && /article/i.test(ogType));
  const enough =
    (substantial >= 2 && weight >= (strong ? LEAST_ARTICLE_WEIGHT : 150)) ||
    (substantial >= 1 && weight >= (strong ? 60 : 250));
  if (!enough || linkDensity(root) > 0.4) return null;
  if (isVideoPage(doc, substantial, weight) || isHeadlineList(root, read.blocks, substantial)) return null;
  // (weighed and judged as the page cuts its paragraphs; read with each sentence a stray break cut made whole)
  const { blocks, text } = yield* joinBrokenSentenceSteps(read);

  const chinese = isMostlyCjk(text);
  /** The deferred fields; the page-wide lists the finders share are collected first, a part at a time. */
  const headline = title;
  function* readMetaSteps(): Steps<DeferredMeta> {
    yield* textNodesSteps(pageBody(doc));
    yield* labelCellsSteps(doc);
    const adapters = [...specific, generic];
    const tz = zoneForHost(hostnameOf(url), chinese);
    const zoneNodes = headerZoneNodes(doc, headline.el, root);
    const zone = zoneNodes.map(withImageLabel);
    yield;
    const source = findSource(doc, adapters, zone, zoneNodes, () => linesAboveTitle(doc, headline.el), headline.text);
    yield;
    const published = findPublished(doc, specific, generic, ld, zone, tz, url, [
      // news.cn prints its date line, split over elements, just above the headline
      ...nodesAboveTitle(doc, headline.el, 8),
      ...zoneNodes,
    ]);
    yield;
    const editor = findEditor(doc, adapters);
    yield;
    const author = findAuthor(
      doc,
      adapters,
      ld,
      zone,
      source,
      blocks.at(-1)?.text,
      lastTextNodes(root, 6).map((n) => collapseSpace(textOf(n))),
      blocks
        .filter((b) => !b.summary)
        .slice(0, 3)
        .map((b) => b.text),
    );
    const keywords = findKeywords(doc, ld);
    yield;
    const channel = findChannel(doc, specific, generic, items, headline.text, url, headline.el);
    const found: DeferredMeta = { published, source, editor, author, keywords, channel };
    const docNumber = findDocNumber(doc, root);
    const issuer = findIssuer(doc, headline.text, docNumber, root);
    if (issuer) found.issuer = issuer;
    if (docNumber) found.docNumber = docNumber;
    return found;
  }
  const base = { title: title.text, language: chinese ? 'zh' : 'en', url };
  let meta: ArticleMeta & { url: string };
  if (options.deferMeta) {
    meta = base;
    deferFields(meta, readMetaSteps);
  } else {
    const { published, source, editor, author, keywords, channel, ...optional } = yield* readMetaSteps();
    // The eager object keeps its historical key order (title first, url last).
    meta = { title: base.title, published, source, editor, author, keywords, channel, language: base.language, url };
    Object.assign(meta, optional);
  }
  return { meta, root, blocks, text };
}
