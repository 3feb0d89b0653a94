/**
 * Runs at document_start, before any script of the page, only to be the first to hear the
 * reader's mouse press and release (./content/highlighter/release.ts). As small as it can be (1.5 KB):
 * it loads on every page the content script matches, before the page's own scripts. So it is an
 * unlisted script declared in wxt.config.ts, not a WXT content script: that wrapper brings the
 * browser polyfill and a script context (14 KB), and its parse cost the seed ~8 ms of wall time
 * (docs/benchmarks.md, session 39). It touches no extension API.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchReleases } from './content/highlighter/release';

export default defineUnlistedScript(() => {
  watchReleases(window);
});
