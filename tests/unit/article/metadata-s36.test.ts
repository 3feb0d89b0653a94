/**
 * Detection and metadata classes of session 36 (s36-meta), each on a made-up page shaped like the blind page
 * that showed it.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { editorFromText } from '@/utils/article/editor';
import { documentFrom, prose } from './helpers';

describe("a body selector's first match holding only the title and its lead", () => {
  const lead =
    'Owners of high-rise residential buildings will be legally required to assess and fix unsafe cladding and to keep residents informed, under regulations laid in Parliament today, with a deadline to commission an appraisal of the external walls of every such building by the end of July next year.';
  const para = (i: number) =>
    `<p>Paragraph ${i}: the principal accountable person for every occupied residential building of at least eighteen metres will be legally required to commission an appraisal of its external walls and to keep residents informed.</p>`;
  const page = documentFrom(
    '<html><head><title>Tough new legal duties - GOV.UK</title></head><body><main>' +
      `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h1 class="govuk-heading-l">Tough new legal duties</h1><p class="gem-c-lead-paragraph">${lead}</p></div></div>` +
      '<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><dl><dt>From:</dt><dd><a href="/government/organisations/x">Ministry of Housing</a></dd></dl></div></div>' +
      `<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="govuk-govspeak">${[1, 2, 3, 4, 5].map(para).join('')}</div></div></div>` +
      '</main></body></html>',
  );
  const article = detectArticle(page, 'https://www.gov.uk/government/news/tough-new-legal-duties');

  it('is an article', () => expect(article).not.toBeNull());
  it('its body is the later, heavier match, the lead in front', () => {
    expect(article?.blocks.length).toBe(6);
    expect(article?.blocks[0]?.text).toBe(lead);
  });
});

describe("a portal's staff code after the editor's name", () => {
  it('after a space (sina)', () => expect(editorFromText('责任编辑：李某 SN221')).toBe('李某'));
  it('after an underscore (NetEase)', () => expect(editorFromText('责任编辑：王某某_NB12345')).toBe('王某某'));
  it('in brackets', () => expect(editorFromText('（责任编辑：张某 SF009）')).toBe('张某'));
  it('a Latin name is left as it is', () => expect(editorFromText('Editor: Jane Doe')).toBe('Jane Doe'));
  it('on a page', () => {
    const doc = documentFrom(
      `<html><head><title>某项通知</title></head><body><h1>某项通知</h1><div class="article">${prose(5)}</div><p class="show_author">责任编辑：李某 SN221</p></body></html>`,
    );
    expect(detectArticle(doc, 'https://news.example.com/c/2018-06-01/doc-abc.shtml')?.meta.editor).toBe('李某');
  });
});
