// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createRangeMaker } from '@/entrypoints/content/directives/ranges';
import type { Article, ArticleBlock } from '@/utils/article/types';
import { detectArticle } from '@/utils/article/detect';
import { findDirectives } from '@/utils/analysis/directives';
import { setBody, setPage } from '../../support/dom';

/** An article over the given elements, as detection describes one. */
function articleOf(nodes: Element[]): Article {
  const blocks: ArticleBlock[] = [];
  let start = 0;
  for (const node of nodes) {
    const text = node.textContent ?? '';
    blocks.push({ kind: 'paragraph', node, text, start });
    start += text.length + 1;
  }
  return {
    meta: { title: 't', url: location.href },
    root: document.body,
    blocks,
    text: blocks.map((b) => b.text).join('\n'),
  };
}

const rangeOfText = (article: Article, needle: string) => {
  const at = article.text.indexOf(needle);
  const blockIndex = article.blocks.findIndex((b) => at >= b.start && at < b.start + b.text.length);
  return createRangeMaker(document, article).range(blockIndex, at, at + needle.length);
};

beforeEach(() => {
  setBody(`
    <p id="a">各地要<b>加强组织</b>领导,确保落实。</p>
    <p id="b">严禁弄虚作假。</p>
    <div contenteditable="true"><p id="c">必须按时完成整改。</p></div>
    <div contenteditable="false"><p id="d">应当及时报告。</p></div>
    <p id="e" contenteditable="plaintext-only">不得擅自改变。</p>`);
});

describe('directive ranges', () => {
  it('map article offsets to the page text, across inline elements', () => {
    const article = articleOf([...document.querySelectorAll('#a, #b')]);
    expect(rangeOfText(article, '各地要加强组织领导')?.toString()).toBe('各地要加强组织领导');
    expect(rangeOfText(article, '弄虚作假')?.toString()).toBe('弄虚作假');
  });

  it('give no range in an editable region (the page’s editor), but do outside contenteditable="false"', () => {
    const article = articleOf([...document.querySelectorAll('#c, #d, #e')]);
    expect(rangeOfText(article, '按时完成')).toBeNull();
    expect(rangeOfText(article, '擅自改变')).toBeNull();
    expect(rangeOfText(article, '及时报告')?.toString()).toBe('及时报告');
  });

  it('give no range for a block whose text changed since the analysis, or that left the page', () => {
    const article = articleOf([...document.querySelectorAll('#a, #b')]);
    document.querySelector('#a')!.append('新增');
    document.querySelector('#b')!.remove();
    const maker = createRangeMaker(document, article);
    expect(maker.range(0, 0, 3)).toBeNull();
    expect(maker.range(1, article.blocks[1]!.start, article.blocks[1]!.start + 2)).toBeNull();
  });

  it('map offsets in a run block (text between double breaks) to its own nodes, source breaks read as spaces', () => {
    setBody(`<div id="r">先行段落。<br><br>各地要<b>加强</b>
组织领导。<br><br>末段。</div>`);
    const div = document.querySelector('#r')!;
    const first = [...div.childNodes].find((n) => n.textContent === '各地要')!;
    const last = [...div.childNodes].find((n) => n.textContent === '\n组织领导。')!;
    const text = ' 组织领导。'.replace(/^/, '各地要加强');
    const article: Article = {
      meta: { title: 't', url: location.href },
      root: document.body,
      blocks: [{ kind: 'paragraph', node: div, text, start: 0, run: { first: first, last: last } }],
      text,
    };
    expect(rangeOfText(article, '加强 组织')?.toString()).toBe('加强\n组织');
  });

  it('give no range for a run whose nodes the page moved into an editor after the analysis', () => {
    // A page script moves the run's nodes (same text) into an editable region: the run's parent
    // is no editor, its nodes are.
    setBody(
      `<div id="r">先行段落。<br><br>各地要<b>加强</b>组织领导。<br><br>末段。</div><div contenteditable="true" id="ed"></div>`,
    );
    const div = document.querySelector('#r')!;
    const first = [...div.childNodes].find((n) => n.textContent === '各地要')!;
    const last = [...div.childNodes].find((n) => n.textContent === '组织领导。')!;
    const text = '各地要加强组织领导。';
    const article: Article = {
      meta: { title: 't', url: location.href },
      root: document.body,
      blocks: [{ kind: 'paragraph', node: div, text, start: 0, run: { first, last } }],
      text,
    };
    expect(rangeOfText(article, '加强组织')?.toString()).toBe('加强组织');
    document.querySelector('#ed')!.append(first, div.querySelector('b')!, last);
    expect(document.querySelector('#ed')!.textContent).toBe(text);
    expect(rangeOfText(article, '加强组织')).toBeNull();
  });

  it('map a sentence a stray break cut into two paragraphs (one joined block) across both, nothing between', () => {
    setPage(`<html lang="zh-CN"><head><title>江西加快推进城乡供水一体化</title></head><body>
      <h1>江西加快推进城乡供水一体化</h1><div class="content">
      <p>4月22日，全省农村供水工作推进会在抚州市召开，会议总结去年全省农村供水工作，部署今年重点任务。</p>
      <p id="x">各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，</p>
      <p id="y">加快推进城乡供水一体化，确保群众喝上放心水。</p>
      <p>县级水质检测中心要加强对农村供水工程出厂水和末梢水的检测，水质检测结果要每季度向社会公开，接受群众监督。</p>
      </div></body></html>`);
    const article = detectArticle(document, 'http://jx.people.com.cn/n2/2024/0423/c190181-40820000.html')!;
    const d = findDirectives(article).find((x) => article.text.slice(x.start, x.end).startsWith('各地要把'))!;
    const range = createRangeMaker(document, article).range(d.blockIndex, d.start, d.end)!;
    expect(range.startContainer.parentNode).toBe(document.querySelector('#x'));
    expect(range.endContainer.parentNode).toBe(document.querySelector('#y'));
    expect(range.toString().replace(/\s/g, '')).toBe(
      '各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，加快推进城乡供水一体化，确保群众喝上放心水。',
    );
  });

  it('map a sentence a figure cuts across both halves, the caption its own block; none once the caption’s length changes', () => {
    setPage(`<html lang="zh-CN"><head><title>江西加快推进城乡供水一体化</title></head><body>
      <h1>江西加快推进城乡供水一体化</h1><div class="content">
      <p>4月22日，全省农村供水工作推进会在抚州市召开，会议总结去年全省农村供水工作，部署今年重点任务。</p>
      <p id="x">各地要把农村饮水安全作为巩固拓展脱贫攻坚成果的底线任务，</p>
      <p style="text-align: center;"><img src="/a.jpg"></p>
      <p id="cap" class="pictext" style="text-align: center;">3月5日，工作人员在水厂查看设备运行情况。（记者 李明 摄）</p>
      <p id="y">加快推进城乡供水一体化，确保群众喝上放心水。</p>
      <p>县级水质检测中心要加强对农村供水工程出厂水和末梢水的检测，水质检测结果要每季度向社会公开，接受群众监督。</p>
      </div></body></html>`);
    const article = detectArticle(document, 'http://jx.people.com.cn/n2/2024/0423/c190181-40820000.html')!;
    const d = findDirectives(article).find((x) => article.text.slice(x.start, x.end).startsWith('各地要把'))!;
    const maker = createRangeMaker(document, article);
    const range = maker.range(d.blockIndex, d.start, d.end)!;
    expect(range.startContainer.parentNode).toBe(document.querySelector('#x'));
    expect(range.endContainer.parentNode).toBe(document.querySelector('#y'));
    expect(rangeOfText(article, '查看设备')?.startContainer.parentNode).toBe(document.querySelector('#cap'));
    // The caption is not read in the sentence: a caption of another length moves the offsets, so the sentence's
    // block changed; one of the same length leaves the sentence as it was read.
    const cap = document.querySelector('#cap')!;
    cap.textContent = '3月5日，工作人员在水厂查看设备运行情况。（记者 张华 摄）';
    expect(createRangeMaker(document, article).range(d.blockIndex, d.start, d.end)?.toString()).toBe(range.toString());
    cap.textContent = '工作人员查看设备。';
    expect(createRangeMaker(document, article).range(d.blockIndex, d.start, d.end)).toBeNull();
  });

  it('give no range for an empty or out-of-block span', () => {
    const article = articleOf([...document.querySelectorAll('#a')]);
    const maker = createRangeMaker(document, article);
    expect(maker.range(0, 3, 3)).toBeNull();
    expect(maker.range(0, 0, 500)).toBeNull();
    expect(maker.range(7, 0, 1)).toBeNull();
  });
});
