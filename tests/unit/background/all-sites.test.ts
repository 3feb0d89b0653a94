/**
 * The every-site registration at a worker's start: a registration the browser kept (it persists
 * across restarts) is left alone — updating or re-registering it while a restored tab loads left
 * that page unpainted — and only a missing, different or unwanted one is changed.
 */
import { describe, expect, it } from 'vitest';
import { reconcileAllSites, type ContentScriptRegistry } from '@/entrypoints/background/all-sites';
import { CONTENT_SCRIPT_FILE, PORTAL_MATCHES, RELEASE_WATCH_FILE } from '@/utils/portals';

type Script = Awaited<ReturnType<ContentScriptRegistry['getRegisteredContentScripts']>>[number] & { id?: string };

/** A scripting API over a list of registrations, counting the calls that change it. */
function fakeScripting(initial: Script[]) {
  const scripts = new Map(initial.map((s) => [s.id!, s]));
  const calls: string[] = [];
  const api: ContentScriptRegistry = {
    getRegisteredContentScripts: async ({ ids }) => ids.flatMap((id) => scripts.get(id) ?? []),
    registerContentScripts: async (list) => {
      calls.push('register');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    updateContentScripts: async (list) => {
      calls.push('update');
      for (const s of list) scripts.set(s.id, s);
    },
    unregisterContentScripts: async ({ ids }) => {
      calls.push('unregister');
      for (const id of ids) scripts.delete(id);
    },
  };
  return { api, calls, scripts };
}

/** What Chrome hands back for our registration (file without its leading slash, defaults filled in). */
const kept = (): Script =>
  ({
    id: 'hzd-all-sites',
    matches: ['*://*/*'],
    excludeMatches: [...PORTAL_MATCHES].reverse(),
    js: [CONTENT_SCRIPT_FILE.replace(/^\//, '')],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  }) as Script;
/** Its document_start companion (the release watch), as Chrome hands it back. */
const keptRelease = (): Script => ({
  ...kept(),
  id: 'hzd-all-sites-release',
  js: [RELEASE_WATCH_FILE.replace(/^\//, '')],
  runAt: 'document_start',
});

describe('reconcileAllSites (the start-up check)', () => {
  it('leaves a registration that is already right alone: no update, no unregister, no register', async () => {
    const { api, calls } = fakeScripting([kept(), keptRelease()]);
    expect(await reconcileAllSites(true, api)).toBe('kept');
    expect(calls).toEqual([]);
  });

  it('registers a missing registration while the permission is held', async () => {
    const { api, calls, scripts } = fakeScripting([]);
    expect(await reconcileAllSites(true, api)).toBe('registered');
    expect(calls).toEqual(['register', 'register']);
    expect(scripts.get('hzd-all-sites')?.js).toEqual([CONTENT_SCRIPT_FILE]);
    expect(scripts.get('hzd-all-sites-release')).toMatchObject({ js: [RELEASE_WATCH_FILE], runAt: 'document_start' });
  });

  it('updates a registration that differs (an older build’s, another file)', async () => {
    const { api, calls, scripts } = fakeScripting([{ ...kept(), js: ['content-scripts/old.js'] }, keptRelease()]);
    expect(await reconcileAllSites(true, api)).toBe('updated');
    expect(calls).toEqual(['update']);
    expect(scripts.get('hzd-all-sites')?.js).toEqual([CONTENT_SCRIPT_FILE]);
    const { api: other, calls: otherCalls } = fakeScripting([
      { ...kept(), excludeMatches: PORTAL_MATCHES.slice(1) },
      keptRelease(),
    ]);
    expect(await reconcileAllSites(true, other)).toBe('updated');
    expect(otherCalls).toEqual(['update']);
  });

  it('adds the release watch beside a content script an older build registered alone', async () => {
    const { api, calls, scripts } = fakeScripting([kept()]);
    expect(await reconcileAllSites(true, api)).toBe('kept');
    expect(calls).toEqual(['register']);
    expect(scripts.get('hzd-all-sites-release')).toMatchObject({ js: [RELEASE_WATCH_FILE], runAt: 'document_start' });
  });

  it('unregisters when the permission is gone, and does nothing when there is nothing to do', async () => {
    const { api, calls, scripts } = fakeScripting([kept(), keptRelease()]);
    expect(await reconcileAllSites(false, api)).toBe('unregistered');
    expect(calls).toEqual(['unregister', 'unregister']);
    expect(scripts.size).toBe(0);
    expect(await reconcileAllSites(false, api)).toBe('none');
    expect(calls).toEqual(['unregister', 'unregister']);
  });
});
