/**
 * The facet counts the writer keeps (kv 'facets') stay what counting the index gives, whatever
 * the writes: saves, tag edits, deletes and restores, imports and imports taken back (records
 * removed altogether), before and after the counts were first made.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { RECORD_STORES } from '@/utils/store/db';
import { countFacets, sortFacets } from '@/utils/store/queries';
import { newImportJournal } from '@/utils/store/library';
import { makeHighlight } from '../export/fixtures';
import { draft, testStore } from './helpers';

const IDS = ['a', 'b', 'c', 'd', 'e'].map((x) => `00000000-0000-4000-8000-00000000000${x}`);
const TAGS = ['重点', 'policy', '__proto__', 'x'];
const SITES = ['www.gov.cn', 'www.news.cn', 'constructor'];

const id = fc.constantFrom(...IDS);
const tags = fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 });
const site = fc.constantFrom(...SITES);
const op = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), id, tags, site }),
  fc.record({ kind: fc.constant('retag' as const), id, tags }),
  fc.record({ kind: fc.constant('delete' as const), id, deleted: fc.boolean() }),
  fc.record({
    kind: fc.constant('import' as const),
    ids: fc.uniqueArray(id, { maxLength: 3 }),
    tags,
    site,
    undo: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('facets' as const) }),
);

test('property: the kept facet counts equal a count of the index after any writes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 14 }), async (ops) => {
      const store = await testStore();
      const library = await store.open();
      let n = 0;
      for (const o of ops) {
        const exists = async (x: string) => (await library.get(x)) !== undefined;
        if (o.kind === 'save') {
          await library.save(
            draft(o.id, { tags: o.tags, site: o.site, position: { start: 10 * ++n, end: 10 * n + 5 } }),
          );
        } else if (o.kind === 'retag' && (await exists(o.id)) && (await library.get(o.id))?.deleted !== true) {
          await library.update(o.id, { tags: o.tags });
        } else if (o.kind === 'delete' && (await exists(o.id))) {
          await library.setDeleted([o.id], o.deleted);
        } else if (o.kind === 'import') {
          const journal = newImportJournal();
          const at = store.now() + 1000;
          await library.importRecords(
            o.ids.map((x) =>
              makeHighlight({
                id: x,
                tags: o.tags,
                site: o.site,
                position: { start: 10 * ++n, end: 10 * n + 5 },
                created: at,
                updated: at,
                clock: `${String(at).padStart(15, '0')}:000000:import`,
              }),
            ),
            journal,
          );
          if (o.undo) await library.undoImport(journal);
        } else if (o.kind === 'facets') {
          await library.facets();
        }
      }
      const kept = await library.facets();
      const counted = sortFacets(await countFacets(store.db.transaction(RECORD_STORES, 'readonly')));
      expect(kept).toEqual(counted);
      // And again after a worker restart (the counts are stored, not in memory).
      expect(await (await store.open()).facets()).toEqual(counted);
    }),
    { numRuns: 40 },
  );
}, 120_000);
