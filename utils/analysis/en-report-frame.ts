/**
 * The English report frame: who a sentence says is speaking, read from its attribution — trailing
 * ("…, Zhou said.", "“…,” the minister told reporters.", "…, said Ma Hong, an official with the Ministry
 * of …") or leading ("Zhang Lei, a researcher with …, said …"). The rule tables weigh every said/told
 * down, rightly for respondents, residents and experts, but an official's words to duty-holders
 * ("Local authorities should strengthen supervision …, Zhou said.") are the policy passed on: the
 * same reading as the Chinese frame (report-frame.ts), with the speaker classed by the head of its
 * title or by the name met before (SpeakerMemory), and the words being the sentence less its
 * attribution.
 */
import {
  EN_OWN_STEP,
  EN_PRONOUN_SPEAKER,
  EN_SPEAKERS,
  EN_TELLING_VERBS,
  EN_VIEWING_VERBS,
  type SpeakerKind,
} from './report-frame-rules';
import type { ReportFrame, SpeakerMemory } from './report-frame';

/**
 * A speaker: up to seven words, none a clause break ("Zhou", "the vice minister", "Ma Hong", a title before
 * the name: "Vice Minister of Civil Affairs Tang Chengwei"), and a share in brackets ("Most respondents (72%)").
 */
const SPEAKER = "(?:(?:the|a|an)\\s+)?[A-Za-z][\\w'’.-]*(?:\\s+[A-Za-z][\\w'’.-]*){0,6}(?:\\s*\\([^()]{1,20}\\))?";
/** Words that make a clause of a speaker's words: "said the commission would …". */
const FINITE = 'will|would|should|must|shall|can|could|may|might|is|are|was|were|has|have|had';
/**
 * When and where it was said, "on Thursday", "at a press conference", "in a statement published alongside the
 * measures" (up to 80 characters: session 39, dev39's official, whose 47 had left his words unread).
 */
const SETTING = '(?:\\s+(?:on|at|in)\\s+[^,.;“”"]{1,80}?)?';
/** The speaker's title after a comma: at most 160 characters to the sentence's end. */
const TITLE = '(?:,\\s*([^]{1,160}?))?';
const END = '\\s*[.!]?\\s*$';
/**
 * "WORDS, SPEAKER said (, TITLE)." and "WORDS, said SPEAKER (, TITLE).", searched in the sentence's last
 * TAIL characters (an attribution is never longer): the first comma there that leaves one.
 */
const TRAILING_NAME_FIRST = new RegExp(
  `[,]\\s*[”"’]?\\s*(${SPEAKER})\\s+(?:${EN_TELLING_VERBS})${SETTING}${TITLE}${END}`,
);
// (its speaker holds no finite verb: "…, said the commission would issue standards." is a leading attribution's
// words, not "…, said the commission.")
const TRAILING_VERB_FIRST = new RegExp(
  `[,]\\s*[”"’]?\\s*(?:${EN_TELLING_VERBS})\\s+(?![^,.;]*\\b(?:${FINITE})\\b)(${SPEAKER})${TITLE}${END}`,
);
/** "WORDS, SPEAKER, TITLE, told reporters.": the title between the name and the verb (no comma inside it). */
const TRAILING_TITLE_FIRST = new RegExp(
  `[,]\\s*[”"’]?\\s*(${SPEAKER}),\\s*([^,.;“”"]{1,160}?),\\s*(?:${EN_TELLING_VERBS})${SETTING}${END}`,
);
const TAIL = 300;
/** …and a leading attribution stands in the first HEAD characters. */
const HEAD = 300;
/**
 * Where or on what the speaker spoke, opening the sentence before the speaker: "At a press conference on
 * Wednesday, …", "Asked whether the rules would affect exports, …".
 */
const LEADING_SETTING = '(?:(?:At|In|On|During|Speaking (?:at|to|on)|Asked|When asked)\\s[^,;:“”"]{1,100},\\s*)?';
/** "(SETTING, )SPEAKER(, TITLE,) said (that) WORDS", or a view: "SPEAKER argued that WORDS" */
const LEADING = new RegExp(
  `^${LEADING_SETTING}(${SPEAKER})(?:,\\s*([^]{1,160}?),)?\\s+(?:(${EN_TELLING_VERBS})|${EN_VIEWING_VERBS})\\b${SETTING}(?:\\s+that)?\\s+`,
);
/**
 * A speaker introducing the next paragraph, its words in a block quotation (gov.uk's press releases): "Mark
 * Deacon, Chief Executive of the … Federation, which represents …, said:". A voice's paragraph after it is the
 * voice's words (over the fixture golds, the paragraph after a voice's "said:": 0 gold, 0 optional, 5 not,
 * 2 unlisted); an authority's is left to the rule tables, as its words always are — but a paragraph that is
 * the quotation and nothing else, or closes one run over paragraphs ("“…", "“…", "“Landlords must give …”"), is
 * read as his words, as after "“…,” Zhou said." (directives.ts, quotedVerdict): over the English golds of the
 * fixtures + dev55 such paragraphs with a modal after an authority's "said:" 1 gold, 1 not (a wish, "Nobody … should
 * have to worry …", which its own row holds back); after anyone else's 0 gold.
 */
const INTRODUCING = new RegExp(
  `^(${SPEAKER})(?:,\\s*([^]{1,200}?),)?\\s+(?:said|says|added|commented|explained)${SETTING}\\s*:\\s*$`,
);
/** Quick tests that spare most sentences the patterns: a verb of telling at the end, or of either kind at the start. */
const MAY_TELL = new RegExp(`\\b(?:${EN_TELLING_VERBS})\\b`);
const MAY_ATTRIBUTE = new RegExp(`\\b(?:${EN_TELLING_VERBS}|${EN_VIEWING_VERBS})\\b`);
const KINDS = EN_SPEAKERS.map((s) => ({ kind: s.kind, pattern: new RegExp(s.pattern, 'i') }));
const PRONOUN = new RegExp(EN_PRONOUN_SPEAKER, 'i');
const OPENING_QUOTE = /^\s*[“"‘]/;
/** The speaker's office's own next step opening his words ("We will …"): read by framed-verdict.ts too. */
export const EN_OWN_STEP_RE = new RegExp(EN_OWN_STEP, 'i');

/** The kind whose word stands first in `title` ("a spokesperson for the consumer group": authority). */
function kindOf(title: string): SpeakerKind | null {
  let best: { kind: SpeakerKind; at: number } | null = null;
  for (const { kind, pattern } of KINDS) {
    const m = pattern.exec(title);
    if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
  }
  return best?.kind ?? null;
}

/** The capitalised words of a speaker that no speaker row names ("Tang", "Chengwei"; not "Minister"). */
function nameWords(speaker: string): string[] {
  return speaker.split(/\s+/).filter((w) => w.length > 1 && /^[A-Z]/.test(w) && !kindOf(w));
}

/** The speaker's kind: by its title, by the noun that names it, or as met before; noted for later. */
function classSpeaker(speaker: string, title: string | undefined, memory?: SpeakerMemory): SpeakerKind | null {
  const named = title ? kindOf(title) : null;
  if (named) {
    memory?.note(named, speaker);
    // (a name comes back as one of its words, "Zhou Ruiqing … Zhou said")
    for (const word of speaker.split(/\s+/)) if (word.length > 1) memory?.note(named, word);
    return named;
  }
  if (PRONOUN.test(speaker)) return memory?.recallLast() ?? null;
  const noun = kindOf(speaker);
  if (noun) {
    memory?.note(noun, null);
    // a title before the name, "Vice Minister of Civil Affairs Tang Chengwei told …": the name's words come
    // back alone ("…, Tang said.")
    for (const word of nameWords(speaker)) memory?.note(noun, word);
    return noun;
  }
  return memory?.recall(speaker) ?? null;
}

/** The English frame of `sentence` when its speaker is known to be an authority or a voice; null otherwise. */
export function enReportFrame(sentence: string, memory?: SpeakerMemory): ReportFrame | null {
  // (the words of a voice the paragraph before introduced: all of the sentence)
  if (memory?.carriedSpeaker() === 'voice')
    return { speaker: 'voice', telling: true, ownStep: false, contentStart: 0, contentEnd: sentence.length };
  if (memory && sentence.trimEnd().endsWith(':')) {
    const m = INTRODUCING.exec(sentence);
    const kind = m ? classSpeaker(m[1]!, m[2], memory) : null;
    if (kind) memory.introduce(kind);
  }
  const at = Math.max(0, sentence.length - TAIL);
  const tail = at ? sentence.slice(at) : sentence;
  const head = sentence.length > HEAD ? sentence.slice(0, HEAD) : sentence;
  // (a short sentence is its own head and tail: one pass of the quick test spares most)
  if (!MAY_ATTRIBUTE.test(head) && (tail === head || !MAY_TELL.test(tail))) return null;
  const tells = MAY_TELL.test(tail);
  let contentStart = 0;
  let contentEnd = sentence.length;
  let telling = true;
  const trailing = tells
    ? (TRAILING_NAME_FIRST.exec(tail) ?? TRAILING_VERB_FIRST.exec(tail) ?? TRAILING_TITLE_FIRST.exec(tail))
    : null;
  // (a trailing match whose speaker is no one known, "…, said the rules take effect in April.", leaves the
  // sentence to a leading attribution: "Li Wen, a deputy director …, said the rules …")
  let kind = trailing ? classSpeaker(trailing[1]!, trailing[2], memory) : null;
  const leading = kind ? null : LEADING.exec(head);
  if (kind && trailing) {
    contentEnd = at + trailing.index;
    contentStart = OPENING_QUOTE.exec(sentence)?.[0].length ?? 0;
  } else if (leading) {
    kind = classSpeaker(leading[1]!, leading[2], memory);
    contentStart = leading[0].length;
    telling = leading[3] !== undefined;
  } else return null;
  if (!kind || kind === 'anyone' || contentEnd <= contentStart) return null;
  const ownStep = EN_OWN_STEP_RE.test(sentence.slice(contentStart, contentEnd));
  return { speaker: kind, telling, ownStep, contentStart, contentEnd };
}
