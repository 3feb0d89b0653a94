// @vitest-environment happy-dom
/**
 * The popup must not be a compromised content script's deputy. Its Follow button asks the tab's
 * content script for the follow (`content/follow-draft`) and sends it to the background as an
 * extension page, which the background does not hold to a page: a draft naming another site's
 * article was kept, replacing the reader's own follow of it (its deadlines, title, passages).
 * The popup keeps only a draft of the page the background has for the tab.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act as preactAct } from 'preact/test-utils';
import type { PageReport } from '@/utils/messages';
import type { FollowDraft } from '@/utils/follows/record';
import { zeroCounts } from '@/utils/counts';
import { testRoot } from '../library/support';

const TAB = 7;
/** The tab's page, as the background has it (reported, and checked against the tab's address). */
const PAGE: PageReport = {
  url: 'https://evil.example.com/a.htm',
  title: '某页',
  isArticle: true,
  article: null,
  counts: zeroCounts(),
  orphans: 0,
};
const draftFor = (url: string): FollowDraft => ({
  url,
  title: '关于印发《方案》的通知',
  site: new URL(url).hostname,
  source: null,
  published: null,
  targets: [],
});

/** What the tab's content script answers to `content/follow-draft`. */
let answer: FollowDraft = draftFor(PAGE.url);
/** The requests the popup sent to the background. */
const asked: { type: string; draft?: FollowDraft }[] = [];

vi.mock('@/platform/i18n', () => ({ t: (name: string) => name }));
vi.mock('@/platform/messaging', () => ({
  ask: async (req: { type: string; draft?: FollowDraft }) => {
    asked.push(req);
    if (req.type === 'follows/get') return null;
    if (req.type === 'follows/follow') return { ...req.draft, id: 'f', created: 1, updated: 1, clock: 'c' };
    throw new Error(`not in this test: ${req.type}`);
  },
  commandTab: async () => ({ ok: true, data: answer }),
}));

const { PopupFollow } = await import('@/components/follow/PopupFollow');

const flush = () => preactAct(() => new Promise<void>((ok) => setTimeout(ok, 0)));
const mounted = testRoot();
const button = () => mounted().querySelector<HTMLButtonElement>('[data-testid="follow"]')!;

beforeEach(() => {
  asked.length = 0;
});

test('a draft for another site’s article is not sent', async () => {
  answer = draftFor('https://www.gov.cn/zhengce/content/202502/content_7004512.htm');
  void preactAct(() => render(<PopupFollow tabId={TAB} page={PAGE} />, mounted()));
  await flush();
  void preactAct(() => button().click());
  await flush();
  expect(asked.filter((r) => r.type === 'follows/follow')).toEqual([]);
  expect(button().getAttribute('aria-pressed')).toBe('false');
  expect(button().title).not.toBe('');
});

test('the tab’s own page is followed', async () => {
  answer = draftFor(PAGE.url);
  void preactAct(() => render(<PopupFollow tabId={TAB} page={PAGE} />, mounted()));
  await flush();
  void preactAct(() => button().click());
  await flush();
  expect(asked.filter((r) => r.type === 'follows/follow').map((r) => r.draft?.url)).toEqual([PAGE.url]);
  expect(button().getAttribute('aria-pressed')).toBe('true');
});
