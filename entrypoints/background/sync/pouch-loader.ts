/**
 * Loads PouchDB (entrypoints/pouchdb.ts, built as `/pouchdb.js`) the first time server sync needs
 * it, so a service worker without server sync starts without evaluating ~200 KB of it.
 *
 * Chrome's extension service worker may not use `import()` (the HTML spec disallows it in service
 * workers), and `importScripts()` after installation only of scripts it imported while it was
 * installing. So the worker imports the script once at `install` (`importAtInstall`, called while
 * the background is first evaluated), and from then on `importScripts` takes it from the worker's
 * installed scripts, at any time. Firefox's MV2 background is a page: a script element loads it.
 */
/// <reference types="pouchdb-browser" />
import { browser } from 'wxt/browser';

export const POUCHDB_SCRIPT = '/pouchdb.js' as const;

declare const importScripts: ((...urls: string[]) => void) | undefined;
type Holder = { __hzdPouchDB?: PouchDB.Static };

const inServiceWorker = () => typeof importScripts === 'function' && typeof document === 'undefined';
const scriptUrl = () => browser.runtime.getURL(POUCHDB_SCRIPT);

/** Registers the install-time import (service worker only). Call during the first evaluation. */
export function importAtInstall(): void {
  if (!inServiceWorker()) return;
  self.addEventListener('install', () => importScripts!(scriptUrl()));
}

let loading: Promise<PouchDB.Static> | null = null;

/** PouchDB, loaded on first use. */
export function loadPouchDB(): Promise<PouchDB.Static> {
  loading ??= load().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

async function load(): Promise<PouchDB.Static> {
  const holder = globalThis as Holder;
  if (!holder.__hzdPouchDB) {
    if (inServiceWorker()) importScripts!(scriptUrl());
    else
      await new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = scriptUrl();
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('server sync could not load its database library'));
        document.head.append(script);
      });
  }
  if (!holder.__hzdPouchDB) throw new Error('server sync could not load its database library');
  return holder.__hzdPouchDB;
}
