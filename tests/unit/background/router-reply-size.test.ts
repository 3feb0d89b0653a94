/**
 * A page of the library must fit in one runtime message: Chromium refuses one over 64 MiB (its
 * JSON in UTF-8; measured: a 70 MB message from the library page throws, 60 MB passes). Pages were
 * bounded by count only (5,000 records of `highlights/changes`, 1,000 of a query or of the newest
 * pages), and ~220 records at the size limits (an article's keywords and channel in Chinese: ~320 KB
 * of JSON each), from an import file or a sync peer, made the page that held them unanswerable:
 * every export of the whole library failed there, for good. Each page now ends once its records'
 * text reaches REPLY_CHARS (utils/store/reply-size.ts); its cursor goes on from there. So does
 * `highlights/get-many` (the library page's selection, for an export): it answered every id asked,
 * up to 5,000, in one reply (~70 MB for these 260); it now says how many ids it answered.
 */
import { describe, expect, test } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import { recordChars, REPLY_CHARS } from '@/utils/store/reply-size';
import { FOLLOW_LIMITS } from '@/utils/follows/record';
import { followDraftOf } from '../follows/helpers';
import { EXTENSION, setupRouter } from './setup';

const MESSAGE_MAX = 64 * 1024 * 1024;
const RECORDS = 260;

let x = 7;
const cjk = (n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + ((x = (x * 48271) % 0x7fffffff) % 20000));
  return s;
};
const list = () => Array.from({ length: 50 }, () => cjk(1000));

const big = (i: number): Highlight => ({
  id: `big-${i}`,
  url: `https://www.gov.cn/zhengce/content/big-${i % 3}.htm`,
  title: `大文件${i}`,
  site: 'gov.cn',
  article: { title: `大文件${i}`, keywords: list(), channel: list() },
  quote: { exact: `第${i}条必须落实`, prefix: '', suffix: '' },
  position: { start: i * 10, end: i * 10 + 7 },
  color: 'yellow',
  note: '',
  tags: ['大'],
  created: 1_700_000_000_000 + i,
  updated: 1_700_000_000_000 + i,
  clock: `00170000000${String(i).padStart(4, '0')}:000000:d`,
});

describe('a page of the library fits in one message', () => {
  test('records at the size limits: every page answered under 64 MiB, every record reached', async () => {
    const { handle, library } = await setupRouter();
    const records = Array.from({ length: RECORDS }, (_, i) => big(i));
    for (let i = 0; i < RECORDS; i += 55) await library.importRecords(records.slice(i, i + 55));
    const sizes: number[] = [];
    const ask = async (m: object) => {
      const reply = await handle(m, EXTENSION);
      expect(reply).toMatchObject({ ok: true });
      sizes.push(Buffer.byteLength(JSON.stringify(reply)));
      return (reply as { data: { records: Highlight[]; cursor?: string | null; seq?: number; more?: boolean } }).data;
    };
    const seen: Record<string, Set<string>> = {
      changes: new Set(),
      query: new Set(),
      search: new Set(),
      pages: new Set(),
      getMany: new Set(),
    };
    for (let since = 0, more = true; more;) {
      const d = await ask({ type: 'highlights/changes', since, limit: 5000 });
      d.records.forEach((r) => seen.changes!.add(r.id));
      since = d.seq!;
      more = d.more!;
    }
    const paged = [
      ['query', (cursor: string | null) => ({ type: 'highlights/query', query: {}, limit: 1000, cursor })],
      [
        'search',
        (cursor: string | null) => ({ type: 'highlights/query', query: { text: '落实' }, limit: 1000, cursor }),
      ],
      ['pages', (cursor: string | null) => ({ type: 'highlights/pages', minRecords: 1000, cursor })],
    ] as const;
    for (const [name, message] of paged) {
      let cursor: string | null = null;
      do {
        const d = await ask(message(cursor));
        d.records.forEach((r) => seen[name]!.add(r.id));
        cursor = d.cursor ?? null;
      } while (cursor);
    }
    // The library page's selection (up to 5,000 ids) read for an export: asked again from where a reply stopped.
    const selection = records.map((r) => r.id);
    for (let i = 0; i < selection.length;) {
      const d = (await ask({ type: 'highlights/get-many', ids: selection.slice(i) })) as unknown as {
        records: Highlight[];
        taken: number;
      };
      d.records.forEach((r) => seen.getMany!.add(r.id));
      expect(d.taken).toBeGreaterThan(0);
      i += d.taken;
    }
    for (const ids of Object.values(seen)) expect(ids.size).toBe(RECORDS);
    expect(Math.max(...sizes)).toBeLessThan(MESSAGE_MAX);
    // The bound in characters holds at 6 bytes of JSON a character (a page ends after the record that reaches it).
    expect(6 * (REPLY_CHARS + recordChars(records[0]!)) + 1_000_000).toBeLessThan(MESSAGE_MAX);
  }, 120_000);
});

describe('one page of the library holding more than a message carries', () => {
  test('the newest pages cut it where a reply fills: every record once, each reply under 64 MiB', async () => {
    const { handle, library } = await setupRouter();
    const url = 'https://www.gov.cn/zhengce/content/one-page.htm';
    const records = Array.from({ length: RECORDS }, (_, i) => ({ ...big(i), url }));
    for (let i = 0; i < RECORDS; i += 55) await library.importRecords(records.slice(i, i + 55));
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const reply = await handle({ type: 'highlights/pages', minRecords: 1000, cursor }, EXTENSION);
      expect(reply).toMatchObject({ ok: true });
      sizes.push(Buffer.byteLength(JSON.stringify(reply)));
      const data = (reply as { data: { records: Highlight[]; cursor: string | null } }).data;
      seen.push(...data.records.map((r) => r.id));
      cursor = data.cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(RECORDS);
    expect(seen).toHaveLength(RECORDS);
    // Before: the page whole, one reply of ~78 MB.
    expect(Math.max(...sizes)).toBeLessThan(MESSAGE_MAX);
    // The popup's first page of the newest ones: cut the same way.
    const recent = await handle({ type: 'highlights/recent', limit: 1000 }, EXTENSION);
    expect(Buffer.byteLength(JSON.stringify(recent))).toBeLessThan(MESSAGE_MAX);
  }, 240_000);
});

describe('the follows fit in messages', () => {
  const FOLLOWS = 60;
  /** A follow at its limits: 200 dated targets, each passage 2,000 characters (~470,000 characters, ~1.4 MB of JSON). */
  const hugeDraft = (i: number) => {
    const [target] = followDraftOf().targets;
    return followDraftOf({
      url: `https://www.gov.cn/zhengce/content/follow-${i}.htm`,
      site: 'www.gov.cn',
      targets: Array.from({ length: FOLLOW_LIMITS.targets }, () => ({
        ...target!,
        quote: { exact: cjk(FOLLOW_LIMITS.passage), prefix: '', suffix: '' },
      })),
    });
  };

  test('follows/list answers every follow, a page at a time, each page under 64 MiB', async () => {
    const { handle, follows } = await setupRouter();
    for (let i = 0; i < FOLLOWS; i++) await follows.follow(hugeDraft(i));
    const seen = new Set<string>();
    const sizes: number[] = [];
    for (const all of [false, true]) {
      let cursor: string | null = null;
      do {
        const reply = await handle({ type: 'follows/list', all, cursor }, EXTENSION);
        expect(reply).toMatchObject({ ok: true, data: { invalid: 0 } });
        sizes.push(Buffer.byteLength(JSON.stringify(reply)));
        const data = (reply as { data: { follows: { url: string }[]; cursor: string | null } }).data;
        data.follows.forEach((f) => seen.add(`${all}:${f.url}`));
        cursor = data.cursor;
      } while (cursor);
    }
    expect(seen.size).toBe(2 * FOLLOWS);
    // Before: one reply of every follow, ~85 MB.
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.max(...sizes)).toBeLessThan(MESSAGE_MAX);
  }, 120_000);
});
