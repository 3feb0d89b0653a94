// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { editableFilter, isEditable } from '@/entrypoints/content/paint/editable';
import { setBody } from '../../support/dom';

const text = (selector: string) => document.querySelector(selector)!.firstChild as Text;
function rangeOver(from: Text, to: Text = from): Range {
  const r = document.createRange();
  r.setStart(from, 0);
  r.setEnd(to, to.data.length);
  return r;
}

beforeEach(() => {
  setBody(`
    <p id="before">文章第一段。</p>
    <div contenteditable="true" id="editor"><p id="inside">编辑器里的文字。</p><span contenteditable="false" id="island">不可编辑的岛。</span></div>
    <p id="after">文章第二段。</p>
    <textarea id="area">输入框文字</textarea>
    <input id="field" value="单行">`);
});

describe('isEditable', () => {
  it('is true in editors and fields, false in page text', () => {
    expect(isEditable(text('#inside'))).toBe(true);
    expect(isEditable(text('#area'))).toBe(true);
    expect(isEditable(document.querySelector('#field'))).toBe(true);
    expect(isEditable(text('#before'))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});

describe('editableFilter', () => {
  it('is null on a page without editable regions (one query, nothing filtered)', () => {
    setBody('<p id="before">文章第一段。</p><input value="search">');
    expect(editableFilter(document)).toBeNull();
  });

  it('keeps ranges in page text and drops those inside, into or around an editor', () => {
    const keep = editableFilter(document)!;
    expect(keep(rangeOver(text('#before')))).toBe(true);
    expect(keep(rangeOver(text('#after')))).toBe(true);
    expect(keep(rangeOver(text('#inside')))).toBe(false);
    expect(keep(rangeOver(text('#area')))).toBe(false);
    // From the page text into the editor, and from before it to after it.
    expect(keep(rangeOver(text('#before'), text('#inside')))).toBe(false);
    expect(keep(rangeOver(text('#before'), text('#after')))).toBe(false);
  });

  it('drops everything while the whole document is in design mode', () => {
    (document as { designMode: string }).designMode = 'on';
    try {
      expect(editableFilter(document)!(rangeOver(text('#before')))).toBe(false);
    } finally {
      (document as { designMode: string }).designMode = 'off';
    }
  });
});
