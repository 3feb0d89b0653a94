/**
 * A policy document's issuing authority (发文机关) and document number (发文字号).
 *
 * Most portals print both in a labelled metadata table above the text. Where there is none (a
 * county portal, a gazette page), the document itself carries them the way every 公文 does: the
 * number stands alone on a line under the title ("X政办〔2026〕12号") and the issuer opens the
 * title ("X人民政府办公室关于…的通知"). The issuer is read from the title only on a page that
 * has such a number line, so a news story headlined "…关于…" is not given an issuer.
 */
import { contains } from './dom';
import { toSimplified } from './hant';
import { labelCells, labelledCell } from './label-cells';
import { textNodes } from './text-nodes';

/**
 * Labels of a government document's issuing body and number in its metadata table, tried in
 * order (gov.cn "发文机关", ministries' "发布机关" / "发布机构", local sites' "发文单位",
 * "发文机构", "制发机关"). A label is read at the start of its cell: "发文文号" is no "文号".
 */
const ISSUER_LABELS = ['发文机关', '发布机构', '发布机关', '发文单位', '发文机构', '制发机关'];
const DOC_NUMBER_LABELS = ['发文字号', '文号', '发文文号'];

/** A document number alone on its line: the issuer's code, the year in brackets, the serial. */
const DOC_NUMBER_LINE = /^[\u3400-\u9fff]{1,16}\s*[〔［[【(（]\s*(?:19|20)\d{2}\s*[〕］\]】)）]\s*\d{1,5}\s*[号號]$/;

/** How the name of an issuing body ends (simplified): a government, its office, a ministry, a bureau… */
const ISSUER_NAME_END = [
  '人民政府',
  '政府',
  '办公厅',
  '办公室',
  '委员会',
  '常委会',
  '部',
  '委',
  '局',
  '厅',
  '署',
  '院',
  '办',
  '银行',
];

/**
 * A body's general office, which signs the documents a ministry's or a bureau's table lists under the
 * body itself ("发布机关：某某部", the text signed 某某部办公厅, numbered 某办…〔2025〕9号).
 */
const GENERAL_OFFICES = ['办公厅', '办公室'];
/** How far from the article's end the signature (落款) is looked for, in text lines: past 附件 lists and notes. */
const SIGNATURE_REACH = 30;

/** The opening of a 公文 title before "关于": its issuer. */
const TITLE_ISSUER = /^(\S.{1,38}?)关于/;

/** The number of a document: its labelled cell, else a number line standing alone inside the article. */
export function findDocNumber(doc: Document, root: Element): string | null {
  const labelled = labelledCell(doc, DOC_NUMBER_LABELS);
  if (labelled) return labelled;
  const line = labelCells(doc).find((c) => DOC_NUMBER_LINE.test(c.text) && contains(root, c.cell));
  return line ? line.text : null;
}

/**
 * The issuing authority: its labelled cell, else (on a page with a document number) the title's
 * opening. A table that abbreviates the name ("省政府办公厅" for the title's "X省人民政府办公厅")
 * gives way to the full name the title (and the document's 落款) spells out.
 */
export function findIssuer(
  doc: Document,
  title: string,
  docNumber: string | null,
  root: Element | null = null,
): string | null {
  const labelled = labelledCell(doc, ISSUER_LABELS);
  const fromTitle = titleIssuer(title);
  if (labelled) {
    if (fromTitle && isShortFormOf(labelled, fromTitle)) return fromTitle;
    return (root && officeSigning(root, labelled)) ?? labelled;
  }
  return docNumber ? fromTitle : null;
}

/** The body's general office when a line near the article's end is its name alone (the 落款), else null. */
function officeSigning(root: Element, body: string): string | null {
  const name = toSimplified(body).replace(/\s+/g, '');
  const offices = new Set(GENERAL_OFFICES.map((o) => name + o));
  const lines = textNodes(root);
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < SIGNATURE_REACH; i--) {
    const line = (lines[i]!.textContent ?? '').trim();
    if (!line) continue;
    seen++;
    if (offices.has(toSimplified(line).replace(/\s+/g, ''))) return line;
  }
  return null;
}

/** The issuer that opens a 公文 title ("X人民政府办公室关于…的通知"), or null. */
function titleIssuer(title: string): string | null {
  const m = TITLE_ISSUER.exec(toSimplified(title));
  const name = m?.[1]?.trim();
  if (!name || !ISSUER_NAME_END.some((end) => name.endsWith(end))) return null;
  return title.slice(0, name.length); // the original script: toSimplified keeps lengths
}

/**
 * Whether `short` abbreviates `full`: shorter, same last character, its characters in `full` in
 * order ("省政府办公厅" in "X省人民政府办公厅", "市政府" in "X市人民政府").
 */
function isShortFormOf(short: string, full: string): boolean {
  const a = toSimplified(short).replace(/\s+/g, '');
  const b = toSimplified(full).replace(/\s+/g, '');
  if (a.length >= b.length || a.at(-1) !== b.at(-1)) return false;
  let at = 0;
  for (const c of a) {
    at = b.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
