/**
 * Human labels for colours and directive categories in exported files, in the reader's language.
 * Exports are files people keep, so the labels are spelled out rather than shown as ids.
 */
import type { ColorId, DirectiveCategory } from '@/utils/highlights/record';

export type ExportLang = 'zh' | 'en';

const COLOR_LABELS: Record<ExportLang, Record<ColorId, string>> = {
  zh: { yellow: '黄色', green: '绿色', blue: '蓝色', pink: '粉色', purple: '紫色' },
  en: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
};

const CATEGORY_LABELS: Record<ExportLang, Record<DirectiveCategory, string>> = {
  zh: { heading: '标题', obligation: '要求', prohibition: '禁止', target: '目标', emphasis: '强调' },
  en: {
    heading: 'Heading',
    obligation: 'Obligation',
    prohibition: 'Prohibition',
    target: 'Target',
    emphasis: 'Emphasis',
  },
};

/** Words used around the exported data (metadata line, note label). */
export const EXPORT_WORDS: Record<
  ExportLang,
  {
    source: string;
    published: string;
    editor: string;
    link: string;
    note: string;
    highlights: string;
    separator: string;
  }
> = {
  zh: {
    source: '来源',
    published: '发布',
    editor: '责任编辑',
    link: '原文链接',
    note: '笔记',
    highlights: '划重点 · 摘录',
    separator: '：',
  },
  en: {
    source: 'Source',
    published: 'Published',
    editor: 'Editor',
    link: 'Original',
    note: 'Note',
    highlights: 'Huazhongdian highlights',
    separator: ': ',
  },
};

export function colorLabel(color: ColorId, lang: ExportLang): string {
  return COLOR_LABELS[lang][color];
}

export function categoryLabel(category: DirectiveCategory, lang: ExportLang): string {
  return CATEGORY_LABELS[lang][category];
}
