/** Follows for tests: a draft of the seed page with dated targets, and a follow book over a test store. */
import { FollowBook } from '@/utils/store/follows';
import { createClock } from '@/utils/sync/hlc';
import type { FollowDraft } from '@/utils/follows/record';
import type { TestStore } from '../store/helpers';
import { PAGE } from '../store/helpers';

export const followDraftOf = (over: Partial<FollowDraft> = {}): FollowDraft => ({
  url: PAGE,
  title: '关于做好2026年重点工作的通知',
  site: 'dangpai.people.com.cn',
  source: '人民网',
  published: '2026-03-01T09:00:00+08:00',
  targets: [
    {
      quote: { exact: '到2026年底，完成率要达到90%以上。', prefix: '各地区要抓紧落实。', suffix: '各部门要' },
      deadline: {
        text: '到2026年底',
        start: 0,
        end: 7,
        due: '2026-12',
        precision: 'month',
        lastDay: '2026-12-31',
        basis: 'absolute',
      },
    },
  ],
  ...over,
});

export function followBook(store: TestStore, device = 'device-a'): FollowBook {
  const clock = createClock(device, () => store.now());
  return new FollowBook({ db: () => store.db, clock: () => clock, now: () => store.now() });
}
