/**
 * The popup's Follow button for the current tab: asks the tab's content script for the article's
 * follow (its metadata and dated targets, `content/follow-draft`), then the background to keep it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '@/utils/messages';
import { ask, commandTab } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { FollowButton, type FollowLabels, type FollowState } from './FollowButton';

const labels = (): FollowLabels => ({
  follow: t('followArticle'),
  following: t('followingArticle'),
  detail: (n) => t('followDetail', String(n)),
});

export function PopupFollow({ tabId, page }: { tabId: number; page: PageReport }) {
  const [state, setState] = useState<FollowState>({ followed: false, deadlines: 0, busy: true, error: null });
  const settle = (work: Promise<Partial<FollowState>>) => {
    setState((s) => ({ ...s, busy: true }));
    work.then(
      (next) => setState((s) => ({ ...s, ...next, busy: false, error: null })),
      (e: unknown) => setState((s) => ({ ...s, busy: false, error: e instanceof Error ? e.message : String(e) })),
    );
  };
  const draft = async () => {
    const reply = await commandTab(tabId, { type: 'content/follow-draft' });
    if (!reply.ok) throw new Error(reply.error);
    return reply.data;
  };

  useEffect(() => {
    settle(
      Promise.all([ask({ type: 'follows/get', url: page.url }), draft().catch(() => null)]).then(([f, d]) => ({
        followed: f !== null,
        deadlines: d?.targets.length ?? f?.targets.length ?? 0,
      })),
    );
  }, [tabId, page.url]);

  const toggle = () =>
    settle(
      state.followed
        ? ask({ type: 'follows/unfollow', url: page.url }).then(() => ({ followed: false }))
        : draft().then(async (d) => {
            if (!d) throw new Error(t('popupNotArticle'));
            const f = await ask({ type: 'follows/follow', draft: d });
            return { followed: true, deadlines: f.targets.length };
          }),
    );

  return (
    <div class="pv-follow">
      <FollowButton {...state} labels={labels()} onToggle={toggle} class="btn" />
    </div>
  );
}
