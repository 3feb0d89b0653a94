/**
 * The core of a directive: what a careful reader underlines in it — the act required, forbidden
 * or targeted, with a target's deadline and quantity (conventions: ../shared/eval/CORES.md).
 *
 * `coresOf(text, directive)` works on any string whose offsets are 1:1 with the article text (the
 * article text itself, or a normalised view of it for matching, e.g. traditional characters mapped
 * to simplified one for one) and returns spans in those offsets. The rules are the tables of
 * core-rules.ts; this file and core-act.ts (the act after a modal, the obligation's core) only
 * walk clauses:
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
import { findDeadlinePhrases } from './deadline-phrases';
import {
  actFrom,
  dropConditions,
  englishPhrase,
  governedAct,
  obligationCore,
  ZH_TIME_CLAUSE_END,
  type CoreSpan,
} from './core-act';
import type { WordSet } from './word-set';

export type { CoreSpan };

/** What coresOf needs of a directive: its span, category and block language (directives.ts's blockLanguage). */
export interface CoreInput {
  start: number;
  end: number;
  category: DirectiveCategory;
  lang: CoreLang;
}

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
  if (d.category !== 'heading') dropConditions(u, spans);
  if (d.category === 'target' || d.category === 'obligation') for (const s of spans) dropAddressee(u, s);
  if (d.category === 'target' || d.category === 'obligation') for (const s of spans) quotaLead(u, s);
  if (d.category !== 'heading' && d.category !== 'prohibition') for (const s of spans) keepAdverb(u, s);
  // Never empty: a unit the rules find no act in is its own core.
  return spans.length ? tidy(spans) : [{ start: u.clauses[0]!.start, end: u.clauses[u.clauses.length - 1]!.end }];
}

/**
 * A duty or a target with no modal that opens its act with its addressee (3月10日前，【各地】全面启动… /
 * 【其他成员单位】按照各自职责…): the act starts after it, as it would after a modal (core-rule-types.ts addressee).
 */
function dropAddressee(u: Unit, s: CoreSpan): void {
  if (!u.c.rules.addressee || (u.text[s.start] !== '各' && u.text[s.start] !== '其')) return;
  const after = subjectAfter(u, s.start, s.end);
  if (after > s.start) s.start = after;
}

/** How far into a span its subject may run before a quota's lead, in characters. */
const QUOTA_SUBJECT_REACH = 16;

/**
 * A standard or a quota with no modal, "【各旅】每季度至少组织1次… / 【黑土地质量监测点位】每5000亩不少于1个": the span
 * starts at its rate, 原则上 or 至少 (core-rule-types.ts quotaLead) when what comes before it is a subject: the span
 * opens with no verb, no preposition (对… / 在… / 按照…, kept as the act's), holds no verb (nor goal verb, 建成至少…)
 * before it, and no modal stands before it in the unit.
 */
function quotaLead(u: Unit, s: CoreSpan): void {
  const { quotaLead: re, quotaLeadFirst } = u.c.rules;
  if (!re || s.end - s.start < 4) return;
  const until = Math.min(s.end - 2, s.start + QUOTA_SUBJECT_REACH);
  let lead = -1;
  for (let i = s.start; i < until && lead < 0; i++) {
    if (!quotaLeadFirst.includes(u.text[i] as string)) continue;
    re.lastIndex = i;
    if (re.test(u.text)) lead = i;
  }
  // (a span that opens with its rate, 每月至少…, has no subject; 至少 right after a two-character word is that verb's
  // count, 召开至少一次… / 建成至少1所…)
  if (lead < s.start + 2 || (u.text.startsWith('至少', lead) && lead < s.start + 3)) return;
  if (
    u.opensWithVerb(s) ||
    u.c.openers.startsAt(u.text, s.start) ||
    u.c.rules.quotaNoSubject.some((w) => u.text.startsWith(w, s.start))
  )
    return;
  if (u.c.accordingTo.startsAt(u.text, s.start) || u.c.locative.startsAt(u.text, s.start)) return;
  // (after a modal the span is its act, subject already out: "要保证幼儿每天户外活动时间不少于2小时")
  if (u.find(u.c.modals, u.start, lead)) return;
  for (let i = s.start; i < lead; i++)
    if (
      u.c.isVerbAt(u.text, i) ||
      u.c.goalVerbs.lengthAt(u.text, i) > 0 ||
      u.c.openers.startsAt(u.text, i) ||
      u.c.accordingTo.startsAt(u.text, i)
    )
      return;
  s.start = lead;
}

/** An adverb of the act right before the span (【原则上】不超过…): the span starts at it (core-rule-types.ts keptAdverbs). */
function keepAdverb(u: Unit, s: CoreSpan): void {
  for (const w of u.c.rules.keptAdverbs)
    if (s.start - w.length >= u.start && u.text.startsWith(w, s.start - w.length)) {
      s.start -= w.length;
      return;
    }
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

function prohibitionCore(u: Unit): CoreSpan[] {
  const r = u.c.rules;
  const body = u.bodyStart();
  const spans: CoreSpan[] = [];
  let rest: string | null = null;
  for (const g of r.governed) {
    if (!g.categories.includes('prohibition')) continue;
    rest ??= u.text.slice(body, u.end);
    g.pattern.lastIndex = 0;
    const m = g.pattern.exec(rest);
    if (!m) continue;
    const head = body + m.index;
    spans.push({ start: head, end: head + (m[1] as string).length });
    spans.push(...actFrom(u, head + m[0].length));
    return spans;
  }
  let from = body;
  for (let hit = u.find(u.c.prohibitions, from); hit; hit = u.find(u.c.prohibitions, from)) {
    const end = u.clauseEnd(hit.start);
    const subject = Math.max(subjectAfter(u, hit.end, end), banAgentAfter(u, hit.end, end));
    spans.push(
      ...(u.c.lang === 'en'
        ? englishPhrase(u, hit.start, u.clauseAt(hit.start)!)
        : subject > hit.end
          ? [
              { start: hit.start, end: hit.end },
              { start: subject, end },
            ]
          : [{ start: hit.start, end }]),
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

/** The end of an agent named right after a ban's marker at `at` (core-rule-types.ts banAgent) before `end`, else -1. */
function banAgentAfter(u: Unit, at: number, end: number): number {
  const { banAgent: re, banAgentActs: acts } = u.c.rules;
  // (an act right after the marker names no agent: 严禁【组织】人员… / 不得【要求】企业… / 严禁【向】小微企业…)
  if (!re || acts.some((w) => u.text.startsWith(w, at)) || u.c.isVerbAt(u.text, at)) return -1;
  for (let from = at; ;) {
    re.lastIndex = from;
    if (!re.exec(u.text) || re.lastIndex >= end) return -1;
    const next = re.lastIndex;
    if (acts.some((w) => u.text.startsWith(w, next))) return next;
    // two agents joined (严禁有关部门【和】单位…): the second's end
    if (!AGENT_JOINS.includes(u.text[next] as string)) return -1;
    from = next + 1;
  }
}

/** What joins two agents of one ban (有关部门和单位 / 企业、个人). */
const AGENT_JOINS = '和及、';

/** The end of an addressee named as a subject at `at` (core-rule-types.ts addressee) before `end`, else -1. */
function subjectAfter(u: Unit, at: number, end: number): number {
  const re = u.c.rules.addressee;
  if (!re) return -1;
  re.lastIndex = at;
  const m = re.exec(u.text);
  return m && re.lastIndex < end ? re.lastIndex : -1;
}

function emphasisCore(u: Unit): CoreSpan[] {
  let hit = u.find(u.c.emphasis, u.bodyStart());
  if (!hit) return obligationCore(u, 'emphasis');
  let cl = u.clauseAt(hit.start);
  // "会议特别强调，…是…的关键，【尤其要】选优…": a marker that closes its clause as a reporting verb does yields to
  // a marker after it, which names the emphasised act, when only a statement comes between (no modal: "…特别强调，
  // 越是…越要【盯紧安全】，尤其要…" keeps the first act). s38, over all golds: 4 of 4 such cores on 4 pages.
  if (cl && u.text[hit.start - 1] !== '的' && !u.trim(hit.end, cl.end)) {
    const later = u.find(u.c.emphasis, cl.end);
    if (later && !u.find(u.c.modals, cl.end, later.start)) {
      hit = later;
      cl = u.clauseAt(hit.start);
    }
  }
  // "他特别强调，【湿垃圾必须】做到…": a marker said by a speaker and closing its clause reports the duty after it,
  // cored as an obligation (core-rule-types.ts reportedEmphasis)
  if (cl && u.c.rules.reportedEmphasis.includes(u.text.slice(hit.start, hit.end)) && !u.trim(hit.end, cl.end)) {
    const act = governedAct(u, cl.end, 'obligation');
    const spans = act ? actFrom(u, act.at) : [];
    if (spans.length) return spans;
  }
  // "要把…作为重中之重" / "…是…的重中之重，必须…": a marker that is a noun of its sentence names what the
  // duty makes of the matter; the duty's act is the core, the modal's before the marker or else after it
  if (u.c.rules.nounEmphasis.includes(u.text.slice(hit.start, hit.end))) {
    const act = governedAct(u, u.bodyStart(), 'emphasis');
    if (act) return actFrom(u, act.at);
  }
  const after = cl ? u.trim(hit.end, cl.end) : null;
  if (after) return u.c.lang === 'en' ? englishPhrase(u, after.start, cl!) : [after];
  // "要把…作为…的【重中之重】，": the marker names what its own clause's act makes of the matter; that act
  // is the core (the modal's, in the marker's clause)
  if (cl && u.text[hit.start - 1] === '的') {
    const act = governedAct(u, Math.max(cl.start, u.bodyStart()), 'emphasis');
    if (act && act.at < hit.start) return actFrom(u, act.at);
  }
  // The marker closes its clause: the next clause, or, when nothing follows, the marker's own.
  const next = cl ? u.next(cl) : undefined;
  if (next) return [next];
  return cl ? [cl] : [];
}

function targetCore(u: Unit): CoreSpan[] {
  if (u.c.lang === 'en') return obligationCore(u, 'target');
  const { spans, dated, duty } = firstTargetCore(u);
  // (a duty's act has no further goals: the figures after it are its follow-up's)
  if (!spans.length || duty) return spans;
  // a dated target whose first goal is a count or a work done with its figure (新增…3000台以上 / 至少建成10个…)
  // is cored by that goal alone: the indicators after it ("…，覆盖率达到40%以上") spell the plan out; after an
  // indicator reaching its level (达到90%…) the golds split, and the further indicators stay
  // (docs/gold-conventions.md, dated targets' further goals)
  if (dated && countedGoal(u, spans[spans.length - 1]!)) return spans;
  // a dated target keeps only indicators reaching a level after its first goal (none found yet: any goal)
  const further = dated && spans.some((s) => holdsGoal(u, s)) ? u.c.datedFurtherGoalVerbs : null;
  return [...spans, ...laterGoals(u, spans[spans.length - 1]!.end, further)];
}

/**
 * Whether a target's goal span holds a quantity after its deadline phrases (6月底前完成… : not the 6), or full
 * coverage (实现…全覆盖), that no indicator verb reaches (达到 / 超过…: datedFurtherGoalVerbs; a level held, 稳定在…, counts as a figure
 * set: the golds split 2 / 1 on the fixtures, the held-out batch scores better without its further goals).
 */
function countedGoal(u: Unit, s: CoreSpan): boolean {
  const phrases = findDeadlinePhrases(u.text, u.c.lang, s.start, s.end);
  const from = phrases.length ? Math.max(s.start, phrases[phrases.length - 1]!.end) : s.start;
  const goal = from < s.end ? u.text.slice(from, s.end) : '';
  // (full coverage is a figure of its own: core-rule-types.ts fullCoverage)
  if (goal && u.c.rules.fullCoverage?.test(goal)) return true;
  const q = goal ? u.c.rules.quantity.exec(goal) : null;
  if (!q) return false;
  const verb = goalVerbBefore(u, from, from + q.index);
  return verb < 0 || !u.c.datedFurtherGoalVerbs.startsAt(u.text, verb);
}

/** Whether a span holds a goal verb (a deadline alone, 到2026年秋季学期, holds none). */
const holdsGoal = (u: Unit, s: CoreSpan): boolean => goalVerbBefore(u, s.start, s.end, true) >= 0;

/**
 * The deadline and the first goal (or the first goal alone); `dated` when a deadline was found; `duty` when the
 * target is cored as a duty (limitAfterDuty).
 */
function firstTargetCore(u: Unit): { spans: CoreSpan[]; dated: boolean; duty?: boolean } {
  const lang = u.c.lang;
  const body = u.bodyStart();
  const found = findDeadlinePhrases(u.text, lang, body, u.end)[0];
  if (!found) return { spans: goalCore(u, body) ?? obligationCore(u, 'target'), dated: false };
  if (limitAfterDuty(u, body, found)) return { spans: obligationCore(u, 'target'), dated: false, duty: true };
  return { spans: datedTargetCore(u, body, found), dated: true };
}

/**
 * A time limit in a later clause, after an earlier clause's modal act ("各市要严格落实…制度，发生…要【在30分钟内】向…报告"):
 * the limit tells how fast a follow-up is done, and the duty's core is the first act, as an obligation's (over all
 * golds, 16 cores take the first act, none the limit's clause; session 34). Only a span of time (分钟 / 小时 /
 * 工作日… 内), not a date (6月底前).
 */
function limitAfterDuty(u: Unit, body: number, found: CoreSpan): boolean {
  const limit = u.c.rules.timeLimit;
  if (!limit || !limit.test(u.text.slice(found.start, found.end))) return false;
  const cl = u.clauseAt(found.start);
  if (!cl || cl.start <= body) return false;
  const modal = u.find(u.c.modals, body, cl.start);
  return modal !== null && modal.end < cl.start;
}

/** firstTargetCore's answer once a deadline phrase is found. */
function datedTargetCore(u: Unit, body: number, found: CoreSpan): CoreSpan[] {
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
    if (modal && modal.start >= at) return [{ start: phrase.start, end: phrase.end }, ...actFrom(u, modal.end)];
    // 今年【全县】将新建…: a future marker before the goal verb parts them as a modal does (futureMarkers)
    const future = futureGoal(u, at, cl.end);
    if (future > at)
      return [
        { start: phrase.start, end: phrase.end },
        { start: future, end: cl.end },
      ];
    // 全年【城镇新增就业】达到…: a subject between the time and its goal verb is left out, as before a modal
    const verb = subjectThenGoal(u, at, cl.end);
    if (verb > at)
      return [
        { start: phrase.start, end: phrase.end },
        { start: verb, end: cl.end },
      ];
    return [{ start: phrase.start, end: cl.end }];
  }
  const next = cl ? u.next(cl) : undefined;
  const goal = next ? goalCore(u, next.start, true) : null;
  return [{ start: phrase.start, end: phrase.end }, ...(goal ?? [])];
}

/**
 * In [at, end), where a clause that opens with its subject, not a verb, has a reach verb before its
 * quantity (全年城镇新增就业【达到】1200万人以上: core-rule-types.ts's reachVerbs); else -1.
 */
function subjectThenGoal(u: Unit, at: number, end: number): number {
  if (u.c.goalVerbs.lengthAt(u.text, at) > 0 || u.opensWithVerb({ start: at, end })) return -1;
  const q = u.c.rules.quantity.exec(u.text.slice(at, end));
  const verb = q ? goalVerbBefore(u, at, at + q.index) : -1;
  return verb > at && u.c.reachVerbs.startsAt(u.text, verb) ? withBase(u, at, verb) : -1;
}

/** How far a subject may run between a deadline and a future marker (今年【全县】将…), in characters. */
const FUTURE_SUBJECT_REACH = 6;

/**
 * In [at, end), the goal or count verb after a future marker that stands within a short subject of `at`
 * (今年将【新建】… / 今年全县将【新建】…); else -1.
 */
function futureGoal(u: Unit, at: number, end: number): number {
  for (let i = at; i < Math.min(end, at + FUTURE_SUBJECT_REACH + 1); i++) {
    const n = u.c.futureMarkers.lengthAt(u.text, i);
    if (!n) continue;
    const verb = i + n;
    return u.c.goalVerbs.lengthAt(u.text, verb) > 0 || u.c.countVerbs.lengthAt(u.text, verb) > 0 ? verb : -1;
  }
  return -1;
}

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
 * not a level held beside the goal ("…，失业率控制在5.5%左右": core-rule-types.ts's levelVerbs) unless `levels`; with `only`,
 * only goals that open with one of its verbs.
 */
function laterGoals(u: Unit, from: number, only: WordSet | null, levels = false): CoreSpan[] {
  const out: CoreSpan[] = [];
  for (const cl of u.clauses) {
    if (cl.start < from) continue;
    const q = u.c.rules.quantity.exec(u.text.slice(cl.start, cl.end));
    if (!q) continue;
    const verb = goalVerbBefore(u, cl.start, cl.start + q.index);
    if (verb < 0 || (!levels && u.c.levelVerbs.startsAt(u.text, verb)) || (only && !only.startsAt(u.text, verb)))
      continue;
    out.push({ start: withBase(u, cl.start, verb), end: cl.end });
  }
  return out;
}

/** Whether the goal verb at `verb` ends its clause with nothing after it (…服务能力全面【提升】，). */
function bareStateVerb(u: Unit, verb: number, end: number): boolean {
  const t = u.trim(verb, end);
  return t !== null && t.end - t.start === u.c.goalVerbs.lengthAt(u.text, verb);
}

/** Where the object is put before the goal verb at `verb` (力争【将…建成…】), the marker; else `verb`. */
function objectFront(u: Unit, from: number, verb: number): number {
  const re = u.c.rules.objectFront;
  if (!re) return verb;
  for (let i = from; i < verb - 2; i++) {
    if (!u.c.rules.objectFrontFirst.includes(u.text[i] as string)) continue;
    re.lastIndex = i;
    if (re.test(u.text)) return i;
  }
  return verb;
}

/** How far before its goal verb a comparison base may start (较2022年末 is 7 characters), in characters. */
const BASE_REACH = 10;

/** The start of a comparison base right before the goal verb at `verb` (core-rule-types.ts comparisonBase), else `verb`. */
function withBase(u: Unit, from: number, verb: number): number {
  const re = u.c.rules.comparisonBase;
  if (!re || verb - from < 3) return verb;
  const m = re.exec(u.text.slice(Math.max(from, verb - BASE_REACH), verb));
  return m ? verb - m[0].length : verb;
}

/** Before a bound such as 不少于, the first count verb (新增 / 累计) in [from, verb); else `verb`. */
function countedFrom(u: Unit, from: number, verb: number): number {
  if (verb < 0 || !u.c.countBounds.startsAt(u.text, verb)) return verb;
  for (let i = from; i < verb; i++) if (u.c.countVerbs.startsAt(u.text, i)) return i;
  return verb;
}

/**
 * The count verbs right before the goal verb at `verb` belong to it: 全市【新增完成】加装电梯800台以上 /
 * 【累计新增完成】…3000台以上 (every gold goal with one keeps it, 7 of 7); the earliest such start, else `verb`.
 */
function withCount(u: Unit, from: number, verb: number): number {
  let v = verb;
  for (let moved = v > from; moved;) {
    moved = false;
    for (let i = Math.max(from, v - 3); i < v && !moved; i++)
      if (i + u.c.countVerbs.lengthAt(u.text, i) === v) {
        v = i;
        moved = true;
      }
  }
  return v;
}

/**
 * A figure in the subject before the goal verb, "家庭年可支配收入10万—50万元的群体比例【达到80%】" / "每千人口拥有3岁以下
 * 婴幼儿托位数【达到4.5个】": the first goal verb after the figure at `q` with a figure of its own after it (the goal;
 * the subject is left out, as a subject is); else -1.
 */
function figureInSubject(u: Unit, q: number, end: number): number {
  const verb = goalVerbBefore(u, q + 1, end, true);
  if (verb < 0) return -1;
  const after = verb + u.c.goalVerbs.lengthAt(u.text, verb);
  return u.c.rules.quantity.test(u.text.slice(after, end)) ? verb : -1;
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
    // 【全省】力争新建… / 【全县】将新建…: a future marker after a short subject parts them, as in the deadline's clause
    const future = futureGoal(u, start, cl.end);
    if (future > start) return [{ start: future, end: cl.end }];
    // the goal verb right before the quantity (or a count verb before it: 【新增…不少于1000部】); without a
    // quantity, the first one
    let verb = q
      ? countedFrom(u, start, withCount(u, start, goalVerbBefore(u, start, start + q.index)))
      : goalVerbBefore(u, start, cl.end, true);
    if (q && verb < 0) verb = figureInSubject(u, start + q.index, cl.end);
    // a state with its verb bare at the clause's end, "到2020年，…服务能力全面提升，县域就诊率达到90%以上", yields to a
    // goal with its figure after it, as a state with no goal verb does below (s34: 1 of 1 gold)
    if (verb >= 0 && !q && firstClause && bareStateVerb(u, verb, cl.end) && laterGoals(u, cl.end, null, true).length)
      continue;
    if (verb >= 0 && (q || firstClause))
      return [{ start: objectFront(u, start, withBase(u, start, verb)), end: cl.end }];
    if (firstClause) {
      // a state with no goal verb, "到2030年，…网络更加完善，损耗率下降3个百分点", yields to a goal with its figure
      // (a level held with its figure too: "…体系进一步健全，受灾率稳定控制在0.9‰以内")
      if (!q && laterGoals(u, cl.end, null, true).length) continue;
      // (…制度体系【更加健全】: a state reached, its subject left out: stateGoal)
      const state = q ? null : u.c.rules.stateGoal?.exec(u.text.slice(start, cl.end));
      if (state) return [{ start: start + state.index, end: cl.end }];
      const t = u.trim(start, cl.end);
      return t ? [t] : null;
    }
  }
  return null;
}
