/**
 * "Run on every site": while the optional all-sites permission is held, the content script is
 * registered for every http(s) page outside the portal list (the manifest already covers the
 * portals); when the permission goes, so does the registration.
 *
 * The permission is the only switch: the options page asks for it or gives it back, and the
 * browser's own site-access controls can change it too. So the registration follows the
 * permission events, and is checked again whenever the background starts (an MV3 service
 * worker waking, a browser restart, an update), which puts right a registration that was lost
 * or left over while nothing was listening. One code path for both browsers:
 * `scripting.registerContentScripts` exists in Chrome MV3 and in Firefox MV2 (102+; we need 140).
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, EVERY_SITE, PORTAL_MATCHES } from '@/utils/portals';

const ALL_SITES_SCRIPT_ID = 'hzd-all-sites';

const registration = {
  id: ALL_SITES_SCRIPT_ID,
  matches: ['*://*/*'],
  excludeMatches: PORTAL_MATCHES,
  js: [CONTENT_SCRIPT_FILE],
  runAt: 'document_idle' as const,
};

async function reconcile(): Promise<void> {
  const wanted = await browser.permissions.contains(EVERY_SITE);
  const present = (await browser.scripting.getRegisteredContentScripts({ ids: [ALL_SITES_SCRIPT_ID] })).length > 0;
  if (wanted && present) await browser.scripting.updateContentScripts([registration]);
  else if (wanted) await browser.scripting.registerContentScripts([registration]);
  else if (present) await browser.scripting.unregisterContentScripts({ ids: [ALL_SITES_SCRIPT_ID] });
}

/** Keeps the every-site registration in step with the permission, from now on and right away. */
export function installAllSites(): void {
  // One check at a time: a grant and a start-up check racing must not register twice.
  let queue = Promise.resolve();
  const check = () => {
    queue = queue.then(reconcile).catch((e: unknown) => console.warn('huazhongdian: every-site registration', e));
  };
  browser.permissions.onAdded.addListener(check);
  browser.permissions.onRemoved.addListener(check);
  check();
}
