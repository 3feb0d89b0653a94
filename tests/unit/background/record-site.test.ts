/**
 * A record's `site` names the site of its own address: it is what the library groups and filters
 * by, and a record saying "gov.uk" for a page of people.com.cn would show under the wrong site. A
 * content script asking for one is refused (its drafts come from the page it is on, so a mismatch
 * is an attack); an import file's record is kept with its site set from its address, and counted
 * (an outside record is not lost for a wrong label). Browser-sync and server peers: in their
 * suites (browser-sync.test.ts, server-sync-hostile.test.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Sender } from '@/entrypoints/background/sender';
import { draft, PAGE } from '../store/helpers';
import { followDraftOf } from '../follows/helpers';
import { EXTENSION, setupRouter } from './setup';
import { makeHighlight } from '../sync/fixtures';

const OWN_TAB: Sender = { kind: 'content', tabId: 3, tabUrl: PAGE };

describe('a record’s site is the site of its address', () => {
  test('a content script’s draft naming another site is refused, and nothing is stored', async () => {
    const { handle, library, follows } = await setupRouter();
    const saved = await handle({ type: 'highlights/save', draft: draft('wrong', { site: 'www.gov.uk' }) }, OWN_TAB);
    expect(saved).toMatchObject({ ok: false, error: expect.stringMatching(/site/) });
    expect(await library.get('wrong')).toBeUndefined();
    const followed = await handle({ type: 'follows/follow', draft: followDraftOf({ site: 'www.gov.uk' }) }, OWN_TAB);
    expect(followed).toMatchObject({ ok: false, error: expect.stringMatching(/site/) });
    expect(await follows.get(PAGE)).toBeNull();
    // Its own site, with or without "www.", is its site.
    expect(await handle({ type: 'highlights/save', draft: draft('right') }, OWN_TAB)).toMatchObject({ ok: true });
  });

  test('an import file’s record naming another site is kept, its site set from its address, and counted', async () => {
    const { handle, library } = await setupRouter();
    const wrong = makeHighlight({ id: 'imported-wrong', site: 'www.gov.uk' });
    const right = makeHighlight({ id: 'imported-right', quote: { exact: '另一句', prefix: '', suffix: '' } });
    const reply = await handle({ type: 'highlights/import', records: [wrong, right] }, EXTENSION);
    expect(reply).toMatchObject({ ok: true, data: { added: 2, refused: 0, corrected: 1 } });
    expect((await library.get('imported-wrong'))?.site).toBe('gov.cn');
    expect((await library.get('imported-right'))?.site).toBe('www.gov.cn');
  });
});
