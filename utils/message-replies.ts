/**
 * The replies of the message protocol (utils/messages.ts has the requests and their schemas).
 *
 * Every reply is a `Reply<T>`: `{ ok: true, data }` or `{ ok: false, error }`, so a failure
 * always reaches the sender as words, not as silence. `ResponseMap` says what `data` is for
 * each request type. Replies come from our own background, so only their envelope is checked
 * (`parseReply`); the data is typed, not validated.
 */
import type { Highlight } from '@/utils/highlights/record';
import type { PlannedCounts } from '@/utils/export/plan-import';
import type { Settings } from '@/utils/store/settings';
import type { PageRow } from '@/utils/store/rows';
import type { LibraryFacets, QueryPage } from '@/utils/store/queries';
import type { SyncStatus } from '@/utils/sync/status';
import type { Follow } from '@/utils/follows/record';
import type { PageReport } from '@/utils/messages';

/** What the background tells about one tab (for the popup). */
export interface TabState {
  tabId: number;
  page: PageReport | null;
  highlights: Highlight[];
}

export interface StorageInfo {
  highlights: number;
  pages: number;
  bytesInUse: number | null;
  quarantined: number;
  pendingWrites: number;
  lastError: string | null;
}

/** The reply data for each request type. */
export interface ResponseMap {
  'page/report': { settings: Settings; highlights: Highlight[] };
  'page/left': null;
  'tab/state': TabState;
  'highlights/list': Highlight[];
  'highlights/save': Highlight;
  'highlights/update': Highlight;
  'highlights/delete': Highlight;
  'highlights/undelete': Highlight;
  'settings/get': Settings;
  'settings/update': Settings;
  'settings/site-density': Settings;
  'storage/info': StorageInfo;
  'highlights/import': ImportCounts;
  'highlights/import-end': { restored: number; removed: number; kept: number } | null;
  'highlights/ids': { ids: string[]; cursor: string | null };
  /** As many as one message carries: `taken` of the ids asked were answered (found or not). */
  'highlights/get-many': { records: Highlight[]; taken: number };
  'highlights/changes': { records: Highlight[]; seq: number; more: boolean };
  'highlights/facets': LibraryFacets;
  'highlights/retag-many': Highlight[];
  'highlights/recent': { records: Highlight[]; total: number };
  'highlights/export-all': Highlight[];
  'highlights/update-many': Highlight[];
  'highlights/query': QueryPage;
  'highlights/count': number;
  'highlights/pages': { pages: PageRow[]; records: Highlight[]; cursor: string | null };
  'highlights/delete-many': Highlight[];
  'sync/status': SyncStatus;
  'sync/configure': SyncStatus;
  'sync/browser-passphrase': SyncStatus;
  'sync/browser-reseal': SyncStatus;
  'sync/now': SyncStatus;
  'follows/follow': Follow;
  'follows/unfollow': Follow | null;
  'follows/get': Follow | null;
  'follows/list': { follows: Follow[]; invalid: number; cursor: string | null };
  'follows/import': { merged: number; refused: number };
}

/** What an import did: the plan's counts (utils/export/plan-import.ts) and what the background refused. */
export interface ImportCounts extends PlannedCounts {
  /** Records the background refused (clock or time too far ahead, malformed clock, file: URL: utils/sync/admit.ts). */
  refused: number;
  /** Records kept with their site set from their address: the file named another site (utils/sync/admit.ts). */
  corrected: number;
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Checks a reply object; a malformed reply is turned into an error reply. */
export function parseReply<T>(input: unknown): Reply<T> {
  if (typeof input === 'object' && input !== null && 'ok' in input) {
    const r = input as { ok: unknown; data?: unknown; error?: unknown };
    if (r.ok === true) return { ok: true, data: r.data as T };
    if (r.ok === false && typeof r.error === 'string') return { ok: false, error: r.error };
  }
  return { ok: false, error: 'no valid reply from the extension background' };
}
