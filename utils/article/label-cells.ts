/**
 * Labelled fields of a page: the elements short enough to hold a label ("发文机关：", "索 引 号",
 * "From:"), collected a part at a time, and the value beside or after a label. Policy pages
 * carry their issuer, document number and dates this way; byline.ts reads sources and authors
 * from the same cells.
 */
import { contains, lineOf, memoSteps, nextElement, parentElementOf, safeQueryAll, tagOf, textOf } from './dom';
import { toSimplified } from './hant';
import { fieldText, isUtilityElement } from './field-text';
import { runSteps, type Steps } from './steps';
import { collapsedLongerThan, collapseSpace, escapeRegExp } from './text';

/** An element that may hold a label, with its collapsed text. */
interface LabelCell {
  cell: Element;
  text: string;
  /** The first code unit of `key`, read from the text's first character alone ('' for no text). */
  first: string;
  /** The text's simplified lower-case reading, made when a label's first character matches. */
  key: string | null;
}

/**
 * Lower case maps the first character of a text without context (only the final sigma looks
 * around it, and at the start it is not final), and toSimplified one code unit for one.
 */
const firstOfKey = (text: string) =>
  text ? (toSimplified(String.fromCodePoint(text.codePointAt(0)!)).toLowerCase()[0] ?? '') : '';

export function labelCells(doc: Document): readonly LabelCell[] {
  return runSteps(labelCellsSteps(doc));
}

/** Elements weighed between two chances to pause (a long article has thousands of paragraphs). */
const CELLS_PER_STEP = 64;

/** The page's label cells, collected a part at a time (remembered for the detection run). */
export function labelCellsSteps(doc: Document): Steps<readonly LabelCell[]> {
  return memoSteps('labelCells', doc, function* () {
    const out: LabelCell[] = [];
    let seen = 0;
    for (const cell of safeQueryAll(doc, 'td, th, dt, dd, span, b, strong, label, li, p, div, em, font')) {
      if (++seen % CELLS_PER_STEP === 0) yield;
      // Big containers are skipped before their whole text is collapsed.
      if (collapsedLongerThan(textOf(cell), 140)) continue;
      const text = lineOf(cell);
      if (text.length <= 140) out.push({ cell, text, first: firstOfKey(text), key: null });
    }
    return out;
  });
}

/**
 * The value of the first cell labelled with one of `labels`, tried in order: a value laid out
 * as label and value in neighbouring cells or elements (policy metadata tables "发文机关：| 国务院",
 * gov.uk "From: | Department for Education"), or in one element ("发文字号：国发〔2024〕1号"). A label may be
 * spaced out to fill its column ("文号：" with ideographic spaces between, "索 引 号") and written in traditional characters
 * ("發文字號：").
 */
export function labelledCell(doc: Document, labels: readonly string[]): string | null {
  const cells = labelCells(doc);
  for (const label of labels) {
    // Compiled only when some cell starts with the label: most labels are on no page.
    let re: RegExp | null = null;
    const first = label[0]!.toLowerCase();
    for (let i = 0; i < cells.length; i++) {
      const entry = cells[i]!;
      const { cell, text } = entry;
      if (text.length > label.length * 3 + 120 || (first.length === 1 && entry.first !== first)) continue;
      const key = (entry.key ??= toSimplified(text).toLowerCase());
      if (!key.startsWith(first)) continue;
      re ??= new RegExp(`^${[...label.toLowerCase()].map(escapeRegExp).join('\\s*')}\\s*[:：]?\\s*`);
      const m = re.exec(key);
      if (!m) continue;
      // (read again without the utilities inside, "From: <a>Email</a><a>Sign up</a> Department for X", where it has any)
      let inline = collapseSpace(text.slice(m[0].length));
      if (inline && cell.firstElementChild) {
        const clean = collapseSpace(fieldText(cell));
        const again = re.exec(toSimplified(clean).toLowerCase());
        if (again) inline = collapseSpace(clean.slice(again[0].length));
      }
      if (inline) {
        // "发文机关：国务院" in one cell; skip a cell that only starts a longer sentence.
        // A block whose text starts with a label cell of its own ("<dl><dt>From:</dt><dd>…</dd>
        // <dt>Published</dt>…") runs on into the next fields: the label cell inside gives the value.
        if (/[:：]/.test(m[0]) && inline.length <= 100)
          return labelInside(cells, i, re, inline) ?? innerLabelled(cells, i, re, inline) ?? inline;
        continue;
      }
      const value = valueAfter(cell);
      if (value) return value;
    }
  }
  return null;
}

/** A label alone: its value is the next element, here or up the tree (<td><b>标签</b></td><td>值</td>). */
function valueAfter(cell: Element): string | null {
  for (
    let cur: Element | null = cell;
    cur && tagOf(cur) !== 'TABLE' && tagOf(cur) !== 'BODY';
    cur = parentElementOf(cur)
  ) {
    let next = nextElement(cur);
    // (past a share or subscribe widget printed between the label and its value)
    while (next && isUtilityElement(next)) next = nextElement(next);
    if (next) {
      const value = next.firstElementChild ? collapseSpace(fieldText(next)) : lineOf(next);
      return value && value.length <= 200 ? value : null;
    }
  }
  return null;
}

/**
 * The value of a label cell of its own inside `cells[at]` (they follow it, in document order)
 * when the block's `inline` text runs on past it into the next fields ("<dl><dt>From:</dt>
 * <dd>X</dd><dt>Published</dt>…" reads "X Published …"); null when there is none.
 */
function labelInside(cells: readonly LabelCell[], at: number, re: RegExp, inline: string): string | null {
  const outer = cells[at]!.cell;
  for (let j = at + 1; j < cells.length && contains(outer, cells[j]!.cell); j++) {
    const entry = cells[j]!;
    const m = re.exec((entry.key ??= toSimplified(entry.text).toLowerCase()));
    if (!m || entry.text.length > m[0].length) continue; // not a label alone
    const value = valueAfter(entry.cell);
    if (value && value.length < inline.length && inline.startsWith(value)) return value;
  }
  return null;
}

/**
 * The value of a smaller cell inside `cells[at]` that opens with the same label, where the block runs on past it into
 * the next field with no space between ("<p><span>来源：某某委</span><span>日期：2026-05-18</span></p>" reads
 * "某某委日期：2026-05-18" whole): the innermost such cell holds the field alone. Null when none is shorter.
 */
function innerLabelled(cells: readonly LabelCell[], at: number, re: RegExp, inline: string): string | null {
  const outer = cells[at]!.cell;
  let value: string | null = null;
  for (let j = at + 1; j < cells.length && contains(outer, cells[j]!.cell); j++) {
    const entry = cells[j]!;
    const m = re.exec((entry.key ??= toSimplified(entry.text).toLowerCase()));
    if (!m) continue;
    const inner = collapseSpace(entry.text.slice(m[0].length));
    if (inner && inner.length < (value ?? inline).length && inline.startsWith(inner)) value = inner;
  }
  return value;
}
