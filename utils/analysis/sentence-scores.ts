/**
 * The score of one sentence: its rule markers summed by kind (where the first obligation,
 * prohibition and target cues stand), the imperative-verb cues, the whole-sentence context, and
 * the category the sums decide (classify). directives.ts runs it for every sentence of a block.
 */
import type { DirectiveCategory } from '@/utils/highlights/record';
import type { CompiledRules } from './directive-rules';
import type { ContextCheck } from './rule-index';
import { opensImperative } from './verbs';
import { EN_CONTEXT_CHECKS, ZH_CONTEXT_CHECKS } from './rule-index.generated';
import { EN_RULES, SENTENCE_CONTEXT, ZH_LEAD_WORDS, ZH_RULES, type Lang, type Rule, type RuleKind } from './rules';

export const DEFAULT_THRESHOLD = 1;
/** Sentence-initial imperative verb ("加强教育培训,…"). */
const IMPERATIVE_OPENING_WEIGHT = 1.3;
/** Each later clause opening with an imperative verb, capped at IMPERATIVE_CLAUSES_CAP in all. */
const IMPERATIVE_CLAUSE_WEIGHT = 0.4;
const IMPERATIVE_CLAUSES_CAP = 1.2;
/** A target needs a deadline or a goal, and parts adding up to this. */
const TARGET_MIN = 1.5;
/** Rounding error allowed when a sum of weights is compared with the threshold. */
const SUM_TOLERANCE = 1e-9;
/** A prohibition marker this strong decides the category over obligations. */
const STRONG_PROHIBITION = 2;
export const COLONS = new Set(['：', ':']);
/** A goal stated as bounds ("…以上"), with no year or comparison (which would make it a statistic). */
const UNDATED_BOUND =
  /^(?![^]*(?:(?:19|20)\d{2}|同比|环比|[比较](?:上|去|前|同)))[^]*(?:以上|以内|以下|不低于|不少于|不超过)/;
/**
 * A standard set as one explicit bound, "检查记录保存期限不少于2年。", "每个候车区域配置不少于1台。": a norm with no modal, as a
 * regulation words it (over all golds, such sentences with no modal: 25 gold, 4 optional, 2 not — a subsidy's cap,
 * "…最高不超过300万元"). Not a cap, a condition (…不超过3万元的，), a permission (可…), a subsidy, a year, a comparison or a
 * tally (去年 / 已 / 累计).
 */
const NORM_BOUND =
  /^(?![^]*(?:(?:19|20)\d{2}|同比|环比|[比较](?:上|去|前|同)|最高|最多|可以?|给予|补助|补贴|去年|已|累计|共计?))[^]*?(?:不少于|不低于|不超过|不高于)[^，,。；;的]*?\d(?![^，,。；;]*的[，,])/;
/** An opening condition ("If …, ", "When …, ") before an instruction. */
// (also a purpose, "To work out your FTE number, add up …": the step it is done by — s40, dev56 1 gold; over the English
// golds sentences opening "To <verb> …," 4 gold, 6 optional, 2 not, none with an imperative after the comma)
const EN_CONDITION = /(?:If|When|Before|After|Once|Where|Unless|While|To (?=[a-z]))\b[^.;:]{1,100}?,\s*/y;
/** "把…作为…" / "通过…,…" / "以…为核心，…" openings of a measure. */
const ZH_MEASURE_FRAME =
  /(?:把|将)[^。；;！!？?]{1,40}?(?:作为|摆在|放在|纳入|列入|融入|贯穿|落实到)|通过[^。；;！!？?]{1,30}?[，,]|以[^。；;！!？?，,]{1,30}?为(?:核心|重点|抓手|主体|支撑|龙头|依托|牵引|突破口|着力点)[，,]/y;

/**
 * "按照“…”的原则，因地制宜发展…": the basis of a measure, then its verb, as "通过…，" is (s35: over all golds, sentences
 * opening with 按照…， and an imperative verb 1 gold, 0 optional, 0 not — with 针对…， 2 more gold; with a subject after the
 * comma, "按照规划，…预计…", "按照协议，三省每年…", 0 / 3 / 3, left unmarked). Tried only where 按照 opens the sentence.
 */
const ZH_BASIS_FRAME = /按照[^。；;！!？?]{1,40}?[，,]\s*/y;
function basisFrameThenVerb(s: string, at: number, c: CompiledRules): boolean {
  if (!s.startsWith('按照', at)) return false;
  ZH_BASIS_FRAME.lastIndex = at;
  return ZH_BASIS_FRAME.test(s) && c.verbs.startsAt(s, ZH_BASIS_FRAME.lastIndex);
}

/** `shape`: whole-sentence context (SENTENCE_CONTEXT), which does not hold back emphasis. */
export type Scores = Record<RuleKind | 'shape', number> & {
  /** Where (in the sentence) the first obligation cue of weight ≥ 1 and the first prohibition start; -1: none. */
  obligationAt: number;
  prohibitionAt: number;
  /** Where the last prohibition marker starts; -1: none. */
  lastProhibitionAt: number;
  /** Where the first deadline, goal or quantity marker and the last modal marker start; -1: none. */
  targetAt: number;
  lastModalAt: number;
};
export const emptyScores = (): Scores => ({
  obligationAt: -1,
  prohibitionAt: -1,
  lastProhibitionAt: -1,
  targetAt: -1,
  lastModalAt: -1,
  obligation: 0,
  prohibition: 0,
  emphasis: 0,
  deadline: 0,
  goal: 0,
  quantity: 0,
  context: 0,
  falseFriend: 0,
  shape: 0,
});

/**
 * `scores` set back to emptyScores' values, for the next sentence: directives.ts scores every sentence of
 * an article in one object (an object each was ~5 MB of garbage a call on the bench article, a quarter of
 * what findDirectives without cores allocates).
 */
export function resetScores(scores: Scores): Scores {
  scores.obligationAt = -1;
  scores.prohibitionAt = -1;
  scores.lastProhibitionAt = -1;
  scores.targetAt = -1;
  scores.lastModalAt = -1;
  scores.obligation = 0;
  scores.prohibition = 0;
  scores.emphasis = 0;
  scores.deadline = 0;
  scores.goal = 0;
  scores.quantity = 0;
  scores.context = 0;
  scores.falseFriend = 0;
  scores.shape = 0;
  return scores;
}

/** Adds a marker found at `at` (sentence-relative) to `scores`. */
export function addMarker(scores: Scores, rule: Rule, at: number): void {
  scores[rule.kind] += rule.weight;
  if (rule.kind === 'prohibition') {
    if (scores.prohibitionAt < 0) scores.prohibitionAt = at;
    scores.lastProhibitionAt = Math.max(scores.lastProhibitionAt, at);
  } else if (rule.kind === 'obligation' && rule.weight >= 1) {
    noteObligation(scores, at);
    if (!rule.purpose) scores.lastModalAt = Math.max(scores.lastModalAt, at);
  } else if (TARGET_KINDS.has(rule.kind) && (scores.targetAt < 0 || at < scores.targetAt)) scores.targetAt = at;
}
const TARGET_KINDS: ReadonlySet<RuleKind> = new Set(['deadline', 'goal', 'quantity']);

function noteObligation(scores: Scores, at: number): void {
  if (scores.obligationAt < 0 || at < scores.obligationAt) scores.obligationAt = at;
}

/** What the regex class `\s` matches (white space and line terminators), without running a regex per character. */
const isBlankCode = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** Closing quotes and brackets that finalMark looks past. */
const CLOSING_MARKS = new Set([...'”’）)》」』】"\''].map((ch) => ch.charCodeAt(0)));
export const CLAUSE_BREAK = new Uint8Array(65536);
for (const ch of '，,；;：:') CLAUSE_BREAK[ch.charCodeAt(0)] = 1;
/** The same marks, found by imperativeCues from one to the next. */
const CLAUSE_BREAKS = /[，,；;：:]/g;
/**
 * Length without white space (full-width and no-break spaces included), without allocating;
 * counted only up to `cap` + 1 (enough to compare with a limit of `cap`): the heading test asks
 * this of every short block.
 */
export function visibleLength(s: string, cap = Infinity): number {
  let n = 0;
  for (let i = 0; i < s.length && n <= cap; i++) {
    const code = s.charCodeAt(i);
    if (!(code <= 32 || code === 0x3000 || code === 0xa0)) n++;
  }
  return n;
}

/** The last visible character, ignoring closing quotes and brackets. */
export function finalMark(s: string): string {
  const code = finalCode(s);
  return code < 0 ? '' : String.fromCharCode(code);
}

/** finalMark's UTF-16 code (-1: none), without making a one-character string (classify asks it of every sentence). */
function finalCode(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const code = s.charCodeAt(i);
    if (!isBlankCode(code) && !CLOSING_MARKS.has(code)) return code;
  }
  return -1;
}
const QUESTION = [0xff1f, 0x3f]; // ？ ?
const EXCLAMATION = [0xff01, 0x21]; // ！ !
const isColonCode = (code: number) => code === 0xff1a || code === 0x3a; // ： :

/** Adds the imperative-verb cues of one sentence (`s` relative text) to `scores`. */
export function imperativeCues(s: string, c: CompiledRules, lang: Lang, scores: Scores): void {
  c.opening.lastIndex = 0;
  c.opening.test(s);
  const at = c.opening.lastIndex;
  if (opensImperative(s, at, lang)) {
    scores.obligation += IMPERATIVE_OPENING_WEIGHT;
    noteObligation(scores, at);
  } else if (lang === 'en') {
    // "If you have not already done so, register for …": an instruction after its condition.
    EN_CONDITION.lastIndex = at;
    if (EN_CONDITION.test(s) && opensImperative(s, EN_CONDITION.lastIndex, lang)) {
      scores.obligation += IMPERATIVE_OPENING_WEIGHT;
      noteObligation(scores, EN_CONDITION.lastIndex);
    }
  } else {
    ZH_MEASURE_FRAME.lastIndex = at;
    if (ZH_MEASURE_FRAME.test(s) || basisFrameThenVerb(s, at, c)) {
      scores.obligation += IMPERATIVE_OPENING_WEIGHT * 0.8;
      noteObligation(scores, at);
    }
  }
  if (lang !== 'zh') return; // English clauses after commas rarely open with a bare verb
  let clauses = 0;
  // From break to break by a global regex, not a table lookup per character: every sentence of a
  // Chinese block is read here, and its breaks are a few in a hundred characters.
  CLAUSE_BREAKS.lastIndex = at;
  while (CLAUSE_BREAKS.test(s)) {
    let j = CLAUSE_BREAKS.lastIndex;
    while (j < s.length && isBlankCode(s.charCodeAt(j))) j++;
    if (c.verbs.startsAt(s, j) && !doneVerb(s, j, c)) clauses += IMPERATIVE_CLAUSE_WEIGHT;
  }
  scores.obligation += Math.min(clauses, IMPERATIVE_CLAUSES_CAP);
}

/**
 * A verb told as done, "…，深化了…的认识，也为…指明了方向": a clause reporting an act, no imperative (s38: over all golds,
 * fixtures + dev37/38 + held49, sentences with a clause opening so 0 gold, 1 optional, 20 not or unlisted, 3 of them
 * marked on 3 pages). Read only where a verb of the list starts.
 */
function doneVerb(s: string, at: number, c: CompiledRules): boolean {
  const n = c.verbs.lengthAt(s, at);
  return s.charCodeAt(at + n) === 0x4e86; // 了
}

/** The category and raw score of one sentence, or null when it is not a directive. */
export function classify(
  scores: Scores,
  sentence: string,
  minimum: number,
): { category: DirectiveCategory; raw: number } | null {
  // Weights are decimals summed in floating point: 1.4 − 0.4 is 0.9999999999999999, and "该负责人表示，
  // 各地要…" (要 1.4, 表示 −0.4) must reach a threshold of 1 as the tables mean it to.
  const threshold = minimum - SUM_TOLERANCE;
  const end = finalCode(sentence);
  const emphasis = scores.emphasis;
  if (QUESTION.includes(end) && emphasis < 2) return null;
  // An exclamation is rhetoric unless a strong modal carries it ("大家务必…作出新的贡献！").
  if (EXCLAMATION.includes(end) && emphasis < 2 && scores.obligation < 2 && scores.prohibition < 2) return null;
  if (emphasis >= 2 && emphasis + scores.context >= threshold) return { category: 'emphasis', raw: emphasis };
  const context = scores.context + scores.shape;
  const target = scores.deadline + scores.goal + scores.quantity;
  const hasTargetAnchor = scores.deadline > 0 || scores.goal > 0;
  const prohibition = scores.prohibition;
  const obligation = scores.obligation;
  if (
    prohibition + context >= threshold &&
    (prohibition >= STRONG_PROHIBITION || prohibition >= obligation) &&
    !(obligation + context >= threshold && obligationLeads(sentence, scores))
  ) {
    return { category: 'prohibition', raw: prohibition + context };
  }
  if (
    hasTargetAnchor &&
    target >= TARGET_MIN &&
    target + context >= threshold &&
    !(obligation + context >= threshold && obligationBeforeTarget(sentence, scores))
  ) {
    return { category: 'target', raw: target + context + Math.min(obligation, 1) };
  }
  // "回收利用率达到40%以上，分出量占比稳定在22%以上。": bounds to reach, with no year or comparison
  // that would make them statistics.
  if (scores.quantity >= TARGET_MIN && context >= 0 && obligation < 1.4 && UNDATED_BOUND.test(sentence)) {
    return { category: 'target', raw: scores.quantity };
  }
  const raw = obligation + Math.min(prohibition, 1) + context;
  if (raw >= threshold) return { category: 'obligation', raw };
  if (scores.quantity > 0 && context >= 0 && obligation < 1.4 && NORM_BOUND.test(sentence))
    return { category: 'obligation', raw: threshold };
  if (emphasis + context >= threshold) return { category: 'emphasis', raw: emphasis + context };
  return null;
}

/**
 * A sentence that requires and forbids takes the category of its first directive clause:
 * "各地要压实责任，严禁弄虚作假。" is an obligation, "严禁弄虚作假，要压实责任。" a prohibition, and
 * "各地要严禁弄虚作假。" (the modal governs the ban, in one clause) a prohibition. Not a sentence that
 * ends with a colon: it introduces a list ("应当加强巡查，禁止下列行为：") and keeps, for its items, the
 * category of what it introduces.
 */
function obligationLeads(sentence: string, scores: Scores): boolean {
  const { obligationAt: from, prohibitionAt: to } = scores;
  if (from < 0 || to <= from || isColonCode(finalCode(sentence))) return false;
  for (let i = from; i < to; i++) {
    if (CLAUSE_BREAK[sentence.charCodeAt(i)] !== 1) continue;
    // the first clause is a condition, "消费者要求转让预付卡的，经营者不得拒绝…": its 要求 is the
    // consumer's request, and the ban after it is the sentence's act (over all golds: 1 such, a prohibition)
    return sentence.charCodeAt(i - 1) !== CONDITION_DE && !bansFollow(sentence, scores);
  }
  return false;
}

/**
 * A modal duty's clause followed by two bans or more, each in its own clause and no modal after it, "各地要加强…管理，
 * 严禁…，严禁…。": the bans are what the sentence lays down, the duty's clause their heading (over all golds, such
 * sentences with the clauses joined by commas: 11 gold prohibitions, 4 obligations; session 35). Not across a
 * semicolon, "…要坚决整合关停；不得…，不得…": the duty is a sentence of its own (2 of 2 obligations).
 */
function bansFollow(sentence: string, scores: Scores): boolean {
  const { obligationAt, prohibitionAt: first, lastProhibitionAt: last, lastModalAt } = scores;
  if (last <= first || lastModalAt < obligationAt) return false;
  let dutyClause = true;
  let between = false;
  for (let i = obligationAt; i < last; i++) {
    const code = sentence.charCodeAt(i);
    if (code === SEMICOLON || code === 0x3b) return false;
    if (CLAUSE_BREAK[code] !== 1) continue;
    // (a report's frame, "上级明确要求，", is no clause of the duty)
    if (dutyClause && i - obligationAt < MODAL_CLAUSE_MIN_CHARS) continue;
    // the modal in the duty's own clause, none in a later one (既要…，又要…，不能…，更不能…)
    if (dutyClause && lastModalAt > i) return false;
    dutyClause = false;
    if (i > first) between = true;
  }
  return between;
}
const SEMICOLON = '；'.charCodeAt(0);
const CONDITION_DE = '的'.charCodeAt(0);

/**
 * A measure whose modal clause comes before its figures, "各地要加强…建设，2027年底前实现…" /
 * "要加快推进…，年内新建…400万亩", is an obligation: the figures spell out the measure. Not where
 * a modal clause holds the figures ("要在2027年底前建成…" / "…，务必在7月15日前完成…"), nor after a
 * reporting frame with no act of its own ("会议要求，到2027年…"), nor a measure without a modal;
 * Chinese only.
 */
function obligationBeforeTarget(sentence: string, scores: Scores): boolean {
  const { lastModalAt: from, targetAt: to } = scores;
  if (from < 0 || to <= from) return false;
  for (let i = from; i < to; i++)
    if (ZH_CLAUSE_BREAKS.includes(sentence.charCodeAt(i))) return i - from >= MODAL_CLAUSE_MIN_CHARS;
  return false;
}
/** A modal clause shorter than this ("要求，") frames what follows rather than holding an act. */
const MODAL_CLAUSE_MIN_CHARS = 5;
/** Chinese clause breaks only: an English "shall, within 12 months, update" is one clause. */
const ZH_CLAUSE_BREAKS: readonly number[] = [0xff0c, 0xff1b]; // ， ；

export const confidence = (raw: number) => Math.round(Math.min(1, Math.max(0, 1 - Math.exp(-raw / 1.5))) * 100) / 100;

const CONTEXT_CHECKS = { zh: ZH_CONTEXT_CHECKS, en: EN_CONTEXT_CHECKS };
/** The codes an opening connective (ZH_LEAD_WORDS) starts with: a sentence opening otherwise has none. */
const LEAD_FIRSTS = new Set(ZH_LEAD_WORDS.map((w) => w.charCodeAt(0)));
const NO_STARTS: readonly number[] = [];

/**
 * Where the shape of a pattern reading past an opening connective (ZH_LEAD_CONNECTIVE: a word of
 * ZH_LEAD_WORDS, then an optional comma and white space) may start in `sentence`, besides its start:
 * every end of such a prefix, as the regex may backtrack to any of them. Usually none.
 */
export function contextStarts(sentence: string): readonly number[] {
  if (!LEAD_FIRSTS.has(sentence.charCodeAt(0))) return NO_STARTS;
  const starts: number[] = [];
  for (const word of ZH_LEAD_WORDS) {
    if (!sentence.startsWith(word)) continue;
    const comma = sentence.charCodeAt(word.length);
    for (const from of comma === 0xff0c || comma === 0x2c ? [word.length, word.length + 1] : [word.length]) {
      let at = from;
      starts.push(at);
      while (at < sentence.length && isBlankCode(sentence.charCodeAt(at))) starts.push(++at);
    }
  }
  return starts;
}

/**
 * The code units of the sentence whose context is read (markCodes): a needed text whose first unit the sentence
 * lacks is not searched for. The Chinese rows need one of 37 texts, and an `includes` of each in every sentence was
 * ~5 % of findDirectives without cores (CPU profile; alone, over the bench article's Chinese sentences, 12.8 → 5.3
 * ms). Each unit holds the number of the last sentence marked that has it (`marked`): one pass over the sentence,
 * where a bit per unit had to be cleared after it in a second (~0.6 % of findDirectives). Allocated on first use.
 */
let inSentence: Uint16Array | null = null;
let marked = 0;

/** Marks `sentence`'s code units in inSentence as the next sentence's (a new number: no clearing). */
function markCodes(sentence: string): Uint16Array {
  let seen = inSentence;
  if (!seen || marked === 0xffff) {
    // (numbers wrap after 65,535 sentences: cleared then, so no old mark reads as the new sentence's)
    seen = inSentence ??= new Uint16Array(65536);
    seen.fill(0);
    marked = 0;
  }
  const no = ++marked;
  for (let i = 0; i < sentence.length; i++) seen[sentence.charCodeAt(i)] = no;
  return seen;
}

/** A language some of whose context checks need texts: its sentences are marked in inSentence. */
const NEEDS_TEXTS = { zh: ZH_CONTEXT_CHECKS.some((c) => c.needs), en: EN_CONTEXT_CHECKS.some((c) => c.needs) };

/**
 * Whether `sentence` passes a pattern's check (see contextChecks): one of its openings, or one of the texts it
 * needs (searched for only when the sentence has its first unit: inSentence).
 */
function mayMatch(
  check: ContextCheck,
  sentence: string,
  starts: readonly number[] | null,
  seen: Uint16Array | null,
): boolean {
  const { firsts, needs } = check;
  if (firsts) {
    if (firsts.includes(sentence.charCodeAt(0))) return true;
    if (check.lead && starts) for (const at of starts) if (firsts.includes(sentence.charCodeAt(at))) return true;
    return false;
  }
  if (!needs) return true;
  for (const t of needs) {
    const first = t.charCodeAt(0);
    if ((seen === null || seen[first] === marked) && sentence.includes(t)) return true;
  }
  return false;
}

/** The stops a whole-sentence pattern's runs do not cross (SENTENCE_CONTEXT's `unless`). */
const STOPS = '。；;！!？?';

/** Whether one of `texts` occurs in `sentence` before its first stop (STOPS). */
function holdsBeforeStop(sentence: string, texts: readonly string[]): boolean {
  let end = 0;
  while (end < sentence.length && !STOPS.includes(sentence[end]!)) end++;
  const head = end === sentence.length ? sentence : sentence.slice(0, end);
  return texts.some((t) => head.includes(t));
}

/**
 * Each whole-sentence pattern is tried only on a sentence that passes its check, built ahead of
 * time (contextChecks): the shape's opening character, read past an opening connective, or a text
 * every match holds. A content script analyses a page once, in a fresh realm, where a pattern
 * costs more to compile than to run, and one no sentence of the page passes is never compiled.
 */
export function applySentenceContext(sentence: string, lang: Lang, scores: Scores): void {
  const rows = SENTENCE_CONTEXT[lang];
  const checks = CONTEXT_CHECKS[lang];
  const starts = lang === 'zh' ? contextStarts(sentence) : null;
  const seen = NEEDS_TEXTS[lang] ? markCodes(sentence) : null;
  for (let i = 0; i < rows.length; i++) {
    const { pattern, weight, unless } = rows[i]!;
    if (!mayMatch(checks[i]!, sentence, starts, seen) || (unless && holdsBeforeStop(sentence, unless))) continue;
    if (pattern.test(sentence)) scores.shape += weight;
  }
}

/**
 * The verdict of one sentence whose rule markers are in `scores`: its imperative cues added, then
 * its whole-sentence context, which is asked only of a sentence that is a directive without it.
 * Every context weight lowers, and classify never makes a directive of a sentence for a lower
 * context while prohibition scores are not negative (sentence-verdict.test.ts checks it on random
 * scores): a sentence that is none before its context is none after it. About half the sentences
 * of an article are no directive; they skip the context patterns.
 */
export function sentenceVerdict(sentence: string, c: CompiledRules, lang: Lang, scores: Scores, threshold: number) {
  imperativeCues(sentence, c, lang, scores);
  const before = classify(scores, sentence, threshold);
  if (!before && contextOnlyLowers(lang)) return null;
  applySentenceContext(sentence, lang, scores);
  return scores.shape === 0 ? before : classify(scores, sentence, threshold);
}

const lowers = new Map<Lang, boolean>();
/** Whether the tables keep sentenceVerdict's shortcut sound: no context weight above 0, no prohibition below. */
function contextOnlyLowers(lang: Lang): boolean {
  let ok = lowers.get(lang);
  if (ok === undefined) {
    const rules = lang === 'zh' ? ZH_RULES : EN_RULES;
    ok =
      SENTENCE_CONTEXT[lang].every((x) => x.weight <= 0) &&
      rules.every((r) => r.kind !== 'prohibition' || r.weight >= 0);
    lowers.set(lang, ok);
  }
  return ok;
}
