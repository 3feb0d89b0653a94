/**
 * The highlight library as the background keeps it: an in-memory index over
 * `storage.local`, with the background as its only writer.
 *
 * - Every write goes through one queue, so requests from many tabs run one after another.
 * - Each record is one key, written by one `set` call: a service worker stopped mid-write
 *   leaves the record whole or absent.
 * - A failed write (quota, I/O) keeps the change in `pending` and rethrows a plain-words
 *   error; `retryPending()` tries again later. Nothing the user did is dropped.
 * - Records are validated on read: an invalid one is moved to `bad:<key>` with the reason.
 */
import { parseHighlight, type Highlight } from '@/utils/highlights/record';
import type { HighlightDraft } from '@/utils/messages';
import type { KeyValueArea } from './area';
import { KEYS, highlightKey, migrate, type StoreMeta } from './schema';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema, type Settings, type SettingsPatch } from './settings';
import * as v from 'valibot';

export interface Clock {
  /** A new clock value for a local change, greater than every value seen so far. */
  tick(): string;
  /** Takes note of a clock value from elsewhere so later ticks are greater. */
  receive(remote: string): void;
}

export interface LibraryOptions {
  now?: () => number;
  newDeviceId?: () => string;
  makeClock: (deviceId: string) => Clock;
}

export interface QuarantineEntry {
  key: string;
  error: string;
  value: unknown;
  at: number;
}

export class Library {
  private records = new Map<string, Highlight>();
  private settings: Settings = DEFAULT_SETTINGS;
  private queue: Promise<unknown> = Promise.resolve();
  /** Changes that could not be written yet, by storage key. */
  readonly pending = new Map<string, unknown>();
  private clock!: Clock;
  private now: () => number;
  meta: StoreMeta | null = null;
  lastError: string | null = null;
  quarantined = 0;
  /** Set when the stored schema is newer than this code: reads work, writes are refused. */
  readOnlyReason: string | null = null;
  /** Called after every successful change with the records that changed. */
  onChange: ((changed: Highlight[]) => void) | null = null;

  constructor(
    private area: KeyValueArea,
    private options: LibraryOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** Runs migrations and loads everything into memory. Safe to call once per service-worker start. */
  async load(): Promise<void> {
    const outcome = await migrate(this.area, this.options.newDeviceId ?? (() => crypto.randomUUID()));
    this.meta = outcome.meta;
    if (!outcome.ok) this.readOnlyReason = this.lastError = outcome.error;
    this.clock = this.options.makeClock(outcome.meta.deviceId);

    const all = await this.area.get(null);
    const bad: Record<string, QuarantineEntry> = {};
    const badKeys: string[] = [];
    this.records.clear();
    this.quarantined = 0;
    for (const [key, value] of Object.entries(all)) {
      if (key.startsWith(KEYS.quarantinePrefix)) {
        this.quarantined++;
      } else if (key.startsWith(KEYS.highlightPrefix)) {
        const parsed = parseHighlight(value);
        if (parsed.ok && highlightKey(parsed.value.id) === key) {
          this.records.set(parsed.value.id, parsed.value);
          this.clock.receive(parsed.value.clock);
        } else {
          const error = parsed.ok ? 'record id does not match its key' : parsed.error;
          bad[KEYS.quarantinePrefix + key] = { key, error, value, at: this.now() };
          badKeys.push(key);
        }
      }
    }
    const s = parseSettings(all[KEYS.settings]);
    this.settings = s.settings;
    if (s.error) this.lastError = `settings reset to defaults: ${s.error}`;
    if (badKeys.length && !this.readOnlyReason) {
      // Set the copies aside first, then remove the originals: a stop in between leaves a duplicate, never a loss.
      await this.area.set(bad);
      await this.area.remove(badKeys);
      this.quarantined += badKeys.length;
      this.lastError = `${badKeys.length} stored highlight(s) were invalid and were set aside`;
    }
  }

  getSettings(): Settings {
    return this.settings;
  }

  /** Live (not deleted) highlights, of one page when `url` is given, in page order. */
  list(url?: string): Highlight[] {
    const out: Highlight[] = [];
    for (const r of this.records.values()) if (!r.deleted && (url === undefined || r.url === url)) out.push(r);
    return out.sort((a, b) => (a.url === b.url ? a.position.start - b.position.start : a.url < b.url ? -1 : 1));
  }

  /** Every record, tombstones included (for sync and export). */
  all(): Highlight[] {
    return [...this.records.values()];
  }

  get(id: string): Highlight | undefined {
    return this.records.get(id);
  }

  save(draft: HighlightDraft): Promise<Highlight> {
    return this.enqueue(async () => {
      const before = this.records.get(draft.id);
      const now = this.now();
      const record: Highlight = {
        ...draft,
        created: before?.created ?? now,
        updated: now,
        clock: this.clock.tick(),
        deleted: false,
      };
      await this.write([record]);
      return record;
    });
  }

  /** Saves many drafts in one write (bulk edits). */
  saveMany(drafts: readonly HighlightDraft[]): Promise<Highlight[]> {
    return this.enqueue(async () => {
      const now = this.now();
      const records = drafts.map((draft): Highlight => ({
        ...draft,
        created: this.records.get(draft.id)?.created ?? now,
        updated: now,
        clock: this.clock.tick(),
        deleted: false,
      }));
      if (records.length) await this.write(records);
      return records;
    });
  }

  /** Deletes or restores many records in one write; unknown ids and records already in that state are skipped. */
  setDeletedMany(ids: readonly string[], deleted: boolean): Promise<Highlight[]> {
    return this.enqueue(async () => {
      const now = this.now();
      const records: Highlight[] = [];
      for (const id of new Set(ids)) {
        const before = this.records.get(id);
        if (!before || (before.deleted === true) === deleted) continue;
        records.push({ ...before, deleted, updated: now, clock: this.clock.tick() });
      }
      if (records.length) await this.write(records);
      return records;
    });
  }

  delete(id: string): Promise<Highlight> {
    return this.setDeleted(id, true);
  }

  undelete(id: string): Promise<Highlight> {
    return this.setDeleted(id, false);
  }

  private setDeleted(id: string, deleted: boolean): Promise<Highlight> {
    return this.enqueue(async () => {
      const before = this.records.get(id);
      if (!before) throw new Error(`no highlight with id ${id}`);
      const record: Highlight = { ...before, deleted, updated: this.now(), clock: this.clock.tick() };
      await this.write([record]);
      return record;
    });
  }

  /**
   * Writes records that were already merged elsewhere (sync, import): no new clock,
   * but the local clock learns theirs.
   */
  putMerged(records: Highlight[]): Promise<void> {
    return this.enqueue(async () => {
      for (const r of records) this.clock.receive(r.clock);
      await this.write(records);
    });
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.enqueue(async () => {
      const next = v.parse(settingsSchema(), { ...this.settings, ...patch });
      await this.writeKeys({ [KEYS.settings]: next });
      this.settings = next;
      return next;
    });
  }

  /** Tries again the writes that failed earlier. */
  retryPending(): Promise<void> {
    return this.enqueue(async () => {
      if (this.pending.size) await this.writeKeys({});
    });
  }

  private async write(records: Highlight[]): Promise<void> {
    const items: Record<string, unknown> = {};
    for (const r of records) {
      const checked = parseHighlight(r);
      if (!checked.ok) throw new Error(`refusing to store an invalid highlight: ${checked.error}`);
      items[highlightKey(r.id)] = checked.value;
      // Memory first: a failed write keeps the change visible and pending for retry.
      this.records.set(r.id, checked.value);
    }
    await this.writeKeys(items);
    this.onChange?.(records);
  }

  /** Writes `items` together with anything still pending, in one `set` call. */
  private async writeKeys(items: Record<string, unknown>): Promise<void> {
    if (this.readOnlyReason) throw new Error(this.readOnlyReason);
    for (const [k, val] of Object.entries(items)) this.pending.set(k, val);
    const batch = Object.fromEntries(this.pending);
    try {
      await this.area.set(batch);
      for (const k of Object.keys(batch)) if (this.pending.get(k) === batch[k]) this.pending.delete(k);
      this.lastError = null;
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.lastError = /quota/i.test(reason)
        ? `storage is full (${reason}); your change is kept and will be saved when space is free`
        : `could not save (${reason}); your change is kept and will be retried`;
      throw new Error(this.lastError);
    }
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  pageCount(): number {
    return new Set(this.list().map((r) => r.url)).size;
  }
}
