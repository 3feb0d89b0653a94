/**
 * A sentence's verdict read through its report frame (report-frame.ts): who speaks decides whether
 * the words count, and an authority's words held back by the frame are read again alone.
 * directives.ts asks it after sentence-scores.ts has scored the sentence.
 */
import { scanBlock, type CompiledRules, type Markers } from './directive-rules';
import { reportFrame, type SpeakerMemory } from './report-frame';
import { ZH_PASSED_ON_RULE, ZH_RESTATED_RULE } from './report-frame-rules';
import { EN_OWN_STEP_RE } from './en-report-frame';
import type { Lang } from './rules';
import { addMarker, CLAUSE_BREAK, classify, emptyScores, sentenceVerdict, type Scores } from './sentence-scores';

type Verdict = ReturnType<typeof classify>;
const RESTATED_RULE = new RegExp(ZH_RESTATED_RULE);
const PASSED_ON_RULE = new RegExp(ZH_PASSED_ON_RULE);

/**
 * A sentence's rule markers: markers `[from…to)` of its block's scan (or of its own), whose
 * `start` less `base` is where they stand in the sentence.
 */
export interface SentenceMarkers {
  /** The text scanned (the sentence's block), where the sentence starts at `base`. */
  text: string;
  markers: Markers;
  from: number;
  to: number;
  base: number;
}

/**
 * The verdict read through the sentence's report frame (report-frame.ts): null for a voice's words.
 * An authority's words that the frame held back, passed on as said, are read alone: a directive when
 * they set a target, or open with their duty — a modal in their first clause, "指挥员要带头…",
 * "我们要给…撑腰" (not a consequence after a topic, "那样考出来的成绩，上了考场要打折扣"; nor the office's
 * own next step, "将加强…", unless a target).
 */
export function framedVerdict(
  sentence: string,
  c: CompiledRules,
  lang: Lang,
  threshold: number,
  verdict: Verdict,
  markers: SentenceMarkers,
  memory?: SpeakerMemory,
) {
  // (an expert's answer in an interview: a suggestion of the expert's own, unless it restates the document; a
  // grassroots cadre's turn: his unit's plans, unless he passes on a rule that binds others)
  const answerer = verdict && lang === 'zh' ? memory?.answerer() : null;
  if (answerer === 'voice' && !RESTATED_RULE.test(sentence)) return null;
  if (answerer === 'grassroots' && !PASSED_ON_RULE.test(sentence)) return null;
  const frame = reportFrame(sentence, lang, c.verbs, memory, markers.text, markers.base);
  if (!frame) return verdict;
  if (frame.speaker === 'voice') return null;
  // (an official's view or account, "…认为，…要…", "…告诉记者，明年全市还要新建…": no instruction passed on, unless it
  // stresses a point of its own, "该旅领导认为，…关键在于…")
  if (frame.opinion && verdict?.category !== 'emphasis') return null;
  // (a grassroots cadre: his unit's plans are his own, a rule he passes on is the rule's)
  if (frame.speaker === 'grassroots' && !PASSED_ON_RULE.test(sentence.slice(frame.contentStart))) return null;
  if (verdict || !frame.telling) return verdict;
  const end = frame.contentEnd ?? sentence.length;
  const words = sentence.slice(frame.contentStart, end);
  const scores = emptyScores();
  addWordsMarkers(scores, words, c, markers, markers.base + frame.contentStart, markers.base + end);
  const alone = sentenceVerdict(words, c, lang, scores, threshold);
  if (!alone || alone.category === 'target') return alone;
  // (English words may open with their setting, "Under the regulation, automakers must …": the duty's
  // subject is named, and a speaker's "we must" is no marker at all)
  if (lang === 'en') return frame.ownStep ? null : alone;
  return !frame.ownStep && opensWithDuty(words, scores) ? alone : null;
}

/**
 * A quotation standing as a sentence whose paragraph names an authority beside it (quote-speaker.ts: "刘芸表示，…。
 * “各区县要…，到今年年底前…要实现…全覆盖。”她说，…"; "“…,” Zhang said. “Employers should …”"): its words read
 * without the quotation marks, whose context rows (a quotation standing alone, a speaker named after it) hold back
 * a voice's words. A directive, as an authority's framed words are (`framedVerdict`): in Chinese when they set a
 * target or open with their duty, in English unless they are his office's own next step ("We will …")
 * (gold-conventions.md, Who speaks: the gold quotations are an official's named before or after in the paragraph).
 */
export function quotedVerdict(
  sentence: string,
  c: CompiledRules,
  lang: Lang,
  threshold: number,
  markers: SentenceMarkers,
) {
  const open = lang === 'en' ? sentence.search(/\S/) : sentence.indexOf('“');
  const close = lang === 'en' ? sentence.trimEnd().length - 1 : sentence.lastIndexOf('”');
  if (open < 0 || close <= open) return null;
  const words = sentence.slice(open + 1, close);
  if (lang === 'en' && EN_OWN_STEP_RE.test(words)) return null;
  const scores = emptyScores();
  if (lang === 'en') for (const m of scanBlock(words, c)) addMarker(scores, m.rule, m.start);
  else addWordsMarkers(scores, words, c, markers, markers.base + open + 1, markers.base + close);
  const alone = sentenceVerdict(words, c, lang, scores, threshold);
  if (lang === 'en' || !alone || alone.category === 'target') return alone;
  return opensWithDuty(words, scores) ? alone : null;
}

/**
 * The markers of a frame's words (`[from, to)`, in the markers' offsets) into `scores`: the
 * sentence's own there, not a second scan — unless one of them spans the words' start or end
 * ("表示，今年将", a penalty of the frame), where the words alone may hold others ("将"): those words
 * are scanned again. (A rule that looks back past the words' start, or opens with `^`, could
 * still tell the two apart; none does on the fixture pages: scripts/bench/analysis-snapshot.ts.)
 */
function addWordsMarkers(
  scores: Scores,
  words: string,
  c: CompiledRules,
  markers: SentenceMarkers,
  from: number,
  to: number,
) {
  const { start, end, rule } = markers.markers;
  for (let k = markers.from; k < markers.to; k++) {
    if ((start[k]! < from && end[k]! > from) || (start[k]! < to && end[k]! > to)) {
      for (const w of scanBlock(words, c)) addMarker(scores, w.rule, w.start);
      return;
    }
  }
  for (let k = markers.from; k < markers.to; k++)
    if (start[k]! >= from && end[k]! <= to) addMarker(scores, rule[k]!, start[k]! - from);
}

/** A modal (obligation or prohibition) in the first clause of `words`. */
function opensWithDuty(words: string, scores: Scores): boolean {
  const at = [scores.obligationAt, scores.prohibitionAt].filter((x) => x >= 0);
  if (!at.length) return false;
  const first = Math.min(...at);
  for (let i = 0; i < first; i++) if (CLAUSE_BREAK[words.charCodeAt(i)] === 1) return false;
  return true;
}
