/**
 * Metadata shapes of the genre (session 33), each on a made-up page: a press release's header printed
 * above its title; a ministry's table naming the ministry for a document its general office signs.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

const enParagraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: the agency will direct new funds to the locks at highest risk, and operators must plan closures a year ahead.</p>`,
).join('');

describe('a press release’s header above its title', () => {
  const page = (header: string) =>
    documentFrom(
      `<html lang="en"><head><title>Statement on Inland Ports | example.gov</title><meta property="og:site_name" content="example.gov"></head><body>` +
        `<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="release">${header}</div>` +
        `<h1>Statement on Inland Ports</h1><div class="body">${enParagraphs}</div></body></html>`,
    );
  const source = (header: string) =>
    detectArticle(page(header), 'https://www.example.gov/news/2015/07/21/statement')!.meta.source;
  it('names the issuing office', () =>
    expect(
      source(
        // (indented as templates print it: blank text between the lines)
        '\n  <p>The White House</p>\n  <p>Office of the Press Secretary</p>\n  <p>For Immediate Release</p>\n  <p>July 21, 2015</p>\n',
      ),
    ).toBe('Office of the Press Secretary'));
  it('no release mark: the site name', () =>
    expect(source('<p>Office of the Press Secretary</p><p>July 21, 2015</p>')).toBe('example.gov'));
});

describe('a table’s issuing body whose general office signs the document', () => {
  const page = (tableIssuer: string, signature: string) =>
    documentFrom(
      `<html><head><title>关于做好某项工作的通知_某某部</title></head><body>` +
        `<table class="xxgk"><tr><td>发布机关：</td><td>${tableIssuer}</td><td>文号：</td><td>某办规〔2025〕9号</td></tr></table>` +
        `<h1>关于做好某项工作的通知</h1><div class="content"><p>某办规〔2025〕9号</p><p>各省、自治区、直辖市有关部门：</p>${prose(6)}` +
        `<p>附件：工作台账（模板）</p><p style="text-align:right">${signature}</p><p style="text-align:right">2025年6月3日</p>` +
        `<p>（此件公开发布）</p></div></body></html>`,
    );
  const issuer = (tableIssuer: string, signature: string) =>
    detectArticle(page(tableIssuer, signature), 'https://www.example.gov.cn/xxgk/202506/t20250603_1.html')!.meta.issuer;
  it('is the office that signs (某某部 in the table, 某某部办公厅 under the text)', () =>
    expect(issuer('某某部', '某某部办公厅')).toBe('某某部办公厅'));
  it('a bureau and its office: 办公室', () =>
    expect(issuer('某某市农业农村局', '某某市农业农村局办公室')).toBe('某某市农业农村局办公室'));
  it('keeps the table’s body when the body itself signs', () => expect(issuer('某某部', '某某部')).toBe('某某部'));
  it('keeps the table’s body when another body signs', () => expect(issuer('某某部', '某某局办公室')).toBe('某某部'));
});

describe('an English byline that says where the reporter filed from', () => {
  const author = (byline: string) =>
    detectArticle(
      documentFrom(
        `<html lang="en"><head><title>Ports get new rules - Example Daily</title></head><body><div class="main">` +
          `<h1>Ports get new rules</h1><div class="info"><span>${byline}</span></div><div class="content">${enParagraphs}</div></div></body></html>`,
      ),
      'https://www.example.com.cn/a/202305/06/WS6456001.html',
    )!.meta.author;
  it('is the name without the place (By Jane Doe in Beijing)', () =>
    expect(author('By Jane Doe in Beijing | Example Daily | Updated: 2023-05-06 07:42')).toBe('Jane Doe'));
  it('a place of two words, a name in capitals', () =>
    expect(author('By JANE DOE in Hong Kong | Example Daily | Updated: 2023-05-06 07:42')).toBe('Jane Doe'));
  it('two reporters in two places', () =>
    expect(author('By Jane Doe in Beijing and John Roe in Shanghai | Example Daily | Updated: 2023-05-06 07:42')).toBe(
      'Jane Doe and John Roe',
    ));
  it('keeps a name with no place', () =>
    expect(author('By Jane Doe | Example Daily | Updated: 2023-05-06 07:42')).toBe('Jane Doe'));
});

describe('a trail whose links a middle dot parts', () => {
  const channel = (
    header: string,
    url = 'https://www.example.gov/briefing-room/statements-releases/2022/05/03/ports/',
  ) =>
    detectArticle(
      documentFrom(
        `<html lang="en"><head><title>Statement on Ports | Example</title><meta property="og:type" content="article"></head><body><main><section class="page-header">` +
          `${header}<h1>Statement on Ports</h1><time datetime="2022-05-03T10:00:00-04:00">May 3, 2022</time></section>` +
          `<section class="content">${enParagraphs}</section></main></body></html>`,
      ),
      url,
    )!.meta.channel;
  const dotted = (sep: string) =>
    `<div class="meta"><a href="/briefing-room/">Briefing Room</a> ${sep} <a href="/briefing-room/statements-releases/">Statements and Releases</a></div>`;
  it('reads "Briefing Room · Statements and Releases"', () =>
    expect(channel(dotted('·'))).toEqual(['Briefing Room', 'Statements and Releases']));
  it('and with a bullet', () => expect(channel(dotted('•'))).toEqual(['Briefing Room', 'Statements and Releases']));
  it('not a menu of sections side by side', () =>
    expect(
      channel(
        `<div class="menu"><a href="/briefing-room/">Briefing Room</a> · <a href="/issues/">Issues</a> · <a href="/about/">About</a></div>`,
      ),
    ).toEqual([]));
});
