/**
 * PouchDB, built apart from the background (`/pouchdb.js`) so that a worker without server sync
 * never evaluates it: it is most of what the background would otherwise load at every wake-up.
 * The background loads it on demand (background/sync/pouch-loader.ts), which hands it over on
 * the worker's global object: a classic script loaded by `importScripts` or a script element
 * returns nothing else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import PouchDB from 'pouchdb-browser';

export default defineUnlistedScript(() => {
  (globalThis as { __hzdPouchDB?: PouchDB.Static }).__hzdPouchDB = PouchDB;
});
