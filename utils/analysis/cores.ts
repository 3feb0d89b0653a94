/**
 * The core of a directive: what a careful reader underlines in it — the act required, forbidden
 * or targeted, with a target's deadline and quantity (conventions: ../shared/eval/CORES.md).
 *
 * `coresOf(text, directive)` works on any string whose offsets are 1:1 with the article text (the
 * article text itself, or a normalised view of it for matching, e.g. traditional characters mapped
 * to simplified one for one) and returns spans in those offsets. The rules are the tables of
 * core-rules.ts; this file only walks clauses:
 *   obligation  — from after the modal (zh) / from the modal (en), past a comma-closed adverbial,
 *                 to the first clause break; without a modal, the first clause that opens with a
 *                 verb (frames and topics skipped);
 *   prohibition — every marker with its forbidden act, to the clause break; an enumerated item
 *                 without a marker: its clauses;
 *   target      — the first deadline phrase (deadlines.ts) and the goal predicate after it, or one
 *                 span when the deadline runs straight into its verb; else the goal with its quantity;
 *   emphasis    — the clause after the marker; without one, as an obligation;
 *   heading     — the whole unit.
 */
import type { DirectiveCategory } from '@/utils/highlights/record';
import { coreRules, type CoreLang } from './core-compiled';
import { isSpace, Unit, type Clause } from './core-unit';
import { boundsAnAct, findDeadlinePhrases } from './deadlines';

export interface CoreSpan {
  start: number;
  end: number;
}

/** What coresOf needs of a directive: its span, category and block language (directives.ts's blockLanguage). */
export interface CoreInput {
  start: number;
  end: number;
  category: DirectiveCategory;
  lang: CoreLang;
}

const ZH_TIME = /[年月日天]/;
const ZH_BOUND = /[到至于前底末内]/;

/** The core of one directive: spans in `text` offsets, in order, not overlapping. */
export function coresOf(text: string, d: CoreInput): CoreSpan[] {
  const u = new Unit(text, coreRules(d.lang), d.start, d.end);
  if (!u.clauses.length) return [];
  let spans: CoreSpan[];
  switch (d.category) {
    case 'heading':
      spans = [{ start: u.clauses[0]!.start, end: u.clauses[u.clauses.length - 1]!.end }];
      break;
    case 'prohibition':
      spans = prohibitionCore(u);
      break;
    case 'target':
      spans = targetCore(u);
      break;
    case 'emphasis':
      spans = emphasisCore(u);
      break;
    default:
      spans = obligationCore(u);
  }
  // Never empty: a unit the rules find no act in is its own core.
  return spans.length ? tidy(spans) : [{ start: u.clauses[0]!.start, end: u.clauses[u.clauses.length - 1]!.end }];
}

/** Sorted, trimmed, non-empty, non-overlapping. */
function tidy(spans: CoreSpan[]): CoreSpan[] {
  let ordered = true;
  for (let k = 0; k < spans.length && ordered; k++)
    ordered = spans[k]!.end > spans[k]!.start && (k === 0 || spans[k]!.start >= spans[k - 1]!.end);
  if (ordered) return spans;
  const out: CoreSpan[] = [];
  for (const s of spans.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** From `at` to the end of its clause; a comma-closed adverbial right after a modal is skipped (zh). */
function actFrom(u: Unit, at: number): CoreSpan[] {
  let cl = u.clauseAt(at);
  if (!cl) return [];
  let from = Math.max(at, cl.start);
  // 应当按照各自职责，【采取…】 (English asides after the modal are englishPhrase's business)
  for (let k = 0; k < 2 && u.c.lang === 'zh' && !u.isLast(cl); k++) {
    const rest = u.trim(from, cl.end);
    if (rest && !u.isAdverbial(rest)) break;
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
function englishPhrase(u: Unit, from: number, cl: Clause): CoreSpan[] {
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
    spans.push({ start, end: next.end });
    start = aside.lastIndex;
    next = u.clauseAt(start);
    end = next?.end ?? end;
  }
  spans.push({ start, end });
  const coord = u.c.rules.coordination;
  if (!coord) return spans;
  const last = spans.pop() as CoreSpan;
  const s = u.text.slice(last.start, last.end);
  coord.lastIndex = 0;
  let a = last.start;
  for (let m = coord.exec(s); m; m = coord.exec(s)) {
    spans.push({ start: a, end: last.start + m.index });
    a = last.start + m.index + m[0].length;
  }
  spans.push({ start: a, end: last.end });
  return spans;
}

/** The first modal or governing phrase of [from, end): where the act starts. */
function governedAct(u: Unit, from: number, category: string): { at: number; head?: CoreSpan } | null {
  const r = u.c.rules;
  const modal = u.find(u.c.modals, from);
  let best: { at: number; head?: CoreSpan; pos: number } | null = modal
    ? { at: r.modalInCore ? modal.start : afterAddressee(u, modal), pos: modal.start }
    : null;
  for (const g of r.governed) {
    if (!g.categories.includes(category)) continue;
    g.pattern.lastIndex = 0;
    const m = g.pattern.exec(u.text.slice(from, u.end));
    if (!m || (best && best.pos <= from + m.index)) continue;
    const headStart = from + m.index;
    best = {
      at: from + m.index + m[0].length,
      pos: headStart,
      ...(g.keepHead ? { head: { start: headStart, end: headStart + (m[1] as string).length } } : {}),
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
  const end = Math.min(u.clauseEnd(modal.end), modal.end + maxLength + 1);
  if (u.c.isVerbAt(u.text, modal.end) || u.c.accordingTo.startsAt(u.text, modal.end)) return modal.end;
  for (let i = modal.end + 1; i < end; i++)
    if (u.c.isVerbAt(u.text, i) || u.c.accordingTo.startsAt(u.text, i)) return i;
  return modal.end;
}

function obligationCore(u: Unit, category = 'obligation'): CoreSpan[] {
  let body = u.bodyStart();
  const fronted = frontedDeadline(u, body);
  if (fronted) body = u.clauseEnd(fronted.start);
  const lead = fronted ? [fronted] : [];
  const act = governedAct(u, body, category);
  if (act) {
    const spans = actFrom(u, act.at);
    unquoteAct(u.text, act.at, spans);
    if (spans.length) return [...lead, ...(act.head ? [act.head] : []), ...spans];
  }
  return [...lead, ...imperativeCore(u, body)];
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
 * / "到今年年底，"): cored whole, ahead of the act.
 */
function frontedDeadline(u: Unit, body: number): CoreSpan | null {
  const end = u.clauseEnd(body);
  // cheap first: a Chinese phrase that bounds an act has a unit of time and a bound (到/前/底/内…)
  const head = u.text.slice(body, end);
  if (u.c.lang === 'zh' && !(ZH_TIME.test(head) && ZH_BOUND.test(head))) return null;
  const phrase = findDeadlinePhrases(u.text, u.c.lang, body, end, true)[0];
  if (!phrase || phrase.start !== body) return null;
  if (!boundsAnAct(u.text.slice(phrase.start, phrase.end), u.c.lang)) return null;
  const cl = u.clauseAt(body);
  if (!cl || u.isLast(cl)) return null;
  if (cl.end === phrase.end) return { start: phrase.start, end: phrase.end };
  // "到2029年【建党80周年时】，": the whole clause tells the time
  const rest = u.text.slice(phrase.end, cl.end);
  return cl.end > phrase.end && ZH_TIME_CLAUSE_END.test(rest) ? { start: phrase.start, end: cl.end } : null;
}

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
  return t && u.c.lang === 'en' ? englishPhrase(u, t.start, cl) : t ? [t] : [];
}

function prohibitionCore(u: Unit): CoreSpan[] {
  const r = u.c.rules;
  const body = u.bodyStart();
  const spans: CoreSpan[] = [];
  for (const g of r.governed) {
    if (!g.categories.includes('prohibition')) continue;
    g.pattern.lastIndex = 0;
    const m = g.pattern.exec(u.text.slice(body, u.end));
    if (!m) continue;
    const head = body + m.index;
    spans.push({ start: head, end: head + (m[1] as string).length });
    spans.push(...actFrom(u, head + m[0].length));
    return spans;
  }
  let from = body;
  for (let hit = u.find(u.c.prohibitions, from); hit; hit = u.find(u.c.prohibitions, from)) {
    const end = u.clauseEnd(hit.start);
    spans.push(
      ...(u.c.lang === 'en' ? englishPhrase(u, hit.start, u.clauseAt(hit.start)!) : [{ start: hit.start, end }]),
    );
    from = end;
    if (from >= u.end) break;
  }
  if (spans.length) return spans;
  // No marker: a modal's act (这种…必须坚决纠正), else an item under a lead-in (（一）擅自…；):
  // the act is the item, its clauses without frames.
  const act = governedAct(u, body, 'prohibition');
  if (act) return actFrom(u, act.at);
  return u.clauses
    .filter((cl) => cl.end > body && !u.isFrame(cl))
    .map((cl) => u.trim(Math.max(cl.start, body), cl.end))
    .filter((x): x is Clause => x !== null);
}

function emphasisCore(u: Unit): CoreSpan[] {
  const hit = u.find(u.c.emphasis, u.bodyStart());
  if (!hit) return obligationCore(u, 'emphasis');
  const cl = u.clauseAt(hit.start);
  const after = cl ? u.trim(hit.end, cl.end) : null;
  if (after) return u.c.lang === 'en' ? englishPhrase(u, after.start, cl!) : [after];
  // The marker closes its clause: the next clause, or, when nothing follows, the marker's own.
  const next = cl ? u.next(cl) : undefined;
  if (next) return [next];
  return cl ? [cl] : [];
}

function targetCore(u: Unit): CoreSpan[] {
  if (u.c.lang === 'en') return obligationCore(u, 'target');
  const spans = firstTargetCore(u);
  return spans.length ? [...spans, ...laterGoals(u, spans[spans.length - 1]!.end)] : spans;
}

/** The deadline and the first goal (or the first goal alone). */
function firstTargetCore(u: Unit): CoreSpan[] {
  const lang = u.c.lang;
  const body = u.bodyStart();
  const found = findDeadlinePhrases(u.text, lang, body, u.end)[0];
  if (!found) return goalCore(u, body) ?? obligationCore(u, 'target');
  const phrase = { start: goalVerbInto(u, body, found.start), end: found.end };
  // a limit cut (审批时限【压缩至15个工作日以内】) is the goal itself: its clause, from after a modal
  // before it ("各区要【将…时限压缩至…以内】"), with no further clause
  const limited = phrase.start < found.start ? u.clauseAt(phrase.start) : undefined;
  if (limited) {
    const modal = u.find(u.c.modals, limited.start, phrase.start);
    const span = u.trim(modal ? modal.end : phrase.start, limited.end);
    if (span) return [span];
  }
  let at = phrase.end;
  while (at < u.end && isSpace(u.text.charCodeAt(at))) at++;
  const cl = u.clauseAt(phrase.start);
  // "到2029年【建党80周年时】，要完成…": the rest of the clause still tells the time; the goal follows
  if (cl && at < cl.end && ZH_TIME_CLAUSE_END.test(u.text.slice(at, cl.end))) phrase.end = cl.end;
  else if (cl && at < cl.end) {
    // 6月底前完成… : one span — unless a subject and modal come between (全年粮食产量要稳定在…).
    const modal = u.find(u.c.modals, at, cl.end);
    if (modal && modal.start > at) return [{ start: phrase.start, end: phrase.end }, ...actFrom(u, modal.end)];
    return [{ start: phrase.start, end: cl.end }];
  }
  const next = cl ? u.next(cl) : undefined;
  const goal = next ? goalCore(u, next.start, true) : null;
  return [{ start: phrase.start, end: phrase.end }, ...(goal ?? [])];
}

/** The end of a clause that is a time adverbial as a whole ("…80周年时", "…之际"). */
const ZH_TIME_CLAUSE_END = /(?:周年|届满|期满|收官)?(?:时|之时|之际)$/;

/**
 * Where a goal verb runs into a phrase read as a deadline (压缩【至5个工作日以内】: a limit cut to a
 * span of time), the goal's start; else `start`.
 */
function goalVerbInto(u: Unit, body: number, start: number): number {
  for (let i = Math.max(body, start - 4); i < start; i++) if (i + u.c.goalVerbs.lengthAt(u.text, i) > start) return i;
  return start;
}

/**
 * The further goals of a target, one per later clause that has a goal verb before its quantity
 * ("…，培育10个以上集聚区，覆盖率达到85%以上。" → 达到85%以上): each from that verb to the clause's end;
 * not a level held beside the goal ("…，失业率控制在5.5%左右": core-rules.ts's levelVerbs).
 */
function laterGoals(u: Unit, from: number): CoreSpan[] {
  const out: CoreSpan[] = [];
  for (const cl of u.clauses) {
    if (cl.start < from) continue;
    const q = u.c.rules.quantity.exec(u.text.slice(cl.start, cl.end));
    if (!q) continue;
    const verb = goalVerbBefore(u, cl.start, cl.start + q.index);
    if (verb >= 0 && !u.c.levelVerbs.startsAt(u.text, verb)) out.push({ start: verb, end: cl.end });
  }
  return out;
}

/** Before a bound such as 不少于, the first count verb (新增 / 累计) in [from, verb); else `verb`. */
function countedFrom(u: Unit, from: number, verb: number): number {
  if (verb < 0 || !u.c.countBounds.startsAt(u.text, verb)) return verb;
  for (let i = from; i < verb; i++) if (u.c.countVerbs.startsAt(u.text, i)) return i;
  return verb;
}

/** The start of the last goal verb in [from, until) (with `first`, of the first one), or -1. */
function goalVerbBefore(u: Unit, from: number, until: number, first = false): number {
  let verb = -1;
  for (let i = from; i < until; i++) {
    const n = u.c.goalVerbs.lengthAt(u.text, i);
    if (!n) continue;
    verb = i;
    if (first) break;
    i += n - 1;
  }
  return verb;
}

/**
 * The goal predicate from `from` on, in the first clause that is not a frame: the act after a
 * modal, else the goal verb before its quantity. With `firstClause`, that clause answers anyway
 * (its first goal verb on, or all of it); without, a goal must carry a quantity.
 */
function goalCore(u: Unit, from: number, firstClause = false): CoreSpan[] | null {
  const quantity = u.c.rules.quantity;
  for (const cl of u.clauses) {
    if (cl.end <= from) continue;
    const start = Math.max(cl.start, from);
    const s = u.text.slice(start, cl.end);
    const q = quantity.exec(s);
    if (!q && u.isFrame({ start, end: cl.end })) continue;
    const modal = u.find(u.c.modals, start, cl.end);
    if (modal) return actFrom(u, modal.end);
    // the goal verb right before the quantity (or a count verb before it: 【新增…不少于1000部】); without a
    // quantity, the first one
    const verb = q
      ? countedFrom(u, start, goalVerbBefore(u, start, start + q.index))
      : goalVerbBefore(u, start, cl.end, true);
    if (verb >= 0 && (q || firstClause)) return [{ start: verb, end: cl.end }];
    if (firstClause) {
      const t = u.trim(start, cl.end);
      return t ? [t] : null;
    }
  }
  return null;
}
