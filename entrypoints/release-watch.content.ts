/**
 * Runs at document_start, before any script of the page, only to be the first to hear the
 * reader's mouse release (./content/highlighter/release.ts). As small as it can be: it loads on
 * every page the content script matches.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '@/utils/portals';
import { watchReleases } from './content/highlighter/release';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_start',
  main() {
    watchReleases(window);
  },
});
