/**
 * Who edited an article: the 责任编辑 wherever a page names both a 编辑 and a 责任编辑 (the gold
 * files' convention), else the first editor named; a site adapter's editor element first, then
 * any short line carrying an editor label, then the page's editor meta tag.
 */
import type { SiteAdapter } from './adapters';
import { lineOf, metaContent, pageBody, safeQueryAll, textOf } from './dom';
import { fieldText, withImageLabel } from './field-text';
import { textNodes } from './text-nodes';
import { META_NAMES } from './meta-names';
import { EDITOR_LABELS, RESPONSIBLE_EDITOR_LABELS } from './field-labels';
import { toSimplified } from './hant';
import { escapeRegExp, findLabel, findLabelledValue } from './text';

/** The editor labels as one alternation, the longer first (matched on a line's simplified reading). */
const LABELS = [...EDITOR_LABELS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** A name or three ("甲、乙"), or a Latin name: what an editor line without a colon may hold after its label. */
const NAMES = String.raw`(?:[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,2}|[A-Za-z][A-Za-z .'-]{1,40})`;

/**
 * An editor line in brackets with a space for the colon: "（编辑 甲）", "(责任编辑 甲)", "【责编 乙】" — the
 * sign-off closing a body (央视网, 中新网).
 */
const BRACKETED_EDITOR = new RegExp(String.raw`^\s*[（(【\[〔]\s*(?:${LABELS})(?=\s+[^\s:：])`, 'i');
const OPENING_BRACKET = /^\s*[（(【[〔]/;
/** What such a line holds after its label: the names and the closing bracket. */
const BRACKETED_NAMES = new RegExp(String.raw`^\s*${NAMES}\s*[）)】\]〕]\s*$`);
/**
 * An editor line with a dash for the colon, the line holding nothing else: qstheory.cn's footer "网站编辑 - 甲"
 * (its "标签 - " beside it).
 */
const DASHED_EDITOR = new RegExp(String.raw`^\s*(?:${LABELS})\s*[-－—–]\s*`, 'i');
const DASHED_NAMES = new RegExp(String.raw`^${NAMES}\s*$`);

/** "（编辑 甲）" and "网站编辑 - 甲" read as "（编辑：甲）" and "网站编辑：甲"; any other line as it stands. */
function withColon(text: string): string {
  const simplified = toSimplified(text);
  if (OPENING_BRACKET.test(text)) {
    const m = BRACKETED_EDITOR.exec(simplified);
    const rest = m ? text.slice(m[0].length) : '';
    return m && BRACKETED_NAMES.test(rest) ? `${text.slice(0, m[0].length)}：${rest.trimStart()}` : text;
  }
  const d = DASHED_EDITOR.exec(simplified);
  const name = d ? text.slice(d[0].length) : '';
  return d && DASHED_NAMES.test(name)
    ? `${text.slice(0, d[0].length).replace(/[-－—–]\s*$/, '')}：${name.trim()}`
    : text;
}

/**
 * A portal's staff code after a Chinese editor's name, by a space or an underscore: sina's "责任编辑：李某 SN221",
 * NetEase's "责任编辑：王某_NB12345". No gold's editor keeps one (1 page of the golds prints one, dev36).
 */
const STAFF_CODE = /^([\u4e00-\u9fff·]{2,6})[\s_＿]+[A-Za-z]{1,5}\d{2,7}$/;
const withoutStaffCode = (name: string) => STAFF_CODE.exec(name)?.[1] ?? name;

/** The editor of one line and whether it is the responsible editor (责任编辑/责编). */
function editorOf(text: string): { name: string; responsible: boolean } | null {
  if (!EDITOR_WORD.test(text)) return null; // most lines: no label to look for
  const line = withColon(text).replace(/[\u00a0\u3000]/g, ' ');
  for (const label of RESPONSIBLE_EDITOR_LABELS) {
    const m = findLabel(line, label);
    const name = m && findLabelledValue(line.slice(m.index), [label]);
    if (name) return { name: withoutStaffCode(name), responsible: true };
  }
  let best: { index: number; label: string } | null = null;
  for (const label of EDITOR_LABELS) {
    const m = findLabel(line, label);
    if (m && (!best || m.index < best.index)) best = { index: m.index, label };
  }
  const name = best && findLabelledValue(line.slice(best.index), [best.label]);
  return name ? { name: withoutStaffCode(name), responsible: false } : null;
}

/** The editor line's value: the 责任编辑 when the line names one ("编辑：甲 责任编辑：乙" gives 乙), else the first editor. */
export function editorFromText(text: string): string | null {
  return editorOf(text)?.name ?? null;
}

/** An editor label and its colon, or the dash some templates print for it ("网站编辑 - 甲"). */
const EDITOR_CUE = /(编辑|編輯|责编|責編|Editor)\s*[:：\-－—–]/i;
/** A text that is an editor label alone, its colon last ("责任编辑："). */
const EDITOR_LABEL_ALONE = /^\s*[（(【[]?\s*(?:\S{0,4}编辑|\S{0,4}編輯|责编|責編|Editor)\s*[:：]\s*$/i;
/** Every editor label has one of these (simplified or traditional). */
const EDITOR_WORD = /编|編|editor/i;

export function findEditor(doc: Document, specific: readonly SiteAdapter[]): string | null {
  let first: string | null = null;
  const consider = (text: string): string | null => {
    const found = editorOf(text);
    if (!found) return null;
    if (found.responsible) return found.name;
    first ??= found.name;
    return null;
  };
  for (const a of specific) {
    for (const sel of a.editorSelectors) {
      for (const el of safeQueryAll(doc, sel)) {
        const v = consider(fieldText(el));
        if (v) return v;
      }
    }
  }
  // Anywhere in the page: short elements carrying an editor label ("编辑：甲" and "责任编辑：乙"
  // may be two lines).
  for (const node of textNodes(pageBody(doc))) {
    const t = withImageLabel(node);
    if (!EDITOR_CUE.test(t) && !(OPENING_BRACKET.test(t) && EDITOR_WORD.test(t))) continue;
    let parent = node.parentNode as Element | null;
    // The label alone in its element, the name in the next ("<span>责任编辑：</span><span>甲</span>", a label cell
    // and its value cell): their line is the element holding both.
    if (parent && EDITOR_LABEL_ALONE.test(t) && parent.parentElement && lineOf(parent.parentElement).length <= 80)
      parent = parent.parentElement;
    const drawn = t.length !== textOf(node).length;
    const line = !drawn && parent && lineOf(parent).length <= 80 ? fieldText(parent) : t;
    const v = consider(line);
    if (v) return v;
  }
  const tagged = first ?? metaContent(doc, META_NAMES.editor);
  return tagged && withoutStaffCode(tagged);
}
