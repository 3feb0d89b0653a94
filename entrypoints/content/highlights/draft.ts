/**
 * Pure helpers for the reader's own highlights: building the draft sent to the background,
 * reading tags typed by the user, and the "copy with source" text. No browser APIs here.
 */
import {
  CATEGORIES,
  COLORS,
  LIMITS,
  type ArticleMeta,
  type ColorId,
  type DirectiveCategory,
  type Highlight,
} from '@/utils/highlights/record';
import type { QuoteSelectors } from '@/utils/anchoring/describe';
import type { HighlightDraft } from '@/utils/messages';
import { normalizePageUrl, siteOf } from '@/utils/highlights/url';

/** What identifies the page a highlight belongs to. */
export interface PageIdentity {
  url: string;
  title: string;
  site: string;
}

/** The page key, title and site of a document (canonical link honoured, see normalizePageUrl). */
export function pageIdentity(doc: Document, href: string): PageIdentity {
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null;
  const url = normalizePageUrl(href, canonical);
  return { url, title: clip(collapse(doc.title ?? ''), LIMITS.title), site: siteOf(url) };
}

export interface DraftInput {
  id: string;
  page: PageIdentity;
  article?: ArticleMeta | null;
  selectors: QuoteSelectors;
  color: ColorId;
  note?: string;
  tags?: readonly string[];
  category?: DirectiveCategory | null;
}

/** A draft the background accepts: every field within the record's limits. */
export function buildDraft(input: DraftInput): HighlightDraft {
  const draft: HighlightDraft = {
    id: input.id,
    url: input.page.url,
    title: clip(input.page.title, LIMITS.title),
    site: clip(input.page.site, 255),
    article: input.article ? cleanArticle(input.article) : null,
    quote: {
      exact: clip(input.selectors.quote.exact, LIMITS.quote),
      prefix: clip(input.selectors.quote.prefix, LIMITS.context),
      suffix: clip(input.selectors.quote.suffix, LIMITS.context),
    },
    position: { ...input.selectors.position },
    color: COLORS.includes(input.color) ? input.color : 'yellow',
    note: clip(input.note ?? '', LIMITS.note),
    tags: normalizeTags(input.tags ?? []),
    category: input.category && CATEGORIES.includes(input.category) ? input.category : null,
  };
  return draft;
}

/** The editable part of a stored record, as a draft to save again with changes. */
export function draftOf(
  record: Highlight,
  changes: Partial<Pick<HighlightDraft, 'color' | 'note' | 'tags'>>,
): HighlightDraft {
  const { clock: _c, created: _cr, updated: _u, deleted: _d, ...rest } = record;
  return {
    ...rest,
    ...changes,
    note: clip(changes.note ?? record.note, LIMITS.note),
    tags: normalizeTags(changes.tags ?? record.tags),
  };
}

/** Article metadata without the extra fields detection adds (e.g. `url`), strings clipped. */
function cleanArticle(meta: ArticleMeta): ArticleMeta {
  const s = (value: string | null | undefined, max: number = LIMITS.title) =>
    typeof value === 'string' ? clip(value, max) : (value ?? null);
  const list = (value: string[] | undefined) =>
    value ? value.slice(0, 50).map((x) => clip(x, LIMITS.title)) : undefined;
  const out: ArticleMeta = {
    title: clip(meta.title ?? '', LIMITS.title),
    published: s(meta.published, 64),
    source: s(meta.source),
    editor: s(meta.editor),
    author: s(meta.author),
    language: s(meta.language, 32),
    issuer: s(meta.issuer),
    docNumber: s(meta.docNumber),
  };
  const keywords = list(meta.keywords);
  const channel = list(meta.channel);
  if (keywords) out.keywords = keywords;
  if (channel) out.channel = channel;
  return out;
}

/** Separators between typed tags: ASCII and full-width commas, the Chinese enumeration comma, semicolons, new lines. */
const TAG_SEPARATORS = /[,，、;；\n\r]+/;

/** Splits what the user typed into tags (trimmed, inner spaces collapsed, empty ones dropped). */
export function splitTags(input: string): string[] {
  return input
    .split(TAG_SEPARATORS)
    .map((t) => collapse(t))
    .filter((t) => t.length > 0);
}

/** Tags as stored: unique (case-insensitive, first spelling kept), each within the length limit, at most LIMITS.tags. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = clip(collapse(raw), LIMITS.tag);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= LIMITS.tags) break;
  }
  return out;
}

/** Existing tags plus the ones typed in `input`. */
export function addTags(existing: readonly string[], input: string): string[] {
  return normalizeTags([...existing, ...splitTags(input)]);
}

export interface SourceInfo {
  title: string;
  source?: string | null;
  published?: string | null;
  url: string;
}

/**
 * The text put on the clipboard by "copy with source":
 *   the quote
 *   — title, source, date, url
 * Empty parts are left out; the date keeps only its day (YYYY-MM-DD) when it is ISO-like.
 */
export function copyWithSourceText(quote: string, info: SourceInfo): string {
  const date = info.published ? dayOf(info.published) : '';
  const parts = [collapse(info.title), collapse(info.source ?? ''), date, info.url].filter((p) => p.length > 0);
  return `${quote.trim()}\n— ${parts.join(', ')}`;
}

function dayOf(published: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published.trim());
  return m ? m[1]! : collapse(published);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A random RFC 4122 version 4 id. `crypto.randomUUID` exists only in secure contexts, and many
 * portals are still served over plain http, where content scripts only get getRandomValues.
 */
export function newHighlightId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Cuts a string to `max` UTF-16 units without leaving half a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}
