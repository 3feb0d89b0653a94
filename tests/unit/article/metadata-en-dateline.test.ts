/**
 * An English portal's date line names the outlet after the date with no "Source:" label
 * ("Updated: June 2, 2025 10:15 <span>Xinhua</span>"): a made-up page of the genre, no meta source.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom } from './helpers';

const body =
  '<p>BEIJING, June 2 -- China will expand rural broadband coverage under a plan released on Monday by the ministry.</p>' +
  '<p>Telecom operators should extend fiber networks to all administrative villages by the end of 2026, the plan said.</p>' +
  '<p>Local governments must simplify approvals for new base stations and share poles and ducts where possible.</p>' +
  '<p>The plan also asks schools and clinics in remote areas to be connected first, according to the document.</p>';
const page = (line: string) =>
  documentFrom(
    `<html lang="en"><head><title>China to expand rural broadband</title></head><body><div class="detail">` +
      `<h1 class="title">China to expand rural broadband</h1><div class="byline">${line}</div>` +
      `<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a></div><div class="content">${body}</div></div></body></html>`,
  );
const url = 'https://english.example.gov.cn/policies/202506/02/content_1.html';

describe('the outlet after the date of an English date line', () => {
  it('in its own element', () => {
    const doc = page('Updated: June 2, 2025 10:15 &nbsp; <span class="src">Xinhua</span>');
    expect(detectArticle(doc, url)?.meta.source).toBe('Xinhua');
  });
  it('in the same text', () => {
    const doc = page('Updated: 2025-06-02 10:15 &nbsp; China Daily &nbsp; <a href="#">Print</a>');
    expect(detectArticle(doc, url)?.meta.source).toBe('China Daily');
  });
  it('none when the date stands alone before a utility', () => {
    const doc = page('Updated: June 2, 2025 10:15 <a href="#">Print</a>');
    expect(detectArticle(doc, url)?.meta.source ?? null).toBeNull();
  });
});
