/**
 * The report frame of a sentence: who it says is speaking, read at the level of the clause rather
 * than of a wording. "政委某某说：“我们要…”", "对此，市委明确，…要…", "一位村民坦言，…还要…" all open with
 * SPEAKER + a verb of saying + a comma or a colon; what decides whether the words are a directive is
 * who the speaker is (report-frame-rules.ts):
 *
 * - an authority (an office or an official): the rule tables hold back reported speech and
 *   first-person quotations (`说：“`, `“我们`, `表示`, 据了解), rightly for anyone else; an authority's
 *   words passed on as said (说/表示/明确…, not 认为) are read again without their frame, and kept
 *   when they set a target or open with a duty (framed-verdict.ts).
 * - a voice (a resident, a soldier of the ranks, a deputy, a scholar, a classic cited, someone
 *   unnamed): its words are never the policy's, whatever modal they hold.
 * - anyone else (a bare name, 他, 记者): the frame changes nothing.
 *
 * English attributions ("…, Zhou said.") are read by en-report-frame.ts, with the same kinds.
 */
import {
  ZH_ANSWER_BY_VOICE,
  ZH_FRAME_OPENERS,
  ZH_FRAME_SETTING,
  ZH_NOT_IN_SPEAKER,
  ZH_OWN_STEP,
  ZH_PRONOUN_LEAD,
  ZH_PRONOUN_SPEAKER,
  ZH_SCHOLAR_SUBJECT,
  ZH_SPEAKER_ADVERB,
  ZH_QUESTION,
  ZH_SPEAKERS,
  ZH_OPINION_VERBS,
  ZH_TELLING_VERBS,
  ZH_VIEWING_VERBS,
  type SpeakerKind,
} from './report-frame-rules';
import { enReportFrame } from './en-report-frame';
import type { WordSet } from './word-set';
import type { Lang } from './rules';

export interface ReportFrame {
  speaker: Exclude<SpeakerKind, 'anyone'>;
  /** The verb passes the words on as said (ZH_TELLING_VERBS), not as a view or a wish. */
  telling: boolean;
  /** The words open with the speaker's own next step (ZH_OWN_STEP): a directive only as a target. */
  ownStep: boolean;
  /** The verb gives the words as the speaker's own view or account (ZH_OPINION_VERBS): no directive passed on. */
  opinion?: boolean;
  /** Where the reported words start in the sentence (after the verb, its comma or colon, an opening quote). */
  contentStart: number;
  /** …and where they end, when an attribution follows them ("…, Zhou said."; en-report-frame.ts). */
  contentEnd?: number;
}

/**
 * A speaker is a short noun phrase: no clause break or quotation mark, and none of the words that
 * make a clause a measure instead (ZH_NOT_IN_SPEAKER: "要加强对消费者的提醒，…" is no 消费者 speaking).
 */
const SPEAKER = '[^，,。；;：:“”"！!？?\\s]{1,40}?';
const NOT_IN_SPEAKER = new RegExp(ZH_NOT_IN_SPEAKER);
const ZH_FRAME = new RegExp(
  `^(\\s*(?:(?:${ZH_FRAME_OPENERS.join('|')}|${ZH_FRAME_SETTING})[，,]\\s*)?)(${SPEAKER})` +
    // a verb of saying and its comma or colon, or a bare colon that opens a quotation ("某某则有些犹豫：“…”")
    // (white space a page left before the comma read past: "某某教授认为 ，…")
    // (the telling verbs captured, then the opinion verbs captured, then the other viewing verbs)
    `(?:(?:(${ZH_TELLING_VERBS.join('|')})|(${ZH_OPINION_VERBS.join('|')})|${ZH_VIEWING_VERBS.filter((v) => !ZH_OPINION_VERBS.includes(v)).join('|')})道?[ \\u3000\\u00a0]?[：:，,]|[：:](?=\\s*“))\\s*“?`,
);
const OWN_STEP = new RegExp(ZH_OWN_STEP);
const ENDS_WITH_VERB = new RegExp(`(?:${[...ZH_TELLING_VERBS, ...ZH_VIEWING_VERBS].join('|')})道?$`);
/** How far into a sentence its frame's comma or colon can be (an opener, a setting, a speaker of 40). */
const FRAME_REACH = 80;

/**
 * A quick test that spares most sentences the frame's pattern (every sentence is asked): one of
 * its first two commas comes after a verb of saying, or a colon comes before any full stop. The
 * sentence is `t[from, to)`: read in its block's text, not in a substring of it (a character loop
 * over a substring, which V8 keeps as a slice of its parent, costs about 2.5 times as much).
 */
function mayOpenWithFrame(t: string, from: number, to: number): boolean {
  let commas = 0;
  const n = Math.min(to, from + FRAME_REACH);
  for (let i = from; i < n; i++) {
    const mark = MARK[t.charCodeAt(i)];
    if (mark === 0) continue;
    if (mark === COLON) return true;
    if (mark === STOP) return false;
    // (a comma: the regex only where a verb of saying can end just before it, or one space before it)
    const v = i - 1 > from && isSpaceCode(t.charCodeAt(i - 1)) ? i - 1 : i;
    if (v > from && VERB_LAST[t.charCodeAt(v - 1)] === 1 && ENDS_WITH_VERB.test(t.slice(Math.max(from, v - 5), v)))
      return true;
    if (++commas === 2) return false;
  }
  return false;
}
const isSpaceCode = (code: number) => code === 0x20 || code === 0x3000 || code === 0xa0;
const COMMA = 1;
const COLON = 2;
const STOP = 3;
/** Per UTF-16 code: the marks mayOpenWithFrame stops at. */
const MARK = new Uint8Array(65536);
for (const ch of '，,') MARK[ch.charCodeAt(0)] = COMMA;
for (const ch of '：:') MARK[ch.charCodeAt(0)] = COLON;
for (const ch of '。；;！？') MARK[ch.charCodeAt(0)] = STOP;
/** Per UTF-16 code: 1 for the last character of a verb of saying (or 道). */
const VERB_LAST = new Uint8Array(65536);
for (const v of [...ZH_TELLING_VERBS, ...ZH_VIEWING_VERBS, '道']) VERB_LAST[v.charCodeAt(v.length - 1)] = 1;
const ZH_SPEAKER_KINDS = ZH_SPEAKERS.map((s) => ({ kind: s.kind, pattern: new RegExp(s.pattern) }));

/** The speaker's kind by the first row of ZH_SPEAKERS that matches; null: not known to be any. */
export function speakerKind(speaker: string): SpeakerKind | null {
  return classSpeaker(speaker)?.kind ?? null;
}

const NAME = /^[\u4e00-\u9fff·]{2,4}$/;
/** A bare name looked up with its title: a person's, of 2 or 3 characters ("陈启明", not "该旅领导"). */
const PERSONAL_NAME = /^[\u4e00-\u9fff]{2,3}$/;
/** A name and the setting of its words, "刘宏志在接受记者采访时(表示)", "王某在会上(说)": the name alone. */
const NAME_IN_SETTING = /^([\u4e00-\u9fff·]{2,3})(?:在|于)[^，,。；;]{1,30}?(?:时|上|中|后)$/;
const PRONOUN = new RegExp(ZH_PRONOUN_SPEAKER);
/** A paragraph that opens a quotation, and one that closes it at its end (SpeakerMemory.nextBlock). */
const OPENS_QUOTATION = /^\s*[“"]/;
const CLOSES_QUOTATION = /[”"]\s*$/;
const SPEAKER_ADVERB = new RegExp(ZH_SPEAKER_ADVERB);
/**
 * An interview's turn, "王德厚：我们要…": a personal name and a colon opening the paragraph; also a video transcript's
 * caption, the title, a space and the name, "某某村党支部书记 王德厚：下一步，我们村要…" (its speaker classed by the title).
 */
const ZH_TURN = /^\s*(?:([^：:，,。；;“”"\s]{2,30})[ \u3000\u00a0]+)?([\u4e00-\u9fff·]{2,4})[：:]/;
/** The words before a name in its clause, "…村党支部书记" of "村党支部书记王德厚一边…". */
const TITLE_BEFORE = /[^，,。；;：:“”"！!？?\s]{1,16}$/;

/**
 * The kind of a turn's name by the title it had where the article first named it ("村党支部书记王德厚一边给记者倒茶",
 * "72岁的村民刘桂兰说"): an interview names its guest with his title once, then by name alone. Null: no title the
 * tables class (a furniture label, "来源：", is never named so before). Read from TITLE_REACH before `blockStart` to `to` only: searching
 * a long document from its start for every name made the analysis quadratic in its length (a 500,000-character
 * text spent 13 ms a call here); an article names a person with his title within a few pages of where he speaks.
 */
function titledName(name: string, article: string, blockStart: number, to: number): SpeakerKind | null {
  const from = Math.max(0, blockStart - TITLE_REACH);
  // Searched in the window alone: indexOf over the article would read on to its end for a name that does not come
  // again (most do not), as quadratic as a search from the start (~5 % of findDirectives without cores on the
  // 835,000-character bench article, CPU profile). The window holds every occurrence starting before `to`.
  const window = article.slice(from, to + name.length - 1);
  // (the first few times the name comes: an article gives the title where it first names him, or soon after)
  for (let at = window.indexOf(name), k = 0; at >= 0 && k < TITLE_TRIES; k++) {
    const where = from + at;
    const title = where > 0 ? TITLE_BEFORE.exec(article.slice(Math.max(0, where - 16), where))?.[0] : undefined;
    // (the title's words end where the name starts: "…工作的通知" holds no title of a person named 通知)
    const classed = title ? classSpeaker(title + name) : null;
    if (classed && classed.name === name) return classed.kind;
    at = window.indexOf(name, at + name.length);
  }
  return null;
}
/** A quotation opening its sentence (white space before it read past). */
const QUOTE_OPENING = /^\s*“/;
const PRONOUN_LEAD = new RegExp(ZH_PRONOUN_LEAD);
const SCHOLAR_SUBJECT = new RegExp(ZH_SCHOLAR_SUBJECT);
/** A setting opening a sentence before its subject, "在长湖圩3号闸口，": a place or an occasion. */
const OPENING_SETTING = /^\s*在[^，,。；;：:“”]{1,20}[，,]\s*/;
const CLAUSE_MARK = /[，,、；;：:“”。！!？?]/;
/** How far into a sentence's subject its title and name are looked for. */
const TITLED_REACH = 30;
/** How far before a block a name's title is looked for (characters: some pages of a long document). */
const TITLE_REACH = 12_000;
const TITLE_TRIES = 4;
const ANSWER_BY_VOICE = new RegExp(ZH_ANSWER_BY_VOICE);
const QUESTION = new RegExp(ZH_QUESTION);

/** The speaker's kind, and the name after the words that class it ("政委李卫东": 李卫东). */
function classSpeaker(speaker: string): { kind: SpeakerKind; name: string | null } | null {
  for (const { kind, pattern } of ZH_SPEAKER_KINDS) {
    const m = pattern.exec(speaker);
    if (!m) continue;
    const rest = speaker.slice(m.index + m[0].length);
    return { kind, name: NAME.test(rest) ? rest : (NAME_IN_SETTING.exec(rest)?.[1] ?? null) };
  }
  return null;
}

/**
 * The speakers an article has classed so far, in text order: a name classed once ("村里的管理员朱建华说")
 * is the same speaker when it comes back bare ("朱建华说，…"), and 他/她 is the last speaker classed.
 * One per article (directives.ts keeps it across blocks).
 */
export class SpeakerMemory {
  private readonly names = new Map<string, SpeakerKind>();
  /** The first characters of `names`' keys: a sentence opening with none is not sliced to look it up (subject). */
  private readonly nameFirsts = new Set<number>();
  private last: SpeakerKind | null = null;
  /**
   * A speaker introduced at the end of a block ("…, said:"), and the speaker whose block is being read now: the block
   * after the introduction, and the blocks after it while its quotation runs on (each paragraph opening with “, only
   * the last closing it: English news style).
   */
  private introduced: SpeakerKind | null = null;
  private carried: SpeakerKind | null = null;
  /** The carried block opened a quotation and left it open: the next paragraph that opens with “ goes on with it. */
  private quoteRunsOn = false;

  /** An interview's answer by a voice (a scholar, an expert) is being read: ZH_ANSWER_BY_VOICE. */
  private answering = false;
  /** This block is a turn of a named interviewee who is a voice or a grassroots cadre ("王某某：…"). */
  private turn: 'voice' | 'grassroots' | null = null;
  /** The article's text, where a bare name is looked up with its title; the names looked up in vain. */
  private article = '';
  /** Where the block being read starts in the article: names are looked up around it (TITLE_REACH). */
  private blockStart = 0;
  private readonly untitled = new Set<string>();
  /** The last sentence, when it opened with no name met before (subject): its first characters are read if asked. */
  private opener = '';

  /**
   * A new block starts: the speaker introduced at the end of the one before speaks in it (and no further).
   * `article` and `start`: the article's text and where the block starts in it (a turn's name is looked up before).
   */
  nextBlock(text = '', article = '', start = 0): void {
    const opens = OPENS_QUOTATION.test(text);
    this.carried = this.introduced ?? (this.quoteRunsOn && opens ? this.carried : null);
    this.quoteRunsOn = this.carried !== null && opens && !CLOSES_QUOTATION.test(text);
    this.introduced = null;
    this.turn = null;
    this.article = article;
    this.blockStart = start;
    // (an answer runs on over paragraphs until the next question)
    if (ANSWER_BY_VOICE.test(text)) this.answering = true;
    else if (QUESTION.test(text)) this.answering = false;
    else {
      const turn = ZH_TURN.exec(text);
      const name = turn?.[2];
      if (name) {
        const captioned = turn[1] ? classSpeaker(turn[1] + name) : null;
        if (captioned?.name === name) this.remember(name, captioned.kind);
        const kind = captioned?.kind ?? this.names.get(name) ?? titledName(name, article, start, start);
        if (kind === 'voice' || kind === 'grassroots') this.turn = kind;
      }
    }
  }

  /**
   * Who answers in this block, when his words are his own: a voice (an expert answering, a named resident's
   * turn) or a grassroots cadre's turn. Null: anyone else, or no interview.
   */
  answerer(): 'voice' | 'grassroots' | null {
    return this.turn ?? (this.answering ? 'voice' : null);
  }

  /** A speaker introduces the next block, "Mark Deacon, chief executive of …, said:" (en-report-frame.ts). */
  introduce(kind: SpeakerKind): void {
    this.introduced = kind;
  }

  /** The speaker the block before introduced (or the one whose quotation runs on into it), whose words this block is. */
  carriedSpeaker(): SpeakerKind | null {
    return this.carried;
  }

  /** The last speaker classed (an English he/she: en-report-frame.ts). */
  recallLast(): SpeakerKind | null {
    return this.last;
  }

  /**
   * The kind of a speaker that no row classes: a name met before, or a pronoun. A bare name not met in a frame
   * is looked up with the title the article gives it elsewhere ("省委书记陈启明深入…", then "陈启明指出，…").
   */
  recall(speaker: string): SpeakerKind | null {
    if (PRONOUN.test(speaker)) return this.subjectKind() ?? this.last;
    this.opener = '';
    const kind = this.recallName(speaker);
    // a name met before, speaking again, is the one a pronoun after it means; so is a speaker no table classes
    // ("该旅领导表示，…。他们强调，…": not the soldier quoted before him)
    this.last = kind;
    return kind;
  }

  /**
   * A sentence that opens with a name met before makes him the one a later 他/她 means: "陈启明对老师们表示感谢。他说，
   * 要…" is the official again, not the teacher quoted before him.
   */
  subject(sentence: string): void {
    // (every sentence of a Chinese block is asked: three slices and lookups each were ~4 % of findDirectives)
    if (this.nameFirsts.has(sentence.charCodeAt(0))) {
      for (let n = 4; n >= 2; n--) {
        const kind = this.names.get(sentence.slice(0, n));
        if (kind) {
          this.last = kind;
          this.opener = '';
          return;
        }
      }
    }
    // (a name not met yet is looked up only if a pronoun comes next: most sentences open with no name; a quotation
    // names no one, so "…驻村第一书记马国强已经开始行动。“我们要…。”他说。" keeps the sentence before it)
    // (nor does a sentence that speaks of him by 他/她, "在他看来，…": the one named before it is still the subject)
    if (!QUOTE_OPENING.test(sentence) && !PRONOUN_LEAD.test(sentence)) this.opener = sentence;
  }

  /**
   * The kind of the last sentence's opening name, looked up with its title (3 characters, then 2); or of the person
   * it opens with by title and name after a setting: "在长湖圩3号闸口，江西省水利科学研究院高级工程师罗文斌正带着…。
   * 他说，…" (the shortest start of the clause the speaker tables class with a name after the title).
   */
  private subjectKind(): SpeakerKind | null {
    const opener = this.opener;
    this.opener = '';
    for (let n = 3; n >= 2 && opener.length >= n; n--) {
      const kind = this.recallName(opener.slice(0, n));
      if (kind) return (this.last = kind);
    }
    // (only after a setting: a clause read from its start is as likely to name who is helped, "市民可通过…")
    const from = OPENING_SETTING.exec(opener)?.[0].length ?? 0;
    // (a scholar named by title and name opens it: ZH_SCHOLAR_SUBJECT)
    if (!from) return SCHOLAR_SUBJECT.test(opener) ? (this.last = 'voice') : null;
    const clauseEnd = opener.slice(from).search(CLAUSE_MARK);
    const end = Math.min(clauseEnd < 0 ? opener.length : from + clauseEnd, from + TITLED_REACH);
    for (let n = from + 3; n <= end; n++) {
      const classed = classSpeaker(opener.slice(from, n));
      if (classed?.name) return (this.last = classed.kind);
    }
    return null;
  }

  /** A bare name's kind: met before, or by the title the article gives it; null when neither. */
  private recallName(name: string): SpeakerKind | null {
    let kind = this.names.get(name) ?? null;
    if (!kind && PERSONAL_NAME.test(name) && !this.untitled.has(name)) {
      const to = Math.min(this.article.length, this.blockStart + TITLE_REACH);
      kind = titledName(name, this.article, this.blockStart, to);
      if (kind) this.remember(name, kind);
      else this.untitled.add(name);
    }
    return kind;
  }

  note(kind: SpeakerKind, name: string | null): void {
    this.last = kind;
    this.opener = '';
    if (name) this.remember(name, kind);
  }

  private remember(name: string, kind: SpeakerKind): void {
    this.names.set(name, kind);
    this.nameFirsts.add(name.charCodeAt(0));
  }
}

/**
 * The frame a sentence opens with, when its speaker is known to be an authority or a voice; null
 * otherwise. `verbs`: the language's imperative verbs — a clause opening with one ("加强…，") is a
 * measure, not a speaker. `memory`: the article's speakers so far, noted and recalled. `text` and
 * `at`: where the sentence stands in its block's text, when the caller has it (the quick test reads
 * it there).
 */
export function reportFrame(
  sentence: string,
  lang: Lang,
  verbs: WordSet,
  memory?: SpeakerMemory,
  text = sentence,
  at = 0,
): ReportFrame | null {
  if (lang === 'en') return enReportFrame(sentence, memory);
  if (!mayOpenWithFrame(text, at, at + sentence.length)) return null;
  const m = ZH_FRAME.exec(sentence);
  if (!m) return null;
  // (the shortest speaker the pattern finds: a longer one would hold the same word; a pronoun keeps its adverb)
  const said = m[2]!;
  if (NOT_IN_SPEAKER.test(said) || verbs.startsAt(sentence, m[1]!.length)) return null;
  const speaker = PRONOUN.test(said) ? said : said.replace(SPEAKER_ADVERB, '') || said;
  const classed = classSpeaker(speaker);
  if (classed) memory?.note(classed.kind, classed.name);
  const kind = classed?.kind ?? memory?.recall(speaker) ?? null;
  if (!kind || kind === 'anyone') return null;
  const contentStart = m[0].length;
  return {
    speaker: kind,
    telling: m[3] !== undefined,
    ...(m[4] !== undefined && { opinion: true }),
    contentStart,
    ownStep: OWN_STEP.test(sentence.slice(contentStart)),
  };
}
