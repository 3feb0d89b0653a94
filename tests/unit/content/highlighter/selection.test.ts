// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { highlightableRange, isIgnoredNode } from '@/entrypoints/content/highlighter/selection';
import { setBody } from '../../support/dom';

function select(node: Node, start: number, end: number, endNode: Node = node): Selection {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

const text = (selector: string) => document.querySelector(selector)!.firstChild as Text;

beforeEach(() => {
  setBody(`
    <p id="a">第一段的文字。</p>
    <ul><li id="b">列表项</li></ul>
    <div contenteditable="true"><p id="c">可编辑的文字</p></div>
    <div contenteditable="false"><p id="f">不可编辑</p></div>
    <div data-hzd-ui><span id="d">我们的界面</span></div>
    <p id="e">   </p>`);
  (document.activeElement as HTMLElement | null)?.blur?.();
});

describe('highlightableRange', () => {
  it('returns a copy of a selection in page text, also across blocks', () => {
    const sel = select(text('#a'), 0, 3);
    const range = highlightableRange(document, sel);
    expect(range?.toString()).toBe('第一段');
    sel.removeAllRanges();
    expect(range?.toString()).toBe('第一段'); // a copy: survives the selection going away
    expect(highlightableRange(document, select(text('#a'), 2, 2, text('#b')))?.toString()).toContain('列表');
  });

  it('leaves editable areas, our own UI and blank selections alone', () => {
    expect(highlightableRange(document, select(text('#c'), 0, 2))).toBeNull();
    expect(highlightableRange(document, select(text('#d'), 0, 2))).toBeNull();
    expect(highlightableRange(document, select(text('#e'), 0, 3))).toBeNull();
    expect(highlightableRange(document, select(text('#f'), 0, 2))?.toString()).toBe('不可');
  });

  it('ignores collapsed selections and selections while typing in a field', () => {
    expect(highlightableRange(document, select(text('#a'), 1, 1))).toBeNull();
    const input = document.createElement('textarea');
    document.body.append(input);
    input.focus();
    expect(highlightableRange(document, select(text('#a'), 0, 3))).toBeNull();
  });

  it('isIgnoredNode knows form fields', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(isIgnoredNode(input)).toBe(true);
    expect(isIgnoredNode(text('#a'))).toBe(false);
    expect(isIgnoredNode(null)).toBe(false);
  });
});
