/**
 * Article detection: decides whether a page is an article and, if so, finds its body, cuts
 * it into blocks and reads its metadata. Works on a browser Document and on a linkedom one.
 */
import type { ArticleMeta } from '@/utils/highlights/record';
import { GENERIC_ADAPTER } from './adapter-table';
import { adaptersForHost, type SiteAdapter } from './adapters';
import { BLOCK_TAGS, extractBlocks, extractBlockSteps } from './blocks';
import { blockWeight, bodyWeightSteps, findBodyByScore, isSubstantial } from './body';
import { zoneForHost } from './dates';
import {
  contains,
  domCacheRun,
  ELEMENT_NODE,
  lineOf,
  linkDensity,
  metaContent,
  pageBody,
  parentElementOf,
  safeQueryAll,
  tagOf,
  TEXT_NODE,
  textNodesSteps,
  textOf,
  withDomCache,
} from './dom';
import { findChannel } from './breadcrumb';
import { findAuthor, findSource } from './byline';
import { findEditor } from './editor';
import { findDocNumber, findIssuer } from './issuer';
import { findKeywords, findPublished, findTitle, headerZoneText, jsonLdArticle, readJsonLd } from './meta';
import { labelCellsSteps } from './label-cells';
import { collapseSpace, contentWeight, isMostlyCjk } from './text';
import type { Article, ArticleBlock } from './types';
import { runSteps, type Steps } from './steps';

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function pathOf(url: string): { path: string; search: string } {
  try {
    const u = new URL(url);
    return { path: u.pathname, search: u.search };
  } catch {
    return { path: '', search: '' };
  }
}

/** Home pages and channel index pages: never a single article. */
export function isIndexUrl(url: string): boolean {
  return isIndexPath(pathOf(url).path);
}

function isIndexPath(path: string): boolean {
  if (path === '' || path === '/') return true;
  if (/(^|\/)(index|default|home|list|more)(_\d+)?\.(s?html?|jsp|aspx?|php)$/i.test(path)) return true;
  // "/politics/" is a channel; "/briefings/2024/01/some-title/" is an article with a trailing slash.
  return path.endsWith('/') && path.split('/').filter(Boolean).length <= 2;
}

/** Search result pages. */
export function isSearchUrl(url: string): boolean {
  const { path, search } = pathOf(url);
  return isSearchPath(path, search);
}

function isSearchPath(path: string, search: string): boolean {
  return (
    /(^|[/.])(search|s|query|sousuo|jsearch|searchresult)([/.]|$)/i.test(path) ||
    /[?&](q|query|keyword|keywords|searchword|wd|kw|searchWord)=/i.test(search)
  );
}

/** Index or search page: the URL alone rules out an article (one URL parse, the commonest case first). */
export function isListingUrl(url: string): boolean {
  const { path, search } = pathOf(url);
  return (isIndexPath(path) || isSearchPath(path, search)) && !isAppArticleUrl(url, path, search);
}

/** An article view of a single-page app at an index-like path ("/lgpage/detail/index.html?id=…"). */
function isAppArticleUrl(url: string, path: string, search: string): boolean {
  const at = path + search;
  return adaptersForHost(hostnameOf(url)).some((a) => a.articleUrls?.some((re) => re.test(at)));
}

function adaptersSplit(url: string): { specific: SiteAdapter[]; generic: SiteAdapter } {
  const all = adaptersForHost(hostnameOf(url));
  return { specific: all.filter((a) => a !== GENERIC_ADAPTER), generic: GENERIC_ADAPTER };
}

/** The URL has the shape of an article on its site (or of articles on most sites). */
export function isArticleUrl(url: string): boolean {
  const { path, search } = pathOf(url);
  const { specific, generic } = adaptersSplit(url);
  return (
    [...specific, generic].some((a) => a.articlePaths.some((re) => re.test(path))) || isAppArticleUrl(url, path, search)
  );
}

/**
 * Cheap pre-check before any text analysis: true when the page is worth running
 * `detectArticle` on. Looks only at the URL, a few meta tags and the presence of elements.
 */
export function looksLikeArticle(doc: Document, url: string): boolean {
  // Most pages a portal serves are home, channel and search pages: decided before any DOM work.
  if (isListingUrl(url)) return false;
  return withDomCache(() => looksLikeArticleNow(doc, url));
}

function looksLikeArticleNow(doc: Document, url: string): boolean {
  if (isArticleUrl(url)) return true;
  const ogType = metaContent(doc, ['og:type']);
  if (ogType && /article/i.test(ogType)) return true;
  if (
    metaContent(doc, [
      'article:published_time',
      'publishdate',
      'PubDate',
      'ArticleTitle',
      'contentid',
      'firstpublishedtime',
    ])
  )
    return true;
  if (safeQueryAll(doc, 'script[type="application/ld+json"]').some((s) => /"(News)?Article"/.test(textOf(s))))
    return true;
  const { specific } = adaptersSplit(url);
  if (specific.some((a) => a.bodySelectors.slice(0, 3).some((sel) => safeQueryAll(doc, sel).length > 0))) return true;
  // Last resort: a handful of long paragraphs.
  let long = 0;
  for (const p of safeQueryAll(doc, 'p')) if (contentWeight(textOf(p)) >= 40 && ++long >= 3) return true;
  return false;
}

interface RootChoice {
  root: Element;
  /** Found by a site adapter's own selector (a strong sign the page is an article). */
  bySelector: boolean;
}

function* findRoot(doc: Document, specific: readonly SiteAdapter[], generic: SiteAdapter): Steps<RootChoice | null> {
  for (const adapter of [...specific, generic]) {
    for (const sel of adapter.bodySelectors) {
      for (const el of safeQueryAll(doc, sel)) {
        const w = yield* bodyWeightSteps(el);
        if (w.weight >= 40 && w.linkDensity < 0.4) return { root: el, bySelector: adapter !== generic };
      }
    }
  }
  const scored = findBodyByScore(doc);
  return scored ? { root: scored, bySelector: false } : null;
}

/** Text of `block` outside its nested block elements: the line the block itself prints. */
function ownLine(block: Element): string {
  let s = '';
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) s += n.textContent ?? '';
      else if (n.nodeType === ELEMENT_NODE && !BLOCK_TAGS.has(tagOf(n as Element))) walk(n as Element);
    }
  };
  walk(block);
  return collapseSpace(s);
}

/**
 * Links that stand alone as a block's whole line: the headlines of list and search pages, also
 * when a summary paragraph sits under each headline in the same list item. Articles link
 * inside sentences.
 */
function standaloneLinks(root: Element): { count: number; items: Element[] } {
  let count = 0;
  const items: Element[] = [];
  for (const a of safeQueryAll(root, 'a')) {
    const text = lineOf(a);
    // Six characters of Chinese or three English words make a headline.
    if (contentWeight(text) < (isMostlyCjk(text) ? 6 : 3)) continue;
    let block: Element | null = a.parentNode as Element | null;
    while (block && !/^(P|LI|H[1-6]|DT|DD|TD|DIV)$/.test(tagOf(block))) block = block.parentNode as Element | null;
    if (!block) continue;
    if (lineOf(block).length <= text.length + 30) count++;
    else if (ownLine(block).length <= text.length + 30) {
      // A list item printing a headline with its summary paragraph inside.
      count++;
      items.push(block);
    }
  }
  return { count, items };
}

/** A caption this short next to a video player makes a video page (in content units, see contentWeight). */
const VIDEO_CAPTION_MAX_WEIGHT = 300;
const VIDEO_CAPTION_MAX_PARAGRAPHS = 2;
/** Video players: the element itself, or the containers players are mounted in (class or id names). */
const PLAYER_SELECTORS = [
  'video',
  '[class*="player"]',
  '[id*="player"]',
  '[class*="Player"]',
  '[id*="Player"]',
  '[id*="flash"]',
  '[id*="Flash"]',
  'iframe[src*="player"]',
];

function hasPlayer(doc: Document): boolean {
  return PLAYER_SELECTORS.some((sel) => safeQueryAll(doc, sel).some((el) => !insideLink(el)));
}

/** A player inside a link is the thumbnail of another video, not this page's player. */
function insideLink(el: Element): boolean {
  for (let a: Element | null = el; a; a = parentElementOf(a)) if (tagOf(a) === 'A') return true;
  return false;
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
  const blocks = [...first.blocks, ...body.blocks.map((b) => ({ ...b, start: b.start + shift }))];
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

/** The metadata fields `deferMeta` reads on first use. */
export const DEFERRED_META_FIELDS = [
  'published',
  'source',
  'editor',
  'author',
  'keywords',
  'channel',
  'issuer',
  'docNumber',
] as const;
type DeferredField = (typeof DEFERRED_META_FIELDS)[number];
type DeferredMeta = Pick<ArticleMeta, DeferredField>;

/** The deferred metadata reads not yet finished, by the meta object they will fill. */
const pendingMeta = new WeakMap<object, (shouldStop: () => boolean) => void>();

/**
 * Reads the deferred metadata fields of `meta` (an article detected with `deferMeta`) until
 * done or until `shouldStop()` (asked between parts of the read) says so: true once the fields
 * are plain data (also when they never were deferred or were read already). A later call goes
 * on where this one stopped; reading a field meanwhile finishes the read at once. Same values
 * as a read in one go, as long as the page does not change between the calls.
 */
export function readDeferredMeta(meta: ArticleMeta, shouldStop: () => boolean): boolean {
  pendingMeta.get(meta)?.(shouldStop);
  return !pendingMeta.has(meta);
}

/**
 * Defines the deferred fields on `meta` as getters; the read (`steps`, run a part at a time
 * by readDeferredMeta, or at once on the first get) computes them all once and turns them into
 * plain data properties (an absent issuer or document number is removed, as in an eagerly
 * read meta), so copies and comparisons afterwards see an ordinary object.
 */
function deferFields(meta: ArticleMeta, steps: () => Steps<DeferredMeta>): void {
  // Its own memo run: what a stopped read has seen stays remembered for the next part.
  const run = domCacheRun();
  let reading: Steps<DeferredMeta> | null = null;
  const materialize = (values: DeferredMeta) => {
    pendingMeta.delete(meta);
    for (const field of DEFERRED_META_FIELDS) {
      const value = values[field];
      if (value === undefined) delete meta[field];
      else Object.defineProperty(meta, field, { value, writable: true, enumerable: true, configurable: true });
    }
  };
  const step = (shouldStop: () => boolean) => {
    let values: DeferredMeta | null = {};
    try {
      values = run(() => {
        reading ??= steps();
        for (;;) {
          const r = reading.next();
          if (r.done) return r.value;
          if (shouldStop()) return null;
        }
      });
    } catch {
      // A page that cannot be read leaves the fields unknown (absent), never an error later on.
      values = {};
    }
    if (values) materialize(values);
  };
  pendingMeta.set(meta, step);
  for (const field of DEFERRED_META_FIELDS) {
    Object.defineProperty(meta, field, {
      enumerable: true,
      configurable: true,
      get() {
        step(() => false);
        return meta[field];
      },
      set(value: unknown) {
        step(() => false);
        Object.defineProperty(meta, field, { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

function* detectSteps(doc: Document, url: string, options: DetectOptions): Steps<Article | null> {
  if (isListingUrl(url)) return null;
  const { specific, generic } = adaptersSplit(url);
  const choice = yield* findRoot(doc, specific, generic);
  if (!choice) return null;
  const { root } = choice;

  const items = readJsonLd(doc);
  const ld = jsonLdArticle(items);
  const title = findTitle(doc, specific, generic, ld);
  if (!title) return null;

  const noiseSelectors = [...specific, generic].flatMap((a) => a.noiseSelectors);
  const { blocks, text } = withLead(
    yield* extractBlockSteps(root, { title: title.text, noiseSelectors }),
    leadOf(doc, specific, root, title.text),
  );

  let weight = 0;
  let substantial = 0;
  for (const b of blocks) {
    const w = blockWeight(b);
    weight += w.weight;
    if (w.substantial) substantial++;
  }
  const ogType = metaContent(doc, ['og:type']);
  const strong = choice.bySelector || isArticleUrl(url) || !!ld || (!!ogType && /article/i.test(ogType));
  const enough =
    (substantial >= 2 && weight >= (strong ? 80 : 150)) || (substantial >= 1 && weight >= (strong ? 60 : 250));
  if (!enough || linkDensity(root) > 0.4) return null;
  // A video page: a player with a caption of a few sentences under it is not an article.
  if (substantial <= VIDEO_CAPTION_MAX_PARAGRAPHS && weight < VIDEO_CAPTION_MAX_WEIGHT && hasPlayer(doc)) return null;
  // A list of headlines (with or without a summary under each) is a list page, not an article.
  const { count: headlines, items: listItems } = standaloneLinks(root);
  if (headlines >= 6 && headlines * 2 >= substantial) return null;
  if (headlines >= 4) {
    // Summaries under headlines are not prose of their own.
    const prose = blocks.filter(
      (b) => isSubstantial(b.text) && !listItems.some((item) => contains(item, b.node)),
    ).length;
    if (headlines >= prose) return null;
  }

  const chinese = isMostlyCjk(text);
  /** The deferred fields; the page-wide lists the finders share are collected first, a part at a time. */
  const headline = title;
  function* readMetaSteps(): Steps<DeferredMeta> {
    yield* textNodesSteps(pageBody(doc));
    yield* labelCellsSteps(doc);
    const adapters = [...specific, generic];
    const tz = zoneForHost(hostnameOf(url), chinese);
    const zone = headerZoneText(doc, headline.el, root);
    yield;
    const source = findSource(doc, adapters, zone);
    yield;
    const published = findPublished(doc, specific, generic, ld, zone, tz);
    yield;
    const editor = findEditor(doc, adapters);
    yield;
    const author = findAuthor(doc, adapters, ld, zone, source);
    const keywords = findKeywords(doc, ld);
    yield;
    const channel = findChannel(doc, specific, generic, items, headline.text, url);
    const found: DeferredMeta = { published, source, editor, author, keywords, channel };
    const docNumber = findDocNumber(doc, root);
    const issuer = findIssuer(doc, headline.text, docNumber);
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
