import { describe, expect, it, vi } from 'vitest';
import { createRecords, type Ask } from '@/entrypoints/content/highlighter/records';
import type { Highlight } from '@/utils/highlights/record';
import { draftOf } from '@/utils/highlights/draft';
import { makeHighlight } from '../../export/fixtures';

function background(fail = false) {
  const saved: string[] = [];
  const ask = (async (req: { type: string; draft?: { id: string } }) => {
    if (fail) throw new Error('storage is full');
    saved.push(req.draft!.id);
    return { ...req.draft, created: 5, updated: 6, clock: 'stamped', deleted: false };
  }) as Ask;
  return { ask, saved };
}

describe('the page’s records', () => {
  it('show a change at once, then take the background’s stamped record', async () => {
    const bg = background();
    const changed = vi.fn();
    const records = createRecords(bg.ask, changed);
    const h = makeHighlight({ id: 'a' });
    const saving = records.save(draftOf(h));
    expect(changed).toHaveBeenCalledTimes(1);
    expect(records.byId('a')?.clock).toBe('0');
    await saving;
    expect(records.byId('a')).toMatchObject({ clock: 'stamped', created: 5 });
  });

  it('keep a change the background refused, also when its list comes in again', async () => {
    const records = createRecords(background(true).ask, () => undefined);
    await expect(records.save(draftOf(makeHighlight({ id: 'unsaved' })))).rejects.toThrow('storage is full');
    const other = makeHighlight({ id: 'other' });
    records.replace([other]);
    expect(records.all().map((r) => r.id)).toEqual(['other', 'unsaved']);
    // Once the background has it, its copy wins.
    const confirmed: Highlight = { ...makeHighlight({ id: 'unsaved' }), clock: 'c9' };
    records.replace([other, confirmed]);
    expect(records.all().map((r) => `${r.id}:${r.clock}`)).toEqual(['other:' + other.clock, 'unsaved:c9']);
  });

  it('edit a stored highlight by a patch of only the fields that changed', async () => {
    const sent: unknown[] = [];
    const ask = (async (req: { type: string; id?: string; patch?: object }) => {
      sent.push(req);
      return { ...records.byId(req.id!)!, ...req.patch, clock: 'c2' };
    }) as Ask;
    const records = createRecords(ask, () => undefined);
    const h = makeHighlight({ id: 'a', note: 'old', tags: ['x'], clock: 'c1' });
    records.put(h);
    await records.save(draftOf(h, { color: 'pink', tags: ['x', ' y '] }));
    expect(sent).toEqual([{ type: 'highlights/update', id: 'a', patch: { color: 'pink', tags: ['x', 'y'] } }]);
    expect(records.byId('a')).toMatchObject({ color: 'pink', note: 'old', clock: 'c2' });
  });

  it('send an edit the background did not take again with the next one', async () => {
    const sent: unknown[] = [];
    let fail = true;
    const ask = (async (req: { type: string; id?: string; patch?: object }) => {
      sent.push(req);
      if (fail) throw new Error('storage is full');
      return { ...records.byId(req.id!)!, ...req.patch, clock: 'c2' };
    }) as Ask;
    const records = createRecords(ask, () => undefined);
    const h = makeHighlight({ id: 'a', note: '', clock: 'c1' });
    records.put(h);
    await expect(records.save(draftOf(h, { note: 'first' }))).rejects.toThrow('storage is full');
    fail = false;
    await records.save(draftOf(records.byId('a')!, { color: 'blue' }));
    expect(sent.at(-1)).toEqual({ type: 'highlights/update', id: 'a', patch: { note: 'first', color: 'blue' } });
  });

  it('a tombstone removes the record', () => {
    const records = createRecords(background().ask, () => undefined);
    const h = makeHighlight({ id: 'x' });
    records.put(h);
    records.put({ ...h, deleted: true });
    expect(records.all()).toEqual([]);
  });
});
