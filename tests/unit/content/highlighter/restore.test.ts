// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeRange } from '@/utils/anchoring/describe';
import { layersOf, placeHighlights } from '@/entrypoints/content/highlighter/restore';
import { buildDraft } from '@/utils/highlights/draft';
import type { ColorId, Highlight } from '@/utils/highlights/record';
import { setBody } from '../../support/dom';

const PAGE = { url: 'http://www.gov.cn/a.htm', title: 't', site: 'gov.cn' };

function recordFor(text: string, color: ColorId, id: string): Highlight {
  const node = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text).find((t) => t.data.includes(text))!;
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(text));
  range.setEnd(node, node.data.indexOf(text) + text.length);
  const selectors = describeRange(document.body, range)!;
  return { ...buildDraft({ id, page: PAGE, selectors, color }), created: 1, updated: 1, clock: 'c' };
}

describe('placeHighlights', () => {
  it('places what is still there, in its colour layer, and lists the rest as orphans', () => {
    setBody(
      '<p>一是争取各级党委重视支持,将教育培训工作列入要点。</p><p>二是贯彻落实新修订的条例,突出政治培训。</p><p>三是加强统战干部能力素质建设。</p>',
    );
    const a = recordFor('重视支持', 'yellow', 'a');
    const b = recordFor('突出政治培训', 'blue', 'b');
    const c = recordFor('能力素质建设', 'yellow', 'c');
    // The page changes: a sentence is inserted at the top, the third paragraph goes away.
    setBody(
      '<p>新的一段。</p><p>一是争取各级党委重视支持,将教育培训工作列入要点。</p><p>二是贯彻落实新修订的条例,突出政治培训。</p>',
    );
    const placement = placeHighlights(document.body, [a, b, c]);
    expect(placement.placed.map((p) => [p.record.id, p.range.toString()])).toEqual([
      ['a', '重视支持'],
      ['b', '突出政治培训'],
    ]);
    expect(placement.orphans.map((r) => r.id)).toEqual(['c']);
    const layers = layersOf(placement.placed);
    expect([...layers.keys()]).toEqual(['hzd-u-yellow', 'hzd-u-blue']);
  });

  it('a broken record only orphans itself', () => {
    setBody('<p>只有一句话。</p>');
    const good = recordFor('一句话', 'green', 'g');
    const bad = { ...good, id: 'x', quote: { exact: '', prefix: '', suffix: '' } } as Highlight;
    const placement = placeHighlights(document.body, [bad, good]);
    expect(placement.placed.map((p) => p.record.id)).toEqual(['g']);
    expect(placement.orphans.map((r) => r.id)).toEqual(['x']);
  });
});
