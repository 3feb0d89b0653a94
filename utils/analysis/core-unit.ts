/**
 * One directive as cores.ts reads it: its clauses (split at the clause breaks outside brackets
 * and quotes), its quoted stretches, and the lookups of core-rules.ts's tables inside it — where
 * the body starts after the numbering, the first modal or marker, whether a clause only frames.
 * Offsets are those of the text given (1:1 with the article text).
 */
import { isWordCode } from './char-codes';
import { BRACKETS_CLOSE, BRACKETS_OPEN, CharSet, type CompiledCoreRules, type Finder } from './core-compiled';

/** A clause or a span: [start, end) in text offsets. */
export interface Clause {
  start: number;
  end: number;
}

const OPENERS = new CharSet(BRACKETS_OPEN);
const CLOSERS = new CharSet(BRACKETS_CLOSE);

export const isSpace = (code: number) => code <= 32 || code === 0x3000 || code === 0xa0;
const isCjk = (c: number) => c >= 0x3400 && c <= 0x9fff;
const isDigit = (c: number) => c >= 48 && c <= 57;
const NONE: readonly string[] = [];
/** The longest name in straight quotes read as one (inStraightName), quotes included. */
const STRAIGHT_NAME_MAX = 60;

export class Unit {
  readonly clauses: Clause[] = [];
  /** Quoted stretches (“四不准”): a marker inside one names a rule, it does not state it. */
  readonly quotes: Clause[] = [];

  constructor(
    readonly text: string,
    readonly c: CompiledCoreRules,
    readonly start: number,
    readonly end: number,
  ) {
    this.split();
  }

  private split() {
    const { text, c } = this;
    let depth = 0;
    let from = this.start;
    let quote = -1;
    // A quotation opened right after a colon (要求：“各营连要…”), or opening the unit (a paragraph of
    // speech, “各地要…。”), is the words reported, the directive itself: its breaks end clauses and its
    // markers count (a quote elsewhere names a rule: “四不准”).
    let speech = false;
    for (let i = this.start; i < this.end; i++) {
      const code = text.charCodeAt(i);
      if (!c.special.has(code)) continue;
      if (c.breaks.has(code)) {
        if (depth === 0 && this.isBreak(i)) {
          this.push(from, i);
          from = i + 1;
        }
      } else if (depth === 0 && !speech && (code === 0x201c || code === 0x300c) && this.afterColon(i)) {
        speech = true;
      } else if (speech && depth === 0 && (code === 0x201d || code === 0x300d)) {
        speech = false;
      } else if (OPENERS.has(code)) {
        depth++;
        if (code === 0x201c || code === 0x300c) quote = i; // “ 「
      } else if (CLOSERS.has(code)) {
        depth = Math.max(0, depth - 1);
        if ((code === 0x201d || code === 0x300d) && quote >= 0) {
          this.quotes.push({ start: quote, end: i + 1 });
          quote = -1;
        }
      }
    }
    this.push(from, this.end);
  }

  /** Whether the character before `i`, white space aside, is a colon, or `i` opens the unit. */
  private afterColon(i: number): boolean {
    let j = i - 1;
    while (j >= this.start && isSpace(this.text.charCodeAt(j))) j--;
    if (j < this.start) return this.closesWithQuote() || this.quotesSentence(i);
    const ch = this.text[j];
    return ch === '：' || ch === ':';
  }

  /**
   * Whether the quotation opened at `i` closes on a clause break, “…vehicles,” Zhou told reporters. /
   * “…。”他说。: a whole sentence quoted, its speaker after it; a name quoted (“四不准”) ends on a word.
   */
  private quotesSentence(i: number): boolean {
    const close = this.text.charCodeAt(i) === 0x201c ? '”' : '」';
    const j = this.text.indexOf(close, i + 1);
    return j > i + 1 && j < this.end && this.c.breaks.has(this.text.charCodeAt(j - 1));
  }

  /** Whether the unit ends with a closing quote (its final stop aside): “…。” is speech, “四不准”… is not. */
  private closesWithQuote(): boolean {
    let j = this.end - 1;
    while (j > this.start && (isSpace(this.text.charCodeAt(j)) || this.c.breaks.has(this.text.charCodeAt(j)))) j--;
    const code = this.text.charCodeAt(j);
    return code === 0x201d || code === 0x300d;
  }

  /** An English full stop ends a clause only before white space or the end, not in "Sec. 2" or "1.5". */
  private isBreak(i: number): boolean {
    const ch = this.text[i];
    // the colon of a time of day, "by 11:59pm", "9:30"
    if ((ch === ':' || ch === '：') && isDigit(this.text.charCodeAt(i - 1)) && isDigit(this.text.charCodeAt(i + 1)))
      return false;
    const { commas, abbreviation } = this.c.rules;
    if (!commas || (ch !== '.' && ch !== ',')) return true;
    const next = this.text.charCodeAt(i + 1);
    if (ch === ',') {
      if (next >= 48 && next <= 57) return false; // "5,000"
      if (this.inStraightName(i)) return false;
      if (commas.date.test(this.text.slice(Math.max(0, i - 12), i + 6))) return false;
      // the commas around an adverbial put after a modal: "shall, within 60 days of the report, submit …"
      const before = this.text.slice(Math.max(this.start, i - 160), i);
      if (
        commas.modalBefore.test(before)
          ? commas.timeAfter.test(this.text.slice(i + 1, i + 20))
          : commas.modalTime.test(before)
      )
        return false;
      // the comma of a list, "canteens, care stations and partner restaurants": the next stretch holds
      // the list's last "and" and no verb of its own after a subject
      const rest = this.text.slice(i + 1, this.end);
      // (and the serial comma before its last item, "approve, renew, or recommend …")
      if (commas.serialAfter.test(rest) && commas.serialBefore.test(before)) return false;
      // (and the comma between two adjectives, "a single, shared administrative record")
      if (commas.pairBefore.test(before) && commas.pairAfter.test(rest)) return false;
      return !commas.listTail.test(rest) && !commas.listItem.test(rest) && !commas.theListTail.test(rest);
    }
    if (i + 1 < this.end && !isSpace(next)) return false; // "1.5", "U.S"
    return !abbreviation?.test(this.text.slice(Math.max(this.start, i - 6), i));
  }

  /**
   * Whether offset `i` is inside a name put in straight quotes, the "declare in advance, clear on arrival"
   * model, as a curly-quoted one is (BRACKETS_OPEN): an odd quote before it, opened inside the unit (not its
   * first word: a sentence quoted, "Shops must …," he said), closed within a short stretch on a word.
   */
  private inStraightName(i: number): boolean {
    // (the quotes are looked for inside the unit and the stretch only: `text` is the whole article, and
    // lastIndexOf / indexOf read on to its start or end where none comes, most English commas; that was
    // ~12 % of addCores on the bench article, CPU profile)
    let open = i;
    while (open > this.start && this.text.charCodeAt(open) !== 0x22) open--;
    if (open <= this.start || !isSpace(this.text.charCodeAt(open - 1))) return false;
    let quotes = 0;
    for (let k = this.start; k <= open; k++) if (this.text.charCodeAt(k) === 0x22) quotes++;
    if (quotes % 2 === 0) return false;
    const close = this.text.slice(i, open + STRAIGHT_NAME_MAX + 1).indexOf('"');
    return close > 0 && !this.c.breaks.has(this.text.charCodeAt(i + close - 1));
  }

  private push(a: number, b: number) {
    const t = this.trim(a, b);
    if (t) this.clauses.push(t);
  }

  /** [a, b) without white space, final stops, or a leading conjunction. */
  trim(a: number, b: number): Clause | null {
    const { text, c } = this;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && (isSpace(text.charCodeAt(b - 1)) || c.breaks.has(text.charCodeAt(b - 1)))) b--;
    const n = c.leadingWords.lengthAt(text, a);
    const after = text.charCodeAt(a + n);
    if (n && a + n < b && (c.lang === 'en' ? isSpace(after) : isCjk(after) || after === 0x201c)) {
      a += n;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
    }
    return b > a ? { start: a, end: b } : null;
  }

  /** The clause that contains offset `at` (or the next one). */
  clauseAt(at: number): Clause | undefined {
    for (const cl of this.clauses) if (cl.end > at) return cl;
    return undefined;
  }

  clauseEnd(at: number): number {
    return this.clauseAt(at)?.end ?? this.end;
  }

  next(cl: Clause): Clause | undefined {
    return this.clauses[this.clauses.indexOf(cl) + 1];
  }

  isLast(cl: Clause): boolean {
    return cl === this.clauses[this.clauses.length - 1];
  }

  slice(cl: Clause): string {
    return this.text.slice(cl.start, cl.end);
  }

  /** After the bullet, the numbering and an opening connective. */
  bodyStart(): number {
    return (this.body ??= this.findBody());
  }
  private body: number | undefined;

  private findBody(): number {
    const { text, c, end } = this;
    let i = this.start;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    while (i < end && c.bullets.has(text.charCodeAt(i))) i++;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i < end && c.numberingFirst.has(text.charCodeAt(i))) {
      c.rules.numbering.lastIndex = i;
      if (c.rules.numbering.test(text) && c.rules.numbering.lastIndex <= end) i = c.rules.numbering.lastIndex;
    }
    const head = c.rules.runInHead;
    if (head && i < end && isUpperAscii(text.charCodeAt(i))) {
      head.lastIndex = i;
      if (head.test(text) && head.lastIndex < end) i = head.lastIndex;
    }
    const n = c.openingConnectives.lengthAt(text, i);
    const after = text[i + n];
    if (n && (after === '，' || after === ',' || (c.lang === 'en' && isSpace(text.charCodeAt(i + n))))) {
      i += n + (after === '，' || after === ',' ? 1 : 0);
      while (i < end && isSpace(text.charCodeAt(i))) i++;
    }
    return i < end ? i : this.start;
  }

  inQuote(at: number): boolean {
    for (const q of this.quotes) if (at > q.start && at < q.end) return true;
    return false;
  }

  /** The first word of `finder` in [from, to), outside quotes and false friends. */
  find(finder: Finder, from: number, to = this.end): Clause | null {
    const { text, c } = this;
    const startOnly = finder === c.modals ? c.rules.clauseStartModals : NONE;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (!finder.firsts.has(code)) continue;
      if (c.lang === 'en' && i > 0 && isWordCode(text.charCodeAt(i - 1))) continue;
      const not = finder.not && finder.notStarts.mayStart(text, i) ? finder.not.lengthAt(text, i) : 0;
      if (not) {
        i += not - 1;
        continue;
      }
      // (the pair filter never says no to a word that starts here: CPU profile of the bench article, the modals'
      // lookups at every "is", "in", "a…" of an English unit were ~3 % of findDirectives)
      const n = finder.wordStarts.mayStart(text, i) ? finder.words.lengthAt(text, i) : 0;
      if (!n || i + n > to || this.inQuote(i)) continue;
      if (startOnly.length && startOnly.includes(text.slice(i, i + n)) && this.clauseAt(i)?.start !== i) continue;
      return { start: i, end: i + n };
    }
    return null;
  }

  opensWithVerb(cl: Clause): boolean {
    return this.c.opensAct(this.text, cl.start);
  }

  /** The shape of an adverbial or a topic (按照各自职责 / 对…的 / 在党委领导下 / If you …). */
  private adverbialShape(cl: Clause): boolean {
    const { text, c } = this;
    const { start, end } = cl;
    if (c.accordingTo.startsAt(text, start))
      return c.accordingToEnds.endOf(text, start, end) !== null && !this.actAfterGround(cl);
    if (this.isMeans(cl)) return true;
    if (c.openers.startsAt(text, start) && !c.openerVerbs.startsAt(text, start)) return true;
    const ends = c.notEnds.endOf(text, start, end) === null;
    if (ends && c.locative.startsAt(text, start) && c.locativeEnds.endOf(text, start, end) !== null) return true;
    if (ends && c.topicEnds.endOf(text, start, end) !== null) return true;
    const noun = c.topicNouns.endOf(text, start, end);
    // an action verb and its object, not a topic: 配备必要的安全设施和看护人员 (but 实施中遇到的重大问题 is one)
    if (noun === null || c.actionVerbs.startsAt(text, start)) return false;
    // …的 + at most 8 characters + the noun (实施中遇到的重大问题)
    const de = text.lastIndexOf('的', end - noun.length - 1);
    return de >= start && de >= end - noun.length - 9;
  }

  /**
   * Whether a ground (按规定 / 依照…标准) is followed inside the clause by the act it grounds, 按规定【清理规范】:
   * the clause is a verb phrase though it ends on a word that may close a ground (规范).
   */
  private actAfterGround(cl: Clause): boolean {
    const { text, c } = this;
    for (let i = cl.start + 2; i < cl.end - 1; i++)
      if (c.accordingToEnds.endOf(text, cl.start, i) !== null && c.isVerbAt(text, i)) return true;
    return false;
  }

  /** A means closed by its noun, 通过…等渠道 (its inside may hold a verb-like word, 宣传栏). */
  private isMeans(cl: Clause): boolean {
    const { text, c } = this;
    return c.meansOpeners.startsAt(text, cl.start) && c.meansEnds.endOf(text, cl.start, cl.end) !== null;
  }

  /** An adverbial or topic, not a verb phrase that opens with a preposition (会同有关部门加强指导). */
  isAdverbial(cl: Clause): boolean {
    if (!this.adverbialShape(cl)) return false;
    // (its end decided: 对照…标准 is no 对 + a verb phrase, whatever verb its quoted name holds, “两不愁、三保障”)
    if (this.isMeans(cl) || this.c.accordingTo.startsAt(this.text, cl.start)) return true;
    if (!this.c.openersBeforeVerb.startsAt(this.text, cl.start)) return true;
    if (this.c.openerFrameEnds.endOf(this.text, cl.start, cl.end) !== null) return true;
    for (let i = cl.start + 2; i < cl.end - 2; i++) if (this.c.isVerbAt(this.text, i)) return false;
    return !this.holdsActWord(cl);
  }

  /**
   * Whether an opener's clause holds a word that stands only inside a verb phrase (core-rule-types.ts actWords),
   * 对…安全工作【负总责】, and does not end as a topic does (对…负责的人员 / 对…的问题).
   */
  private holdsActWord(cl: Clause): boolean {
    const { text, c } = this;
    if (c.topicEnds.endOf(text, cl.start, cl.end) !== null || c.topicNouns.endOf(text, cl.start, cl.end) !== null)
      return false;
    for (let i = cl.start + 2; i < cl.end; i++) {
      const n = c.actWords.lengthAt(text, i);
      if (n && i + n <= cl.end) return true;
    }
    return false;
  }

  /** A clause that only frames (reporting, connective) or, when another follows, an adverbial/topic. */
  isFrame(cl: Clause): boolean {
    const { c } = this;
    if (this.opensWithVerb(cl) && !this.adverbialShape(cl)) return false;
    const length = cl.end - cl.start;
    if (length <= c.connectiveMax) {
      const s = this.slice(cl);
      if (c.frameConnectives.has(c.lang === 'en' ? s.toLowerCase() : s)) return true;
    }
    if (length <= c.rules.frame.reportingMaxLength && c.reportingEnds.endOf(this.text, cl.start, cl.end) !== null)
      return true;
    return !this.isLast(cl) && this.isAdverbial(cl);
  }
}

/** A–Z: where a run-in head in capitals may open. */
const isUpperAscii = (code: number) => code >= 0x41 && code <= 0x5a;
