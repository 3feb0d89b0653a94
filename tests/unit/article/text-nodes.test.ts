import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstTextNode, textNodes } from '@/utils/article/text-nodes';
import { documentFrom } from './helpers';

/** The reference: a recursive walk over childNodes, skipping the elements that hold no page text. */
function reference(root: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node) =>
    n.childNodes.forEach((c) => {
      if (c.nodeType === 3) out.push(c.textContent ?? '');
      else if (c.nodeType === 1 && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes((c as Element).tagName))
        walk(c);
    });
  walk(root);
  return out;
}

/** Random markup: nested elements (some that hold no page text), comments and text. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.stringMatching(/^[a-z一二]{1,3}$/),
    fc.constant('<!-- c -->'),
    fc
      .tuple(fc.constantFrom('div', 'p', 'span', 'script', 'noscript', 'b'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;

describe('textNodes and firstTextNode', () => {
  it('list the text nodes in document order, outside script, style, noscript and template', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 5 }), (parts) => {
        const doc = documentFrom(`<html><body><main>${parts.join('')}</main></body></html>`);
        const root = doc.querySelector('main')!;
        const want = reference(root);
        expect(textNodes(root).map((t) => t.textContent)).toEqual(want);
        expect(firstTextNode(root)?.textContent ?? null).toBe(want[0] ?? null);
      }),
      { numRuns: 300 },
    );
  });
});
