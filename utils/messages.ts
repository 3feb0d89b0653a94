/**
 * The one message protocol between content scripts, extension pages and the background.
 *
 * Every message is a `{ type, ... }` object checked against its schema on receipt
 * (`parseRequest` / `parseContentCommand`): an unknown type or a malformed body is
 * answered with an error and never acted on. The replies (`Reply<T>`, `ResponseMap`) are in
 * utils/message-replies.ts.
 *
 * Requests go to the background (`browser.runtime.sendMessage`); content commands go from
 * the background to one tab's content script (`browser.tabs.sendMessage`).
 */
import * as v from 'valibot';
import {
  ArticleMetaSchema,
  CATEGORIES,
  COLORS,
  HighlightSchema,
  LIMITS,
  WebUrlSchema,
  describeIssues,
} from '@/utils/highlights/record';
import { HighlightDraftSchema, HighlightPatchSchema } from '@/utils/highlights/changes';
import { DENSITIES, settingsSchema } from '@/utils/store/settings';
import { BLOCK_SIZE } from '@/utils/store/postings';
import { FollowDraftSchema, FollowSchema } from '@/utils/follows/record';

export { HighlightDraftSchema, HighlightPatchSchema };
export type { HighlightDraft, HighlightPatch } from '@/utils/highlights/changes';

const Url = WebUrlSchema;
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(128));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const CategoryCountsSchema = v.object(
  Object.fromEntries(CATEGORIES.map((c) => [c, Count])) as Record<(typeof CATEGORIES)[number], typeof Count>,
);

/** What a content script tells the background about the page it runs on. */
export const PageReportSchema = v.object({
  url: Url,
  title: v.pipe(v.string(), v.maxLength(1000)),
  isArticle: v.boolean(),
  article: v.nullable(ArticleMetaSchema),
  /** Directives found per category (all zero when not an article or auto-marks are off). */
  counts: CategoryCountsSchema,
  /** The user's highlights on this page that could not be placed. */
  orphans: Count,
  /** Their ids, so the popup can mark them (absent in reports sent before anchoring finished). */
  orphanIds: v.optional(v.pipe(v.array(Id), v.maxLength(10000))),
});
export type PageReport = v.InferOutput<typeof PageReportSchema>;

/**
 * A content script's answer to `content/ping`: its page report as it stands, and whether the
 * script has its verdict on the page yet (`settled`: a report has been asked for). Before it,
 * the snapshot is the start state (no article, no counts): its first report is still to come.
 * Checked by the popup, which acts on it (platform/tabs.ts `pageScriptState`).
 */
export const PingReplySchema = v.object({ ...PageReportSchema.entries, settled: v.boolean() });
export type PingReply = v.InferOutput<typeof PingReplySchema>;

/** The sync server as the options page sets it (entrypoints/background/sync/server-sync.ts). */
export const ServerSyncInputSchema = v.object({
  url: v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(2000),
    v.regex(/^https?:\/\/[^\s/]+/i, 'the server address must start with http:// or https://'),
  ),
  db: v.pipe(
    v.string(),
    v.trim(),
    v.regex(
      /^[a-z][a-z0-9_$()+/-]{0,127}$/,
      'a database name is lower-case letters, digits and _$()+-/, starting with a letter',
    ),
  ),
  username: v.pipe(v.string(), v.maxLength(200)),
  password: v.pipe(v.string(), v.maxLength(1000)),
  /** Empty: no end-to-end encryption (unless the server's data is encrypted already). Never stored. */
  passphrase: v.optional(v.pipe(v.string(), v.maxLength(1000)), ''),
});
export type ServerSyncInput = v.InferOutput<typeof ServerSyncInputSchema>;

/** Most records one bulk request may carry; pages send bigger sets in batches. */
export const BATCH_MAX = 5000;
/**
 * Most records of one `highlights/import` request: the search index's block of ords, so that a
 * file imported into an empty library writes each block's postings rows once, not again for
 * every batch that reaches the block (with 5,000: 19.9 MB of rows written for 11.8 MB kept, and
 * 20 transactions instead of 13 per 100,000; IndexedDB's backend spent ~1.7 s more CPU).
 */
export const IMPORT_BATCH_MAX = BLOCK_SIZE;
/** Most records one page of a query may carry. */
export const PAGE_MAX = 1000;
/** Most ids one page of `highlights/ids` may carry. */
export const IDS_MAX = 10_000;

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/**
 * A cursor is a reply's own, handed back: the pages' holds a page's address (`[time, url]` in JSON,
 * up to 6 characters for each of the URL's characters it escapes). At 2,000 a long address ended
 * the library's list and its grouped exports at its page.
 */
const Cursor = v.optional(v.nullable(Text(6 * LIMITS.url + 64)));

/** What `highlights/query` and `highlights/count` ask for (utils/store/queries.ts). */
export const LibraryQuerySchema = v.object({
  text: v.optional(Text(1000)),
  filters: v.optional(
    v.object({
      colors: v.pipe(v.array(v.picklist(COLORS)), v.maxLength(COLORS.length), v.readonly()),
      categories: v.pipe(v.array(v.picklist(CATEGORIES)), v.maxLength(CATEGORIES.length), v.readonly()),
      tags: v.pipe(v.array(Text(64)), v.maxLength(100), v.readonly()),
      sites: v.pipe(v.array(Text(255)), v.maxLength(100), v.readonly()),
      date: v.variant('kind', [
        v.object({ kind: v.literal('any') }),
        v.object({ kind: v.literal('last'), days: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
        v.object({ kind: v.literal('range'), from: v.optional(v.number()), to: v.optional(v.number()) }),
      ]),
    }),
  ),
});

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('page/report'), page: PageReportSchema }),
  /** The content script's tab left the page it reported (History API): the report is taken back. */
  v.object({ type: v.literal('page/left') }),
  v.object({ type: v.literal('tab/state'), tabId: Count }),
  v.object({ type: v.literal('highlights/list'), url: v.optional(Url) }),
  v.object({ type: v.literal('highlights/save'), draft: HighlightDraftSchema }),
  /** The fields of one highlight that changed (a note, a colour, tags), applied to the record as stored. */
  v.object({ type: v.literal('highlights/update'), id: Id, patch: HighlightPatchSchema }),
  v.object({ type: v.literal('highlights/delete'), id: Id }),
  v.object({ type: v.literal('highlights/undelete'), id: Id }),
  v.object({ type: v.literal('settings/get') }),
  v.object({ type: v.literal('settings/update'), patch: v.partial(/* @__PURE__ */ settingsSchema()) }),
  /** One site's skim-layer density (a content script: its own tab's site only). */
  v.object({
    type: v.literal('settings/site-density'),
    site: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
    density: v.picklist(DENSITIES),
  }),
  v.object({ type: v.literal('storage/info') }),
  /**
   * Records of an import file (already parsed by the page); the background merges them with
   * planImport. Batches of one file share a `session`: until `highlights/import-end` the
   * import can be taken back whole, and sync waits.
   */
  v.object({
    type: v.literal('highlights/import'),
    records: v.pipe(v.array(HighlightSchema), v.maxLength(IMPORT_BATCH_MAX)),
    session: v.optional(Id),
  }),
  /** Ends an import session: `keep: false` takes back everything its batches wrote. */
  v.object({ type: v.literal('highlights/import-end'), session: Id, keep: v.boolean() }),
  /** The newest pages' live records, at least `limit` of them (whole pages), and how many live records there are. */
  v.object({
    type: v.literal('highlights/recent'),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BATCH_MAX)),
  }),
  /** Every record, tombstones included (a full backup). */
  v.object({ type: v.literal('highlights/export-all') }),
  /** Patches of many highlights at once (bulk re-tag in the library page). */
  v.object({
    type: v.literal('highlights/update-many'),
    items: v.pipe(v.array(v.object({ id: Id, patch: HighlightPatchSchema })), v.maxLength(BATCH_MAX)),
  }),
  /** A page of the records matching a search and filters; `cursor` from the previous page. */
  v.object({
    type: v.literal('highlights/query'),
    query: LibraryQuerySchema,
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(PAGE_MAX)),
    cursor: Cursor,
  }),
  /** How many records match a search and filters. */
  v.object({ type: v.literal('highlights/count'), query: LibraryQuerySchema }),
  /** The ids of the records matching a search and filters, a page at a time ("select all shown"). */
  v.object({
    type: v.literal('highlights/ids'),
    query: LibraryQuerySchema,
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(IDS_MAX)),
    cursor: Cursor,
  }),
  /** The current versions of these ids (absent ones left out). */
  v.object({ type: v.literal('highlights/get-many'), ids: v.pipe(v.array(Id), v.maxLength(BATCH_MAX)) }),
  /** Every write since change `since` (tombstones too), oldest first: a full export a page at a time. */
  v.object({
    type: v.literal('highlights/changes'),
    since: Count,
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BATCH_MAX)),
  }),
  /** Tags and sites of the live highlights with their counts (the filter menus). */
  v.object({ type: v.literal('highlights/facets') }),
  /** Adds (or removes) the tags typed in `tags` to many highlights, on their tags as stored. */
  v.object({
    type: v.literal('highlights/retag-many'),
    ids: v.pipe(v.array(Id), v.maxLength(BATCH_MAX)),
    mode: v.picklist(['add', 'remove']),
    tags: Text(1000),
  }),
  /**
   * The pages with the newest highlights, whole pages, at least `minRecords` records; `cursor` for
   * more (a page too big for one reply is cut, its cursor going on inside it).
   */
  v.object({
    type: v.literal('highlights/pages'),
    minRecords: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(PAGE_MAX)),
    cursor: Cursor,
  }),
  /** Deletes (or with `deleted: false` restores) many highlights at once. */
  v.object({
    type: v.literal('highlights/delete-many'),
    ids: v.pipe(v.array(Id), v.maxLength(BATCH_MAX)),
    deleted: v.boolean(),
  }),
  /** Browser and server sync state, for the popup and the options page. */
  v.object({ type: v.literal('sync/status') }),
  /** Sets up (or with `server: null` turns off) server sync; checks server and passphrase first. */
  v.object({ type: v.literal('sync/configure'), server: v.nullable(ServerSyncInputSchema) }),
  /**
   * Sets browser sync's passphrase (unlocks items sealed elsewhere, or seals them), or with null
   * turns it off (the items written back plain). Never stored; a wrong one changes nothing.
   */
  v.object({
    type: v.literal('sync/browser-passphrase'),
    passphrase: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(1000))),
  }),
  /**
   * Keeps browser sync encrypted where its items were found plain without their passphrase item
   * (a page's doing, or turned off elsewhere): this device seals them again, the plain ones set aside.
   */
  v.object({ type: v.literal('sync/browser-reseal') }),
  /** Runs a sync round now. */
  v.object({ type: v.literal('sync/now'), target: v.optional(v.picklist(['browser', 'server', 'both']), 'both') }),
  /** Follows an article: its metadata and dated targets kept in the library (utils/follows). */
  v.object({ type: v.literal('follows/follow'), draft: FollowDraftSchema }),
  v.object({ type: v.literal('follows/unfollow'), url: Url }),
  /** The live follow of one page, or null. */
  v.object({ type: v.literal('follows/get'), url: Url }),
  /**
   * Every live follow (with `all`, tombstones too: a backup), a page at a time: as many as one
   * message carries (utils/store/reply-size.ts); `cursor` from the previous page.
   */
  v.object({ type: v.literal('follows/list'), all: v.optional(v.boolean(), false), cursor: Cursor }),
  /** Follows of a backup file, merged by clock like highlights (outside records: the gate first). */
  v.object({ type: v.literal('follows/import'), follows: v.pipe(v.array(FollowSchema), v.maxLength(BATCH_MAX)) }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/** Commands the background sends to a tab's content script (built on first use, like the settings schema). */
function buildContentCommandSchema() {
  return v.variant('type', [
    v.object({ type: v.literal('content/refresh') }),
    v.object({ type: v.literal('content/scroll-to'), id: Id }),
    v.object({ type: v.literal('content/toggle-panel') }),
    v.object({ type: v.literal('content/highlight-selection'), color: v.optional(v.picklist(COLORS)) }),
    v.object({ type: v.literal('content/focus-toolbar') }),
    v.object({ type: v.literal('content/ping') }),
    /** The follow of the tab's article (its dated targets), for the popup's Follow button; null when no article. */
    v.object({ type: v.literal('content/follow-draft') }),
    /** The article's key points as Markdown (utils/export/key-points.ts), labelled in `lang`. */
    v.object({ type: v.literal('content/key-points'), lang: v.picklist(['zh', 'en']) }),
  ]);
}
let contentCommands: ReturnType<typeof buildContentCommandSchema> | undefined;
const contentCommandSchema = () => (contentCommands ??= buildContentCommandSchema());
export type ContentCommand = v.InferOutput<ReturnType<typeof buildContentCommandSchema>>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function parseWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown, what: string): Parsed<T> {
  const r = v.safeParse(schema, input);
  if (r.success) return { ok: true, value: r.output };
  const type = typeof input === 'object' && input !== null && 'type' in input ? String(input.type) : '?';
  return { ok: false, error: `invalid ${what} (${type.slice(0, 40)}): ${describeIssues(r.issues)}` };
}

export const parseRequest = (input: unknown) => parseWith(RequestSchema, input, 'request');
export const parseContentCommand = (input: unknown) => parseWith(contentCommandSchema(), input, 'command');
