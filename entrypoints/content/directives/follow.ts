/**
 * Following the article on this page (utils/follows): whether it is followed (asked of the
 * background once the article is adopted, after the paint), the Follow button's state for the
 * outline, and the draft — the article's metadata and dated targets — that the outline's button
 * and the popup (through `content/follow-draft`) send. A content script may follow only its own
 * tab's page; the background checks that (router.ts).
 */
import type { Directive } from '@/utils/analysis/directives';
import type { Article } from '@/utils/article/types';
import { followDraft } from '@/utils/follows/deadlines';
import type { FollowDraft } from '@/utils/follows/record';
import { pageIdentity } from '@/utils/highlights/page';
import type { FollowState } from '@/components/follow/FollowButton';
import type { Request } from '@/utils/messages';
import type { ResponseMap } from '@/utils/message-replies';

type Ask = <K extends 'follows/get' | 'follows/follow' | 'follows/unfollow'>(
  request: Extract<Request, { type: K }>,
) => Promise<ResponseMap[K]>;

export interface FollowingDeps {
  doc: Document;
  ask: Ask;
  article(): Article | null;
  directives(): Directive[];
  /** The state changed: show it. */
  onChange(): void;
}

export interface Following {
  /** The adopted article changed: forget the draft, ask again whether it is followed. */
  refresh: () => void;
  state: () => FollowState;
  toggle: () => void;
  draft: () => FollowDraft | null;
}

export function createFollowing(deps: FollowingDeps): Following {
  let followed = false;
  let busy = false;
  let error: string | null = null;
  let cached: FollowDraft | null = null;
  let asked = '';

  const draft = (): FollowDraft | null => {
    const article = deps.article();
    if (!article) return null;
    if (cached) return cached;
    const page = pageIdentity(deps.doc, location.href);
    const meta = article.meta;
    cached = followDraft(
      { ...page, title: meta.title || page.title, source: meta.source ?? null, published: meta.published ?? null },
      article,
      deps.directives(),
    );
    return cached;
  };

  const settle = (work: Promise<unknown>) => {
    busy = true;
    deps.onChange();
    work
      .then(() => (error = null))
      .catch((e: unknown) => (error = e instanceof Error ? e.message : String(e)))
      .finally(() => {
        busy = false;
        deps.onChange();
      });
  };

  return {
    refresh() {
      cached = null;
      const url = deps.article() ? pageIdentity(deps.doc, location.href).url : '';
      if (!url || url === asked) return;
      asked = url;
      settle(deps.ask({ type: 'follows/get', url }).then((f) => (followed = f !== null)));
    },
    state: () => ({ followed, deadlines: draft()?.targets.length ?? 0, busy, error }),
    toggle() {
      const d = draft();
      if (!d || busy) return;
      settle(
        followed
          ? deps.ask({ type: 'follows/unfollow', url: d.url }).then(() => (followed = false))
          : deps.ask({ type: 'follows/follow', draft: d }).then(() => (followed = true)),
      );
    },
    draft,
  };
}
