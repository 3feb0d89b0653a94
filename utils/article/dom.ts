/**
 * DOM helpers limited to what both a browser Document and a linkedom Document support:
 * querySelector(All), children/childNodes, textContent, getAttribute, tagName. No layout,
 * no innerText, no TreeWalker.
 */
import { buildIndex, selectAll } from './select';
import type { Steps } from './steps';
import { collapseSpace } from './text';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/**
 * Memo tables for one detection run. The page does not change while `detectArticle` runs, so
 * text, query results and per-element figures are computed once instead of once per finder
 * (linkedom recomputes `textContent` by walking the subtree and compiles a selector on every
 * query). Outside `withDomCache` every helper reads the live DOM.
 */
interface DomCache {
  text: WeakMap<Node, string>;
  queries: WeakMap<object, Map<string, Element[]>>;
  memos: Map<string, WeakMap<object, unknown>>;
}
let cache: DomCache | null = null;

const newCache = (): DomCache => ({ text: new WeakMap(), queries: new WeakMap(), memos: new Map() });

/** Runs `fn` with the memo tables on (nested calls share the outer tables). */
export function withDomCache<T>(fn: () => T): T {
  if (cache) return fn();
  cache = newCache();
  try {
    return fn();
  } finally {
    cache = null;
  }
}

/**
 * A memo run spread over several calls: each call of the returned function runs `fn` with the
 * same tables (a detection sliced over several tasks keeps what it has read). Its caller
 * answers for the page not changing in between, as for one `withDomCache` run.
 */
export function domCacheRun(): <T>(fn: () => T) => T {
  const mine = newCache();
  return (fn) => {
    const outer = cache;
    cache = mine;
    try {
      return fn();
    } finally {
      cache = outer;
    }
  };
}

/** `memo` of work that can pause: its steps run (a part at a time) only when nothing is remembered yet. */
export function* memoSteps<K extends object, V>(table: string, key: K, steps: (key: K) => Steps<V>): Steps<V> {
  const known = cache?.memos.get(table);
  if (known?.has(key)) return known.get(key) as V;
  const v = yield* steps(key);
  return memo(table, key, () => v);
}

/** The memo table `table` of the current run (null outside a run), for a walk that fills it itself. */
export function memoTable<K extends object, V>(table: string): WeakMap<K, V> | null {
  if (!cache) return null;
  let m = cache.memos.get(table);
  if (!m) cache.memos.set(table, (m = new WeakMap()));
  return m as WeakMap<K, V>;
}

/** `compute(key)`, remembered per key under `table` while a `withDomCache` run lasts. */
export function memo<K extends object, V>(table: string, key: K, compute: (key: K) => V): V {
  if (!cache) return compute(key);
  let m = cache.memos.get(table);
  if (!m) cache.memos.set(table, (m = new WeakMap()));
  if (m.has(key)) return m.get(key) as V;
  const v = compute(key);
  m.set(key, v);
  return v;
}

/**
 * Whether `el` or an element above it says so: `verdict(e)` decides for `e` (true or false) or passes the
 * question to its parent (null); nothing decided at the top is false. Each element's answer is remembered
 * for the run, so asking it of every element of a page nested thousands deep walks each link once, not once
 * per element below it.
 */
export function ancestorVerdict(table: string, el: Element, verdict: (e: Element) => boolean | null): boolean {
  const chain: Element[] = [];
  let answer = false;
  for (let e: Element | null = el; e; e = parentElementOf(e)) {
    const known = cache?.memos.get(table)?.get(e) as boolean | undefined;
    if (known !== undefined) {
      answer = known;
      break;
    }
    const v = verdict(e);
    if (v !== null) {
      answer = v;
      chain.push(e);
      break;
    }
    chain.push(e);
  }
  // Every element walked gets the answer found above it (or its own, for the last one).
  for (const e of chain) memo(table, e, () => answer);
  return answer;
}

export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  // A text node's text is its own data: read in place, not remembered (the metadata finders
  // go through every text node of the page, and a WeakMap entry each cost more than the read).
  if (!cache || node.nodeType === TEXT_NODE) return node.textContent ?? '';
  let t = cache.text.get(node);
  if (t === undefined) {
    t = node.textContent ?? '';
    cache.text.set(node, t);
  }
  return t;
}

/** `collapseSpace(textOf(node))`, remembered during a `withDomCache` run. */
export function lineOf(node: Node | null | undefined): string {
  if (!node) return '';
  return memo('lineOf', node, (n) => collapseSpace(textOf(n)));
}

/** Collapsed text of the first matching element that has any text, or null. */
export function firstText(root: ParentNode, selectors: readonly string[]): { el: Element; text: string } | null {
  for (const sel of selectors) {
    for (const el of safeQueryAll(root, sel)) {
      const text = lineOf(el);
      if (text) return { el, text };
    }
  }
  return null;
}

/**
 * Who answers the selectors of a `withDomCache` run:
 * - 'indexed': our own engine over a one-pass index of the page (./select). Pays off where
 *   querySelectorAll is written in JavaScript (linkedom compiles the selector and walks the
 *   whole tree on every call).
 * - 'native': the document's own querySelectorAll. A browser's is native code, faster than
 *   any index built in JavaScript, above all in a content script's cold first run (building
 *   and matching the index cost ~5 ms of the seed's ~16 ms detection in Chromium).
 * - 'auto' (the default): 'native' when the document's querySelectorAll is native code.
 * Both answer the adapters' selectors alike (tests/unit/article/query-engine.test.ts).
 */
export type QueryEngine = 'indexed' | 'native' | 'auto';
let queryEngine: QueryEngine = 'auto';

/** Chooses the query engine of later detection runs (tests compare the two). */
export function setQueryEngine(engine: QueryEngine): void {
  queryEngine = engine;
}

function hasNativeQueries(doc: Document): boolean {
  return memo('nativeQueries', doc, (d) => {
    try {
      const query: unknown = Reflect.get(d, 'querySelectorAll');
      return typeof query === 'function' && /\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(query));
    } catch {
      return false;
    }
  });
}

function useIndex(doc: Document): boolean {
  return queryEngine === 'indexed' || (queryEngine === 'auto' && !hasNativeQueries(doc));
}

/** querySelectorAll that treats a selector the engine cannot parse as matching nothing. */
export function safeQueryAll(root: ParentNode, selector: string): readonly Element[] {
  let perRoot: Map<string, Element[]> | undefined;
  if (cache) {
    perRoot = cache.queries.get(root);
    if (!perRoot) cache.queries.set(root, (perRoot = new Map<string, Element[]>()));
    const hit = perRoot.get(selector);
    if (hit) return hit;
  }
  let found: Element[] | null = null;
  if (cache) {
    const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
    if (doc && useIndex(doc)) found = selectAll(memo('pageIndex', doc, buildIndex), root, selector);
  }
  if (!found) {
    try {
      found = Array.from(root.querySelectorAll(selector));
    } catch {
      found = [];
    }
  }
  perRoot?.set(selector, found);
  return found;
}

export function childElements(el: Element): Element[] {
  // The element siblings, not childNodes.forEach: a browser builds a live NodeList and calls
  // back once per node, text nodes included (a long page's detection spent ~6 ms here).
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

export function nextElement(el: Element): Element | null {
  let n = el.nextSibling;
  while (n && n.nodeType !== ELEMENT_NODE) n = n.nextSibling;
  return (n as Element | null) ?? null;
}

export function parentElementOf(el: Element): Element | null {
  const p = el.parentNode;
  return p && p.nodeType === ELEMENT_NODE ? (p as Element) : null;
}

/** Class and id tokens, lower-cased, split on spaces, dashes and underscores. */
export function nameTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/[\s_-]+/).filter(Boolean);
}

/** Class and id words as written (not split on dashes), lower-cased. */
export function nameWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/\s+/).filter(Boolean);
}

/** Length of the text inside links, relative to all text: 1 for a menu, near 0 for prose. */
export function linkDensity(el: Element): number {
  return memo('linkDensity', el, computeLinkDensity);
}

function computeLinkDensity(el: Element): number {
  const total = lineOf(el).length;
  return total ? Math.min(1, linkedChars(el) / total) : 0;
}

/** Characters of `el`'s collapsed text inside links (all of it for a link). */
export function linkedChars(el: Element): number {
  if (tagOf(el) === 'A') return lineOf(el).length;
  let linked = 0;
  for (const a of safeQueryAll(el, 'a')) linked += lineOf(a).length;
  return linked;
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

export function contains(ancestor: Node, node: Node): boolean {
  let n: Node | null = node;
  while (n) {
    if (n === ancestor) return true;
    n = n.parentNode;
  }
  return false;
}

/** `doc.body` (else the root element), looked up once per detection run: linkedom searches the tree for it. */
export function pageBody(doc: Document): Element {
  return memo('pageBody', doc, (d) => d.body ?? d.documentElement);
}

/** The page's <meta> tags as lower-cased key (name, property or itemprop) and collapsed content. */
function metaTags(doc: Document): { key: string; content: string }[] {
  return memo('metaTags', doc, () =>
    safeQueryAll(doc, 'meta').map((m) => ({
      key: (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').toLowerCase(),
      content: collapseSpace(m.getAttribute('content') ?? ''),
    })),
  );
}

export function metaContent(doc: Document, names: readonly string[]): string | null {
  const tags = metaTags(doc);
  for (const name of names) {
    const lower = name.toLowerCase();
    for (const m of tags) if (m.key === lower && m.content) return m.content;
  }
  return null;
}

export function metaContents(doc: Document, name: string): string[] {
  const lower = name.toLowerCase();
  return metaTags(doc)
    .filter((m) => m.key === lower && m.content)
    .map((m) => m.content);
}
