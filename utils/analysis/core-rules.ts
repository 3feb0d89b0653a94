/**
 * The rules of a directive's core, as data (the conventions are ../shared/eval/CORES.md):
 * what ends a clause, what numbers a unit, which clauses only frame the directive, the modals
 * (with the words that contain one without being one), the markers of a prohibition and of an
 * emphasis, the phrases that govern an act ("requires X to …"), and the verbs of a goal.
 * cores.ts reads these tables; a new phrase is a new entry here, not a new branch there.
 *
 * Most entries are plain word lists, looked up by first character (matcher.ts's WordSet) rather
 * than compiled into regex alternations: a content script runs them once per page, cold, and a
 * large alternation costs more to compile than to run. Each `WordTable` lists its "false friends"
 * beside its words: where one starts, it wins, so 要求， / 重要 / 需要的 never count as the modal
 * 要 / 需要, and "need not" never as "need".
 */

import { ZH_DUTY_CUE, ZH_DUTY_OFFICE_NAME, ZH_FULL_COVERAGE } from './rules';

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
  /**
   * Ends that keep such an opener's clause an adverbial whatever verb is inside it: 以…建设【为抓手】，
   * (the means of the act that follows, not the act).
   */
  openerFrameEnds: readonly string[];
  /** 按照/根据 + …: an adverbial only when it ends as such a phrase ends (…职责 / …标准), else a verb phrase. */
  accordingTo: readonly string[];
  accordingToEnds: readonly string[];
  /** 在 + … + 下/中/上: a locative or temporal frame. */
  locative: readonly string[];
  locativeEnds: readonly string[];
  /** A topic or a condition: …的 / …时 / …后, or …的 + a noun of this list (…遇到的重大问题). */
  topicEnds: readonly string[];
  topicNouns: readonly string[];
}

export interface CoreLangRules {
  /** Characters that end a clause (、 does not: it enumerates inside one). */
  clauseBreaks: string;
  /** Words are matched case-blind and must end at a word boundary (English). */
  words: { ignoreCase: boolean; wordEnd: boolean };
  /** Whether a modal belongs to the core (English: "must keep…") or not (Chinese: 要【加强…】). */
  modalInCore: boolean;
  /** Leading dashes and bullets of a list item. */
  bullets: string;
  /** A unit's numbering (第三条 / （一） / 一是 / (a) / 1.), tried only where `numberingFirst` says one can start. */
  numbering: RegExp;
  numberingFirst: string;
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
   * Phrases that govern the act: "requires <agent> to <act>", "prohibits <agent> from <act>",
   * "sets a goal of <act>". Group 1 is the head; the act starts where the match ends.
   * `keepHead`: the head is part of the core too (a prohibition's marker).
   */
  governed: { pattern: RegExp; keepHead: boolean; categories: readonly string[] }[];
  /** Words stripped from the start of a span: conjunctions (并 / 或者 / and). */
  leadingWords: readonly string[];
  /**
   * A short aside inside an English verb phrase, skipped: ", or is likely to affect,"; not one that a
   * relative clause follows (", such as …, which …": the phrase ends before the aside).
   */
  aside: RegExp | null;
  /** A deadline set off by commas inside an English verb phrase, kept in it: "issue, within 180 days, guidance" */
  keptAside: RegExp | null;
  /**
   * A condition put after the act a modal leads, "must register if your business …", "shall report unless
   * …": not part of an obligation's or a target's core (not a "whether" after a verb of finding out,
   * `conditionNotAfter`; an imperative's condition, "Apply for a licence if …", stays).
   */
  condition: RegExp | null;
  conditionNotAfter: RegExp | null;
  /** A legal saving clause closing a verb phrase, "… unless permitted by law": never part of a core. */
  savingClause: RegExp | null;
  /** Splits one clause's core into two where a coordinated verb phrase starts: " and shall …". */
  coordination: RegExp | null;
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
  /** A quantity inside a goal. */
  quantity: RegExp;
  /**
   * The object put before a goal verb (力争【将永久基本农田全部建成高标准农田】): the goal starts at the
   * marker, as an act after a modal does (要【将…纳入…】); tried where one of `objectFrontFirst` stands at
   * least two characters before the verb (将 right before it means "will": 将建成).
   */
  objectFront: RegExp | null;
  objectFrontFirst: string;
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
}

/** A word list written as one string, words separated by spaces (the tables stay readable). */
const w = (words: string): string[] => words.split(' ');

/**
 * The words that open an English time in a verb phrase, "within 180 days", "no later than 1 June": a
 * deadline aside kept in the phrase (keptAside, its words apart by any white space) and the commas
 * around a time after a modal (CommaRules, by single spaces).
 */
const EN_TIME_WORDS = ['within', 'by', 'before', 'no later than', 'not later than'];
const enTimeLead = (space: string) => `(?:${EN_TIME_WORDS.map((t) => t.replaceAll(' ', space)).join('|')})`;

// ---- Chinese ------------------------------------------------------------------------------------

/** The Chinese tables (built on first use: an English page never builds them). */
function zhCoreRules(): CoreLangRules {
  /** Goal verbs that hold a level (levelVerbs; a subject reaches it too, reachVerbs). */
  const ZH_LEVEL_VERBS = w('稳定在 保持在 控制在 维持在');
  const ZH_MODALS: WordTable = {
    // 新政要求: the new policy's requirement, not 政要 (a dignitary); so 财政要/行政要…, a subject and its
    // modal (as in rules.ts)
    words: w(
      '必须要 务必要 一定要 有必要 必须 务必 需要 应当 应该 理应 亟需 亟须 新政要求 财政要 行政要 市政要 邮政要 要求 须 需 应 要 请',
    ),
    notWords: [
      // 要
      ...w('重要 主要 必要 只要 要点 要素 纲要 摘要 要害 紧要 首要 要务 扼要 概要 机要 政要 要闻 要么 要是 要领'),
      ...w('没有必要 没必要 不必要 非必要 要件 要地 要道 将要 快要 想要 不要 要不 显要 要员 要职 提要 简要 要约'),
      ...w('发展需要 工作需要 实际需要 需要的 的需要 所需要'),
      // 要求 reports or names a demand unless it governs a verb directly (《措施》要求加强…)
      ...w('提出要求 有关要求 相关要求 要求， 要求, 要求： 要求: 要求。 的要求 按要求 要求的'),
      // 应 (应装尽装: a goal of full coverage, 应 kept in its core)
      ...ZH_FULL_COVERAGE,
      ...w('应急 应对 应用 应届 应邀 应聘 应收 应付 应有 应征 应变 应答 应战 应考 应试 应酬 应声 应运 相应 响应'),
      ...w('理应当 适应 对应 反应 供应 回应 顺应 答应 效应 呼应 感应 照应 报应'),
      // 须 / 需
      ...w('亟需解决 无须 毋须 须知 必需 需求 所需 确需 如需 若需 急需 无需 的需 按需 需方'),
      // 请 opens a request, not a word
      ...w('申请 邀请 请示 聘请 提请 报请 请求 请假 宴请 恳请 敬请 诚请 请教 吁请'),
    ],
  };

  const ZH_PROHIBITIONS: WordTable = {
    words: [
      ...w('坚决杜绝 严格禁止 坚决禁止 明令禁止 绝对禁止 一律禁止 一律不得 均不得 杜绝 严禁 禁止 不得 不准 不许'),
      ...w('决不允许 绝不允许 决不能 绝不能 不允许 决不 绝不 不能 不可 不应 不宜 切勿 切忌 不搞 不做 力戒 严防 严控'),
    ],
    notWords: [
      ...w('不得不 不得已 恨不得 巴不得 舍不得 怪不得 免不得 由不得 不能不 禁止性 不可能 不能够'),
      ...w('牢不可破 不可或缺 不可替代 不可分割 密不可分 不可估量 不可抗力 必不可少 不可多得 不可逆'),
    ],
  };

  /** 需要特别特别特别注意: an intensifier repeated, with or without a modal before it. */
  const repeatedAttention = ['', '需要', '要', '务必', '必须'].flatMap((m) =>
    ['特别特别', '特别特别特别'].flatMap((x) => [`${m}${x}注意`, `${m}${x}要注意`]),
  );
  const ZH_EMPHASIS: WordTable = {
    words: [
      ...w(
        '特别需要注意的是 需要特别注意的是 值得特别注意的是 这里我要特别强调 尤其需要注意的是 特别需要强调的是 尤为重要的是 需要特别注意 值得注意的是',
      ),
      ...w(
        '我要特别强调 需要强调的是 需要指出的是 值得强调的是 必须指出的是 必须强调的是 值得一提的是 需要说明的是 尤其要注意',
      ),
      ...w('重中之重是 最重要的是 首要任务是 头等大事是 特别要注意 当务之急是 要特别注意 尤其需要 尤其是要'),
      ...w('关键在于 重中之重 特别注意 务必注意 特别强调 再次强调 着重强调 根本在于 要害在于'),
      ...w('需要注意 应当注意 尤其要 关键是 特别要 请注意 划重点 敲黑板'),
      ...repeatedAttention,
    ].flatMap((m) => (/(?:注意|强调|指出|提醒)$/.test(m) ? [`${m}的是`, m] : [m])), // …注意的是，
    notWords: [],
  };

  return {
    clauseBreaks: '，,；;：:。！!？?',
    words: { ignoreCase: false, wordEnd: false },
    modalInCore: false,
    bullets: '—-•·●▪',
    numbering:
      /(?:第[一二三四五六七八九十百零〇\d]+条(?:[\s\u3000]*[（(][^（()）]{1,12}[)）])?|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}(?:\.\d{1,2})*(?=[\s\u3000])|\d{1,2}[.、．]|[①-⑳]|[一二三四五六七八九十]+是|[一二三四五六七八九十](?=要))[\s\u3000]*/y,
    numberingFirst: '第（(一二三四五六七八九十0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳',
    pointNumbering: /[一二三四五六七八九十]+是/y,
    openingConnectives: w('在此基础上 与此同时 首先 其次 再次 最后 同时 此外 另外 因此 为此 对此 总之'),
    frame: {
      connectives: [
        ...w('另一方面 与此同时 据了解 据介绍 据报道 一方面 据悉 对此 为此 同时 此外 另外 因此 其中 当前 目前 答 问'),
        ...w('在此基础上 具体来说 具体而言 也就是说 总的来看 特别是 尤其是 可以说 比如 例如'),
      ],
      reportingEnds: [
        ...w('了解到 指出 强调 要求 提出 明确 表示 认为 提醒 介绍 规定 透露 显示 获悉 说道 解释 建议 倡议 呼吁'),
        ...w('负责人说 他表示 部署 决定 宣布 坦言 直言 他说 她说'),
      ],
      reportingMaxLength: 33,
    },
    adverbial: {
      // (not 立足: after a modal it is the act, "要【立足本地资源禀赋】，找准…"; a sentence that opens with it
      // still has its act found at the first clause that opens with a verb)
      openers: w('对于 针对 关于 围绕 通过 结合 为了 随着 凡是 会同 着眼 鉴于 由于 如果 一旦 对 凡 以 若 除'),
      openersBeforeVerb: w('对于 针对 关于 围绕 通过 结合 为了 随着 凡是 会同 着眼 对 凡 以'),
      openerFrameEnds: w(
        '为抓手 为牵引 为引领 为主线 为重点 为核心 为载体 为契机 为突破口 为切入点 为着力点 为导向 为依托 为支撑 为纽带 为平台 为统领 为基础',
      ),
      accordingTo: w('按照 根据 依据 依照 遵照 本着 按'),
      accordingToEnds: w(
        '职责 规定 要求 标准 原则 部署 程序 清单 方案 办法 精神 分工 权限 条件 实际 协议 规范 规划 意见 通知 法律 法规 安排 流程 口径 时限 比例',
      ),
      locative: ['在'],
      locativeEnds: w('过程中 基础上 情况下 期间 方面 领域 行业 阶段 环节 下 中 上 时 后 前 里'),
      topicEnds: w('的 时 后'),
      topicNouns: w('问题 事项 情况 隐患 线索 项目 材料 单位 人员 地区 行为'),
    },
    modals: ZH_MODALS,
    addresseeModals: { words: ['要求'], maxLength: 12 },
    weakModals: null,
    clauseStartModals: ['请'],
    prohibitions: ZH_PROHIBITIONS,
    emphasis: ZH_EMPHASIS,
    governed: [
      // a duty a regulation allocates, "…主管部门【负责本行政区域内…的监督管理工作】": the office is the
      // subject, the act starts at 负责 (as rules.ts's row for it)
      {
        pattern: new RegExp(`(${ZH_DUTY_OFFICE_NAME})(?=${ZH_DUTY_CUE})`, 'g'),
        keepHead: false,
        categories: ['obligation'],
      },
      // an office that puts a matter into a system, "…办公室【将燃气安全纳入年度考核】": the act starts at
      // 将/把 (a disposal, not "will"), however the sentence goes on
      {
        pattern: new RegExp(`(${ZH_DUTY_OFFICE_NAME}|局|厅|委|办)(?=[将把][^，,。；;]{1,30}?(?:纳入|列入|作为))`, 'g'),
        keepHead: false,
        categories: ['obligation'],
      },
    ],
    leadingWords: w('并且 而且 以及 或者 并'),
    aside: null,
    keptAside: null,
    condition: null,
    conditionNotAfter: null,
    savingClause: null,
    coordination: null,
    commas: null,
    abbreviation: null,
    // adverbs open an imperative clause as well as the verbs do
    openingWords: w('进一步 及时 一律 坚决 严格 全面 切实 优先 持续 立即 尽快 大力 依法 加快 统筹 主动 积极 把 将'),
    actionVerbs: w(
      '进行 予以 给予 实行 开展 组织 提供 制定 建立 加强 推进 落实 做好 统筹 研究 规划 建设 审核 核查 处理 查处 指导 监管 评估 检查 督促 协调 配合 报告 办理 发布 部署 推动 完善 开发 打造 配备 发展 确定 核定 设置 设立 编制 会同 联合',
    ),
    goalVerbs: [
      // full coverage as the goal, with no quantity: 到2027年底，…【应装尽装】
      ...ZH_FULL_COVERAGE,
      // a time limit cut: 审批时限压缩至5个工作日以内 (before 减少 / 缩短, their prefixes)
      ...w('压缩至 压缩到 缩短至 缩短到 减少至 减少到 降低至 压缩'),
      // the degree or sum a goal is reached by belongs to it: 累计建成…, 基本建成…, 全面完成…
      ...w('累计建成 累计完成 累计实现 基本建成 全面建成 基本完成 全面完成 基本实现 全面实现 基本形成 基本消除'),
      // …and the bound it is held to: 每个县【至少建成1个服务站】
      ...w('至少建成 至少完成 至少实现 至少新增 至少培育 至少开设 至少配备 至少设立'),
      ...w('提高到 提高至 提升到 提升至 增长到 降低到 下降到 控制在 保持在 达到 超过 突破 增至 降至 压减 减少 缩短'),
      ...w(
        '稳定在 维持在 不少于 不低于 不超过 不高于 新增 累计 完成 建成 实现 覆盖 培育 清偿 提高 提升 增加 增长 下降 降低 达',
      ),
    ],
    levelVerbs: ZH_LEVEL_VERBS,
    // a level held is a level reached as well (全年粮食产量【稳定在】…)
    reachVerbs: [...w('达到 提高到 提高至 提升到 提升至 增长到 降低到 下降到 增至 降至 突破'), ...ZH_LEVEL_VERBS],
    // not reachVerbs: a rise (提高到 / 增至) after the first goal is the plan's next step, and a ceiling
    // (不超过) is a further goal here though no subject reaches it
    datedFurtherGoalVerbs: w('达到 超过 突破 达 不超过 不高于'),
    countVerbs: w('新增 累计 新建 新开工'),
    countBounds: w('不少于 不低于 超过'),
    // a number that is not a year (比2020年下降13.5%: the quantity is 13.5%)
    quantity: /\d(?!\d*(?:\.\d+)?年)|百分之|[一二两三四五六七八九十百千万亿]+(?:个|家|项|所|次|万|亿|倍|成|批|人次)/,
    objectFront: /[将把](?!于|在|会|要|进一步|继续|逐步|全面|基本|力争|按照|按)/y,
    objectFrontFirst: '将把',
  };
}

// ---- English ------------------------------------------------------------------------------------

/** The English tables (built on first use: a Chinese page never builds them). */
function enCoreRules(): CoreLangRules {
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

  /** English word lists hold phrases: one per comma. */
  const p = (phrases: string): string[] => phrases.split(/\s*,\s*/).filter(Boolean);

  return {
    clauseBreaks: ',;:!?.',
    words: { ignoreCase: true, wordEnd: true },
    modalInCore: true,
    bullets: '-•·●▪',
    numbering:
      /(?:\((?:[a-z]{1,3}|[ivxl]+|\d{1,3})\)|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)|(?:\d{1,3}|[a-z])[.)](?=\s)|Sec(?:tion)?\.?\s*\d+[a-z]?\.|Step\s+\d{1,2}[:.]?)\s*/iy,
    numberingFirst: '(0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
    pointNumbering: null,
    openingConnectives: p(
      'First, Second, Third, Finally, Also, Additionally, Furthermore, Further, In addition, However, Therefore',
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
      openerFrameEnds: [],
      accordingTo: [],
      accordingToEnds: [],
      locative: [],
      locativeEnds: [],
      topicEnds: [],
      topicNouns: [],
    },
    modals: {
      words: p(
        'must, shall, should, is required to, are required to, will be required to, is directed to, are directed to, ' +
          'is hereby directed to, are hereby directed to, is authorized and directed to, are authorized and directed to, ' +
          'is authorised and directed to, are authorised and directed to, ' +
          'need to, needs to, has to, have to, ought to, is expected to, ' +
          'are expected to, will need to, will have to, ' +
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
          'it is an offence to, it is an offense to, it is against the law to',
      ),
      notWords: p('need not, never been, never before'),
    },
    emphasis: {
      words: [
        ...EN_EMPHASIS_FRAMES,
        ...p('above all, in particular, please note that, please note, note that, importantly, crucially'),
        ...p('it is worth noting that, remember that'),
      ],
      notWords: [],
    },
    governed: [
      // a meeting's call, reported: "The meeting urged efforts to …", "The session called for better …":
      // its object is the act, also without a "to"
      {
        pattern:
          /\b((?:meeting|session|conference|plenum)\s+(?:also\s+|further\s+)?(?:urged|called\s+for|demanded))\s+(?=\w)/g,
        keepHead: false,
        categories: ['obligation'],
      },
      // a document's call told in the past tense, "It called for accelerating …" (as rules.ts's row): its object
      // is the act (an addressee with its "to", "called for cities to …", is the next row's)
      {
        pattern:
          /\b((?:plan|guidelines?|guidance|document|circular|notice|policy|strategy|framework|opinions?|programm?e|regulations?|measures|roadmap|blueprint|directive|order|it)\s+(?:also\s+|further\s+)?called\s+for)\s+(?![^,;:.]{1,160}?\sto\s)(?=\w)/gi,
        keepHead: false,
        categories: ['obligation'],
      },
      // the act may be quoted ("requires councils to \"publish …\"");
      // the addressee may be a long list of offices; "to" before an article is a preposition inside it
      // ("calls upon the officials of areas subject to the jurisdiction of … to direct …")
      {
        pattern:
          /\b((?:requires?|required|directs?|directed|instructs?|instructed|orders?|ordered|asks?|asked|calls?\s+(?:on|upon|for)|calling\s+(?:on|upon|for)|urge[sd]?|urging|tells?|encourages?|mandates?))\s+(?!to\b)[^,;:.]{1,160}?(?:,\s+(?:in\s+(?:coordination|consultation|cooperation)\s+with|together\s+with|with\s+the\s+support\s+of|through)\s[^,;:.]{1,100},)?(?<!\b(?:how|what|when|where|whether|which|who))\s+to\s+["“]?(?!(?:the|a|an|its|their|his|her|our|this|these|those)\s)(?=\w)/g,
        keepHead: false,
        categories: ['obligation', 'target', 'emphasis'],
      },
      {
        pattern: /\b((?:prohibits?|prohibited|bars?|barred|forbids?|bans?|banned))\s+[^,;:.]{1,80}?\s+from\s+(?=\w)/g,
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
    aside:
      /\s*(?:(?:or|and)\s+[^,;:.]{1,40}|as\s+appropriate|where\s+appropriate|if\s+any|as\s+necessary|consistent\s+with\s+[^,;:.]{1,40}|to\s+the\s+extent\s+[^,;:.]{1,50}|in\s+consultation\s+with\s+[^,;:.]{1,60}|(?:together|along)\s+with\s+[^,;:.]{1,40}|(?:including|such\s+as)\s+[^,;:.]{1,60}|(?:where|if|when)\s+(?:applicable|possible|necessary|practicable|appropriate|required)|as\s+required|in\s+writing|(?:on|through|via)\s+(?:a|an|the|its|their|each)\s+[^,;:.]{1,50}),\s*(?=[a-z])(?!(?:which|who|whom|whose)\b)/y,
    keptAside: new RegExp(String.raw`\s*${enTimeLead(String.raw`\s+`)}\s+[^,;:.]{1,40},\s*(?=[a-z])`, 'y'),
    condition:
      /\s+(?:if|unless)\b(?!\s+(?:any|applicable|possible|necessary|appropriate|required|practicable|so|not)\b)/i,
    conditionNotAfter:
      /\b(?:check|checking|ask|see|find out|know|decide|confirm|consider|work out|tell [a-z]+|whether)$/i,
    savingClause:
      /\s+(?:unless|except)\s+(?:as\s+)?(?:otherwise\s+)?(?:permitted|required|authori[sz]ed|provided(?:\s+for)?)\s+(?:by|under)\s+(?:applicable\s+)?(?:law|statute|regulation)s?$/i,
    coordination: /\s+and\s+(?=(?:shall|must|should|will|to)\s)/gi,
    commas: {
      date: /[A-Za-z]{3,9}\.?\s+\d{1,2},\s+\d{4}$/,
      modalBefore: /\b(?:shall|must|should|will)$/,
      timeAfter: new RegExp(String.raw`^\s*${enTimeLead(' ')}\b`),
      modalTime: new RegExp(String.raw`\b(?:shall|must|should|will),\s*${enTimeLead(' ')}\b[^,;:.]{1,140}$`),
      listTail:
        /^\s+["“]?(?!(?:and|or|but|then|you|we|they|it|he|she|this|that|which|who|whether|if|when|where|while|unless|so|including|such|the|a|an|each|every|all|any|its|their|our|your|his|her)\b)[a-z][\w'’-]*["”]?(?:\s+(?!(?:must|shall|should|will|may|can|need|needs|is|are|was|were|has|have)\b)["“]?[\w'’-]+["”]?){0,5}\s+(?:and|or)\s/,
      listItem:
        /^\s+(?!(?:and|or|but|then|you|we|they|it|he|she|this|that|which|who|if|when|where|unless|so|including|such|consistent|pursuant|subject|as|in|on|at|to|by|for|from|with|within|under|through|via|each|every|all|any)\b)[a-z][\w'’-]*(?:\s+(?!(?:must|shall|should|will|may|can|need|needs|is|are|was|were|has|have)\b)[\w'’-]+){0,2},(?=\s+[a-z][^,;:.]*?\s(?:and|or)\s)/,
      theListTail:
        /^\s+the\s(?![^,;:]*\b(?:must|shall|should|will|may|can|need|needs|is|are|was|were|has|have)\b)[^,;:]{1,100}?\s(?:and|or)\s+the\s[^,;:]{1,60}[.;]?\s*$/,
    },
    abbreviation: /(?:^|[^\w.])(?:[A-Z]|Sec|Secs|No|Nos|Mr|Mrs|Ms|Dr|St|Inc|Ltd|Co|vs|etc|e\.g|i\.e|U\.S|Art|para)$/,
    openingWords: [],
    actionVerbs: [],
    goalVerbs: [],
    levelVerbs: [],
    reachVerbs: [],
    datedFurtherGoalVerbs: [],
    countVerbs: [],
    countBounds: [],
    quantity: /\d/,
    objectFront: null,
    objectFrontFirst: '',
  };
}

/** The tables of a language, built when first asked for. */
export const CORE_RULES: Record<'zh' | 'en', () => CoreLangRules> = { zh: zhCoreRules, en: enCoreRules };
