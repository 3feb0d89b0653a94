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
  /**
   * The content script's follow of its page, or null. The popup sends it as an extension page,
   * which the background does not hold to one page: a draft of any other page than the one the
   * background has for the tab (a compromised content script's) is taken for none.
   */
  const draft = async () => {
    const reply = await commandTab(tabId, { type: 'content/follow-draft' });
    if (!reply.ok) throw new Error(reply.error);
    return reply.data?.url === page.url ? reply.data : null;
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
