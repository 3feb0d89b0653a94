/**
 * The library database is asked for while the rest of the background bundle (PouchDB most of
 * all) is still being evaluated: opening IndexedDB takes the browser 7–12 ms after a worker
 * start here, and this way it overlaps work that has to happen anyway. Imported first by the
 * background entrypoint. WXT also imports the entrypoint in Node at build time: no IndexedDB
 * there, and nothing is opened.
 */
import { openLibraryDb, type LibraryDb } from '@/utils/store/db';
import { mark } from '@/utils/perf/timing';

mark('hzd-bg-eval');

const early: Promise<LibraryDb> | null = typeof indexedDB === 'undefined' ? null : openLibraryDb();
early?.then(() => mark('hzd-bg-db-open')).catch(() => undefined);

/** The database opened at start-up (or opened now, if it was not). */
export const libraryDb = (): Promise<LibraryDb> => early ?? openLibraryDb();
