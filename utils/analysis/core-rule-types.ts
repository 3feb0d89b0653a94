/**
 * The shape of a language's core tables (core-rules.ts says what they are for; core-rules-zh.ts and
 * core-rules-en.ts fill them).
 */

/** Words and the longer words that contain them without being them. */
export interface WordTable {
  words: readonly string[];
  notWords: readonly string[];
}

/** Clauses that frame rather than direct (they are skipped before the act). */
export interface FrameRules {
  /** A clause that is exactly one of these: 对此 / 同时 / 据悉. */
  connectives: readonly string[];
  /** A short clause ending in a reporting verb: 会议要求 / 他指出 / she said. */
  reportingEnds: readonly string[];
  /** …of at most this many characters. */
  reportingMaxLength: number;
}

/** Clauses that are adverbials or topics when another clause follows them. */
export interface AdverbialRules {
  /** Openers of an adverbial (对… / 围绕… / If… / When…). */
  openers: readonly string[];
  /** Openers whose clause is a verb phrase after all when a verb follows inside it (会同有关部门加强指导). */
  openersBeforeVerb: readonly string[];
  /** Verbs that start with an opener's word and are no opener: 对标… / 对接… (the act, not 对 + a topic). */
  openerVerbs: readonly string[];
  /**
   * Ends that keep such an opener's clause an adverbial whatever verb is inside it: 以…建设【为抓手】，
   * (the means of the act that follows, not the act); 会同市场监管、公安等【部门】， (those it is done with:
   * a clause that ends on the bodies named has no act of its own).
   */
  openerFrameEnds: readonly string[];
  /** A means, 通过 + … + 等渠道: an adverbial whatever verb-like word is inside it (宣传栏), by its opener and its end. */
  meansOpeners: readonly string[];
  meansEnds: readonly string[];
  /** 按照/根据 + …: an adverbial only when it ends as such a phrase ends (…职责 / …标准), else a verb phrase. */
  accordingTo: readonly string[];
  accordingToEnds: readonly string[];
  /** 在 + … + 下/中/上: a locative or temporal frame. */
  locative: readonly string[];
  locativeEnds: readonly string[];
  /** A topic or a condition: …的 / …时 / …后, or …的 + a noun of this list (…遇到的重大问题). */
  topicEnds: readonly string[];
  topicNouns: readonly string[];
  /**
   * Ends that close no locative or topic though their last character would (…时 / 在…上): a duration or an
   * adverb of time, 保障…不少于1【小时】 / 及时; a level, 须在160cm【以上】.
   */
  notEnds: readonly string[];
  /**
   * Words that stand only inside a verb phrase, after its object: an opener's clause that holds one is the
   * act, not a topic, whatever verb the lexicon misses after it (要对…食品安全【负总责】 / 对…表现形式【加以】改造 /
   * 对…摊点【逐一】登记造册 / 对…人员每天【至少】测量2次体温).
   */
  actWords: readonly string[];
}

export interface CoreLangRules {
  /** Characters that end a clause (、 does not: it enumerates inside one). */
  clauseBreaks: string;
  /** Words are matched case-blind and must end at a word boundary (English). */
  words: { ignoreCase: boolean; wordEnd: boolean };
  /** Whether a modal belongs to the core (English: "must keep…") or not (Chinese: 要【加强…】). */
  modalInCore: boolean;
  /**
   * A time that opens the unit as its own clause, cored whole ahead of the act when the deadline tables
   * (deadline-phrases.ts, which date what they find) do not read it: "Within 10 school days of a pupil's
   * fifth absence,", "By the end of this Parliament,", "Not later than 180 days after the date of this order,"
   * (every English golds' core that has such an opening clause takes it). Tested on the clause's text.
   */
  frontedTime: RegExp | null;
  /**
   * What may follow a fronted deadline in the next clause and belongs to it: ", and annually thereafter,"
   * (tested on that clause's text, its "and" trimmed).
   */
  frontedRepeat: RegExp | null;
  /**
   * A start date that opens a target's unit as its own clause, cored whole ahead of the act like a fronted
   * deadline: "From 1 April 2028,", "Starting from Jan 1, 2020,". Targets only: obligations' golds split.
   */
  frontedStart: RegExp | null;
  /**
   * Before a deadline phrase that closes the unit's first clause, a frame that makes it fronted after all:
   * "The plan says【that】 by 2027, …" (tested on the text before the phrase).
   */
  framedDeadlineBefore: RegExp | null;
  /** Leading dashes and bullets of a list item. */
  bullets: string;
  /** A unit's numbering (第三条 / （一） / 一是 / (a) / 1.), tried only where `numberingFirst` says one can start. */
  numbering: RegExp;
  numberingFirst: string;
  /**
   * A run-in head in capitals opening the unit, a fact sheet's "EXPANDING SUPPLY: The President is directing …"
   * (sticky, tried where an upper-case letter opens the body): furniture before the act, as a numbering is; null
   * where the script has no capitals.
   */
  runInHead: RegExp | null;
  /**
   * The numbering of a point told in running prose (一是 / 二是): such a point whose first clause is an act
   * with no modal ("二是压实监管责任，各区要…") opens with its headline, the obligation's core.
   */
  pointNumbering: RegExp | null;
  /** Opening connectives skipped with their comma: 首先， / First, */
  openingConnectives: readonly string[];
  frame: FrameRules;
  adverbial: AdverbialRules;
  modals: WordTable;
  /**
   * Modals that name their addressee before the act (《指引》要求【平台】按照…提供…): the act starts at
   * the first verb (or according-to phrase) within `maxLength` characters of the clause after one.
   */
  addresseeModals: { words: readonly string[]; maxLength: number };
  /** Modals used only when the sentence has no other (English "will" in a target). */
  weakModals: WordTable | null;
  /** Modals that count only at a clause's start (请 as a request, not in 申请). */
  clauseStartModals: readonly string[];
  prohibitions: WordTable;
  /** Emphasis markers; the core is the clause after them (or theirs, when nothing follows). */
  emphasis: WordTable;
  /**
   * Emphasis markers that are a noun of their sentence, "要把…作为【重中之重】" / "…是…的【重中之重】，必须…" /
   * "…摆在【重中之重】的位置": the core is the duty's act, after the sentence's first modal (before the marker
   * or after it), as every gold with one and a modal has it (docs/gold-conventions.md).
   */
  nounEmphasis: readonly string[];
  /**
   * Emphasis markers that are a reporting verb when a speaker says them and the clause closes on them (他特别强调，…):
   * the duty reported after them is cored as an obligation, its act after its modal (cores.ts emphasisCore).
   */
  reportedEmphasis: readonly string[];
  /**
   * Phrases that govern the act: "requires <agent> to <act>", "prohibits <agent> from <act>",
   * "sets a goal of <act>". Group 1 is the head; the act starts where the match ends.
   * `keepHead`: the head is part of the core too (a prohibition's marker).
   */
  governed: { pattern: RegExp; keepHead: boolean; categories: readonly string[] }[];
  /** Words stripped from the start of a span: conjunctions (并 / 或者 / and). */
  leadingWords: readonly string[];
  /**
   * Adverbs of the act that stand right before where its core would start (【原则上】不超过30万元 / 原则上在1年内
   * 拆除…): part of the act, as an adverb attached to its verb is (CORES.md), in a duty's, a target's or an
   * emphasis's core; not before a ban's marker (原则上不得…: the marker opens the core) nor before a modal (原则上
   * 应当…: the modal and what precedes it stay out). s36, over all golds: 7 of 7 cores that start after 原则上 keep it.
   */
  keptAdverbs: readonly string[];
  /**
   * Where the act of a standard or a quota told with no modal starts after its subject, "【各旅】每季度至少组织… /
   * 【租赁期限】原则上不低于5年 / 【每个地市】至少确定…": a rate (每季度 / 每5000亩), 原则上 or 至少, tried at the
   * characters of `quotaLeadFirst` only (cores.ts quotaLead). Null: no such rule.
   */
  quotaLead: RegExp | null;
  quotaLeadFirst: string;
  /** Words that open no subject before a quota's lead: a preposition of the act, 【为】重点企业每家至少配备… */
  quotaNoSubject: readonly string[];
  /**
   * The bounds of a standard told with no modal, "【员工宿舍每间居住人数原则上不超过6人】，食堂要实行…": a first clause
   * that holds one and no modal is the sentence's act, ahead of a later clause's modal (core-act.ts standardFirst).
   */
  standardBounds: readonly string[];
  /**
   * A short aside inside an English verb phrase, skipped: ", or is likely to affect,"; not one that a
   * relative clause follows (", such as …, which …", ", including …, that …": the phrase ends before the aside).
   */
  aside: RegExp | null;
  /**
   * An aside that may open a list, "…explaining the change, such as a marriage certificate, civil partnership
   * certificate or deed poll" / "…, on the shelf edge label, the product listing or the price ticket": when
   * what follows its comma is the rest of the list (CommaRules), the phrase ends before the aside.
   */
  listAside: RegExp | null;
  /** A deadline set off by commas inside an English verb phrase, kept in it: "issue, within 180 days, guidance" */
  keptAside: RegExp | null;
  /**
   * A condition put after an act, "must register if your business …", "Apply for a licence if …",
   * "must not sublet unless …", "even if …": not part of any core but a heading's (not a "whether"
   * after a verb of finding out, `conditionNotAfter`). The golds' convention, session 24's count: the
   * trailing if-condition cut on 4 pages, kept on 3; the unless-condition cut on 8, kept on 1.
   */
  condition: RegExp | null;
  conditionNotAfter: RegExp | null;
  /** A legal saving clause closing a verb phrase, "… unless permitted by law": never part of a core. */
  savingClause: RegExp | null;
  /** Splits one clause's core into two where a coordinated verb phrase starts: " and shall …". */
  coordination: RegExp | null;
  /**
   * Where a second act joined to a duty's first in the same clause starts, "要【采取救助措施】并及时通知…":
   * an obligation's core takes the first verb phrase only (not a 并 inside a modifier, "符合…并获得…的产品").
   */
  secondAct: RegExp | null;
  /** Commas that do not end a clause (English; null: every comma does). */
  commas: CommaRules | null;
  /** Words before a full stop that does not end a clause: "Sec. 2", "U.S. Department", "J. Smith" (English). */
  abbreviation: RegExp | null;
  /** Words that open an imperative clause besides rules.ts's imperative verbs (adverbs, 把). */
  openingWords: readonly string[];
  /** Other action verbs, to tell a verb phrase from an adverbial (进行 / 予以). */
  actionVerbs: readonly string[];
  /** Goal verbs of a target; the goal's core runs from the one before its quantity. */
  goalVerbs: readonly string[];
  /**
   * Goal verbs that hold a level rather than reach one (稳定在 / 控制在): a later clause of a target
   * opening its goal with one is a condition kept alongside the goal, not a further goal of the core.
   * Not a ceiling (不超过 / 不高于: "服务半径不超过1公里"): a bound the plan sets is a further goal like 达到
   * (datedFurtherGoalVerbs).
   */
  levelVerbs: readonly string[];
  /**
   * Goal verbs that say what a subject reaches (达到 / 提高到 / 保持在): where one follows a time and its
   * subject in one clause (全年城镇新增就业【达到】…), the goal's core runs from it, the subject left out
   * (not a bound after an object, 安排资金不少于…, nor an act, 各建成…).
   */
  reachVerbs: readonly string[];
  /**
   * Goal verbs that tell an indicator reaching a level (达到 / 超过) or held under a ceiling (不超过): after a
   * dated target's first goal ("到2027年，…达到75%以上，…超过90%", "…，服务半径不超过1公里"), the only
   * further goals of its core; a later clause that opens with another verb is the plan's next step
   * (…，培育5家龙头企业 / 新增… / 提高到…), not its headline. Not reachVerbs, which say where a goal's core
   * starts inside one clause: the two lists answer different questions and share only 达到 / 突破.
   */
  datedFurtherGoalVerbs: readonly string[];
  /**
   * Verbs that count what is added (新增 / 累计): a goal clause's core runs from one that comes before
   * a bound of `countBounds`, "全市【新增…加装电梯不少于1000部】" (the subject before it stays out; before
   * 达到 or a level it names the measure: "全省新增就业【达到50万人】").
   */
  countVerbs: readonly string[];
  countBounds: readonly string[];
  /**
   * A goal of full coverage (实现…全覆盖): a figure of its own (all of them), so a dated target whose first
   * goal it is is cored by it alone, as one with a count is (cores.ts countedGoal): "到2027年，实现…全覆盖，…覆盖率
   * 达到80%以上" — the indicator after it spells the plan out. Over all golds (s36) 6 of 7 such cores leave it out.
   */
  fullCoverage: RegExp | null;
  /** A quantity inside a goal. */
  quantity: RegExp;
  /**
   * The object put before a goal verb (力争【将永久基本农田全部建成高标准农田】): the goal starts at the
   * marker, as an act after a modal does (要【将…纳入…】); tried where one of `objectFrontFirst` stands at
   * least two characters before the verb (将 right before it means "will": 将建成).
   */
  objectFront: RegExp | null;
  objectFrontFirst: string;
  /**
   * Words that tell a plan's future between a target's deadline and its goal verb (今年【将】新建… / 今年全县将新建…):
   * no modal of the goal's, yet left out of its core as one is — the deadline a span of its own, the goal from its
   * verb (4 of 4 golds). Only before a goal or count verb: 将 before an object is the disposal marker (于6月底前将…报送…).
   */
  futureMarkers: readonly string[];
  /**
   * An addressee named as the subject of the act: every place, level or kind (各地 / 各级水利部门 / 各省（自治区、直辖市）
   * / 各类中介机构) or the remaining members (其他成员单位). Left out of the core where it stands right after a
   * prohibition marker (严禁【各地】以任何名义…: the marker a span of its own, 2 of 2 golds) and where a duty or a
   * target with no modal opens its act with it (3月10日前，【各地】全面启动…: 14 golds leave it out, 0 keep it;
   * session 34). Sticky, tried where the act would start.
   */
  addressee: RegExp | null;
  /**
   * The agent a ban names right after its marker, a role (严禁【学校】组织… / 严禁【体检医生】擅自… / 严禁【射手】在…):
   * left out of the core as an addressee is, the marker a span of its own — when an act opens right after it
   * (`banAgentActs`: its adverbs and verbs; 严禁学校食堂采购… names no agent, 食堂 is no act). Not an agent the ban is
   * about (严禁【无关人员】进入… / 严禁党员干部…: not in the list). s36, over all golds: 6 of 6 such agents (5 pages, 5
   * portals) are out of their gold cores, none kept; s39 added bodies, firms, staff, households and vehicles (9 more
   * cores, 8 pages). No agent where an act or a verb follows the marker (不得【要求】企业… / 决不能【让】…). Sticky, tried
   * where the act would start.
   */
  banAgent: RegExp | null;
  banAgentActs: readonly string[];
  /** A deadline phrase that is a span of time (在30分钟内 / 5个工作日内), not a date: see cores.ts limitAfterDuty. */
  timeLimit: RegExp | null;
  /**
   * The base a change is measured from, right before its goal verb (【较2020年】下降13.5% / 【比上年】增长8%): part
   * of the goal (4 of 4 golds, session 34). Tried on the few characters before the verb, anchored at their end.
   */
  comparisonBase: RegExp | null;
  /**
   * A dated goal told as a state reached, with no goal verb and no figure, its degree and its state verb at the clause's
   * end (…制度体系【更加健全】 / …政策体系【初步健全】): the goal, its subject left out (s40, over all golds: 6 cores on 6
   * pages are the state alone, none keeps its subject). Tried on the clause's text, anchored at its end.
   */
  stateGoal: RegExp | null;
}

/** English commas that do not end a clause (core-unit.ts's isBreak). */
export interface CommaRules {
  /**
   * The comma of "December 31, 2028", tested on the text from 12 characters before it to 6 after:
   * anchored on that comma, not the one after the year ("By June 30, 2026, the Director …" ends its
   * date there).
   */
  date: RegExp;
  /**
   * The commas around a time put after a modal, "shall, within 60 days of the report, submit …": the
   * time is part of the act (other adverbials, "shall, consistent with applicable law, pay", are not).
   * The opening comma: a modal before it, a time after it; the closing one: the modal and time before it.
   */
  modalBefore: RegExp;
  timeAfter: RegExp;
  modalTime: RegExp;
  /**
   * After a comma, the rest of a list: nouns up to its "and"/"or" before the next comma or stop ("…, elderly
   * care stations and partner restaurants that …"), its items quoted or not ("…, \"self-driving\" or \"hands-free\""); not
   * a clause of its own ("…, and make …", "…, you must …").
   */
  listTail: RegExp;
  /**
   * After a comma, a middle item of a longer list, "fuel, insurance, drivers' wages or servicing": at most
   * three words to the next comma, the list's "and"/"or" after it; not an aside ("shall, consistent with
   * applicable law, review and …") nor a clause.
   */
  listItem: RegExp;
  /**
   * After a comma, the last items of a list of "the" noun phrases running to the stop, "…, the number of
   * staff who took part and the average hours per head.": no modal or verb of being after it (not "…, the
   * head of each agency shall name …").
   */
  theListTail: RegExp;
  /**
   * The serial comma before a list's last item, "approve, renew, or recommend …", "install, splice, and
   * repair …": a short item after a list comma before it (`serialBefore`), "and"/"or" and no clause of its
   * own after it (`serialAfter`: not "…, and shall …", "…, and to …").
   */
  serialBefore: RegExp;
  serialAfter: RegExp;
  /**
   * The comma between two adjectives after "a"/"an", "a single, shared administrative record", "a written, itemised
   * statement": the article and one word before it (`pairBefore`), a word and the noun after it, no function word,
   * pronoun or verb of its own (`pairAfter`: not "a year, it adds", "a property, ask the landlord", "a reminder,
   * federal employees will …").
   */
  pairBefore: RegExp;
  pairAfter: RegExp;
}

/** A word list written as one string, words separated by spaces (the tables stay readable). */
export const wordList = (words: string): string[] => words.split(' ');
