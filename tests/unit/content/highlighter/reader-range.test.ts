// @vitest-environment happy-dom
/**
 * Whether the selection at a release is the reader's, judged from the caret positions where the
 * pointer went down and came up (entrypoints/content/highlighter/reader-range.ts). The browsers'
 * own hit tests and a page's scripts are in tests/e2e/selection-drag.e2e.ts; here the caret
 * positions are given.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readerRange } from '@/entrypoints/content/highlighter/reader-range';
import type { Release } from '@/entrypoints/content/highlighter/release';

const SENTENCE = '网络时代,统战成员大多数成为网民';
let sentence: Text;
let after: Text;
let before: Text;

beforeEach(() => {
  document.body.innerHTML =
    `<p id="p"><span id="b" style="font-size:0">前置PLANTED</span>${SENTENCE}<span id="a" style="font-size:0">植入PLANTED</span> 后文</p>` +
    '<p id="q">下一段HIDDEN</p>';
  before = document.getElementById('b')!.firstChild as Text;
  sentence = document.getElementById('p')!.childNodes[1] as Text;
  after = document.getElementById('a')!.firstChild as Text;
});

const caret = (node: Node, offset: number) => {
  const r = document.createRange();
  r.setStart(node, offset);
  return r;
};
const span = (from: [Node, number], to: [Node, number]) => {
  const r = document.createRange();
  r.setStart(...from);
  r.setEnd(...to);
  return r;
};
const release = (range: Range | null, down: Range | null, up: Range | null, clicks = 1): Release => ({
  range,
  down,
  up,
  clicks,
});

describe('a drag', () => {
  const down = () => caret(sentence, 0);
  const up = () => caret(sentence, SENTENCE.length);

  it('keeps the selection whose ends are where the pointer went down and came up', () => {
    const selected = span([sentence, 0], [sentence, SENTENCE.length]);
    expect(readerRange(document, release(selected, down(), up()))).toBe(selected);
  });

  it('either way (dragged from the end back to the start)', () => {
    const selected = span([sentence, 0], [sentence, SENTENCE.length]);
    expect(readerRange(document, release(selected, up(), down()))).toBe(selected);
  });

  it('keeps ends written another way, or past white space only', () => {
    const p = document.getElementById('p')!;
    const selected = span([p, 1], [sentence, SENTENCE.length]);
    expect(readerRange(document, release(selected, down(), up()))).toBe(selected);
  });

  it.each([
    ['after it', () => span([sentence, 0], [after, after.length])],
    ['before it', () => span([before, 0], [sentence, SENTENCE.length])],
    ['on both sides', () => span([before, 2], [after, 2])],
    ['into the next paragraph', () => span([sentence, 0], [document.getElementById('q')!.firstChild!, 6])],
  ])('puts back a selection stretched over the words %s', (_, stretched) => {
    const judged = readerRange(document, release(stretched(), down(), up()));
    expect(judged?.toString()).toBe(SENTENCE);
  });

  it('takes a shrunk selection for the pointer’s too', () => {
    const judged = readerRange(document, release(span([sentence, 4], [sentence, 8]), down(), up()));
    expect(judged?.toString()).toBe(SENTENCE);
  });

  it('leaves a selection unjudged where the browser gave no caret position, and a click is none', () => {
    const selected = span([sentence, 0], [after, after.length]);
    expect(readerRange(document, release(selected, null, up()))).toBe(selected);
    expect(readerRange(document, release(caret(sentence, 3), down(), down()))).toBeNull();
    expect(readerRange(document, release(null, down(), up()))).toBeNull();
  });
});

describe('a double click (words)', () => {
  /** The words Intl.Segmenter finds around the caret, as the browsers' double click does. */
  const wordAt = (offset: number) => {
    const segments = new Intl.Segmenter('zh', { granularity: 'word' }).segment(SENTENCE);
    const s = segments.containing(offset)!;
    return [s.index, s.index + s.segment.length] as const;
  };

  it('keeps the word the browser selected around the pointer', () => {
    const [from, to] = wordAt(6);
    const selected = span([sentence, from], [sentence, to]);
    expect(readerRange(document, release(selected, caret(sentence, 6), caret(sentence, 6), 2))).toBe(selected);
  });

  it('puts back a word stretched over the invisible words after it: the words at the pointer', () => {
    const end = SENTENCE.length;
    const judged = readerRange(
      document,
      release(span([sentence, end - 1], [after, after.length]), caret(sentence, end), caret(sentence, end), 2),
    );
    expect(judged?.toString()).not.toContain('PLANTED');
    expect(SENTENCE.endsWith(judged!.toString())).toBe(true);
    expect(judged!.toString().length).toBeGreaterThan(0);
  });
});

describe('a triple click (the paragraph)', () => {
  it('keeps the paragraph, to the start of the next', () => {
    const p = document.getElementById('p')!;
    const q = document.getElementById('q')!;
    const selected = span([p, 0], [q, 0]);
    expect(readerRange(document, release(selected, caret(sentence, 3), caret(sentence, 3), 3))).toBe(selected);
  });

  it('puts back a paragraph stretched into the next one', () => {
    const p = document.getElementById('p')!;
    const selected = span([p, 0], [document.getElementById('q')!.firstChild!, 6]);
    const judged = readerRange(document, release(selected, caret(sentence, 3), caret(sentence, 3), 3));
    expect(judged?.toString()).toBe(p.textContent);
  });
});
