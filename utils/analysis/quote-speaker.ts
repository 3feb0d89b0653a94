/**
 * Who speaks a Chinese quotation that is a sentence of its own: "张先生则表示，新规是利好。“规矩立起来了，大家都
 * 应该…。”", "“行业协会应当…。”某大学副教授某某认为，…", "“…充完电要及时挪车…。”物业项目经理某某一边调试设备一边
 * 介绍。". The paragraph names him beside it: in the sentence after it (its report frame, or an attribution that is
 * the whole sentence) or in the nearest sentence before it that has a report frame. Over all golds such quotations
 * are 4 gold, 3 optional, 76 not, the gold ones an official's (gold-conventions.md, Who speaks): a voice's
 * quotation is never a directive (directives.ts), an official's is read as its words.
 */
import { enReportFrame } from './en-report-frame';
import { reportFrame, speakerKind, type SpeakerMemory } from './report-frame';
import { ZH_AUTHORITY_TITLES, ZH_TELLING_VERBS, ZH_VIEWING_VERBS, type SpeakerKind } from './report-frame-rules';
import type { WordSet } from './word-set';

/** A sentence that is a quotation and nothing else (its inner quotations in ‘’). */
export const isWholeQuotation = (sentence: string) => WHOLE_QUOTATION.test(sentence);
// (written once: a regex literal inside the function is a new RegExp object at every call, every sentence)
const WHOLE_QUOTATION = /^\s*“[^“”]+”\s*$/;

/** "林卫东说。", "物业项目经理某某一边调试设备一边介绍。": an attribution that is its whole sentence. */
const ATTRIBUTION = new RegExp(
  `^\\s*([^，,。；;：:“”"！!？?\\s]{1,40}?)(?:${[...ZH_TELLING_VERBS, ...ZH_VIEWING_VERBS].join('|')})道?[。！!]$`,
);

/**
 * An official telling, inside the sentence before a quotation, after an adverbial his frame does not open with:
 * "对于群众反映的问题，范县县委书记在接受采访时表示，…。“…。我们要求…”" (the golds' own example of an official's
 * quotation, gold-conventions.md, Who speaks).
 */
const OFFICIAL_TELLS = new RegExp(
  `(?:${ZH_AUTHORITY_TITLES})[\\u4e00-\\u9fff·]{0,4}(?:在[^，,。；;“”]{1,20}?(?:时|上|中))?(?:${ZH_TELLING_VERBS.join('|')})[，,：:]`,
);

/**
 * The kind of the speaker the paragraph names for the quotation `sentences[at]`, or null when it names none that
 * the tables class. `memory`: the article's speakers so far (a name met before, 他/她).
 */
export function quoteSpeaker(
  sentences: readonly string[],
  at: number,
  verbs: WordSet,
  memory: SpeakerMemory,
): SpeakerKind | null {
  const next = sentences[at + 1];
  if (next !== undefined) {
    const frame = reportFrame(next, 'zh', verbs, memory);
    if (frame) return frame.speaker;
    const named = ATTRIBUTION.exec(next)?.[1];
    if (named) return speakerKind(named) ?? memory.recall(named);
  }
  for (let i = at - 1; i >= 0; i--) {
    const frame = reportFrame(sentences[i]!, 'zh', verbs, memory);
    if (frame) return frame.speaker;
    if (i === at - 1 && OFFICIAL_TELLS.test(sentences[i]!)) return 'authority';
  }
  return null;
}

/**
 * An English quotation that is a sentence of its own, opening and closing with its marks (straight or curly):
 * "“Employers should give workers flexibility …”" after "“…,” Zhang said." in the same paragraph.
 */
export const isWholeQuotationEn = (sentence: string) => WHOLE_QUOTATION_EN.test(sentence);
const WHOLE_QUOTATION_EN = /^\s*[“"][^“”"]+[”"]\s*$/;

/**
 * The kind of the speaker of the English quotation `sentences[at]`: the one the sentence before it in the
 * paragraph attributes its words to ("“…,” Zhang said. “Employers should …”", "…, he said. “Public evening
 * schools must not …”"), or null when that sentence has no attribution the tables class. Over all golds, such
 * quotations after an official's attribution: 4 gold, 0 not (the 2 not are "We must …" and a maxim, which their
 * own rules hold back); after a voice's, 0 gold.
 */
export function enQuoteSpeaker(sentences: readonly string[], at: number, memory: SpeakerMemory): SpeakerKind | null {
  const before = sentences[at - 1];
  return before === undefined ? null : (enReportFrame(before, memory)?.speaker ?? null);
}
