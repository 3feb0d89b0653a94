/**
 * Odd and hostile pages for the detection's work bounds (odd-pages.test.ts, and the paint bench's
 * odd-pages section): what a page author may serve by accident or on purpose. Each is a whole HTML
 * page; `url` is an address that says nothing (no article path), so every pre-check and the generic
 * body scorer run.
 */
export const ODD_URL = 'https://odd.example.org/page';

const SENTENCE = '这是一句用来充满页面的普通句子，足够长到被当作段落的内容。';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>奇怪的页面</title></head><body><h1>奇怪的页面</h1>${body}</body></html>`;

export const ODD_PAGES: Record<string, () => string> = {
  /** 200,000 <br>s: paragraphs between double breaks, the source wrapped after each break. */
  'brs-200k': () => page(`<div>${`${SENTENCE}<br>\n<br>\n`.repeat(100_000)}</div>`),
  /** 200,000 <br>s in one paragraph, single breaks, the source wrapped after each. */
  'p-brs-200k': () => page(`<div><p>${`${SENTENCE}<br>\n`.repeat(200_000)}</p></div>`),
  /** 50,000 sibling <div>s of one sentence each. */
  'divs-50k': () => page(`<div>${`<div>${SENTENCE}</div>`.repeat(50_000)}</div>`),
  /** <div>s nested 5,000 deep, a sentence at the bottom and one beside each level. */
  'nest-5k': () => page(`${`<div>${SENTENCE}`.repeat(5_000)}${'</div>'.repeat(5_000)}`),
  /** One text node of 2 MB (two-byte characters: 1M of them), the source wrapped every 80 characters. */
  'text-2mb': () => page(`<div><p>${`${SENTENCE.repeat(3).slice(0, 79)}\n`.repeat(12_500)}</p></div>`),
  /** A body of 10,000 tiny <p>s. */
  'tiny-p-10k': () => page('<p>短句。</p>'.repeat(10_000)),
};
