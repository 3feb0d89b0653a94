/**
 * Property (issue 12 point 2): arbitrary hostile records — any clock the record schema lets
 * through, any created/updated — arriving by import and by browser sync, interleaved with local
 * saves, deletes and the passing of time, never stop saving or deleting, and never make a later
 * local edit lose: an edit beats every record the library took in before it, also when those
 * records are delivered again.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Highlight } from '@/utils/highlights/record';
import type { HighlightDraft } from '@/utils/messages';
import { createRouter } from '@/entrypoints/background/router';
import { MemoryArea } from '@/utils/store/area';
import { refusalOf } from '@/utils/sync/admit';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { createClock, formatClock, MAX_CLOCK_SKEW_MS, MAX_COUNTER, MAX_WALL, parseClock } from '@/utils/sync/hlc';
import { canonicalJson, compareVersions } from '@/utils/sync/merge';
import { BrowserSync } from '@/entrypoints/background/sync/browser-sync';
import { ManualTimers } from '../background/sync/fake-timers';
import { EXTENSION } from '../background/setup';
import { testStore } from '../store/helpers';
import { makeHighlight } from './fixtures';

const IDS = ['a', 'b', 'c'] as const;

/**
 * Each id its own passage: an import takes a record of the same passage on the same page for the
 * local one whatever its id (utils/export/plan-import.ts), which would make two ids one highlight.
 */
const ownPassage = (id: string) => {
  const start = 10 + 20 * Math.max(0, IDS.indexOf(id as (typeof IDS)[number]));
  return { id, position: { start, end: start + 11 } };
};
const highlightOf = (over: Partial<Highlight> & { id: string }) => makeHighlight({ ...ownPassage(over.id), ...over });
const START = new ManualTimers().now();

const wallArb = fc.oneof(
  fc.integer({ min: 0, max: MAX_WALL }),
  fc.integer({ min: START - MAX_CLOCK_SKEW_MS, max: START + 3 * MAX_CLOCK_SKEW_MS }),
  fc.constantFrom(MAX_WALL, MAX_WALL - 1, START + MAX_CLOCK_SKEW_MS, START + MAX_CLOCK_SKEW_MS + 1, 0),
);
const hostileClockArb = fc.oneof(
  fc
    .record({
      wallMs: wallArb,
      counter: fc.oneof(fc.integer({ min: 0, max: MAX_COUNTER }), fc.constantFrom(MAX_COUNTER, MAX_COUNTER - 1)),
      deviceId: fc.constantFrom('peer', 'x', 'zzzz'),
    })
    .map(formatClock),
  fc.constantFrom('999999999999999:999998:x', 'zzz', '~', ' ', '001700000000000:000000:'),
  fc.string({ minLength: 1, maxLength: 40 }),
);
const timeArb = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), wallArb);

const hostileArb: fc.Arbitrary<Highlight> = fc
  .record({
    id: fc.constantFrom(...IDS),
    clock: hostileClockArb,
    created: timeArb,
    updated: timeArb,
    note: fc.constantFrom('hostile 1', 'hostile 2'),
    deleted: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ deleted, ...r }) => highlightOf(deleted === undefined ? r : { ...r, deleted }));

type Op =
  | { kind: 'import' | 'browser-sync'; record: Highlight }
  | { kind: 'save'; id: string; note: string }
  | { kind: 'delete'; id: string }
  | { kind: 'wait'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('import' as const, 'browser-sync' as const), record: hostileArb }),
  fc.record({
    kind: fc.constant('save' as const),
    id: fc.constantFrom(...IDS),
    note: fc.constantFrom('mine 1', 'mine 2'),
  }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.oneof(fc.nat(5_000), fc.constant(MAX_CLOCK_SKEW_MS)) }),
);

/** Found by the property: a clock taken in at the bound with the greatest counter, then a save. */
const EDGE: Op[] = [
  { kind: 'wait', ms: 1 },
  {
    kind: 'import',
    record: highlightOf({
      id: 'a',
      clock: formatClock({ wallMs: START + 1 + MAX_CLOCK_SKEW_MS, counter: MAX_COUNTER, deviceId: 'peer' }),
    }),
  },
  { kind: 'save', id: 'a', note: 'mine 1' },
];

/** Found by CI: a tombstone from a peer, then a delete of what is already deleted. */
const TOMBSTONE_THEN_DELETE: Op[] = [
  {
    kind: 'browser-sync',
    record: highlightOf({ id: 'b', clock: '000000000000000:999999:peer', deleted: true, created: 0, updated: 0 }),
  },
  { kind: 'delete', id: 'b' },
  { kind: 'import', record: highlightOf({ id: 'a', clock: '999999999999999:999998:x', created: 0, updated: 0 }) },
];

/**
 * Found by CI: an imported tombstone of a record this library never had (not stored: nothing to
 * delete) with a clock at the bound, then a new record of that id, then the file again.
 */
const TOMBSTONE_AT_BOUND_THEN_SAVE: Op[] = [
  {
    kind: 'import',
    record: highlightOf({
      id: 'c',
      note: 'hostile 1',
      deleted: true,
      created: 0,
      updated: START - MAX_CLOCK_SKEW_MS,
      clock: formatClock({ wallMs: START + MAX_CLOCK_SKEW_MS, counter: 0, deviceId: 'peer' }),
    }),
  },
  { kind: 'save', id: 'c', note: 'mine 1' },
];

/** Found by a helper's run: a save, a day's wait, then an import of another id on the same passage. */
const SAME_PASSAGE_OTHER_ID: Op[] = [
  { kind: 'save', id: 'c', note: 'mine 1' },
  { kind: 'wait', ms: MAX_CLOCK_SKEW_MS },
  {
    kind: 'import',
    record: highlightOf({
      id: 'a',
      note: 'hostile 1',
      created: START + MAX_CLOCK_SKEW_MS,
      updated: START + MAX_CLOCK_SKEW_MS,
      clock: formatClock({ wallMs: START + MAX_CLOCK_SKEW_MS + 1, counter: 0, deviceId: 'peer' }),
    }),
  },
];

const draftOf = ({ clock: _c, created: _cr, updated: _u, deleted: _d, ...draft }: Highlight): HighlightDraft => draft;

async function run(ops: Op[]) {
  const timers = new ManualTimers();
  const store = await testStore();
  const secrets = new MemoryArea();
  const shared = new MemoryArea();
  const open = () =>
    store.open({ now: timers.now, newDeviceId: () => 'here', makeClock: (d) => createClock(d, timers.now) });
  const library = await open();
  const ready = Promise.resolve();
  const handle = createRouter({
    library,
    ready,
    now: timers.now,
    tabs: { get: async () => null, set: async () => undefined, forget: async () => undefined },
  });
  const sync = new BrowserSync({ sync: shared, local: secrets, library, ready, timers });

  /** Hostile records the library took in (admitted when they arrived). */
  const takenIn: Highlight[] = [];
  /** The last local edit per id, while no hostile record for that id arrived after it. */
  const lastLocal = new Map<string, Highlight>();

  const importRecords = async (records: Highlight[]) => {
    const reply = await handle({ type: 'highlights/import', records }, EXTENSION);
    expect(reply.ok).toBe(true);
  };

  for (const op of ops) {
    if (op.kind === 'wait') {
      await timers.advance(op.ms);
    } else if ('record' in op) {
      if (op.kind === 'import') await importRecords([op.record]);
      else {
        await shared.set(encodeForSync([op.record]).items);
        await sync.round();
      }
      if (refusalOf(op.record, { now: timers.now() }) === null) takenIn.push(op.record);
      lastLocal.delete(op.record.id);
    } else {
      const existing = await library.get(op.id);
      const reply =
        op.kind === 'save'
          ? await handle(
              {
                type: 'highlights/save',
                draft: { ...draftOf(existing ?? highlightOf({ id: op.id })), note: op.note },
              },
              EXTENSION,
            )
          : // Deleting what is already deleted changes nothing (no reader can: the record is not shown).
            existing && existing.deleted !== true
            ? await handle({ type: 'highlights/delete', id: op.id }, EXTENSION)
            : null;
      if (reply === null) continue;
      // Saving and deleting always work.
      expect(reply).toMatchObject({ ok: true });
      const edit = (reply as { data: Highlight }).data;
      lastLocal.set(op.id, edit);
      // The edit beats everything taken in before it, even delivered again right now.
      for (const h of takenIn.filter((r) => r.id === op.id)) expect(compareVersions(edit, h)).toBe(1);
      await importRecords(takenIn);
      expect(canonicalJson(await library.get(op.id))).toBe(canonicalJson(edit));
    }
  }
  for (const [id, edit] of lastLocal) expect(canonicalJson(await library.get(id))).toBe(canonicalJson(edit));
  // Nothing stored is out of bounds, and the library still loads and saves after a restart.
  // (A clock taken in at the bound with counter 999999 makes the next tick borrow a millisecond.)
  for (const r of await library.all())
    expect(parseClock(r.clock).wallMs).toBeLessThanOrEqual(timers.now() + MAX_CLOCK_SKEW_MS + 1);
  const restarted = await open();
  await expect(restarted.save(draftOf(makeHighlight({ id: 'after-restart' })))).resolves.toMatchObject({ note: '' });
}

describe('hostile records interleaved with local edits (property)', () => {
  test('saving never stops and a later local edit never loses', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 24 }), (ops) => run(ops)),
      {
        numRuns: 150,
        examples: [[EDGE], [TOMBSTONE_THEN_DELETE], [SAME_PASSAGE_OTHER_ID], [TOMBSTONE_AT_BOUND_THEN_SAVE]],
      },
    );
  }, 120_000);
});
