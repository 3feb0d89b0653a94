/**
 * "Run on every site": while the optional all-sites permission is held, the content script is
 * registered for every http(s) page outside the portal list (the manifest already covers the
 * portals); when the permission goes, so does the registration.
 *
 * The permission is the only switch: the options page asks for it or gives it back, and the
 * browser's own site-access controls can change it too. So the registration follows the
 * permission events, and is checked again whenever the background starts (an MV3 service
 * worker waking, a browser restart, an update), which puts right a registration that was lost
 * or left over while nothing was listening, and leaves one that is right alone. One code path for both browsers:
 * `scripting.registerContentScripts` exists in Chrome MV3 and in Firefox MV2 (102+; we need 140).
 */
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, EVERY_SITE, PORTAL_MATCHES, RELEASE_WATCH_FILE } from '@/utils/portals';

const ALL_SITES_SCRIPT_ID = 'hzd-all-sites';

const registration = {
  id: ALL_SITES_SCRIPT_ID,
  matches: ['*://*/*'],
  excludeMatches: PORTAL_MATCHES,
  js: [CONTENT_SCRIPT_FILE],
  runAt: 'document_idle' as 'document_idle' | 'document_start',
};

type Registration = typeof registration;

/**
 * The content script's document_start companion, first to hear the reader's mouse release before
 * any page script (entrypoints/content/highlighter/release.ts): on every site as on the portals.
 */
const releaseWatch: Registration = {
  ...registration,
  id: `${ALL_SITES_SCRIPT_ID}-release`,
  js: [RELEASE_WATCH_FILE],
  runAt: 'document_start',
};

const REGISTRATIONS = [registration, releaseWatch];

/** The part of `browser.scripting` the registration needs (a fake one in the unit tests). */
export interface ContentScriptRegistry {
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<Partial<Registration>[]>;
  registerContentScripts(scripts: Registration[]): Promise<void>;
  updateContentScripts(scripts: Registration[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

// Browsers may hand the file back without its leading slash, and lists in another order.
const sameList = (a: readonly string[] | undefined, b: readonly string[]) =>
  JSON.stringify((a ?? []).map((x) => x.replace(/^\//, '')).sort()) ===
  JSON.stringify(b.map((x) => x.replace(/^\//, '')).sort());

const matches = (r: Partial<Registration>, wanted: Registration) =>
  sameList(r.matches, wanted.matches) &&
  sameList(r.excludeMatches, wanted.excludeMatches) &&
  sameList(r.js, wanted.js) &&
  (r.runAt ?? 'document_idle') === wanted.runAt;

type Outcome = 'kept' | 'registered' | 'updated' | 'unregistered' | 'none';

/**
 * Brings the registrations in line with the permission. A registration that is already as it
 * should be is left alone: the browser keeps it across restarts, and re-registering it while a
 * restored tab loads (the worker's start-up check) left that page without its content script.
 * Returns what was done to the content script's (its companion's is done the same way).
 */
export async function reconcileAllSites(wanted: boolean, scripting: ContentScriptRegistry): Promise<Outcome> {
  const outcomes: Outcome[] = [];
  for (const r of REGISTRATIONS) outcomes.push(await reconcileOne(r, wanted, scripting));
  return outcomes[0]!;
}

async function reconcileOne(r: Registration, wanted: boolean, scripting: ContentScriptRegistry): Promise<Outcome> {
  const [present] = await scripting.getRegisteredContentScripts({ ids: [r.id] });
  if (wanted && present && matches(present, r)) return 'kept';
  if (wanted && present) return (void (await scripting.updateContentScripts([r])), 'updated');
  if (wanted) return (void (await scripting.registerContentScripts([r])), 'registered');
  if (present) return (void (await scripting.unregisterContentScripts({ ids: [r.id] })), 'unregistered');
  return 'none';
}

/**
 * Keeps the every-site registration in step with the permission from now on. Returns the check
 * to run at start-up, which the background runs once the first reply is out (index.ts).
 */
export function installAllSites(): () => void {
  // One check at a time: a grant and a start-up check racing must not register twice.
  let queue = Promise.resolve();
  const check = () => {
    queue = queue
      .then(async () => {
        const wanted = await browser.permissions.contains(EVERY_SITE);
        await reconcileAllSites(wanted, browser.scripting as unknown as ContentScriptRegistry);
      })
      .catch((e: unknown) => console.warn('huazhongdian: every-site registration', e));
  };
  browser.permissions.onAdded.addListener(check);
  browser.permissions.onRemoved.addListener(check);
  return check;
}
