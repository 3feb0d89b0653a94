/** The English tables of a directive's core (the shape and its reasons: core-rule-types.ts). */

import { wordList as w, type CoreLangRules } from './core-rule-types';
import { EN_IMPERATIVE_VERBS } from './rules';

/**
 * The words that open an English time in a verb phrase, "within 180 days", "no later than 1 June": a
 * deadline aside kept in the phrase (keptAside, its words apart by any white space) and the commas
 * around a time after a modal (CommaRules, by single spaces).
 */
const EN_TIME_WORDS = ['within', 'by', 'before', 'no later than', 'not later than'];
const enTimeLead = (space: string) => `(?:${EN_TIME_WORDS.map((t) => t.replaceAll(' ', space)).join('|')})`;

/** The English tables (built on first use: a Chinese page never builds them). */
export function enCoreRules(): CoreLangRules {
  /** "It is (particularly) important that / to": every adverb with every adjective. */
  const EN_EMPHASIS_FRAMES = [
    '',
    'particularly ',
    'especially ',
    'therefore ',
    'also ',
    'most ',
    'absolutely ',
  ].flatMap((adv) =>
    w('imperative important essential critical crucial vital key').flatMap((adj) => [
      `it is ${adv}${adj} that`,
      `it is ${adv}${adj} to`,
    ]),
  );

  /**
   * The subject of a "that" clause whose verb is bare ("… required that subsidies for the elderly be paid …"): up
   * to ten words, no modal, finite "be" or relative word among them, not ending on a determiner ("the report be
   * published": "report" is its noun), before "be" or a verb the imperatives read as one whatever follows it.
   */
  const bareVerbs = [
    'be',
    'not be',
    ...EN_IMPERATIVE_VERBS.neverNoun,
    ...EN_IMPERATIVE_VERBS.verb.filter((v) => !v.includes(' ')),
    // (and where money is to go: "requires that every dollar for new … chargers go to stations that are open to all", dev43)
    ...w('address comply meet adopt carry set disclose conduct undergo obtain hold retain receive remain go'),
    // (and a share a space is to make up: "requires that blue and green spaces account for 70 percent of the new area", dev55)
    'account',
  ];
  const EN_THAT_SUBJECT =
    String.raw`(?:(?!(?:shall|must|should|will|would|may|can|could|is|are|was|were|has|have|had|be|not|that|which|who|to)\b)[\w'’()-]+\s+){1,10}?` +
    String.raw`(?<!\b(?:the|a|an|its|their|each|all|any|every|such|this|these|those|our|your|his|her)\s)(?=(?:${bareVerbs.join('|')})\b)`;

  /** English word lists hold phrases: one per comma. */
  const p = (phrases: string): string[] => phrases.split(/\s*,\s*/).filter(Boolean);

  return {
    // (and a dash, after which a list of examples or a comment follows the act, "will have weatherized 40,000 more homes —
    // sealing drafty windows, …": over the English cores 2 of 2 end before it, dev55 1 of 1)
    clauseBreaks: ',;:!?.—',
    words: { ignoreCase: true, wordEnd: true },
    modalInCore: true,
    // (a time it names: not "By law," nor "Within the EU,")
    frontedTime:
      /^(?:by|within|not\s+later\s+than|no\s+later\s+than)\s(?=[^,;:]*\b(?:days?|weeks?|months?|years?|hours?|end|spring|summer|autumn|winter|term|parliament|\d{4})\b)[^,;:]{1,120}$/i,
    // (a start date with a month, a season or a year: over the English golds' targets that open so, 5 of 5 cores
    // take it; obligations split, 5 take it and 7 not, and are left as they are)
    frontedStart:
      /^(?:from|starting(?:\s+from)?|beginning(?:\s+(?:on|in))?|effective(?:\s+from)?|as\s+of)\s(?=[^,;:]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|spring|summer|autumn|winter|\d{4})\b)[^;:]{1,60}$/i,
    frontedRepeat: /^(?:annually|quarterly|monthly|yearly|every\s+\w+(?:\s+\w+)?)\s+thereafter$/i,
    framedDeadlineBefore: /\bthat\s+$/i,
    bullets: '-•·●▪',
    numbering:
      /(?:\((?:[a-z]{1,3}|[ivxl]+|\d{1,3})\)|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)|(?:\d{1,3}|[a-z])[.)](?=\s)|Sec(?:tion)?\.?\s*\d+[a-z]?\.|Step\s+\d{1,2}[:.]?)\s*/iy,
    numberingFirst: '(0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
    // (two words at least, all capitals: not "NOTE:", nor a sentence's "Within 90 days:"; the golds list the head
    // apart, optional: gold-conventions.md, Headings and furniture)
    runInHead: /[A-Z][A-Z0-9'’&/-]*(?:,?\s+[A-Z0-9'’&/-]+)+:\s+/y,
    pointNumbering: null,
    // ("And" too: a speech's "And within 30 days, FEMA will open …"; over the English core golds no core of the 5
    // sentences opening "And" takes it)
    openingConnectives: p(
      'First, Second, Third, Finally, And, Also, Additionally, Furthermore, Further, In addition, However, Therefore',
    ),
    frame: {
      connectives: p('however, therefore, in addition, for example, for instance, note, important, tip'),
      reportingEnds: [' said', ' says', ' added', ' adds', ' noted', ' notes', ' stated', ' states', ' explained'],
      reportingMaxLength: 40,
    },
    adverbial: {
      openers: w(
        'if when where whenever before after once unless until while although because as since in under for to from during within by on at upon following consistent subject pursuant accordingly however therefore also additionally furthermore',
      ),
      openersBeforeVerb: [],
      openerVerbs: [],
      openerFrameEnds: [],
      meansOpeners: [],
      meansEnds: [],
      accordingTo: [],
      accordingToEnds: [],
      locative: [],
      locativeEnds: [],
      topicEnds: [],
      topicNouns: [],
      notEnds: [],
      actWords: [],
    },
    modals: {
      words: p(
        'must, shall, should, is required to, are required to, will be required to, is directed to, are directed to, ' +
          // (with what imposes it, as the rule tables read it: "will be required by law to have …")
          'is required by law to, are required by law to, will be required by law to, ' +
          'is hereby directed to, are hereby directed to, is authorized and directed to, are authorized and directed to, ' +
          'is authorised and directed to, are authorised and directed to, ' +
          // (and with "hereby", as the rule tables read it: a memorandum's closing "The Director of OPM is hereby
          // authorized and directed to publish this memorandum …", whose subject no gold keeps: 6 of 6 such cores)
          'is hereby authorized and directed to, are hereby authorized and directed to, ' +
          'is hereby authorised and directed to, are hereby authorised and directed to, ' +
          'need to, needs to, has to, have to, ought to, is expected to, ' +
          'are expected to, will need to, will have to, ' +
          // a call in the passive, as the rule tables read it: "Colleges are urged to expand …"
          'is urged to, are urged to, is also urged to, are also urged to, ' +
          // (and so with "also", as the rule tables read it: "Platforms are also required to report …")
          'is also required to, are also required to, ' +
          // a proclamation's operative clause: "I direct that the flag be flown …"
          'direct that',
      ),
      notWords: p(
        'need not, must not, shall not, should not, must never, should never, shall never, ' +
          // a permission, not a duty: "Small firms do not need to register, but they should keep records"
          "do not need to, does not need to, don't need to, doesn't need to, do not have to, does not have to, " +
          "don't have to, doesn't have to",
      ),
    },
    addresseeModals: { words: [], maxLength: 0 },
    weakModals: { words: ['will'], notWords: ['will not'] },
    clauseStartModals: [],
    prohibitions: {
      words: p(
        "must not, shall not, should not, may not, will not, cannot, can not, can't, mustn't, shouldn't, must never, " +
          "should never, shall never, do not, does not, don't, never, is prohibited from, are prohibited from, " +
          'is also prohibited from, are also prohibited from, ' +
          'is not allowed to, are not allowed to, is not permitted to, are not permitted to, it is illegal to, ' +
          'it is an offence to, it is an offense to, it is against the law to, ' +
          // (a ban told in the passive with its place or time and no "from": "Sewage outlets … are prohibited within
          // first-level protection zones, and those already built there must be removed": the ban's clause, not the
          // duty after it; dev55, 1 core; no fixture core has one)
          'is prohibited, are prohibited, is strictly prohibited, are strictly prohibited, is banned, are banned, ' +
          'is forbidden, are forbidden',
      ),
      notWords: p('need not, never been, never before'),
    },
    nounEmphasis: [],
    reportedEmphasis: [],
    emphasis: {
      words: [
        ...EN_EMPHASIS_FRAMES,
        ...p('above all, in particular, please note that, please note, note that, importantly, crucially'),
        ...p('it is worth noting that, remember that'),
      ],
      notWords: [],
    },
    governed: [
      // a meeting's call, reported: "The session called for better …": its object is the act, also without a "to"
      // (with addressees and their "to", "The meeting urged local governments to include …", the act alone, as a
      // request's below: 2 of 2 golds; "efforts to …" splits, 1 keeps it, 1 not, and stays)
      {
        pattern:
          /\b((?:meeting|session|conference|plenum)\s+(?:also\s+|further\s+)?(?:urged|called\s+for|demanded))\s+(?!(?!efforts?\b)[^,;:.]{1,160}?\sto\s)(?=\w)/g,
        keepHead: false,
        categories: ['obligation'],
      },
      // a document's call told in the past tense, "It called for accelerating …" (as rules.ts's row): its object
      // is the act (an addressee with its "to", "called for cities to …", is the next row's)
      // (and in the present before a gerund, "the guideline calls for improving …", "It also calls for stepping up …":
      // over the English cores, a call for a gerund is cored as the gerund's phrase, 3 of 3 on 2 pages; a noun after
      // the present "calls for" splits, "calls for closer cooperation …" keeping its head, and stays)
      {
        pattern:
          /\b((?:plan|guidelines?|guidance|document|circular|notice|policy|strategy|framework|opinions?|programm?e|regulations?|measures|roadmap|blueprint|directive|order|it)\s+(?:also\s+|further\s+)?(?:called\s+for|calls\s+for(?=\s+[a-z]+ing\b)))\s+(?![^,;:.]{1,160}?\sto\s)(?=\w)/gi,
        keepHead: false,
        // (a dated call too, "The plan also calls for building … in every province by 2025": the gerund's phrase, dev55)
        categories: ['obligation', 'target'],
      },
      // an order put to its addressee, "directs the Secretary of Labor to train …", "I call upon …": the head and
      // the act with its "to" are the core, the addressee is not (docs/gold-conventions.md, "Cores (English)":
      // "to" in 33 of 39 such golds, the head in 27);
      // the addressee may be a long list of offices; "to" before an article is a preposition inside it
      // ("calls upon the officials of areas subject to the jurisdiction of … to direct …"); "instructing" as
      // "directing", "I'm instructing the Small Business Administration to keep …"; its auxiliary written out is
      // part of the head, "I am (also) directing my Cabinet to …" (over all golds 4 of 4 keep "am", as "is calling
      // on" keeps "is"; the contracted "I'm directing" gives "directing", 3 of 3; no gold has "I am calling on")
      // (the addressees may be a serial list, "I call upon Federal, State, local, tribal, and territorial officials to
      // …", "directs the Secretary of Agriculture, the Administrator of …, and the Assistant … to …": session 36, over
      // the English cores 3 of 4 such cores on 4 pages take the head and "to V", 1 the whole; none cut at the first comma)
      {
        pattern:
          /\b((?:[Dd]irects?|directed|(?:(?:am|is|are)\s+(?:also\s+|now\s+|today\s+)?)?directing|[Ii]nstructs?|instructed|(?:(?:am|is|are)\s+(?:also\s+|now\s+|today\s+)?)?instructing|[Oo]rders|ordered|[Cc]alls?\s+(?:on|upon)|(?:(?:is|are)\s+(?:also\s+|now\s+|again\s+|today\s+)?)?calling\s+(?:on|upon)|[Tt]ells?))\s+(?!to\b)(?:[^,;:.]{1,160}?|[^,;:.]{1,80}?(?:,\s+[^,;:.]{1,80}?){1,8},\s+(?:and|or)\s+[^,;:.]{1,120}?)(?:,\s+(?:in\s+(?:coordination|consultation|cooperation)\s+with|together\s+with|with\s+the\s+support\s+of|(?:acting\s+)?through|(?:within|no\s+later\s+than|not\s+later\s+than)(?=\s+\d))\s[^,;:.]{1,100},)?(?<!\b(?:how|what|when|where|whether|which|who))\s+(?=to\s+["“]?(?!(?:the|a|an|its|their|his|her|our|this|these|those)\s)\w)/g,
        keepHead: true,
        categories: ['obligation', 'target', 'emphasis'],
      },
      // a request, a requirement, a call for or an expectation of an act ("asks the ministry to publish …",
      // "requires councils to \"publish …\"", "calls for cities to build …", "the government expects every venue
      // to have …"): the act alone (asks 6 of 6 golds; requires, calls for and expects split)
      // (not "requires that every dollar … go to stations …", a "that" clause, cored by the row after this one)
      {
        pattern:
          /\b((?:[Rr]equires?|required|[Uu]rge[sd]?|urging|[Ee]ncourages?|[Mm]andates?|[Aa]sks?|asked|asking|[Cc]alls?\s+for|called\s+for|calling\s+for|expects?))\s+(?!to\b|that\s)[^,;:.]{1,160}?(?:,\s+(?:in\s+(?:coordination|consultation|cooperation)\s+with|together\s+with|with\s+the\s+support\s+of|(?:acting\s+)?through)\s[^,;:.]{1,100},)?(?<!\b(?:how|what|when|where|whether|which|who))\s+to\s+["“]?(?!(?:the|a|an|its|their|his|her|our|this|these|those)\s)(?=\w)/g,
        keepHead: false,
        categories: ['obligation', 'target', 'emphasis'],
      },
      // a requirement put as a "that" clause with its verb bare, "The meeting required that subsidies be paid in
      // full", "Requires that the standards address …": its subject is no part of the act (a subject of up to ten
      // words, no modal or finite "be" in it: "provides that the standards shall be …" is the modal's). A meeting's
      // call is cored as its act alone (as "urged … to"), a document's order keeps its head (as "directs"): dev
      // set 33, 1 and 2 golds
      {
        pattern: new RegExp(
          String.raw`\b((?:meeting|session|conference|plenum)\s+(?:also\s+|further\s+)?(?:required|demanded|requested)\s+that)\s+${EN_THAT_SUBJECT}`,
          'g',
        ),
        keepHead: false,
        categories: ['obligation', 'target'],
      },
      {
        pattern: new RegExp(
          String.raw`\b((?:[Rr]equires?|[Ss]tipulates?|[Mm]andates?|[Dd]emands?|[Ss]pecifies)\s+that)\s+${EN_THAT_SUBJECT}`,
          'g',
        ),
        keepHead: true,
        categories: ['obligation', 'target'],
      },
      {
        pattern:
          /\b((?:[Pp]rohibits?|prohibited|[Bb]ars?|barred|[Ff]orbids?|[Bb]ans?|banned))\s+[^,;:.]{1,80}?\s+from\s+(?=\w)/g,
        keepHead: true,
        categories: ['prohibition'],
      },
      // an order's policy clause: "It is the policy of the United States to …" (the act keeps its "to")
      {
        pattern: /\b(policy\s+of\s+[^,;:.]{1,80}?)\s+(?=to\s+\w)/g,
        keepHead: false,
        categories: ['target'],
      },
      {
        pattern:
          /\b((?:goal|aim|target|objective)s?\s+(?:of|is\s+to)|(?:aims?|plans?|seeks?|intends?|expects?|pledges?|commits?)\s+to|(?:is|are)\s+set\s+to)\s+(?=\w)/gi,
        keepHead: false,
        categories: ['target'],
      },
      // a goal told with the ones who are to reach it: "Our objective is for all rented homes to reach …"
      {
        pattern: /\b((?:goal|aim|target|objective|ambition)s?\s+(?:is|are)\s+for\s+[^,;:.]{1,120}?\s+to)\s+(?=\w)/gi,
        keepHead: false,
        categories: ['target'],
      },
    ],
    leadingWords: w('also then and but or'),
    keptAdverbs: [],
    quotaLead: null,
    quotaLeadFirst: '',
    quotaNoSubject: [],
    standardBounds: [],
    // (also who leads what the act sets up, ", chaired by the Deputy Secretary or equivalent, to coordinate …", ", led by
    // schools with strong attendance, to share …": 2 of 2 golds skip it and keep what follows)
    // (and a time or a limit set between the verb and its object, "to set out, when they apply, how quickly …", "to
    // identify, as far as it is possible to do so, children in its area …": over the English cores 2 of 2 skip it
    // and keep the object, session 35)
    // (and a preference, a base, an alternative or what goes with the act, between commas inside it: ", preferably a
    // veteran employee of the agency,", ", relative to fiscal year 2016 levels,", ", rather than self-assessment
    // questionnaires alone,", ", with a complete schedule and milestones,"; a long ", including …," too. Session 36, over
    // the English cores: an aside between commas inside the act is skipped and what follows kept in 47 cores on 32
    // pages, 5 of them these shapes on dev set 36; cut there in 0 of these shapes)
    // (and the alternative denied, "should be held before, not after, the key decisions are made": dev55, 1 core)
    aside:
      /\s*(?:(?:when|whenever|once|as\s+soon\s+as)\s+(?:they|it|he|she|you|we)\s+[^,;:.]{1,40}|as\s+far\s+as\s+[^,;:.]{1,50}|(?:or|and)\s+(?!(?:that|any|all|other|the|a|an|every|each)\b)(?![^,;:.]*\b(?:must|shall|should|will|may|can)\b)[^,;:.]{1,40}|as\s+appropriate|where\s+appropriate|if\s+any|as\s+necessary|consistent\s+with\s+[^,;:.]{1,40}|to\s+the\s+extent\s+[^,;:.]{1,50}|in\s+consultation\s+with\s+[^,;:.]{1,60}|(?:together|along)\s+with\s+[^,;:.]{1,40}|(?:including|such\s+as)\s+[^,;:.]{1,100}|preferably\s+[^,;:.]{1,60}|relative\s+to\s+[^,;:.]{1,50}|rather\s+than\s+[^,;:.]{1,60}|not\s+(?!only\b)[^,;:.]{1,40}|with\s+(?:a|an|the|its|their|all|any|each)\s+[^,;:.]{1,50}|(?:where|if|when)\s+(?:applicable|possible|necessary|practicable|appropriate|required)|as\s+required|in\s+writing|(?:on|through|via)\s+(?:a|an|the|its|their|each)\s+[^,;:.]{1,80}|(?:for|in)\s+(?:each|every)\s+[^,;:.]{1,50}|within\s+(?:existing|available|current)\s+[^,;:.]{1,50}|(?:chaired|co-chaired|led|headed|overseen|hosted|staffed)\s+by\s+[^,;:.]{1,60}),\s*(?=[a-z])(?!(?:which|who|whom|whose|that)\b)/y,
    listAside: /\s*(?:including|such\s+as|on|through|via)\s/y,
    // (a time, "within 120 days,": not "within existing programs,", an aside the phrase skips)
    keptAside: new RegExp(
      String.raw`\s*${enTimeLead(String.raw`\s+`)}\s+(?!(?:existing|available|current)\b)[^,;:.]{1,40},\s*(?=[a-z])`,
      'y',
    ),
    condition:
      /\s+(?:(?:even|only)\s+)?(?:if|unless)\b(?!\s+(?:any|applicable|possible|necessary|appropriate|required|practicable|so|not)\b)/i,
    conditionNotAfter:
      /\b(?:check|checking|ask|see|find out|know|decide|confirm|consider|work out|tell [a-z]+|whether)$/i,
    savingClause:
      /\s+(?:unless|except)\s+(?:as\s+)?(?:otherwise\s+)?(?:permitted|required|authori[sz]ed|provided(?:\s+for)?)\s+(?:by|under)\s+(?:applicable\s+)?(?:law|statute|regulation)s?$/i,
    // (a second modal splits the act; a second "to V" after a bare "and" stays in it, "directs … to map its flood risks
    // and to publish the map": over the English golds 7 such cores keep "and to", 2 do not; session 34)
    coordination: /\s+and\s+(?=(?:shall|must|should|will)\s)/gi,
    secondAct: null,
    commas: {
      // (also with its ordinal, "no later than December 8th, 2021": dev set 39)
      date: /[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}$/,
      modalBefore: /\b(?:shall|must|should|will)$/,
      timeAfter: new RegExp(String.raw`^\s*${enTimeLead(' ')}\b`),
      // (a date's own comma inside the time: "will, by September 30, 2015, publish …")
      modalTime: new RegExp(
        String.raw`\b(?:shall|must|should|will),\s*${enTimeLead(' ')}\b(?:[^,;:.]|,(?=\s\d{4}\b)){1,140}$`,
      ),
      // (nor a phrase that qualifies what came before, ", covering product standards, …", ", between 1 and 3 metres",
      // ", either in person or …", nor a speaker, ", said Ma Hong, an official with …", nor an example, ", for example a
      // write-protected PDF or a photocopy", nor a manner added, ", with no small print and no surprises", nor an
      // alternative, ", whether online, in a shop window or …": the English golds cut there; ", for example …" 17 of 17
      // cut, ", with …" 6 of 6, ", whether …" 3 of 3)
      listTail:
        /^\s+["“]?(?!(?:and|or|but|then|you|we|they|it|he|she|this|that|which|who|whether|if|when|where|while|unless|so|including|such|the|a|an|each|every|all|any|its|their|our|your|his|her|between|from|either|neither|said|says|told|covering|ranging|starting|ending|particularly|especially|notably|rather|even|because|whichever|for\s+(?:example|instance)|with|(?:chaired|co-chaired|led|headed|overseen|hosted|staffed)\s+by)\b)[a-z][\w'’-]*["”]?(?:\s+(?!(?:must|shall|should|will|may|can|need|needs|is|are|was|were|has|have)\b)["“]?[\w'’-]+["”]?){0,5}\s+(?:and|or)\s/,
      listItem:
        /^\s+(?!(?:and|or|but|then|you|we|they|it|he|she|this|that|which|who|if|when|where|unless|so|including|such|consistent|pursuant|subject|as|in|on|at|to|by|for|from|with|within|under|through|via|each|every|all|any|between|either|neither|said|says|told|covering|ranging|starting|ending|particularly|especially|notably|rather|even|because|whichever|whether)\b)[a-z][\w'’-]*(?:\s+(?!(?:must|shall|should|will|may|can|need|needs|is|are|was|were|has|have)\b)[\w'’-]+){0,2},(?=\s+(?:and|or)\s|\s+[a-z][^,;:.]*?\s(?:and|or)\s)/,
      serialBefore: /,\s+["“]?[a-z][\w'’-]*(?:\s+[\w'’-]+){0,2}["”]?$/,
      // (session 37: over the English cores, 3 of 3 with "a <adjective>, <adjective> <noun>" keep the pair, on 3 pages of
      // gov.uk and whitehouse.gov; no core is cut there)
      pairBefore: /\b(?:a|an)\s+[a-z][\w-]*$/i,
      pairAfter:
        /^\s+(?!(?:and|or|but|then|you|we|they|it|he|she|this|that|which|who|if|when|where|unless|so|including|such|as|in|on|at|to|by|for|from|with|within|under|through|via|each|every|all|any|a|an|the|not|no|either|neither|whether|preferably|particularly|especially|notably|rather|even|because|whichever)\b)[a-z][\w-]*\s+(?!(?:the|a|an|your|their|its|his|her|our|this|that|these|those|them|it|you|must|shall|should|will|would|may|might|can|could|need|needs|is|are|was|were|has|have|had|and|or)\b)[a-z][\w-]*\b(?!\s+(?:must|shall|should|will|would|may|might|can|could|need|needs|is|are|was|were|has|have|had)\b)/,
      // (not a new subject with its own modal, "for fraud, waste, and abuse, and agencies must refer …": a clause break)
      serialAfter:
        /^\s+(?:and|or)\s+(?!(?:shall|must|should|will|may|can|to|then|also|so|you|we|they|it|he|she|this|that|these|those|which|who|where|when|if|each|every|all|any)\b)(?!(?:[\w'’-]+\s+){1,3}(?:must|shall|should|will|may|can|cannot)\b)[a-z]/,
      theListTail:
        /^\s+the\s(?![^,;:]*\b(?:must|shall|should|will|may|can|need|needs|is|are|was|were|has|have)\b)[^,;:]{1,100}?\s(?:and|or)\s+the\s[^,;:]{1,60}[.;]?\s*$/,
    },
    // (and initials, "U.S.C. 4370m", "D.C.": a core that runs past "maintained under 42 U.S.C. 4370m-2(b) within 14 days"
    // was cut at its abbreviation's last stop, dev37)
    abbreviation:
      /(?:^|[^\w.])(?:(?:[A-Z]\.){0,3}[A-Z]|Sec|Secs|No|Nos|Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co|vs|etc|e\.g|i\.e|U\.S|Art|para)$/,
    openingWords: [],
    actionVerbs: [],
    goalVerbs: [],
    levelVerbs: [],
    reachVerbs: [],
    datedFurtherGoalVerbs: [],
    countVerbs: [],
    countBounds: [],
    fullCoverage: null,
    quantity: /\d/,
    objectFront: null,
    objectFrontFirst: '',
    futureMarkers: [],
    addressee: null,
    banAgent: null,
    banAgentActs: [],
    timeLimit: null,
    stateGoal: null,
    comparisonBase: null,
  };
}
