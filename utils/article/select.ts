/**
 * A small selector engine over a one-pass index of the page, for the selector shapes the site
 * adapters use: tag, #id, .class, [attr], [attr=v], [attr*=v], [attr^=v], [attr$=v] in
 * compounds joined by the descendant combinator, in comma lists.
 *
 * Why: detection tries dozens of adapter selectors per page. linkedom parses and compiles a
 * selector and walks the whole tree on every querySelectorAll; here the tree is walked once,
 * and a query looks up its rightmost compound's id, class or tag list and checks ancestors.
 * Anything else (child/sibling combinators, pseudo-classes) returns null and the caller falls
 * back to the engine's own querySelectorAll.
 */
const ELEMENT_NODE = 1;

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
}

interface Compound {
  tag: string | null;
  id: string | null;
  classes: string[];
  attrs: AttrTest[];
}

/** A complex selector, compounds from left to right. */
type Complex = Compound[];

export interface PageIndex {
  all: Element[];
  position: Map<Element, number>;
  /** Index of the last descendant of each element (itself when it has none). */
  end: number[];
  byTag: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  byId: Map<string, Element[]>;
  classes: Map<Element, string[]>;
  /** Quirks-mode documents match classes and ids without regard to ASCII case. */
  quirks: boolean;
}

/** HTML attributes whose values selectors compare without regard to case. */
const CASELESS_ATTRS = new Set(['type', 'rel', 'lang', 'charset', 'http-equiv', 'dir', 'method', 'media']);

const parsed = new Map<string, Complex[] | null>();

function push<K>(map: Map<K, Element[]>, key: K, el: Element) {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

export function buildIndex(doc: Document): PageIndex {
  const quirks = (doc as { compatMode?: string }).compatMode === 'BackCompat';
  const fold = (s: string) => (quirks ? s.toLowerCase() : s);
  const index: PageIndex = {
    all: [],
    position: new Map(),
    end: [],
    byTag: new Map(),
    byClass: new Map(),
    byId: new Map(),
    classes: new Map(),
    quirks,
  };
  const visit = (el: Element) => {
    const i = index.all.length;
    index.all.push(el);
    index.position.set(el, i);
    index.end.push(i);
    push(index.byTag, el.tagName.toLowerCase(), el);
    const id = el.getAttribute('id');
    if (id) push(index.byId, fold(id), el);
    const cls = el.getAttribute('class');
    if (cls) {
      const tokens = fold(cls)
        .split(/[\t\n\f\r ]+/)
        .filter(Boolean);
      index.classes.set(el, tokens);
      for (const t of new Set(tokens)) push(index.byClass, t, el);
    }
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) visit(c as Element);
    index.end[i] = index.all.length - 1;
  };
  if (doc.documentElement) visit(doc.documentElement);
  return index;
}

const COMPOUND = /^(\*|[a-zA-Z][\w-]*)?((?:[.#][\w-]+|\[[^\]]+\])*)$/;
const PART = /[.#][\w-]+|\[\s*([\w-]+)\s*(?:([*^$~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s"']+)))?\s*\]/g;

/** Parses a selector list, or null when it uses syntax this engine does not handle. */
export function parseSelector(selector: string): Complex[] | null {
  if (parsed.has(selector)) return parsed.get(selector)!;
  let result: Complex[] | null = [];
  for (const part of selector.split(',')) {
    const complex = parseComplex(part.trim());
    if (!complex) {
      result = null;
      break;
    }
    result.push(complex);
  }
  parsed.set(selector, result);
  return result;
}

function parseComplex(text: string): Complex | null {
  if (!text || /[>+~:\\]/.test(text.replace(/\[[^\]]*\]/g, ''))) return null;
  const words = text.match(/(?:[^\s[]|\[[^\]]*\])+/g);
  if (!words) return null;
  const out: Complex = [];
  for (const w of words) {
    const m = COMPOUND.exec(w);
    if (!m || (!m[1] && !m[2])) return null;
    const c: Compound = { tag: m[1] && m[1] !== '*' ? m[1].toLowerCase() : null, id: null, classes: [], attrs: [] };
    const rest = m[2] ?? '';
    let consumed = 0;
    for (const p of rest.matchAll(PART)) {
      consumed += p[0].length;
      if (p[0][0] === '.') c.classes.push(p[0].slice(1));
      else if (p[0][0] === '#') c.id = p[0].slice(1);
      else
        c.attrs.push({
          name: p[1]!.toLowerCase(),
          op: (p[2] ?? '') as AttrTest['op'],
          value: p[3] ?? p[4] ?? p[5] ?? '',
        });
    }
    if (consumed !== rest.length) return null;
    out.push(c);
  }
  return out;
}

function attrMatches(el: Element, t: AttrTest): boolean {
  const raw = el.getAttribute(t.name);
  if (raw === null) return false;
  if (!t.op) return true;
  const caseless = CASELESS_ATTRS.has(t.name);
  const v = caseless ? raw.toLowerCase() : raw;
  const want = caseless ? t.value.toLowerCase() : t.value;
  switch (t.op) {
    case '=':
      return v === want;
    case '*=':
      return want !== '' && v.includes(want);
    case '^=':
      return want !== '' && v.startsWith(want);
    case '$=':
      return want !== '' && v.endsWith(want);
    case '~=':
      return v.split(/\s+/).includes(want);
  }
}

function compoundMatches(index: PageIndex, el: Element, c: Compound): boolean {
  if (c.tag && el.tagName.toLowerCase() !== c.tag) return false;
  if (c.id) {
    const id = el.getAttribute('id');
    if (id === null || (index.quirks ? id.toLowerCase() !== c.id.toLowerCase() : id !== c.id)) return false;
  }
  if (c.classes.length) {
    const tokens = index.classes.get(el);
    if (!tokens) return false;
    for (const k of c.classes) if (!tokens.includes(index.quirks ? k.toLowerCase() : k)) return false;
  }
  for (const a of c.attrs) if (!attrMatches(el, a)) return false;
  return true;
}

function complexMatches(index: PageIndex, el: Element, complex: Complex): boolean {
  let i = complex.length - 1;
  if (!compoundMatches(index, el, complex[i]!)) return false;
  // Descendant combinators only: the nearest matching ancestor for each compound is as good as any.
  for (let a = el.parentNode; i > 0 && a && a.nodeType === ELEMENT_NODE; a = a.parentNode) {
    if (compoundMatches(index, a as Element, complex[i - 1]!)) i--;
  }
  return i === 0;
}

/** First position in a document-ordered list whose element comes after `pos`. */
function firstAfter(index: PageIndex, list: readonly Element[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.position.get(list[mid]!)! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The elements under `root` (the document or an element of it) matching the selector list,
 * in document order; null when the selector is outside this engine's subset or `root` is
 * not in the index.
 */
export function selectAll(index: PageIndex, root: ParentNode, selector: string): Element[] | null {
  const list = parseSelector(selector);
  if (!list) return null;
  let from = 0;
  let to = index.all.length - 1;
  if ((root as Node).nodeType === ELEMENT_NODE) {
    const pos = index.position.get(root as Element);
    if (pos === undefined) return null;
    from = pos + 1;
    to = index.end[pos]!;
  } else if (root !== index.all[0]?.ownerDocument) {
    return null;
  }
  const found = new Set<Element>();
  for (const complex of list) {
    const last = complex[complex.length - 1]!;
    const fold = (s: string) => (index.quirks ? s.toLowerCase() : s);
    const source =
      last.id !== null
        ? (index.byId.get(fold(last.id)) ?? [])
        : last.classes.length
          ? (index.byClass.get(fold(last.classes[0]!)) ?? [])
          : last.tag
            ? (index.byTag.get(last.tag) ?? [])
            : null;
    if (source) {
      for (let k = firstAfter(index, source, from - 1); k < source.length; k++) {
        const el = source[k]!;
        if (index.position.get(el)! > to) break;
        if (complexMatches(index, el, complex)) found.add(el);
      }
    } else {
      for (let k = from; k <= to; k++) if (complexMatches(index, index.all[k]!, complex)) found.add(index.all[k]!);
    }
  }
  const out = [...found];
  if (list.length > 1) out.sort((x, y) => index.position.get(x)! - index.position.get(y)!);
  return out;
}
