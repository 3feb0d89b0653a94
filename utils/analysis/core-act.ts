/**
 * The act of a directive as cores.ts cores it: where it starts (after a modal or a governing
 * phrase, past a comma-closed adverbial, or the first clause that opens with a verb), how far it
 * runs (to its clause break; an English verb phrase split at an aside or a coordinated modal),
 * and a fronted deadline before it. The obligation's core is this act; the other categories
 * (cores.ts) fall back on it.
 */
import { isSpace, type Unit, type Clause } from './core-unit';
import { findDeadlinePhrases } from './deadline-phrases';
import { boundsAnAct } from './deadlines';

export interface CoreSpan {
  start: number;
  end: number;
}

const ZH_TIME = /[年月日天]/;
const ZH_BOUND = /[到至于前底末内]/;
/** The commas that close an adverbial skipped after a modal (actFrom). */
const COMMAS = '，,';

/** From `at` to the end of its clause; a comma-closed adverbial right after a modal is skipped (zh). */
export function actFrom(u: Unit, at: number): CoreSpan[] {
  let cl = u.clauseAt(at);
  if (!cl) return [];
  let from = Math.max(at, cl.start);
  // 应当按照各自职责，【采取…】 (English asides after the modal are englishPhrase's business)
  for (let k = 0; k < 2 && u.c.lang === 'zh' && !u.isLast(cl); k++) {
    const rest = u.trim(from, cl.end);
    if (rest && !u.isAdverbial(rest)) break;
    // comma-closed only: a clause closed by ；/。 ends the duty's sentence, the next is another's
    if (!COMMAS.includes(u.text[cl.end] ?? '')) break;
    const next: Clause | undefined = u.next(cl);
    if (!next) break;
    cl = next;
    from = next.start;
  }
  const span = u.trim(from, cl.end);
  if (!span) return [];
  return u.c.lang === 'en' ? englishPhrase(u, span.start, cl) : [span];
}

/** An English verb phrase: skips a parenthetical aside, splits at a coordinated modal. */
export function englishPhrase(u: Unit, from: number, cl: Clause): CoreSpan[] {
  const spans: CoreSpan[] = [];
  let end = cl.end;
  let start = from;
  // "shall, consistent with applicable law, revise…": the modal alone, then the verb phrase.
  const aside = u.c.rules.aside;
  let next: Clause | undefined = cl;
  const kept = u.c.rules.keptAside;
  for (let k = 0; k < 3 && aside && next && !u.isLast(next); k++) {
    // "issue, within 180 days, guidance …": a deadline aside stays in the phrase
    if (kept) kept.lastIndex = next.end + 1;
    if (kept?.test(u.text)) {
      next = u.clauseAt(kept.lastIndex);
      end = next?.end ?? end;
      continue;
    }
    aside.lastIndex = next.end + 1;
    if (!aside.test(u.text)) break;
    // "…explaining the change, such as a marriage certificate, civil partnership certificate or deed poll":
    // what follows the "aside" closes a list it opened, the phrase ends before it
    if (listRest(u, next.end + 1, aside.lastIndex)) {
      end = next.end;
      break;
    }
    spans.push({ start, end: next.end });
    start = aside.lastIndex;
    next = u.clauseAt(start);
    end = next?.end ?? end;
  }
  spans.push({ start, end });
  const coord = u.c.rules.coordination;
  const last = spans[spans.length - 1]!;
  const s = u.text.slice(last.start, last.end);
  if (!coord) return spans;
  spans.pop();
  coord.lastIndex = 0;
  let a = last.start;
  for (let m = coord.exec(s); m; m = coord.exec(s)) {
    spans.push({ start: a, end: last.start + m.index });
    a = last.start + m.index + m[0].length;
  }
  spans.push({ start: a, end: last.end });
  // "… may not use funds for it【 unless permitted by law】"
  const saving = u.c.rules.savingClause?.exec(u.text.slice(a, last.end));
  if (saving && saving.index > 0) spans[spans.length - 1]!.end = a + saving.index;
  return spans;
}

/**
 * Whether the aside at `from` may open a list (core-rule-types.ts listAside) and the text from `at` (after
 * its comma) to the end of the unit is the rest of that list (CommaRules).
 */
function listRest(u: Unit, from: number, at: number): boolean {
  const { commas, listAside } = u.c.rules;
  if (!commas || !listAside) return false;
  listAside.lastIndex = from;
  if (!listAside.test(u.text)) return false;
  const rest = ' ' + u.text.slice(at, u.end);
  // the list closes the unit, short: not an object that follows the aside ("…, on an annual basis, data on
  // illness and injury among Federal employees")
  if (rest.trim().split(/\s+/).length > LIST_REST_MAX_WORDS) return false;
  return commas.listTail.test(rest) || commas.listItem.test(rest) || commas.theListTail.test(rest);
}
const LIST_REST_MAX_WORDS = 7;

/** The first modal or governing phrase of [from, end): where the act starts. */
export function governedAct(u: Unit, from: number, category: string): { at: number; head?: CoreSpan } | null {
  const r = u.c.rules;
  const modal = u.find(u.c.modals, from);
  // the leftmost of the modal and the governing phrases; on a tie the modal, then the earlier listed phrase
  let best: { at: number; head?: CoreSpan; pos: number; order: number } | null = modal
    ? { at: r.modalInCore ? modal.start : afterAddressee(u, modal), pos: modal.start, order: -1 }
    : null;
  let rest: string | null = null;
  for (const search of u.c.governedFor(category)) {
    rest ??= u.text.slice(from, u.end);
    search.pattern.lastIndex = 0;
    const m = search.pattern.exec(rest);
    if (!m) continue;
    const g = search.phrases.length === 1 ? search.phrases[0]! : search.phrases.find((p) => m[p.group] !== undefined)!;
    const headStart = from + m.index;
    if (best && (best.pos < headStart || (best.pos === headStart && best.order < g.order))) continue;
    best = {
      at: from + m.index + m[0].length,
      pos: headStart,
      order: g.order,
      ...(g.keepHead ? { head: { start: headStart, end: headStart + (m[g.head] as string).length } } : {}),
    };
  }
  if (best) return best;
  // "will" leads a target's act, and an obligation's whose subject comes first ("We will introduce …"),
  // not one that opens with its own verb ("Check that the parcel will arrive …")
  const weakLeads =
    category === 'target' || (category === 'obligation' && !u.opensWithVerb({ start: from, end: from }));
  const weak = u.c.weakModals && weakLeads ? u.find(u.c.weakModals, from) : null;
  return weak ? { at: r.modalInCore ? weak.start : weak.end } : null;
}

/** After a modal that names its addressee (要求平台按照…): where the act starts; else the modal's end. */
function afterAddressee(u: Unit, modal: CoreSpan): number {
  const { words, maxLength } = u.c.rules.addresseeModals;
  if (!words.some((m) => u.text.endsWith(m, modal.end))) return modal.end;
  const clauseEnd = u.clauseEnd(modal.end);
  // "要求督查组要采取…" / "要求各级指挥员在每次对抗后都要组织…": the addressee's own modal starts the act
  const own = u.find(u.c.modals, modal.end, Math.min(clauseEnd, modal.end + OWN_MODAL_MAX));
  if (own && own.start > modal.end) return own.end;
  const end = Math.min(clauseEnd, modal.end + maxLength + 1);
  if (u.c.isVerbAt(u.text, modal.end) || u.c.accordingTo.startsAt(u.text, modal.end)) return modal.end;
  for (let i = modal.end + 1; i < end; i++)
    if (u.c.isVerbAt(u.text, i) || u.c.accordingTo.startsAt(u.text, i)) return i;
  return modal.end;
}
/** How far after an addressee modal the addressee's own modal is looked for. */
const OWN_MODAL_MAX = 24;

export function obligationCore(u: Unit, category = 'obligation'): CoreSpan[] {
  let body = u.bodyStart();
  const headline = category === 'obligation' ? pointHeadline(u, body) : null;
  if (headline) return [headline];
  const fronted = frontedDeadline(u, body) ?? (category === 'target' ? frontedStart(u, body) : null);
  if (fronted) body = u.clauseEnd(fronted.end - 1);
  const lead = fronted ? [fronted] : [];
  const standard = category === 'obligation' && !fronted ? standardFirst(u, body) : null;
  if (standard) return [standard];
  const act = governedAct(u, body, category);
  if (act) {
    const spans = actFrom(u, act.at);
    unquoteAct(u.text, act.at, spans);
    if (category === 'obligation') firstActOnly(u, spans);
    if (spans.length) return [...lead, ...(act.head ? [act.head] : []), ...spans];
  }
  return [...lead, ...imperativeCore(u, body)];
}

/**
 * A standard stated with no modal in the first clause that is no frame, "员工宿舍每间居住人数【原则上不超过6人】，食堂要
 * 实行…" / "各营【每季度至少组织一次…演练】，连以上指挥员必须…": that clause is the act (core-rule-types.ts
 * standardBounds), not a later clause's modal act; not a condition (…的) nor the unit's only clause.
 */
function standardFirst(u: Unit, body: number): CoreSpan | null {
  const bounds = u.c.rules.standardBounds;
  if (!bounds.length) return null;
  // (a literal gate first: most duties state no bound, and the clause walk below is the costly part)
  const unit = u.text.slice(body, u.end);
  if (!bounds.some((w) => unit.includes(w))) return null;
  let cl = u.clauseAt(body);
  for (let k = 0; cl && k < 2 && u.isFrame({ start: Math.max(body, cl.start), end: cl.end }); k++) cl = u.next(cl);
  if (!cl || u.isLast(cl)) return null;
  const start = Math.max(body, cl.start);
  const s = u.text.slice(start, cl.end);
  if (!bounds.some((w) => s.includes(w)) || u.text[cl.end - 1] === '的') return null;
  // (no modal before the standard's end either: a standard after a modal's act is that act's follow-up)
  if (u.find(u.c.modals, body, cl.end) || u.find(u.c.prohibitions, body, cl.end)) return null;
  return u.trim(start, cl.end);
}

/**
 * A point told as "二是压实监管责任，各区要…": its first clause, an act with no modal of its own, is the
 * point's headline and its core; the clauses after it spell it out (core-rule-types.ts pointNumbering).
 * Unnumbered, only as ownSubjectNext allows.
 */
function pointHeadline(u: Unit, body: number): CoreSpan | null {
  const numbering = u.c.rules.pointNumbering;
  if (!numbering) return null;
  let i = u.start;
  while (i < body && isSpace(u.text.charCodeAt(i))) i++;
  numbering.lastIndex = i;
  const numbered = numbering.test(u.text) && numbering.lastIndex <= body;
  const cl = u.clauseAt(body);
  if (!cl || u.isLast(cl) || (!numbered && cl.end - cl.start < OWN_MEASURE_MIN_CHARS)) return null;
  const head = { start: body, end: cl.end };
  if (!u.opensWithVerb(head) || u.isFrame(head) || u.find(u.c.modals, body, cl.end)) return null;
  if (!numbered && !ownSubjectNext(u, cl)) return null;
  return u.trim(body, cl.end);
}

/**
 * An unnumbered measure told as a point, "加快推进既有住宅加装电梯，各地要将…": its first clause is long
 * enough to be an act, not a topic ("推进“一网通办”，各地必须…"), and the next clause names its own
 * subject before its modal.
 */
function ownSubjectNext(u: Unit, cl: { start: number; end: number }): boolean {
  const next = u.next(cl);
  if (!next) return false;
  const modal = u.find(u.c.modals, next.start, next.end);
  if (!modal || modal.start - next.start < 2) return false;
  return !NOT_A_SUBJECT.test(u.text.slice(next.start, modal.start));
}
/** Shorter first clauses are topics; before the modal, these words frame it ("关键是要…"), they name no one. */
const OWN_MEASURE_MIN_CHARS = 12;
const NOT_A_SUBJECT = /关键|重点|核心|根本|一定|首先|前提|基础/;

/**
 * A condition put after an act ("must register【 if your business …】", "Apply for a licence【 if …】",
 * "must not sublet【 unless …】"): cut off every span (core-rule-types.ts condition).
 */
export function dropConditions(u: Unit, spans: CoreSpan[]): void {
  const { condition, conditionNotAfter } = u.c.rules;
  if (!condition) return;
  for (const span of spans) {
    const s = u.text.slice(span.start, span.end);
    const m = condition.exec(s);
    if (!m || m.index === 0 || conditionNotAfter?.test(s.slice(0, m.index))) continue;
    span.end = span.start + m.index;
  }
}

/** A second act joined in the clause ("…措施【并及时通知…】"): cut off the last span (core-rule-types.ts secondAct). */
function firstActOnly(u: Unit, spans: CoreSpan[]): void {
  const join = u.c.rules.secondAct;
  const last = spans[spans.length - 1];
  if (!join || !last) return;
  const m = join.exec(u.text.slice(last.start, last.end));
  if (m && m.index >= 2) last.end = last.start + m.index;
}

/** An act quoted after its governing verb ("requires X to \"publish …\""): the closing quote left out. */
function unquoteAct(text: string, at: number, spans: CoreSpan[]): void {
  const open = text[at - 1];
  const last = spans[spans.length - 1];
  if ((open !== '"' && open !== '“') || !last) return;
  if (text[last.end - 1] === (open === '"' ? '"' : '”') && last.end - 1 > last.start) last.end--;
}

/**
 * A deadline that opens the unit as its own adverbial ("Within 90 days of the date of this order,"
 * / "到今年年底，"), or that closes a first clause after a frame ("The plan says that【by 2027】,"):
 * cored whole, ahead of the act, with a repeat that follows it (", and annually thereafter").
 */
function frontedDeadline(u: Unit, body: number): CoreSpan | null {
  const cl = u.clauseAt(body);
  if (!cl || u.isLast(cl)) return null;
  const span = frontedPhrase(u, body, cl);
  if (!span) return null;
  const next = u.next(cl);
  const repeat = u.c.rules.frontedRepeat;
  if (repeat && next && !u.isLast(next) && repeat.test(u.slice(next))) span.end = next.end;
  return span;
}

/** A target's start date that opens the unit as its own clause ("From 1 April 2028,"): core-rule-types.ts frontedStart. */
function frontedStart(u: Unit, body: number): CoreSpan | null {
  const re = u.c.rules.frontedStart;
  const cl = u.clauseAt(body);
  if (!re || !cl || u.isLast(cl)) return null;
  return re.test(u.text.slice(body, cl.end)) ? { start: body, end: cl.end } : null;
}

/** frontedDeadline's phrase in the unit's first clause `cl`, without what may follow it. */
function frontedPhrase(u: Unit, body: number, cl: Clause): CoreSpan | null {
  const end = cl.end;
  // cheap first: a Chinese phrase that bounds an act has a unit of time and a bound (到/前/底/内…)
  const head = u.text.slice(body, end);
  if (u.c.lang === 'zh' && !(ZH_TIME.test(head) && ZH_BOUND.test(head))) return null;
  const { frontedTime, framedDeadlineBefore } = u.c.rules;
  if (frontedTime?.test(head)) return { start: body, end };
  const phrases = findDeadlinePhrases(u.text, u.c.lang, body, end, !framedDeadlineBefore);
  const phrase = phrases[0];
  if (!phrase) return null;
  if (phrase.start !== body) {
    const last = phrases[phrases.length - 1]!;
    const framed = last.end === end && framedDeadlineBefore?.test(u.text.slice(body, last.start));
    return framed ? { start: last.start, end: last.end } : null;
  }
  if (!boundsAnAct(u.text.slice(phrase.start, phrase.end), u.c.lang)) return null;
  if (end === phrase.end) return { start: phrase.start, end: phrase.end };
  // "到2029年【建党80周年时】，": the whole clause tells the time
  const rest = u.text.slice(phrase.end, end);
  return end > phrase.end && ZH_TIME_CLAUSE_END.test(rest) ? { start: phrase.start, end } : null;
}

/** The end of a clause that is a time adverbial as a whole ("…80周年时", "…之际"). */
export const ZH_TIME_CLAUSE_END = /(?:周年|届满|期满|收官)?(?:时|之时|之际)$/;

/** Without a modal: the first clause that opens with a verb; else the first that is not a frame. */
function imperativeCore(u: Unit, body: number): CoreSpan[] {
  const candidates = u.clauses.filter((cl) => cl.end > body);
  const first = candidates[0];
  if (!first) return [];
  for (const cl of candidates) {
    const s = fromBody(cl, first, body);
    if (u.opensWithVerb(s) && !u.isFrame(s)) return clauseCore(u, cl, first, body);
  }
  for (const cl of candidates) if (!u.isFrame(fromBody(cl, first, body))) return clauseCore(u, cl, first, body);
  return clauseCore(u, first, first, body);
}

/** A clause, the first one (`first`) cut to start at `body`. */
const fromBody = (cl: Clause, first: Clause, body: number): Clause =>
  cl === first ? { start: Math.max(body, cl.start), end: cl.end } : cl;

/** imperativeCore's answer for clause `cl`: trimmed, an English verb phrase split as such. */
function clauseCore(u: Unit, cl: Clause, first: Clause, body: number): CoreSpan[] {
  const s = fromBody(cl, first, body);
  const t = u.trim(s.start, s.end);
  // a point's numbering after a frame, "《方案》要求，【一是】抓好…，二是…": never in a core (CORES.md)
  const numbering = u.c.rules.pointNumbering;
  if (t && numbering) {
    numbering.lastIndex = t.start;
    if (numbering.test(u.text) && numbering.lastIndex < t.end) t.start = numbering.lastIndex;
  }
  return t && u.c.lang === 'en' ? englishPhrase(u, t.start, cl) : t ? [t] : [];
}
