/**
 * Metadata classes of session 40 (s40-en), from dev55: a section label above the headline and the category the
 * header prints beside the date under it (whitehouse.gov 2021–2024's Briefing Room pages), read as a trail of two.
 * Each on a made-up page with the shape of the class.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom } from './helpers';

const url = 'https://www.example.gov/briefing-room/statements-releases/2023/03/02/fact-sheet-new-actions-on-water/';
const page = (header: string) =>
  detectArticle(
    documentFrom(
      `<html><head><title>Fact Sheet: New Actions on Water</title></head><body><main><article>${header}` +
        `<div class="page-content">${[1, 2, 3, 4, 5, 6].map((i) => `<p>Section ${i}. The Secretary shall develop a plan to replace lead service lines in the water systems of small and rural communities, and shall report to the President within 180 days.</p>`).join('')}</div></article></main></body></html>`,
    ),
    url,
  )?.meta;
const header = (label: string, below: string) =>
  `<header class="page-header">${label}<h1 class="page-title">Fact Sheet: New Actions on Water</h1>` +
  `<div class="topper__footer"><time datetime="2023-03-02T10:00:00-05:00">March 2, 2023</time> <span>•</span> ${below}</div></header>`;
const label = '<a class="topper__breadcrumb" href="https://www.example.gov/briefing-room/">Briefing Room</a>';
const category = (href: string, name: string) =>
  `<span class="cat-links"><a href="${href}" rel="category tag">${name}</a></span>`;

describe('a section label above the headline and its category under it: a trail of two', () => {
  it("the category inside the label's folder, holding the page's address, is the second step", () =>
    expect(
      page(
        header(
          label,
          category('https://www.example.gov/briefing-room/statements-releases/', 'Statements and Releases'),
        ),
      )?.channel,
    ).toEqual(['Briefing Room', 'Statements and Releases']));
  it('the label held in its own element (a kicker above the headline) likewise', () =>
    expect(
      page(
        header(
          `<div class="topper__eyebrow">${label}</div>`,
          category('/briefing-room/statements-releases/', 'Statements and Releases'),
        ),
      )?.channel,
    ).toEqual(['Briefing Room', 'Statements and Releases']));
  it('a link beside the date to a folder the page is not in (a topic) is no step', () =>
    expect(page(header(label, category('/briefing-room/speeches-remarks/', 'Speeches and Remarks')))?.channel).toEqual([
      'Briefing Room',
    ]));
  it("a link outside the label's folder is no step", () =>
    expect(page(header(label, category('/issues/water/', 'Water')))?.channel).toEqual(['Briefing Room']));
  it('a label alone stays one step', () => expect(page(header(label, ''))?.channel).toEqual(['Briefing Room']));
});
