/**
 * English quotations that run over several sentences of a paragraph: only the first sentence opens with “ and
 * only the last closes with ” (each read by SENTENCE_CONTEXT as the speaker's words), the ones between carry no
 * mark at all. "“The key is …. Local governments should not simply build … . They should …,” Du said.": the middle
 * sentence is still the speaker's. Over all golds, English sentences inside a quotation opened in an earlier
 * sentence: 0 gold, 1 optional, 9 not.
 */

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const STRAIGHT = 0x22; // "

/**
 * Whether `text` holds a quotation mark that quoteOpenAfter reads (“ ” "): in a block without one, every
 * sentence leaves the quotation state as it found it, closed, and is no quotation (three native searches
 * instead of a loop over each sentence's characters: most paragraphs quote no one).
 */
export const hasQuoteMark = (text: string): boolean =>
  text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('"') >= 0;

/** Whether a quotation is open after `sentence`, given whether one was open before it. */
export function quoteOpenAfter(sentence: string, open: boolean): boolean {
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === OPEN) open = true;
    else if (c === CLOSE) open = false;
    else if (c === STRAIGHT) open = !open;
  }
  return open;
}

/** A sentence with no quotation mark of its own, inside a quotation opened before it. */
export function insideQuotation(sentence: string, open: boolean): boolean {
  return open && !ANY_QUOTE_MARK.test(sentence);
}

/**
 * Chinese quotations are cut the same way, "“当村医，就得随叫随到。半夜有人敲门，你不能装听不见。”": the sentences
 * after the first keep no opening mark, the last only the closing ”. They are the words of whoever opened the
 * quotation, and held back as such when that sentence was a quotation standing alone (it opens with “: a feature's
 * dialogue) or a voice's (a resident's, a scholar's: report-frame.ts) — not an office's or an official's
 * ("旅长某某强调：“…必须…。考核决不能…！”"). Over the fixture golds, such Chinese sentences after a lone or a voice's
 * opening: 0 gold, 0 optional, 3 not, 5 unlisted; after an official's: 1 gold. A speaker no table classes ("某某笑着说，
 * “…。", a bare name, a setting before him) is held too unless the sentence opening his quotation is itself marked (s33;
 * over all golds such held sentences 0 gold, and the one continuing a marked opener, "旅长某某在动员部署时强调：“…必须
 * …。考核决不能…！”", gold). Held now over all golds: 0 gold, 1 optional, 19 not, 13 unlisted.
 */
export function continuesQuotation(sentence: string, open: boolean): boolean {
  return open && !OPENING_MARK.test(sentence);
}

/** A quotation standing alone: the sentence opens with it. */
export const opensAlone = (sentence: string) => OPENS_ALONE.test(sentence);
// (regex literals written once: a literal inside a function is a new RegExp object at every call)
const ANY_QUOTE_MARK = /[“”"]/;
const OPENING_MARK = /[“"]/;
const OPENS_ALONE = /^\s*“/;

/**
 * The weight of a sentence inside a quotation: more than the −1.5 of one that opens or closes it, which keeps
 * its own mark and often its speaker (read by the report frame); this one has neither, and a ban such as
 * "should not" (2.5) is still the speaker's.
 */
export const INSIDE_QUOTATION_WEIGHT = -2;

/**
 * …and of a Chinese sentence inside a quotation held back as a lone one's or a voice's (continuesQuotation): the
 * speaker's own words, which may carry two modals, "“…。我们种地的人，必须把地养好，不能光知道从地里要。”" (4.4);
 * still 0 gold over all golds (s32), so it outweighs any.
 */
export const HELD_QUOTATION_WEIGHT = -4.5;
