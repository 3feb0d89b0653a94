/** For the library components' tests: highlights, and an element to draw into. */
import { afterEach, beforeEach } from 'vitest';
import { render } from 'preact';
import type { Highlight } from '@/utils/highlights/record';

/** Record n, on one of three pages of www.gov.cn. */
export const record = (n: number, exact = `推进城市更新行动第${n}条`): Highlight => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  url: `https://www.gov.cn/zhengce/${n % 3}.htm`,
  title: `通知 ${n % 3}`,
  site: 'www.gov.cn',
  quote: { exact, prefix: '', suffix: '' },
  position: { start: 0, end: exact.length },
  color: 'yellow',
  note: '',
  tags: [],
  category: null,
  created: 1_700_000_000_000 + n,
  updated: 1_700_000_000_000 + n,
  clock: `${n}`,
});

/** A new element in the document for each test, emptied and removed after it. */
export function testRoot(): () => HTMLElement {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  return () => root;
}
