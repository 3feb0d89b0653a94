/**
 * A selection exported from the library page: its ids are read with `highlights/get-many`, whose
 * reply stops at the replies' size bound and says how many ids it answered (`taken`); the page
 * asks again from there, so every selected record is written once, in the order asked.
 */
import { describe, expect, test, vi } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import { makeHighlight } from '../../export/fixtures';

const asked: string[][] = [];
let library: Map<string, Highlight>;
vi.mock('@/platform/messaging', () => ({
  ask: async (req: { type: string; ids: string[] }) => {
    if (req.type !== 'highlights/get-many') throw new Error(req.type);
    asked.push(req.ids);
    // Two ids a reply, as if the records were at the size limits; an unknown id is answered too.
    const taken = Math.min(2, req.ids.length);
    return { records: req.ids.slice(0, taken).flatMap((id) => library.get(id) ?? []), taken };
  },
}));
const downloads: { name: string; blob: Blob }[] = [];
vi.mock('@/components/library/actions', () => ({
  downloadBlob: (name: string, blob: Blob) => downloads.push({ name, blob }),
}));
const { exportToFile } = await import('@/components/library/export-file');

describe('exporting a selection', () => {
  test('asks again from where each reply stopped: every record once', async () => {
    const records = Array.from({ length: 5 }, (_, i) =>
      makeHighlight({ id: `00000000-0000-4000-8000-00000000000${i}`, note: `批注${i}` }),
    );
    library = new Map(records.map((r) => [r.id, r]));
    const ids = [...records.map((r) => r.id).slice(0, 3), 'gone', ...records.map((r) => r.id).slice(3)];
    const done = await exportToFile('w3c', { kind: 'ids', ids }, { lang: 'zh', now: 0, version: '1' });
    expect(done).toBe(5);
    expect(asked.map((a) => a.length)).toEqual([6, 4, 2]);
    const text = await downloads[0]!.blob.text();
    for (let i = 0; i < 5; i++) expect(text.split(`批注${i}`).length - 1).toBe(1);
  });
});
