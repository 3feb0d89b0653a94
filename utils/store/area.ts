/**
 * The part of a `browser.storage` area the store needs. The background passes
 * `browser.storage.local`; tests pass `MemoryArea`. Keeping the store behind this
 * interface is what lets it run in Node without a browser.
 */
export interface KeyValueArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  getBytesInUse?(keys?: string | string[] | null): Promise<number>;
}

/** An in-memory area with the same copy-on-write semantics as browser storage (values are cloned). */
export class MemoryArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  /** When set, the next `set` fails with this error (to test quota and I/O failures). */
  failNextWrite: Error | null = null;

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextWrite) {
      const e = this.failNextWrite;
      this.failNextWrite = null;
      throw e;
    }
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }

  async getBytesInUse(): Promise<number> {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + JSON.stringify(v).length;
    return n;
  }
}
