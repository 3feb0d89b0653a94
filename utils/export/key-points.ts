/**
 * "Copy key points": a Markdown digest of one article for study notes (学习笔记) — its title,
 * source, date and link; its headings with the cores of the directives under them (plain list
 * items: every line of a digest is a key point, so bold would say nothing); and its dated
 * targets, soonest first. Page text is Markdown-escaped so it reads literally.
 *
 *     # 关于加强基层统战工作的意见
 *
 *     - 来源：人民网
 *     - 日期：2017-03-11
 *     - 链接：[http://…](http://…)
 *
 *     ## 一、切实履行统战部牵头协调和监督检查的职能
 *
 *     - 切实加强基层统战工作
 *     - 严禁 … 违规存放易燃易爆物品
 *
 *     ## 时间节点
 *
 *     - 2026-12-31：到2026年底 — 完成率要达到90%以上
 */
import type { CoreSpan } from '@/utils/analysis/cores';
import type { Deadline } from '@/utils/analysis/deadlines';
import { coreText, sectionsOf } from '@/utils/analysis/sections';
import type { DirectiveCategory } from '@/utils/highlights/record';
import type { ExportLang } from './labels';
import { escapeMarkdownText, isoDateOf, linkTarget, oneLine } from './markdown';

export interface KeyPointDirective {
  category: DirectiveCategory;
  text: string;
  start: number;
  end: number;
  blockIndex: number;
  core: readonly CoreSpan[];
  deadline?: Deadline;
}

export interface KeyPointsInput {
  url: string;
  title: string;
  source?: string | null;
  published?: string | null;
  blocks: readonly { kind: string; text: string }[];
  directives: readonly KeyPointDirective[];
}

const WORDS: Record<
  ExportLang,
  { source: string; date: string; link: string; opening: string; deadlines: string; every: Record<string, string> }
> = {
  zh: {
    source: '来源',
    date: '日期',
    link: '链接',
    opening: '导语',
    deadlines: '时间节点',
    every: { year: '每年', quarter: '每季度', month: '每月', week: '每周', day: '每天' },
  },
  en: {
    source: 'Source',
    date: 'Date',
    link: 'Link',
    opening: 'Opening',
    deadlines: 'Deadlines',
    every: { year: 'every year', quarter: 'every quarter', month: 'every month', week: 'every week', day: 'every day' },
  },
};

const text = (s: string) => escapeMarkdownText(oneLine(s));
/** A directive as a key point: its core, or its sentence when it has none. */
const point = (d: KeyPointDirective) => text(coreText(d) || d.text);

/** The Markdown digest of an article's key points, labelled in `lang`. */
export function keyPointsMarkdown(article: KeyPointsInput, lang: ExportLang): string {
  const w = WORDS[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const out: string[] = [`# ${text(article.title) || escapeMarkdownText(article.url)}`, ''];
  if (article.source?.trim()) out.push(`- ${w.source}${colon}${text(article.source)}`);
  if (article.published?.trim())
    out.push(`- ${w.date}${colon}${isoDateOf(article.published) ?? text(article.published)}`);
  out.push(`- ${w.link}${colon}[${escapeMarkdownText(article.url)}](${linkTarget(article.url)})`, '');

  for (const section of sectionsOf(article.blocks, article.directives)) {
    const points = section.members.map((i) => `- ${point(article.directives[i]!)}`);
    out.push(`## ${section.heading === null ? w.opening : text(section.heading)}`, '');
    if (points.length) out.push(...points, '');
  }

  const dated = article.directives
    .filter((d) => d.deadline?.lastDay && d.deadline.due)
    .sort((a, b) => a.deadline!.lastDay!.localeCompare(b.deadline!.lastDay!) || a.start - b.start);
  if (dated.length) {
    out.push(`## ${w.deadlines}`, '');
    for (const d of dated) {
      const due = d.deadline!;
      const every = due.recurrence ? ` (${w.every[due.recurrence.every]})` : '';
      out.push(`- ${due.due}${every}${colon}${text(due.text)} — ${point(d)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
