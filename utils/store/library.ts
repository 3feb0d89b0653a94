/**
 * The reader's library as the background keeps it: IndexedDB in the extension's origin
 * (db.ts), written by one writer (writer.ts, whose rules are the library's), read by index
 * (queries.ts) so that no answer needs every record in memory.
 *
 * Writes: `save` a highlight from a draft, `update` it with a patch of the fields that
 * changed, `setDeleted` (tombstones), `merge` records from sync, `importRecords` from a file,
 * `updateSettings`. Each runs against the records as stored when it runs.
 */
import type { Highlight } from '@/utils/highlights/record';
import type { HighlightDraft, HighlightPatch } from '@/utils/highlights/changes';
import { planImport, type PlannedCounts } from '@/utils/export/plan-import';
import { byReadingOrder } from '@/utils/export/pages';
import { addTags, normalizeTags, removeTags } from '@/utils/highlights/tags';
import { mergeLibraries } from '@/utils/sync/merge';
import { compareClocks } from '@/utils/sync/hlc';
import { replyBudget } from './reply-size';
import type { KeyValueArea } from './area';
import { RECORD_STORES, type LibraryDb, type StoreMeta } from './db';
import { forgetPreparedTokens, prepareTokens } from './commit';
import type { FacetCounts } from './rows';
import { MIGRATIONS } from './migrations';
import * as q from './queries';
import { migrate, type Migration, type MigrationContext, type MigrationOutcome } from './schema';
import { emptyPending } from './pending';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  settingsSchema,
  withSiteDensity,
  type Density,
  type Settings,
  type SettingsPatch,
} from './settings';
import { Writer, type WriterOptions } from './writer';
import { COMPACTION_KEY, LogCompaction, type CompactionState } from './compact-log';
import * as v from 'valibot';

export interface Clock {
  /** A new clock value for a local change, greater than every value seen so far. */
  tick(): string;
  /** Takes note of a clock value from elsewhere so later ticks are greater. */
  receive(remote: string): void;
}

export interface LibraryOptions extends WriterOptions {
  /** The database, or how to open it (the background opens it in `load`). */
  db: LibraryDb | (() => Promise<LibraryDb>);
  /** storage.local: read once, to migrate schema 1 (schema.ts). */
  legacy: KeyValueArea;
  now?: () => number;
  makeClock: (deviceId: string) => Clock;
  newDeviceId?: () => string;
  migrations?: readonly Migration[];
  /** Migration tuning and test hooks. */
  batchSize?: number;
  afterBatch?: MigrationContext['afterBatch'];
  /** Change-log compaction tuning and test hooks (compact-log.ts). */
  compaction?: ConstructorParameters<typeof LogCompaction>[1];
}

/** What an import in several batches wrote, to take it back (`Library.undoImport`). */
export interface ImportJournal {
  /** Each record as it was before the import's first write of it; null: it was not here. */
  before: Map<string, Highlight | null>;
  /** The clock the import last wrote each record with. */
  wrote: Map<string, string>;
  /** Pages its batches changed, not told yet (`Library.tellImported`). */
  urls: Set<string>;
  /**
   * The greatest clock its batches brought ('' none), learnt by the library's clock only when the
   * import is kept (`Library.tellImported`): one taken back moves no clock.
   */
  clock: string;
}

/** Ids read at a time by `getManyPage`: ~9 MB of text at the records' size limits. */
const GET_MANY_SLICE = 64;

export const newImportJournal = (): ImportJournal => ({
  before: new Map(),
  wrote: new Map(),
  urls: new Set(),
  clock: '',
});

export interface LibraryStats {
  highlights: number;
  pages: number;
  quarantined: number;
  pendingWrites: number;
  lastError: string | null;
}

export class Library {
  private settings: Settings = DEFAULT_SETTINGS;
  private clock!: Clock;
  private readonly now: () => number;
  private writer!: Writer;
  private compaction!: LogCompaction;
  private database: LibraryDb | null = null;
  meta: StoreMeta | null = null;
  /** Every record, once something read them all (see `all`); null until then. */
  private everything: Map<string, Highlight> | null = null;
  private writes = 0;
  /** Problems found while loading (e.g. settings reset); write errors are the writer's. */
  private loadError: string | null = null;
  /**
   * Called after every successful write with the pages whose records it changed and whether
   * settings changed; an import session's batches are told once, at its end (`tellImported`).
   */
  onChange: ((urls: ReadonlySet<string>, settingsChanged: boolean) => void) | null = null;

  constructor(private readonly options: LibraryOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The database (after `load`). */
  get db(): LibraryDb {
    if (!this.database) throw new Error('the library is not loaded yet');
    return this.database;
  }

  /**
   * Opens the database, runs the migrations, reads meta, settings and unsaved changes. Once
   * per service-worker start; nothing else may be called before it resolves.
   */
  async load(): Promise<void> {
    const { options } = this;
    // Started together: a worker's start-up waits for the slowest, not for the sum.
    const pending = this.options.journal?.load().catch(() => null) ?? Promise.resolve(null);
    const db = typeof options.db === 'function' ? await options.db() : options.db;
    const migrations = options.migrations ?? MIGRATIONS;
    const tx = db.transaction('kv', 'readonly');
    const [stored, storedSettings, compaction] = await Promise.all([
      tx.store.get('meta'),
      tx.store.get('settings'),
      tx.store.get(COMPACTION_KEY),
    ]);
    const current = stored as StoreMeta | undefined;
    // The usual start: nothing to migrate, one read for meta and settings.
    const upToDate = current !== undefined && current.schemaVersion === migrations.at(-1)?.to;
    const outcome: MigrationOutcome = upToDate
      ? { ok: true, meta: current, ran: [] }
      : await migrate(
          { legacy: options.legacy, db, now: this.now, afterBatch: options.afterBatch, batchSize: options.batchSize },
          options.newDeviceId ?? (() => crypto.randomUUID()),
          migrations,
        );
    this.database = db;
    this.writer = new Writer(
      db,
      () => this.settings,
      options,
      ({ records, removed, settings, meta, untold }) => {
        this.compaction.nudge(meta);
        if (settings) this.settings = settings;
        this.writes++;
        for (const r of records) this.everything?.set(r.id, r);
        for (const r of removed) this.everything?.delete(r.id);
        const urls = new Set([...records, ...removed].map((r) => r.url));
        if (untold && !settings) for (const url of urls) untold.add(url);
        else this.onChange?.(urls, settings !== null);
      },
    );
    const readOnlyReason = outcome.ok ? null : outcome.error;
    const meta = outcome.meta;
    this.meta = meta;
    this.writer.readOnlyReason = readOnlyReason;
    this.compaction = new LogCompaction((work) => this.writer.exclusive('compact-log', work), options.compaction);
    // A pass a stopped worker left halfway goes on.
    if (!readOnlyReason) this.compaction.resume(compaction as CompactionState | undefined, meta);
    this.clock = this.options.makeClock(meta.deviceId);
    if (meta.clockHigh) this.clock.receive(meta.clockHigh);
    const s = parseSettings(upToDate ? storedSettings : await db.get('kv', 'settings'));
    this.settings = s.settings;
    this.loadError = s.error ? `settings reset to defaults: ${s.error}` : readOnlyReason;
    this.writer.pending = (await pending) ?? emptyPending();
    for (const r of this.writer.pending.records.values()) this.clock.receive(r.clock);
  }

  get readOnlyReason(): string | null {
    return this.writer.readOnlyReason;
  }

  get lastError(): string | null {
    return this.writer.lastError ?? this.loadError;
  }

  get pendingCount(): number {
    return this.writer.pending.records.size + (this.writer.pending.settings ? 1 : 0);
  }

  getSettings(): Settings {
    return this.writer.settings;
  }

  // ------------------------------------------------------------------ reads

  async get(id: string): Promise<Highlight | undefined> {
    return this.writer.pending.records.get(id) ?? (await q.recordsOf(this.db, [id]))[0];
  }

  /** The current versions of these ids (absent ones left out; tombstones included). */
  async getMany(ids: readonly string[]): Promise<Highlight[]> {
    const pending = this.writer.pending.records;
    const unique = [...new Set(ids)];
    const stored = await q.recordsOf(
      this.db,
      unique.filter((id) => !pending.has(id)),
    );
    return [...stored, ...unique.flatMap((id) => pending.get(id) ?? [])];
  }

  /**
   * The records of `ids` from the first, as many as one message carries (reply-size.ts): `taken`
   * ids were answered (found or not), the rest are asked again. Read GET_MANY_SLICE ids at a time,
   * so a page of records at the size limits is never read whole into the worker either.
   */
  async getManyPage(ids: readonly string[]): Promise<{ records: Highlight[]; taken: number }> {
    const full = replyBudget();
    const records: Highlight[] = [];
    for (let from = 0; from < ids.length; from += GET_MANY_SLICE) {
      const slice = ids.slice(from, from + GET_MANY_SLICE);
      const byId = new Map((await this.getMany(slice)).map((r) => [r.id, r]));
      for (let i = 0; i < slice.length; i++) {
        const record = byId.get(slice[i]!);
        byId.delete(slice[i]!); // an id asked twice is answered once
        if (record) records.push(record);
        if (full.add(record)) return { records, taken: from + i + 1 };
      }
    }
    return { records, taken: ids.length };
  }

  /** The `limit` records changed last (tombstones included), newest change first. */
  async latestChanges(limit: number): Promise<Highlight[]> {
    const stored = await q.latestChanges(this.db, limit);
    const pending = [...this.writer.pending.records.values()];
    if (!pending.length) return stored;
    const ids = new Set(pending.map((r) => r.id));
    return [...pending, ...stored.filter((r) => !ids.has(r.id))].slice(0, limit);
  }

  /** Live records of one page, reading order (unsaved changes included). */
  async pageRecords(url: string): Promise<Highlight[]> {
    const stored = await q.pageRecords(this.db, url);
    const pending = [...this.writer.pending.records.values()].filter((r) => r.url === url);
    if (!pending.length) return stored;
    const byId = new Map(stored.map((r) => [r.id, r]));
    for (const p of pending) byId.set(p.id, p);
    return [...byId.values()].filter((r) => r.deleted !== true).sort(byReadingOrder);
  }

  recentPages(minRecords: number, cursor?: string | null): Promise<q.RecentPages> {
    return q.recentPages(this.db, minRecords, cursor ?? null);
  }

  query(query: q.LibraryQuery, limit: number, cursor?: string | null): Promise<q.QueryPage> {
    return q.queryRecords(this.db, query, limit, cursor ?? null, this.now());
  }

  count(query: q.LibraryQuery): Promise<number> {
    return q.countRecords(this.db, query, this.now());
  }

  changesSince(seq: number, limit: number) {
    return q.changesSince(this.db, seq, limit);
  }

  /** One step of the change log's compaction now (compact-log.ts); whether another is to come. */
  compactLog(): Promise<boolean> {
    return this.compaction.step();
  }

  /**
   * Tags and sites of the live records with their counts, most used first: kept by every write
   * once made. Made from the index the first time (seconds at 100,000 records), inside the
   * writer's queue so no write lands between the count and its keeping.
   */
  async facets(): Promise<q.LibraryFacets> {
    const stored = await q.storedFacets(this.db);
    if (stored) return stored;
    if (this.writer.readOnlyReason)
      return q.sortFacets(await q.countFacets(this.db.transaction(RECORD_STORES, 'readonly')));
    return this.writer.exclusive('facets', async (tx) => {
      const kv = tx.objectStore('kv');
      const counts = ((await kv.get('facets')) as FacetCounts | undefined) ?? (await q.countFacets(tx));
      await kv.put(counts, 'facets');
      return q.sortFacets(counts);
    });
  }

  /** Every record, tombstones included. Reads everything: full export and whole-library sync. */
  async all(): Promise<Highlight[]> {
    let byId = this.everything;
    if (!byId) {
      const writesBefore = this.writes;
      byId = new Map((await q.allRecords(this.db)).map((r) => [r.id, r]));
      // Kept for the next whole-library read (browser sync rounds, the popup's full list) and
      // updated by every write from now on; not kept if a write landed while it was read.
      if (this.writes === writesBefore) this.everything = byId;
    }
    const out = new Map(byId);
    for (const p of this.writer.pending.records.values()) out.set(p.id, p);
    return [...out.values()];
  }

  /** Every live record, by page then reading order. Reads everything (until the pages page through). */
  async list(): Promise<Highlight[]> {
    const live = (await this.all()).filter((r) => r.deleted !== true);
    return live.sort((a, b) => (a.url === b.url ? a.position.start - b.position.start : a.url < b.url ? -1 : 1));
  }

  async stats(): Promise<LibraryStats> {
    const [{ live, pages }, quarantined] = await Promise.all([q.counts(this.db), this.db.count('quarantine')]);
    return { highlights: live, pages, quarantined, pendingWrites: this.pendingCount, lastError: this.lastError };
  }

  // ----------------------------------------------------------------- writes

  /**
   * A clock for an edit of `before`, greater than its clock: a record an import session wrote
   * may be ahead of the clock, which learns the file's clocks only when the import is kept.
   */
  private tickPast(before: Highlight | undefined): string {
    if (before) this.clock.receive(before.clock);
    return this.clock.tick();
  }

  /** Stores a new highlight (or replaces one with the same id, keeping its creation time). */
  save(draft: HighlightDraft): Promise<Highlight> {
    return this.writer.run('save', { ids: [draft.id] }, ({ records }) => {
      const before = records.get(draft.id);
      const now = this.now();
      const record: Highlight = {
        ...draft,
        tags: normalizeTags(draft.tags),
        created: before?.created ?? now,
        updated: now,
        clock: this.tickPast(before),
        deleted: false,
      };
      return { write: [record], result: record };
    });
  }

  /** Applies a patch to the record as stored. A deleted record is not edited. */
  update(id: string, patch: HighlightPatch): Promise<Highlight> {
    return this.updateMany([{ id, patch }]).then((r) => r[0]!);
  }

  /** Applies patches in one write; every id must be a live record, or nothing is written. */
  updateMany(items: readonly { id: string; patch: HighlightPatch }[]): Promise<Highlight[]> {
    return this.writer.run('update', { ids: items.map((i) => i.id) }, ({ records }) => {
      const now = this.now();
      const out = new Map<string, Highlight>();
      for (const { id, patch } of items) {
        const before = out.get(id) ?? records.get(id);
        if (!before) throw new Error(`no highlight with id ${id}`);
        if (before.deleted === true) throw new Error(`highlight ${id} was deleted`);
        const next: Highlight = { ...before, ...patch, ...(patch.tags && { tags: normalizeTags(patch.tags) }) };
        out.set(id, { ...next, updated: now, clock: this.tickPast(before) });
      }
      return { write: [...out.values()], result: items.map((i) => out.get(i.id)!) };
    });
  }

  /** Deletes (tombstones) or restores; unknown ids and records already in that state are skipped. */
  setDeleted(ids: readonly string[], deleted: boolean): Promise<Highlight[]> {
    return this.writer.run('delete', { ids }, ({ records }) => {
      const now = this.now();
      const write: Highlight[] = [];
      for (const id of new Set(ids)) {
        const before = records.get(id);
        if (!before || (before.deleted === true) === deleted) continue;
        write.push({ ...before, deleted, updated: now, clock: this.tickPast(before) });
      }
      return { write, result: write };
    });
  }

  async delete(id: string): Promise<Highlight> {
    return this.deleteOne(id, true);
  }

  async undelete(id: string): Promise<Highlight> {
    return this.deleteOne(id, false);
  }

  private async deleteOne(id: string, deleted: boolean): Promise<Highlight> {
    const [changed] = await this.setDeleted([id], deleted);
    if (changed) return changed;
    const current = await this.get(id);
    if (!current) throw new Error(`no highlight with id ${id}`);
    return current;
  }

  /**
   * Merges records from elsewhere (a sync round) into the records as stored now: each record
   * is kept whole in whichever version has the greater clock (utils/sync/merge.ts). Returns
   * the records that changed here.
   */
  merge(incoming: readonly Highlight[]): Promise<Highlight[]> {
    return this.writer.run('merge', { ids: incoming.map((r) => r.id) }, ({ records }) => {
      const { merged, changedIds } = mergeLibraries(records, incoming);
      const write = changedIds.map((id) => merged.get(id)!);
      for (const r of write) this.clock.receive(r.clock);
      return { write, result: write };
    });
  }

  /**
   * Imports records from a file (utils/export/plan-import.ts), against the records as stored
   * now. With a `journal`, what each record was before is kept there, so that `undoImport` can
   * take a file imported in several batches back.
   */
  importRecords(incoming: readonly Highlight[], journal?: ImportJournal): Promise<PlannedCounts> {
    const reads = { ids: incoming.map((r) => r.id), urls: incoming.map((r) => r.url) };
    // Now, while an earlier batch's job may still be waiting for IndexedDB, not in this batch's job.
    prepareTokens(incoming);
    const job = this.writer.run('import', reads, ({ records, pages }) => {
      const existing = new Map<string, Highlight>(records);
      for (const list of pages.values()) for (const r of list) existing.set(r.id, r);
      const plan = planImport([...existing.values()], incoming);
      // Every clock the file brings is seen, written or not (a tombstone of a record never had
      // here is not stored): a later local edit must beat the same file imported again. A
      // session's, once it is kept (`tellImported`): a file taken back must leave the clock
      // where it was, nor may its records raise the clock a reopened library starts from.
      for (const r of incoming)
        if (!journal) this.clock.receive(r.clock);
        else if (compareClocks(r.clock, journal.clock) > 0) journal.clock = r.clock;
      for (const r of plan.toWrite) {
        if (journal && !journal.before.has(r.id)) journal.before.set(r.id, existing.get(r.id) ?? null);
        journal?.wrote.set(r.id, r.clock);
      }
      const { added, updated, unchanged, olderIgnored } = plan;
      // A batch of a session is told when the session ends: each page showing the library
      // would otherwise read its lists again after every batch (~4 s of CPU per 100,000
      // records, on the cores the import itself needs), for records that may yet be taken back.
      return {
        write: plan.toWrite,
        untold: journal?.urls,
        unlearnt: journal && new Set(plan.toWrite.map((r) => r.id)),
        result: { added, updated, unchanged, olderIgnored },
      };
    });
    return job.finally(() => forgetPreparedTokens(incoming));
  }

  /**
   * An import session is kept: the pages are told what its batches changed (once, when it
   * ends), and the clock learns its clocks, here and where a reopened library starts from.
   */
  tellImported(journal: ImportJournal): Promise<void> {
    const clock = journal.clock;
    journal.clock = '';
    if (journal.urls.size) {
      const urls = new Set(journal.urls);
      journal.urls.clear();
      this.onChange?.(urls, false);
    }
    if (!clock) return Promise.resolve();
    this.clock.receive(clock);
    // Kept where a reopened library starts its clock from.
    return this.writer.run('import-clock', {}, () => ({ clockHigh: clock, result: undefined }));
  }

  /**
   * Takes an import back: each record it wrote returns to what it was (a record it added is
   * removed altogether), unless it changed again since (an edit, a sync), which is kept.
   */
  undoImport(journal: ImportJournal): Promise<{ restored: number; removed: number; kept: number }> {
    return this.writer.run('undo-import', { ids: journal.before.keys() }, ({ records }) => {
      const write: Highlight[] = [];
      const remove: string[] = [];
      for (const [id, before] of journal.before) {
        if (records.get(id)?.clock !== journal.wrote.get(id)) continue;
        if (before) write.push(before);
        else remove.push(id);
      }
      const kept = journal.before.size - write.length - remove.length;
      return { write, remove, result: { restored: write.length, removed: remove.length, kept } };
    });
  }

  /** Adds (or removes) the tags typed in `input` to many live highlights in one write, on their tags as stored. */
  retagMany(ids: readonly string[], mode: 'add' | 'remove', input: string): Promise<Highlight[]> {
    return this.writer.run('retag', { ids }, ({ records }) => {
      const now = this.now();
      const write: Highlight[] = [];
      for (const id of new Set(ids)) {
        const before = records.get(id);
        if (!before || before.deleted === true) continue;
        const tags = mode === 'add' ? addTags(before.tags, input) : removeTags(before.tags, input);
        if (tags.join('\n') === before.tags.join('\n')) continue;
        write.push({ ...before, tags, updated: now, clock: this.tickPast(before) });
      }
      return { write, result: write };
    });
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.writer.run('settings', {}, ({ settings }) => {
      const next = v.parse(settingsSchema(), { ...settings, ...patch });
      return { settings: next, result: next };
    });
  }

  /** Sets one site's skim density, against the settings as stored when the write runs. */
  setSiteDensity(site: string, density: Density): Promise<Settings> {
    return this.writer.run('settings', {}, ({ settings }) => {
      const next = v.parse(settingsSchema(), { ...settings, densitySites: withSiteDensity(settings, site, density) });
      return { settings: next, result: next };
    });
  }

  /** Tries again the writes that failed earlier (the background's alarm). */
  retryPending(): Promise<void> {
    return this.writer.retry();
  }
}
