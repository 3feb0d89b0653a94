// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { anchorAllRanges, anchorRange } from '@/utils/anchoring/anchor';
import { describeRange, trimOffsets } from '@/utils/anchoring/describe';
import { collectText, offsetsToPoints, offsetsToRange, rangeToOffsets } from '@/utils/anchoring/text';

const PAGE = `
<article>
  <h1>提能善为 着力提高<em>统战工作</em>科学化水平</h1>
  <script>var tracking = "不应计入的脚本文字";</script>
  <style>.x { color: red }</style>
  <p>各级党委和政府要切实<strong>加强</strong>对统一战线工作的领导。</p>
  <p>Members <b>must</b> disclose any <a href="#">conflict of interest</a> before the vote.</p>
  <div data-hzd-ui="toolbar"><button>高亮</button><span>我们的界面文字</span></div>
  <ul><li>第一项：严禁弄虚作假</li><li>第二项：不得搞<i>形式主义</i></li></ul>
  <table><tr><td>指标</td><td>目标值</td></tr><tr><td>覆盖率</td><td>95%</td></tr></table>
  <noscript>请启用脚本</noscript>
  <p>最后一段，<span>确保</span><span></span>决策部署落到实处。</p>
</article>`;

function load(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return document.body;
}

function rangeOverText(root: Node, quote: string): Range {
  const model = collectText(root);
  const start = model.text.indexOf(quote);
  if (start < 0) throw new Error(`no ${quote}`);
  const range = offsetsToRange(document, model, start, start + quote.length);
  if (!range) throw new Error('no range');
  return range;
}

describe('collectText', () => {
  beforeEach(() => load(PAGE));

  it('skips script, style, noscript, template and our UI', () => {
    const { text } = collectText(document.body);
    expect(text).toContain('各级党委和政府要切实加强对统一战线工作的领导。');
    expect(text).toContain('Members must disclose any conflict of interest before the vote.');
    for (const hidden of ['不应计入', 'color: red', '我们的界面文字', '高亮', '请启用脚本']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('skips <template> (kept out of PAGE: happy-dom ranges across a template collapse)', () => {
    load('<p>前</p><template><p>模板文字</p></template><p>后</p>');
    expect(collectText(document.body).text).toBe('前后');
  });

  it('accepts a Text node as root', () => {
    const model = collectText(document.createTextNode('单独的文字'));
    expect(model.text).toBe('单独的文字');
    expect(model.starts).toEqual([0]);
  });

  it('keeps starts consistent with node data', () => {
    const model = collectText(document.body);
    model.nodes.forEach((node, i) => {
      expect(model.text.slice(model.starts[i], model.starts[i]! + node.data.length)).toBe(node.data);
    });
  });
});

describe('DOM round trip', () => {
  beforeEach(() => load(PAGE));

  it.each([
    ['inline elements', '切实加强对统一战线'],
    ['links and bold', 'must disclose any conflict of interest'],
    ['across paragraphs', '工作的领导。\n  Members must'],
    ['across list items', '严禁弄虚作假'],
    ['table cells', '覆盖率'],
    ['heading with em', '着力提高统战工作科学化'],
    ['around an empty span', '确保决策部署'],
  ])('%s', (_name, quote) => {
    const range = rangeOverText(document.body, quote);
    expect(range.toString()).toBe(quote);
    const selectors = describeRange(document.body, range)!;
    expect(selectors.quote.exact).toBe(quote);
    const again = anchorRange(document.body, selectors)!;
    expect(again.toString()).toBe(quote);
    expect(rangeToOffsets(collectText(document.body), again)).toEqual(selectors.position);
  });

  it('round-trips a range spanning paragraphs, a list and a table', () => {
    const model = collectText(document.body);
    const start = model.text.indexOf('Members');
    const end = model.text.indexOf('95%') + 3;
    const range = offsetsToRange(document, model, start, end)!;
    const selectors = describeRange(document.body, range)!;
    expect(selectors.position).toEqual({ start, end });
    const again = anchorRange(document.body, selectors)!;
    expect(again.startContainer.textContent).toBe('Members ');
    expect(again.endContainer.textContent).toBe('95%');
    expect(again.toString()).toBe(range.toString());
  });

  it('maps element boundaries the way DOM ranges do', () => {
    const model = collectText(document.body);
    const li = document.querySelector('li')!;
    const range = document.createRange();
    range.selectNodeContents(li); // (li, 0) .. (li, childCount)
    const { start, end } = rangeToOffsets(model, range);
    expect(model.text.slice(start, end)).toBe('第一项：严禁弄虚作假');

    const ul = document.querySelector('ul')!;
    const between = document.createRange();
    between.setStart(ul, 1); // before the second <li>
    between.setEnd(ul, 2); // after it
    const offsets = rangeToOffsets(model, between);
    expect(model.text.slice(offsets.start, offsets.end)).toBe('第二项：不得搞形式主义');
  });

  it('maps boundaries inside skipped content to the next page text', () => {
    const model = collectText(document.body);
    const ui = document.querySelector('[data-hzd-ui] span')!.firstChild!;
    const range = document.createRange();
    range.setStart(ui, 2);
    range.setEnd(document.querySelector('li')!.firstChild!, 3);
    const { start, end } = rangeToOffsets(model, range);
    expect(model.text.slice(start, end).trim()).toBe('第一项');
  });

  it('normalizes backwards boundaries and clamps offsets', () => {
    const model = collectText(document.body);
    const strong = document.querySelector('strong')!.firstChild!;
    const offsets = rangeToOffsets(model, {
      startContainer: strong,
      startOffset: 99,
      endContainer: strong,
      endOffset: 0,
    });
    expect(model.text.slice(offsets.start, offsets.end)).toBe('加强');
  });

  it('trims whitespace of the selection by default', () => {
    const model = collectText(document.body);
    const start = model.text.indexOf('Members') - 3;
    const end = model.text.indexOf('the vote.') + 12;
    const range = offsetsToRange(document, model, start, end)!;
    const selectors = describeRange(document.body, range)!;
    expect(selectors.quote.exact).toBe('Members must disclose any conflict of interest before the vote.');
    expect(describeRange(document.body, range, { trim: false })!.quote.exact).toBe(model.text.slice(start, end));
    expect(trimOffsets('  \u3000 ab \n', 0, 8)).toEqual({ start: 4, end: 6 });
    expect(trimOffsets('   ', 0, 3)).toEqual({ start: 3, end: 3 });
  });

  it('returns null for collapsed or whitespace-only selections', () => {
    const model = collectText(document.body);
    const at = model.text.indexOf('Members');
    const collapsed = offsetsToRange(document, model, at, at)!;
    expect(collapsed.collapsed).toBe(true);
    expect(describeRange(document.body, collapsed)).toBeNull();
  });

  it('re-anchors after the page changed around the highlight', () => {
    const range = rangeOverText(document.body, 'disclose any conflict of interest');
    const selectors = describeRange(document.body, range)!;
    const p = document.createElement('p');
    p.textContent = '新插入的一段导语，改变了所有偏移量。';
    document.querySelector('article')!.prepend(p);
    document.querySelector('a')!.textContent = 'conflict of intrest';
    const again = anchorRange(document.body, selectors)!;
    expect(again.toString()).toBe('disclose any conflict of intrest');
  });

  it('anchors many highlights with one text collection, nulls for orphans', () => {
    const a = describeRange(document.body, rangeOverText(document.body, '覆盖率'))!;
    const b = describeRange(document.body, rangeOverText(document.body, '不得搞形式主义'))!;
    const gone = { quote: { exact: '页面上不存在的文字内容', prefix: '', suffix: '' } };
    const ranges = anchorAllRanges(document.body, [a, gone, b]);
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual(['覆盖率', null, '不得搞形式主义']);
  });

  it('offsetsToRange rejects out-of-bounds offsets', () => {
    const model = collectText(document.body);
    expect(offsetsToRange(document, model, -1, 3)).toBeNull();
    expect(offsetsToRange(document, model, 5, 2)).toBeNull();
    expect(offsetsToRange(document, model, 0, model.text.length + 1)).toBeNull();
    // Range#toString would include <script> text, so compare through the model instead.
    const whole = offsetsToRange(document, model, 0, model.text.length)!;
    expect(rangeToOffsets(model, whole)).toEqual({ start: 0, end: model.text.length });
  });

  it('handles an empty document', () => {
    document.body.replaceChildren();
    const model = collectText(document.body);
    expect(model.text).toBe('');
    expect(offsetsToPoints(model, 0, 0)).toBeNull();
    expect(anchorRange(document.body, { quote: { exact: 'x' } })).toBeNull();
  });
});

describe('linkedom', () => {
  it('collects text and maps offsets to text points', () => {
    const { document: doc } = parseHTML(`<html><body>${PAGE}</body></html>`);
    const model = collectText(doc.body);
    expect(model.text).toContain('切实加强对统一战线');
    expect(model.text).not.toContain('我们的界面文字');
    expect(model.text).not.toContain('不应计入');
    const start = model.text.indexOf('加强对统一');
    const points = offsetsToPoints(model, start, start + 5)!;
    expect(points.startContainer.data).toBe('加强');
    expect(points.endContainer.data).toBe('对统一战线工作的领导。');
    expect(rangeToOffsets(model, points)).toEqual({ start, end: start + 5 });
    const selectors = describeRange(doc.body, points)!;
    expect(selectors.quote.exact).toBe('加强对统一');
  });
});
