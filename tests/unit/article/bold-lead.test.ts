/**
 * A block's bold run-in head (ArticleBlock.boldLead, blocks.ts `boldLeadOf`): the page sets the first words of a
 * paragraph in bold and goes on in plain text. Session 40.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '@/utils/article/blocks';
import { documentFrom } from './helpers';

const REST = '各县区要加快推进水厂提标改造，年内完成老旧管网更新，确保群众喝上放心水。';
const HEAD = '一是织密农村饮水安全保障网。';

/** The blocks of `body`, set in a <div id="c">. */
function blocksOf(body: string) {
  const doc = documentFrom(`<!DOCTYPE html><html><head></head><body><div id="c">${body}</div></body></html>`);
  return extractBlocks(doc.querySelector('#c')!).blocks;
}
const only = (body: string) => {
  const blocks = blocksOf(body);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
};

describe('a bold run-in head opening a paragraph', () => {
  it.each([
    ['<strong>', `<p><strong>${HEAD}</strong>${REST}</p>`],
    ['<b>', `<p><b>${HEAD}</b>${REST}</p>`],
    ['font-weight:bold', `<p><span style="font-weight:bold">${HEAD}</span>${REST}</p>`],
    ['font-weight: 700', `<p><span style="color:#333; font-weight: 700">${HEAD}</span>${REST}</p>`],
    [
      'FONT-WEIGHT: BOLD (an old editor)',
      `<p><font style="FONT-SIZE: 16px; FONT-WEIGHT: BOLD">${HEAD}</font>${REST}</p>`,
    ],
    ['inside a span', `<p><span class="t"><strong>${HEAD}</strong></span>${REST}</p>`],
    ['in two bold pieces', `<p><strong>一是</strong><b>织密农村饮水安全保障网。</b>${REST}</p>`],
  ])('is its length in the block’s text: %s', (_, html) => {
    const b = only(html);
    expect(b.kind).toBe('paragraph');
    expect(b.boldLead).toBe(HEAD.length);
    expect(b.text.slice(0, b.boldLead)).toBe(HEAD);
  });

  it('counts the indent before it, as the block’s text holds it', () => {
    const b = only(`<p>　　<strong>${HEAD}</strong> ${REST}</p>`);
    expect(b.boldLead).toBe(2 + HEAD.length);
    expect(b.text.slice(0, b.boldLead)).toBe(`　　${HEAD}`);
  });

  it('is read in a paragraph between double breaks (a run)', () => {
    const blocks = blocksOf(`${REST}<br><br><strong>${HEAD}</strong>${REST}<br><br>${REST}`);
    expect(blocks.map((b) => b.boldLead)).toEqual([undefined, HEAD.length, undefined]);
    expect(blocks[1]!.run).toBeDefined();
  });

  it('keeps its stop outside the bold as the page sets it', () => {
    expect(only(`<p><strong>一是织密农村饮水安全保障网</strong>。${REST}</p>`).boldLead).toBe(HEAD.length - 1);
  });
});

describe('no bold run-in head', () => {
  it.each([
    ['plain text', `<p>${HEAD}${REST}</p>`],
    [
      'bold inside the paragraph, not at its head',
      `<p>各县区要<strong>加快推进水厂提标改造</strong>，年内完成老旧管网更新。</p>`,
    ],
    ['a paragraph all in bold (stressed as a whole)', `<p><strong>${HEAD}${REST}</strong></p>`],
    ['a paragraph all in bold across elements', `<p><strong>${HEAD}</strong> <b>${REST}</b></p>`],
    ['a bold <p> itself', `<p style="font-weight:bold">${HEAD}${REST}</p>`],
    ['weight normal', `<p><span style="font-weight:normal">${HEAD}</span>${REST}</p>`],
    ['weight 400', `<p><span style="font-weight: 400">${HEAD}</span>${REST}</p>`],
    ['an empty bold before plain text', `<p><strong> </strong>${HEAD}${REST}</p>`],
  ])('%s', (_, html) => expect(only(html).boldLead).toBeUndefined());

  it('a class the stylesheet makes bold: the body reader resolves no stylesheet', () => {
    const b = only(`<style>.hd{font-weight:bold}</style><p><span class="hd">${HEAD}</span>${REST}</p>`);
    expect(b.boldLead).toBeUndefined();
  });

  it('a heading: its bold number is part of its head', () => {
    const blocks = blocksOf(`<h3><strong>一、</strong>总体要求</h3><p>${REST}</p>`);
    expect(blocks[0]!.kind).toBe('heading');
    expect(blocks[0]!.boldLead).toBeUndefined();
  });
});

describe('the kind of a block with a bold run-in head', () => {
  it('a short bold line is a heading, as before (the inline style counted as <strong> is)', () => {
    expect(blocksOf(`<p><strong>守牢水源水质生命线</strong></p><p>${REST}</p>`)[0]!.kind).toBe('heading');
    expect(blocksOf(`<p><span style="font-weight:bold">守牢水源水质生命线</span></p><p>${REST}</p>`)[0]!.kind).toBe(
      'heading',
    );
  });

  it('a numbered line whose bold head stops inside it is a paragraph its head leads, not a heading', () => {
    const b = only(`<p><strong>（二）压实部门责任。</strong>各有关单位按照以下分工抓好落实：</p>`);
    expect(b.kind).toBe('paragraph');
    expect(b.boldLead).toBe('（二）压实部门责任。'.length);
    // (the same line with no bold stays a numbered heading ending with its colon)
    expect(only(`<p>（二）压实部门责任。各有关单位按照以下分工抓好落实：</p>`).kind).toBe('heading');
  });
});

describe('a hostile page', () => {
  it('nests its paragraph 12,000 elements deep: read without a recursion', () => {
    const depth = 12_000;
    const b = only(`<p>${'<span>'.repeat(depth)}<strong>${HEAD}</strong>${'</span>'.repeat(depth)}${REST}</p>`);
    expect(b.boldLead).toBe(HEAD.length);
  });
});
