import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { joinDateParts } from '@/utils/article/meta';
import { segmentSentences } from '@/utils/analysis/segment';
import { explainSentence } from '@/utils/analysis/directives';
import { documentFrom, prose } from './helpers';

const texts = (t: string) => segmentSentences(t).map((s) => t.slice(s.start, s.end));
describe('date split over elements', () => {
  it('reads a year, month/day and time printed in separate elements', () => {
    const doc = documentFrom(
      '<div class="t"><span><em>2025</em></span><span><em>03</em>/<em>12</em></span><span>16:05:20</span></div>',
    );
    const el = doc.querySelector('.t')!;
    expect(el.textContent).toContain('202503/12');
    expect(joinDateParts(el)).toBe('2025/03/12 16:05:20');
  });
});

describe('segmentation at a colon before Chinese items', () => {
  it('splits "任务：一是…；二是…" into the lead and the items', () => {
    expect(texts('行动明确了两项任务：一是全面排查风险；二是严厉打击违法行为。')).toEqual([
      '行动明确了两项任务：',
      '一是全面排查风险；',
      '二是严厉打击违法行为。',
    ]);
  });
  it('keeps an English "shall: (a)" sentence and a plain colon whole', () => {
    expect(texts('会议指出：当前形势严峻。')).toEqual(['会议指出：当前形势严峻。']);
  });
});

describe('marker nouns', () => {
  it('"着力点" is a noun, not an instruction', () => {
    expect(explainSentence('这份文件把政策着力点放在了企业最关心的地方。').verdict).toBeNull();
    expect(explainSentence('要着力解决群众急难愁盼问题。').verdict?.category).toBe('obligation');
  });
});

describe('list pages with a summary under each headline', () => {
  const list = (items: string) =>
    `<html><head><title>Records - GOV.UK</title><meta property="og:type" content="article"></head><body><main><h1>Records</h1><div class="govuk-grid-column-two-thirds"><p>This collection brings together guidance for food businesses in England, Wales and Northern Ireland on keeping records.</p><ul>${items}</ul></div></main></body></html>`;
  const item = (title: string, summary: string) =>
    `<li><a href="/g/${title.length}">${title}</a><p>${summary}</p><ul><li>Guidance</li><li>Updated 3 March 2025</li></ul></li>`;
  const summary =
    'What records small food businesses must keep, how to keep them and for how long they must keep them.';

  it('is not an article', () => {
    const html = list(
      [
        'Allergen information records',
        'Supplier list template',
        'Traceability rules for suppliers',
        'Fridge temperature log',
      ]
        .map((t) => item(t, summary))
        .join(''),
    );
    expect(detectArticle(documentFrom(html), 'https://www.gov.uk/government/collections/food-records')).toBeNull();
  });

  it('an article with a few links inside sentences still is one', () => {
    const html = `<html><head><title>某地部署工作_新闻</title><meta property="og:type" content="article"></head><body><h1>某地部署工作</h1><div class="article-content">${prose(6)}<p>详见<a href="/x">《关于做好有关工作的通知》全文</a>。</p></div></body></html>`;
    expect(detectArticle(documentFrom(html), 'https://example.gov.cn/art/2025/3/1/art_1_2.html')).not.toBeNull();
  });
});
