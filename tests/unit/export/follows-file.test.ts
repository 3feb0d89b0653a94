import { describe, expect, test } from 'vitest';
import { followsToJson, parseFollowsFile } from '@/utils/export/follows-file';
import { followId, type Follow } from '@/utils/follows/record';
import { PAGE } from '../store/helpers';
import { followDraftOf } from '../follows/helpers';

const follow: Follow = { ...followDraftOf(), id: followId(PAGE), created: 1, updated: 2, clock: 'c1' };

describe('follows backup file', () => {
  test('round trip, unfollows included', () => {
    const gone: Follow = {
      ...follow,
      url: 'https://www.gov.cn/a',
      id: followId('https://www.gov.cn/a'),
      targets: [],
      deleted: true,
    };
    expect(parseFollowsFile(followsToJson([follow, gone], 0))).toEqual({
      follows: [follow, gone],
      skipped: [],
      error: null,
    });
  });

  test('hostile files: not ours, not JSON, prototype keys, a forged follow among good ones', () => {
    expect(parseFollowsFile('[]').error).toMatch(/Not a follows backup/);
    expect(parseFollowsFile('{').error).toMatch(/Not valid JSON/);
    const text = followsToJson([follow, { ...follow, id: followId('https://evil.example/') }], 0).replace(
      '"kind"',
      '"__proto__": { "polluted": true }, "kind"',
    );
    const r = parseFollowsFile(text);
    expect(r.follows).toEqual([follow]);
    expect(r.skipped).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
