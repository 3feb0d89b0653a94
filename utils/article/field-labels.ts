/**
 * The labels of metadata fields as pages print them ("来源：", "责任编辑：", "公开日期："), and the
 * reporters' role words of a byline: one table per field, which every reader of that field takes
 * (byline.ts, editor.ts, meta.ts, the body's furniture lines, the field reader in text.ts). Written
 * in simplified characters; text.ts matches them against a line's simplified reading.
 */

/** Labels that introduce a metadata field in a line near the title ("来源：新华社"). */
export const SOURCE_LABELS = [
  // A label is found where no letter stands before it: each 来源 with a word before it is a row.
  '文章来源',
  '信息来源',
  '稿件来源',
  '新闻来源',
  '消息来源',
  '内容来源',
  '稿源',
  '来源',
  '出处',
  'Source',
  'From',
] as const;
/**
 * The source labels of a labelled cell anywhere on the page: not "Source", which in an English
 * page's tables and charts labels a figure's source, not the article's.
 */
export const SOURCE_CELL_LABELS = SOURCE_LABELS.filter((l) => l !== 'Source');
/** Labels of the editor who answers for the article, preferred to a plain 编辑 wherever both appear (editor.ts). */
export const RESPONSIBLE_EDITOR_LABELS = ['责任编辑', '责编'] as const;
/** Editor labels: 编辑 with a word before it is a row of its own (the label needs no letter before it). */
export const EDITOR_LABELS = [
  ...RESPONSIBLE_EDITOR_LABELS,
  '编辑',
  '值班编辑',
  '本文编辑',
  '网络编辑',
  '网页编辑',
  '网站编辑',
  '新媒体编辑',
  '实习编辑',
  'Editor',
] as const;
export const AUTHOR_LABELS = ['作者', '撰稿', '撰文', '执笔', '文', '记者', 'Author', 'By'] as const;
/** Labels of the publication date in a metadata table or a date line ("公开日期：2026-03-10"). */
export const PUBLISHED_LABELS = ['发布日期', '发布时间', '发表时间', '发稿时间', '公开日期'] as const;
/**
 * Labels of the record date in a government information-disclosure catalogue (信息索引 | 生成日期 | 发文机构): the day
 * the portal entered the document, read after the page's own publication dates and before its signing date. Over
 * the golds (fixtures + dev43) it is the published day on both pages that print no 发布日期 (blind4-mee, blind43-moe,
 * whose 落款 is two days earlier), and yields to a 发布日期 on both that print one (blind23-mee, blind39-zj).
 */
export const RECORD_DATE_LABELS = ['生成日期'] as const;
/** Labels of a document's own date, read after every other date (成文日期: when it was signed). */
export const ISSUED_LABELS = ['成文日期', '发文日期', '印发日期'] as const;
/** Labels of a keyword line ("主题词" is a 公文's). */
export const KEYWORD_LABELS = ['关键词', '关键字', '主题词', '标签', 'Keywords', 'Tags'] as const;
/** The labels written in Chinese characters only (those safe to look for inside a longer line). */
export const chineseLabels = (labels: readonly string[]) => labels.filter((l) => /^[\u4e00-\u9fff]+$/.test(l));

/**
 * Reporters' role words in a byline: the one list every byline reader builds its patterns from
 * (byline.ts: a reporter's line, a dateline's reporters, role words among names, the title
 * cleanAuthor drops; here: a role word ends the field value before it). An outlet and a
 * qualifier (BYLINE_ROLE_QUALIFIERS) may stand before the word: "本报记者", "特约通讯员".
 * `namesFollow`: names follow the word on a byline line or in a dateline ("记者 甲 乙").
 */
export const BYLINE_ROLES: readonly { word: string; namesFollow: boolean }[] = [
  { word: '记者', namesFollow: true },
  { word: '通讯员', namesFollow: true },
  { word: '实习生', namesFollow: true },
  // "本报评论员" signs an editorial by itself; in "本报评论员文章" what follows is the genre.
  { word: '评论员', namesFollow: false },
];
/** Words that qualify a role: "特约记者", "见习记者". */
export const BYLINE_ROLE_QUALIFIERS = ['特约', '见习'] as const;

/**
 * The role words as a regex alternation, a qualifier allowed before them: those names follow
 * ("naming"), those that sign alone ("signing": "本报评论员" is the byline itself), or all.
 */
export function bylineRoleAlternation(which: 'naming' | 'signing' | 'all'): string {
  const words = BYLINE_ROLES.filter((r) => which === 'all' || r.namesFollow === (which === 'naming')).map(
    (r) => r.word,
  );
  return `(?:${BYLINE_ROLE_QUALIFIERS.join('|')})?(?:${words.join('|')})`;
}

/**
 * Every label that can follow a field value on the same line, so that "来源：新华社 作者：张三"
 * splits into two fields.
 */
export const FOLLOWING_LABELS = [
  // compound labels first found where they start: "责任编辑：甲 图片编辑：乙" ends 甲 before 图片
  '图片编辑',
  '文字编辑',
  '视频编辑',
  '美术编辑',
  '校对',
  '审核',
  '监制',
  // Chinese source labels ("作者：甲 新闻来源：乙" ends 甲 before 新闻, not before 来源).
  ...chineseLabels(SOURCE_LABELS),
  '作者',
  // Editor labels ("来源：甲 网络编辑：乙" ends 甲 before 网络, not before 编辑).
  ...chineseLabels(EDITOR_LABELS),
  '发布时间',
  '发布日期',
  '时间',
  '日期',
  '字号',
  '字体',
  '浏览',
  '阅读',
  '点击',
  '打印',
  '分享',
  '关闭',
  '【',
  '[',
  '|',
  '｜',
  '丨',
  '发布',
  // "来源：新华社 记者 甲": a reporter's role ends the value before it.
  ...BYLINE_ROLES.filter((r) => r.namesFollow).map((r) => r.word),
];

/**
 * Following labels that are also words of an office's or a platform's name ("新闻发布中心", "政务信息发布平台",
 * "全民阅读网"): glued to Chinese characters on both sides, with no label after them, they are part of the value.
 */
export const FOLLOWING_WORD_LABELS: ReadonlySet<string> = new Set(['发布', '时间', '日期', '阅读', '浏览', '点击']);

/**
 * A press release's header: the issuing office ("Office of the Press Secretary", "Office of the Spokesperson")
 * printed in the line or two before the release mark ("For Immediate Release"). The office is the source.
 */
export const RELEASE_MARKS = ['For Immediate Release', 'For Release'] as const;
export const ISSUING_OFFICE_OPENINGS = ['Office of the', 'Office of'] as const;

/**
 * Words a trail prints unlinked at its end for the page itself, not a section ("首页 > 要闻 > 文章"), beside
 * breadcrumb.ts's 正文 / 详情 that no step of a trail is.
 */
export const CURRENT_PAGE_WORDS: readonly string[] = [
  '文章',
  '文章详情',
  '文章内容',
  '详细内容',
  '详细信息',
  '信息详情',
  '内容页',
  '正文页',
  '阅读',
  '浏览',
  '查看',
  '当前页',
];

/** The last characters of an outlet's name, never a person's ("人民日报", "人民网", "新华社", "央视台", "求是杂志刊"). */
export const OUTLET_NAME_ENDINGS = ['报', '网', '社', '台', '刊'] as const;
/** Marks a print edition sets before its byline ("■本报记者 甲", "□记者 乙"): no part of the line. */
export const BYLINE_MARKS = ['□', '■', '◆', '◇', '●', '○', '◎', '▲', '△', '★', '☆'] as const;
