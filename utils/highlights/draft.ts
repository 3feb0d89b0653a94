/**
 * Drafts: a highlight as a content script or an extension page proposes it to the background
 * (which stamps `clock`, `created` and `updated`). Every field is cut to the record's limits
 * and the tags normalised here, so whichever screen writes a record stores the same thing.
 */
import {
  CATEGORIES,
  COLORS,
  LIMITS,
  type ArticleMeta,
  type ColorId,
  type DirectiveCategory,
  type Highlight,
} from './record';
import type { QuoteSelectors } from '@/utils/anchoring/describe';
import type { HighlightDraft } from '@/utils/messages';
import type { PageIdentity } from './page';
import { clip } from './strings';
import { normalizeTags } from './tags';

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
  return {
    id: input.id,
    url: input.page.url,
    title: clip(input.page.title, LIMITS.title),
    site: clip(input.page.site, 255),
    article: input.article ? clipArticle(input.article) : null,
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
}

/** The editable part of a stored record, as a draft to save again (with `changes`, if any). */
export function draftOf(
  record: Highlight,
  changes: Partial<Pick<HighlightDraft, 'color' | 'note' | 'tags'>> = {},
): HighlightDraft {
  const { clock: _c, created: _cr, updated: _u, deleted: _d, ...rest } = record;
  return {
    ...rest,
    ...changes,
    note: clip(changes.note ?? record.note, LIMITS.note),
    tags: normalizeTags(changes.tags ?? record.tags),
  };
}

/**
 * Article metadata without the extra fields detection adds (e.g. `url`), strings and lists
 * clipped to the record's limits: what a page's meta tags say is the page's to choose, and a
 * draft or page report over a limit would be refused whole.
 */
export function clipArticle(meta: ArticleMeta): ArticleMeta {
  const out: ArticleMeta = { title: clip(meta.title ?? '', LIMITS.title) };
  const texts = [
    ['published', 64],
    ['source'],
    ['editor'],
    ['author'],
    ['language', 32],
    ['issuer'],
    ['docNumber'],
  ] as const;
  for (const [key, max = LIMITS.title] of texts) {
    const value = meta[key];
    // Absent stays absent (the report says what the page gave).
    if (value !== undefined) out[key] = typeof value === 'string' ? clip(value, max) : null;
  }
  for (const key of ['keywords', 'channel'] as const) {
    const list = meta[key];
    if (list) out[key] = list.slice(0, LIMITS.metaList).map((x) => clip(x, LIMITS.title));
  }
  return out;
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
