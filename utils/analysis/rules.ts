/**
 * The directive rules as data: marker patterns with weights, per language.
 *
 * Each pattern is a regular-expression source WITHOUT capturing groups (the matcher wraps each
 * one in its own group to know which fired). Order matters: all patterns of a language are
 * combined into one alternation, and at one position the first listed pattern wins. So false
 * friends (重要, 只要, 不得不, 应对 …) are listed before the markers they contain, and longer
 * markers before their prefixes. Because a false friend consumes its characters, the 要 inside
 * 重要 is never seen as a marker.
 *
 * Kinds:
 * - obligation / prohibition / emphasis: a marker of that category.
 * - deadline / goal / quantity: the parts of a target (a goal or a deadline must be present,
 *   and the parts add up; see TARGET_* in directives.ts).
 * - context: declarative, narrative or rhetorical cues (negative weights): 并不意味着, 如果…就…,
 *   past-tense reports, statistics.
 * - falseFriend: consumes text that would otherwise look like a marker; weight 0.
 */

export type Lang = 'zh' | 'en';
export type RuleKind =
  'obligation' | 'prohibition' | 'emphasis' | 'deadline' | 'goal' | 'quantity' | 'context' | 'falseFriend';

export interface Rule {
  kind: RuleKind;
  pattern: string;
  weight: number;
  /**
   * An obligation cue of a measure's purpose, not of a further duty (确保 in "要优化…流程，确保…压缩至30个
   * 工作日以内": an obligation whose figures spell out its aim; directives.ts takes the modal before it).
   */
  purpose?: true;
}

/** Rows of one kind and weight, in order (the first listed rule wins at a position); `flags` on each. */
const rules = (kind: RuleKind, weight: number, patterns: string[], flags: Pick<Rule, 'purpose'> = {}): Rule[] =>
  patterns.map((pattern) => ({ kind, pattern, weight, ...flags }));

/**
 * Policy verbs that open an imperative measure ("加强教育培训,提高…", "推进…建设"): a clause
 * that starts with one of them reads as a directive even without 要/必须.
 * Ambiguous words that often open a noun phrase (发展, 服务, 教育, 组织) are left out.
 */
export const ZH_IMPERATIVE_VERBS = [
  '少说多干',
  '真抓实干',
  '埋头苦干',
  '高度重视',
  '牢固树立',
  '贯彻落实',
  '健全完善',
  '深入推进',
  // an adverb of pace before 推进, "一是稳妥推进…风险处置" (over all golds, clauses opening so: 5 gold, 0 optional, 0 not)
  '稳妥推进',
  '稳步推进',
  '有序推进',
  '扎实推进',
  '因地制宜',
  '加强',
  '推进',
  '推动',
  '完善',
  '健全',
  '建立',
  '落实',
  '深化',
  '提高',
  '提升',
  '发挥',
  '注重',
  '引导',
  '坚持',
  '强化',
  '做好',
  '打造',
  '构建',
  '创新',
  '严格',
  '全面',
  '积极',
  '主动',
  '持续',
  '着力',
  '大力',
  '统筹',
  '促进',
  '保障',
  '实施',
  '开展',
  '鼓励',
  '支持',
  '规范',
  '优化',
  '抓好',
  '抓紧',
  '抓住',
  '加快',
  '加大',
  '扩大',
  '巩固',
  '拓宽',
  '拓展',
  '增强',
  '突出',
  '围绕',
  '聚焦',
  // a measure built on a platform or base, "依托…平台，建立…机制" (as 围绕 / 聚焦 frame one)
  '依托',
  '坚决',
  '认真',
  '切实',
  '确保',
  '维护',
  '贯彻',
  '制定',
  '出台',
  '压实',
  '夯实',
  '筑牢',
  '守住',
  '守牢',
  '树立',
  '深入',
  '努力',
  '用好',
  '管好',
  '保持',
  '稳步',
  '依法',
  '严厉',
  '严肃',
  '防范',
  '遏制',
  '打击',
  '整治',
  '清理',
  '排查',
  '提倡',
  '倡导',
  '弘扬',
  '培育',
  '督促',
  '指导',
  '探索',
  '争取',
  '纳入',
  '列入',
  '扎实',
  '精准',
  '重视',
  '改善',
  '简化',
  '取消',
  // the verbs of opening a market or a rule, "放宽…准入", "放开…落户限制"
  '放宽',
  '放开',
  '推广',
  '激发',
  '实行',
  '推行',
  '执行',
  '遵守',
  '把握',
  '打通',
  // the battles a plan sets, "打好精准脱贫攻坚战" (over all golds, clauses opening so: 4 gold, 0 optional, 0 not)
  '打好',
  '畅通',
  '破除',
  '消除',
  '化解',
  '整合',
  '严把',
  '严控',
  '严守',
  '进一步',
  '充分',
  '及时',
  '定期',
  '不断',
  // (…and 继续 before its act, "继续深化…工程，实现…全覆盖": over all golds, sentences opening so 1 gold, 0 not; a
  // later clause, "，继续保持全国第一", a tally's, 1 not, held by its own context)
  '继续',
  '始终',
  '全力',
  '加紧',
  '结合',
  '坚定',
  '勇于',
  '敢于',
  '善于',
  '增进',
  '凝聚',
  '团结',
  '动员',
  '部署',
  '谋划',
  '研究制定',
  '补齐',
  '织密',
  '严防',
  '压降',
  '提速',
  '建好',
  '管住',
  '守好',
  '落细',
  '细化',
  '明确',
  '推广',
  '加速',
  '做实',
  '做细',
  '丰富',
  '减轻',
  '降低',
  '减少',
  // a plan's bare tasks whose verb is 组织 or an adverb before one (组织 / 科学 alone too often open a noun phrase,
  // "组织振兴", "科学技术"), "组织编制…技术导则", "一是科学编制绿化规划", "集中力量打好…攻坚战"; an act by the rules,
  // "按规定落实…"; a means taken, "采取…方式分类整治" (over all golds, sentences or clauses opening so: 19 gold,
  // 0 optional, 2 not, both held by their own context, a permission or an office's own step)
  '组织编制',
  '组织开展',
  '组织实施',
  '组织制定',
  '组织修订',
  '科学编制',
  '科学确定',
  '科学制定',
  '科学布局',
  '科学划定',
  '集中力量',
  '按规定',
  '采取',
];

/**
 * English verbs that open an imperative ("Ensure that …", "(b) Establish …", "Register for …", "Press the test
 * button …"): one list, read by the directive scanner and by the cores alike (verbs.ts opensImperative), each
 * verb under how it reads when it opens a sentence or a list item:
 * - `neverNoun`: a verb whatever follows ("Keep records of …" is a step; "Pay records …", "Record numbers …" are nouns);
 * - `verb`: a verb unless a noun's or a label's sign follows it (EN_NOT_AN_OBJECT: "Contact details are …");
 * - `nounToo`: as often a noun or an adjective, so a verb only with its object's first word or a particle after
 *   it (EN_IMPERATIVE_OBJECT): "Press the button", "Switch off the supply" are steps, "Test results show …",
 *   "Change is coming", "Clear guidance will …" statements. Read by the clause's structure rather than by a list
 *   of the wordings met. Not here: a link's verbs (Read / See / View / Download, SENTENCE_CONTEXT), a speech's
 *   (Look, Imagine, Help us). ("order" since session 35: a fact sheet's item "Order a National Security Memorandum on
 *   AI.", gold; no other sentence of the English golds opens with it.)
 */
export const EN_IMPERATIVE_VERBS: Readonly<Record<'neverNoun' | 'verb' | 'nounToo', readonly string[]>> = {
  neverNoun: ['keep', 'ensure', 'establish', 'notify', 'prepare', 'include', 'send', 'tell', 'give'],
  verb: [
    'develop',
    'promote',
    'require',
    'direct',
    'submit',
    'review',
    'implement',
    'strengthen',
    'expand',
    'prioritize',
    'coordinate',
    'identify',
    'issue',
    'provide',
    'take',
    'consider',
    'reduce',
    'increase',
    'improve',
    'support',
    'protect',
    'prevent',
    'eliminate',
    'streamline',
    'update',
    'publish',
    'report',
    'assess',
    'evaluate',
    'designate',
    'invest',
    'deliver',
    'maintain',
    'make',
    // a programme's acts in a commitment list, "fund 40 new hubs, led by …", "Treat qualifying projects as …"
    'fund',
    'treat',
    // the steps of guidance ("Check that …", "Register for …", "Keep receipts …")
    'allow',
    'apply',
    'ask',
    'attach',
    'book',
    'bring',
    'check',
    // "Contact the helpline …", "Count everyone on your payroll …" (not "Contact details are …")
    'contact',
    'count',
    'choose',
    // "Create an account for your organisation.", "Arrange an inspection before …"
    'create',
    'arrange',
    'complete',
    'confirm',
    'display',
    'email',
    'enter',
    'fill',
    'find',
    'follow',
    'label',
    'list',
    // "Look for sunken cappings …": a step of an inspection (not "Look," alone, a speech's aside)
    'look for',
    'name',
    'pay',
    'permit',
    'put', // "Put the form in the envelope." (not "Put simply, …": EN_NOT_AN_OBJECT)
    'read',
    'record',
    'register',
    'remove',
    'renew',
    'select',
    'show',
    'sign',
    'store',
    'upload',
    'use',
    'wait',
    'write',
    // "Work out your gross and net proceeds, …": a step of a return (session 39, dev39 1 gold; no other sentence of the
    // English golds opens with "Work out"; "Work" alone is a noun as often)
    'work out',
    // a step of sorting waste, "Rinse food and drink containers before you put them in the recycling." (s40: dev56 1 gold;
    // over the English golds no sentence opens with it)
    'rinse',
  ],
  nounToo:
    'press push switch turn test replace fit install clean open close shut call phone ring visit wash unplug plug lock unlock empty clear cover wear carry collect return post print save change set adjust move place mount charge measure monitor inspect repair service get obtain request claim cancel answer reply respond explain describe discuss agree inform advise warn remind seek buy avoid leave dispose recycle mark log add drain flush boil dry ventilate evacuate photograph share copy retain hold pick drive park order'.split(
      ' ',
    ),
};

/** What follows a `nounToo` verb of EN_IMPERATIVE_VERBS when it opens an imperative: its object's first word, or a particle. */
export const EN_IMPERATIVE_OBJECT =
  /^(?:the|a|an|your|any|all|each|every|this|these|those|it|them|its|their|our|off|on|up|out|down|back|away)\b/i;

/**
 * A speech's asides, which open with a verb and order nothing: "Give her a big round of applause.", "Thank
 * you.", "Let me be blunt", "Join me in welcoming …" (over the golds 0 gold, 12 not or unlisted).
 */
export const EN_NOT_AN_IMPERATIVE =
  /(?:give\s+(?:her|him|them|us|it|everyone|everybody|[A-Z][a-z]+)\s+(?:a|an|another)\s+(?:[a-z]+\s+){0,2}?(?:round|hand|applause|welcome|cheer)|thank|let(?:['’]s|\s+(?:me|us)\b)|join\s+me\b|please\s+(?:welcome|join\s+me|give)|imagine)\b/iy;

/**
 * Words after a sentence-initial English verb that show it is a noun or a label instead
 * ("Contact details are …", "Permit holders must …", "Use of …", "Email: …", "Fund balances are …"; a modal right after
 * it, "Support might include a phased return …": an imperative takes none), or a figure of speech ("Put simply, …").
 */
export const EN_NOT_AN_OBJECT =
  /^(?:[:\-–]|(?:simply|differently|plainly|bluntly|briefly|another way|holders?|information|details|numbers?|rates?|hours|forms?|of|centres?|centers?|pages?|address(?:es)?|types?|periods?|points?|fees?|costs?|records?|requirements?|balances?|managers?|is|are|was|were|has|have|will|can|may|must|should|might|could|would|shall|does|did)\b)/i;

/**
 * The acts of "应X尽X" (应装尽装, 应保尽保: every case that qualifies gets X): a goal of full coverage,
 * whose 应 is no modal (core-rules-zh.ts keeps it in the core).
 */
export const ZH_FULL_COVERAGE_ACTS =
  '装 保 纳 享 检 种 建 改 接 转 撤 养 护 治 救 退 免 补 助 办 查 清 报 参 缴 减 收 付 销 评 测 用 迁 拆 通 联'.split(
    ' ',
  );
/**
 * An office given a duty by a regulation: "…主管部门负责…" (not "…部门负责人", "由…负责的"). Shared
 * with the cores (core-rules-zh.ts), which start the act at 负责.
 */
export const ZH_DUTY_OFFICE_NAME = '(?:部门|机构|机关|人民政府|指挥部|办公室)';
export const ZH_DUTY_CUE = '负责(?!人|同志|的)';
/** …and an office named by its own name before 负责, "…总局负责…", "…委员会负责…", "住房城乡建设部负责…" (not 干部 / 全部). */
export const ZH_DUTY_NAMED_OFFICE = '(?:局|委员会|厅|(?<![干全内外])部)';
const ZH_DUTY_OFFICE = `${ZH_DUTY_OFFICE_NAME}${ZH_DUTY_CUE}`;
/**
 * The end of a body's name heading its line of a list of duties, "市城管局：", "国网株洲供电公司：", "市水文中心：": the
 * suffixes of an office, a company or a team (the colon after it is what makes the line a duty; cores start the act at 负责);
 * also the grassroots levels, with the level they stand beside in brackets, "街道（乡镇）：负责…" (s35: over all golds the
 * lines "…：负责…" are 13 gold, 0 optional, 0 not; the one missed was this one).
 */
export const ZH_DUTY_LIST_OFFICE =
  '(?:局|委|厅|办|署|院|所|站|队|中心|公司|集团|政府|部门|单位|机构|机关|指挥部|小组|街道|乡镇|社区)(?:（[^（）：:]{1,10}）)?';

/** 应X尽X for each act of ZH_FULL_COVERAGE_ACTS. */
export const ZH_FULL_COVERAGE = ZH_FULL_COVERAGE_ACTS.map((x) => `应${x}尽${x}`);

const ZH_VERBS = ZH_IMPERATIVE_VERBS.join('|');
/**
 * People whose own words a report quotes, never the policy's voice: residents, workers, the
 * volunteers and front-line hands of a village or a street ("物资管理员", "老党员"; not "党员干部").
 */
/**
 * The speaker's own unit named as the subject of its next step, "团长某某表示，团里将…", "该局负责人表示，我们
 * 将…", "…介绍，该局将…": what the office itself will do (ZH_OWN_STEP in report-frame-rules.ts reads the same).
 */
export const ZH_OWN_UNIT =
  '我们|我(?:省|市|县|区|局|部|委|厅|校|院|团|旅|营|连|所)|(?:团|旅|营|连|局|厅|部|委|市|县|区|省|校|院|村|镇|乡|所)里|该(?:局|厅|委|部|院|校|市|县|区|团|旅|所)|本(?:局|厅|委|部|院|校|市|县|区)';
export const ZH_ORDINARY_SPEAKERS = [
  '市民|村民|居民|骑手|司机|家长|学生|网友|群众|店主|摊主|老板|农民|工人|患者|游客|消费者|职工|员工|快递员|外卖员|商家|业主|老人|青年|年轻人|农户|创业者',
  '管理员|网格员|巡查员|护林员|安全员|志愿者|种植户|养殖户|党员(?!干部)|家属',
  // …by the role's class, not one page's word: those who live, buy, rent, work or seek work somewhere
  // ([渔牧股网]民, [商住租用]户, [车货船房]主 …), and the patient's doctor in the village (村医)
  '[渔牧股网]民|[商住租用]户|[车货船房雇]主|房东|租客|[乘旅顾]客|(?:受访|求职|劳动|经营|从业|投资|参与|使用|读)者|村医|老师',
  // …and the households a measure helps, named by their status, "脱贫户某某", "低保户"
  '(?:脱贫|贫困|低保|搬迁|困难|五保|特困|监测)户',
].join('|');
/**
 * Who is never the policy's voice (the ordinary speakers and the scholars): what such a person says
 * before a quotation is a view or an account, whatever its modal.
 */
export const ZH_VOICE_NOUNS = `${ZH_ORDINARY_SPEAKERS}|专家|学者|教授|研究员|医生|教师|护士`;
/** Words that make a speaker an office's or its instruction, "…村民大会上，镇党委书记强调：“…”". */
const ZH_AUTHORITY_HINT = '书记|[部厅局司处科省市县区镇乡]长|主任|负责人|发言人|政委|强调|要求|指出|部署';
const NUM = '[\\d０-９.．,，]*\\d[\\d０-９.．]*';
const CN_NUM = '[一二三四五六七八九十百千万亿两半]+';
const BOUNDARY = '[^，,。；;！!？?]'; // within one clause

/** What a forecast moves: a figure, or a measure expected to move one ("the requirements to cut …"). */
const EN_MEASURED =
  'share|number|rate|volume|proportion|percentage|total|level|output|sales|requirements?|rules?|measures?|changes?|standards?|regulations?';
/**
 * Those a rule binds, named as a class (a plural, or a pronoun that stands for one): "Trading standards teams are
 * expected to carry out spot checks", "The government expects retailers to donate …". An expectation put on such a
 * class is a duty told softly; one told of a thing or of one named body is a forecast ("The measures are expected to
 * benefit …", "The Environment Agency is expected to start construction …"). Shared by the rows of "is/are expected
 * to" and of "expects X to" (session 39, over the English golds of the fixtures + dev39).
 */
const EN_DUTY_HOLDERS =
  'you|they|who|everyone|everybody|anyone|staff|people|teams|schools|authorities|councils|agencies|departments|trusts|businesses|companies|firms|organi[sz]ations|providers|employers|landlords|agents|bodies|boards|members|officials|officers|managers|governments|states|partners|operators|retailers|suppliers|sellers|traders|shops|venues|producers|manufacturers|developers|contractors|applicants|parents|pupils|students|users|owners|tenants|drivers|institutions|universities|colleges|hospitals|practices|platforms|banks|insurers|handlers|ministries|governors|leaders|headteachers|teachers|licensees|holders|employees|workers|residents|households|individuals|participants|recipients|consumers|customers|travell?ers|visitors|passengers|citizens|entities|enterprises|regulators|inspectors|forces|services|carriers|exporters|importers';
/** Verbs of a figure's movement ("is expected to top/reach/exceed …"; with cut/reduce/halve of a measure's effect). */
const EN_FORECAST_VERBS =
  'top|reach|exceed|hit|rise|grow|fall|surpass|increase|decline|climb|drop|double|triple|total|peak|cut|reduce|halve';

export const ZH_RULES: Rule[] = [
  // a clarification that asks nothing, "需要指出的是，普惠性政策不在清理范围之内。": its marker is no
  // emphasis without a duty or a ban after it ("需要指出的是，各地不得…" keeps it), and what it says is a
  // statement. Before the emphasis rows, which would take its first characters.
  ...rules('context', -1.5, [
    // (the 要 of a duty, not of 必要 / 重要 / 主要: "…并非锦上添花，而是…的必要条件" asks nothing; nor a 要 denied, "治理
    // 谣言不是要压制…"; the 应 of a duty, not of 供应 / 应用 / 相应 …: "…保障能源安全稳定供应和…并不矛盾" — s38, over all
    // golds these two 0 gold, 0 optional, 2 not on 2 pages; the 18 gold sentences after such a phrase keep their modal)
    '需要(?:特别)?(?:指出|说明)的是[，,](?![^。！!？?]*?(?:(?<![必重主需只想])(?<!不是)要|必须|应当|应该|(?<![供适反效响对相感回答呼])应(?![用对急届聘邀征运变收付试])|须|务必|确保|不得|不能|不准|不宜|严禁|禁止|切勿))',
  ]),
  // the key named as a question, "衡量成效，关键在于能否…、能否…": the test a result is judged by, a judgement, no emphasis
  // of an act ("…，关键在于转变导向" keeps it). Before the emphasis rows, which would take 关键在于.
  ...rules('falseFriend', 0, ['(?:关键|根本|核心)(?:就)?在于(?=能否|是否|能不能|有没有|会不会)']),
  // a fact told to the public, "这里要特别提醒消费者，近视一旦发生就无法治愈": the speaker's own act of speaking, its
  // 要 no duty and nothing emphasised (over all golds 0 gold, 1 not; "…提醒消费者，办卡前要…" keeps the duty after
  // it). Before the emphasis rows, which would take 要特别提醒.
  ...rules('falseFriend', 0, [
    '(?:需要|要)?(?:特别|再次|郑重)?提醒(?=(?:广大)?(?:消费者|群众|市民|居民|公众|家长|大家|游客|网民|用户|读者|朋友)[，,](?![^。！!？?]*?(?:要|必须|务必|应当|应该|须|请|切勿|不得|不要|严禁|禁止|不能|千万|勿)))',
  ]),
  // a speech tag after a quotation, "“…。”这位负责人特别强调。": the marker with nothing after it to stress
  // (s35: the one such sentence on the fixtures and dev, unlisted; the quotation before it keeps its own).
  // Before the emphasis rows, which would take 特别强调.
  ...rules('falseFriend', 0, ['(?:特别|再次|反复|着重)强调(?=[。！!]|$)']),
  // a maxim of what a thing takes, "乡村要振兴，关键在人", "企业要发展，根本靠创新": the 要 of a wish for a state, not
  // a duty (gold-conventions.md, Commentary: a maxim is optional at most; over all golds 0 gold, 0 optional, 1 not)
  ...rules('falseFriend', 0, [
    '要(?=(?:振兴|发展|富|强|兴|美|好|进步|成功|突破|壮大|长远发展|高质量发展)[，,](?:关键|根本|核心)(?:在|靠|是))',
  ]),
  ...rules('context', -1.5, [
    // a modal inside a description of a state of things: "这是我们必须面对的基本国情。", "这是需要
    // 着力破解的问题。", "城乡关系是…必须处理好的基本关系。" (the modal qualifies the noun at the end, an attributive
    // clause in the predicate of 是, whatever its subject; nothing is asked of anyone. Not 是要, "关键是要…", "is to")
    // (matched from the modal, 是 looked for behind it: tried at every 是, one of the commonest characters, the row
    // would be tried at most clauses; before the modal rows, which would take the modal at the same place)
    `(?<=是(?!要)${BOUNDARY}{0,16}?)(?:必须|需要|亟需|亟待|要|应当|应该)${BOUNDARY}{1,12}?的${BOUNDARY}{0,10}?(?=[。！!]|$)`,
  ]),
  // --- emphasis first: some contain 要/重要 that must not be consumed as something else.
  ...rules('emphasis', 2.5, [
    // also after a narrative clause: "蓝图已经绘就，关键在于落实。"
    '关键在于',
    // (a reminder that carries a duty or a ban, "他特别提醒，骑行时切勿…", "…特别提醒，消费者要…", is that duty
    // or ban reported, as "负责人提醒，…务必…" is: no emphasis of its own)
    '(?:需要|要|务必|必须|请)?特别(?:特别)*(?:要)?(?:注意|留意|关注|警惕|提醒(?![^。！!？?]*?(?:(?<![重主只需想])要|必须|务必|应当|应该|须|切勿|不得|不要|严禁|禁止|不能|千万)))',
    '请(?:大家)?(?:务必)?注意',
    '务必注意',
    '注意[!！]',
    '重要的事(?:情)?说三遍',
    '划重点',
    '敲黑板',
  ]),
  // a speaker's or a document's frame, "区长某某特别强调，施工过程中要…", "《方案》特别强调，企业…必须…": the words are the duty
  // or the ban it passes on, their category theirs; with nothing else to ask it stays an emphasis (s40, over all golds,
  // fixtures + dev55: 特别 / 再次 / 反复 / 着重强调 + a comma: 7 gold obligations, 3 prohibitions, 8 emphases, each of these
  // with an emphasis of its own after it, 尤其要 / 重中之重, or the speaker's "我要特别强调"). Before the row of 2 below.
  ...rules('emphasis', 1, ['(?<![我要])(?:特别|再次|反复|着重)强调(?=[，,：:])']),
  ...rules('emphasis', 2, [
    '尤其要',
    '尤其需要',
    '(?<!这个|这一|这项)重中之重',
    '值得(?:特别)?注意的是',
    '需要(?:特别)?(?:注意|强调|指出)的是',
    '(?:特别|再次|反复|着重)强调',
    // (an object named with a demonstrative, "紧扣高质量发展这个首要任务", is no emphasis frame; nor a choice someone
    // made, told with 了, "他把重振老手艺当成了头等大事": a past act, over all golds 0 gold, 0 optional, 0 not, 1 unlisted)
    // …nor the object of a duty, "各地要把春播用种保障作为稳定粮食生产的首要任务", "坚持以高质量发展为首要任务": what the
    // act makes of the matter, an obligation (s34: over all golds 3 gold obligation, 1 of them accepting emphasis, 0
    // emphasis; 重中之重 so placed is the golds' obligation-or-emphasis, 15 of 15, and keeps its row)
    '(?<!这个|这一|这项|了|作为[^，,。；;！!？?]{0,30}|为)首要任务',
    '(?<!这个|这一|这项|了|作为[^，,。；;！!？?]{0,30}|为)头等大事',
    // "关键是压实…": what matters most, told as the act itself (not "问题的关键是资金": a policy verb follows;
    // "关键是要…" is its 要's duty)
    `关键是(?=${ZH_VERBS})`,
    '一定要(?:注意|记住|牢记)',
    '千万(?:要|别|不要)',
  ]),
  // A promise on a condition, "只要…，就一定能…": a prediction, not a measure. Listed before the
  // false friend 只要, which would take its first characters; "只要…，就要…" (a duty) is not one.
  ...rules('context', -1.5, [
    `只要[^。；;！!？?]{0,40}?(?:就|便)(?=一定|必然|必将|必定|能|会|可以|没有|不会|不愁|不怕)`,
  ]),
  // a goal of full coverage, "到2027年底，…应装尽装" (before the false friends 应收/应付, which it contains)
  ...rules('goal', 0.5, ZH_FULL_COVERAGE),
  // necessity judged, not asked for: "制定这部条例很有必要。", "出台这项政策十分必要、非常及时。" (a verdict near
  // the sentence's end, with no modal after it; the measure it judges opens the sentence as its topic).
  // Before the false friend 十分必要, which would take its first characters.
  ...rules('context', -1.5, [
    // (not the case a rule covers, "…，确有必要的，有序实施迁建。", told as 确需…的， is: a condition, no verdict; s35: over
    // all golds 必要的， 1 gold, 0 other, and 确需…的， 14 gold, 1 not)
    '(?:很|十分|非常|极为|极其|确有|确实|完全)有?必要(?!的[，,])(?=[^。；;！!？?要须应必]{0,12}(?:[。！!]|$))',
  ]),
  // --- false friends: words that contain a marker but are not one.
  ...rules('falseFriend', 0, [
    // a span told with what was done in it, "半年内为街道培养了40多名业务骨干", "一周内向乡镇下发了三份调查表": a result or
    // a case reported, no time limit set (s40: over all golds 0 gold, 0 optional, 1 not, 1 unlisted, marked as a target;
    // dev56 1 not). Before the deadline rows, which would take the span.
    `(?:${NUM}|${CN_NUM})个?(?:个工作日|工作日|小时|分钟|日|天|周|个月|月|年)(?:以)?内(?=${BOUNDARY}{0,12}?了(?:${NUM}|${CN_NUM}))`,
    // a hope ruled out, "电商不是万能的，不能指望开个网店就能脱贫": what one cannot count on, no act banned (s40: over all
    // golds 不能指望 / 期望 / 奢望 / 寄希望 0 gold, 0 optional, 1 not; dev56 1 not; 不能只靠 / 光靠, the means a duty must not
    // rest on, stay bans)
    '不能(?:指望|期望|奢望|寄希望)',
    // the purpose of an act the report tells as done, "为确保政策落地，税务总局同日发布《…公告》，对…作出明确": why a
    // document was issued, not a duty set (s40: over all golds no such sentence; dev56 1 not). Only before a release
    // of a named document in the next clause; "为确保…，各地要…" keeps its modal.
    `(?<=为)确保(?=${BOUNDARY}{1,24}[，,]${BOUNDARY}{0,20}?(?:同日|日前|近日|随后|同期|同时|已|还)?(?:发布|印发|出台|下发)了?《)`,
  ]),
  ...rules('context', -1.5, [
    // an office's practice explained, "…发现后，会先劝阻、责令当事人改正，拒不改正的，才依法予以处罚": what happens when
    // a breach is found, told with 会 (as a habit), no duty set — "发现后，要立即…" keeps its modal (s40: over all golds
    // no such sentence; dev56 1 not)
    `(?:发现|接到|查实)${BOUNDARY}{0,10}后[，,]${BOUNDARY}{0,6}?会(?:先|依法|及时|立即)?`,
    // the practices places developed, told, "各地在实践中探索…等做法，…不断提升": a review of what was done, not those
    // addressed (s40: over all golds no such sentence; dev56 1 not; "各地要…探索" keeps its modal)
    // a worked example, "举例来说，一家企业…需按25%的税率缴纳…": how a rule applies to a case, told (s40: over all golds
    // sentences opening 举例来说 / 比如 / 例如 / 打个比方 … 1 gold — a target, "比如，到2022年，…保持在6亿吨以上", which its
    // year and figures keep — 0 optional, 5 not; dev56 1 not, indented, which the 说， row below misses)
    '(?<=^\\s*|[。；;！!？?]\\s*)(?:举例来说|举个例子|打个比方|比如说?|例如|譬如)[，,]',
    // a year's funding told as a tally, "2015年，中央财政安排资金20亿元，支持200个县…": what was set aside, no duty (s40:
    // over all golds 0 gold, 1 optional, 0 not; dev56 1 not; a document's "《措施》明确省级财政每年安排专项资金不少于3亿元"
    // is a target it sets, gold)
    `(?<=^\\s*|[。；;！!？?]\\s*)20\\d{2}年[，,]${BOUNDARY}{0,8}?财政(?:已|共|累计)?安排(?:了)?(?:专项)?资金`,
    `(?:各地|多地|一些地方)在(?:实践|工作)中(?=(?:探索|创造|形成|总结)${BOUNDARY}{0,30}?(?:做法|经验|模式))`,
  ]),
  ...rules('falseFriend', 0, [
    // a quoted slogan naming a tendency: "“重建设、不要管护”的倾向" describes it, it is no ban; also without
    // 的, "“办事还要多头跑”问题明显减少" (the complaint names the problem, nothing is asked)
    '“[^”]{1,16}”(?=的?(?:倾向|现象|做法|问题|思想|观念|心态|怪圈|误区|苗头|错误))',
    // what a measure avoided, counted: "避免直接经济损失约2亿元" reports a result
    `避免(?:了)?(?=${BOUNDARY}{0,8}?(?:伤亡|损失)${BOUNDARY}{0,4}?(?:约|近|超|逾|达|\\d|[一二三四五六七八九十两百千万]))`,
    // …or avoided, told as done, "…组织群众提前撤离，避免了伤亡" (s40, over all golds 0 gold, 0 optional, 1 not)
    '避免了',
    // a form named, "…将工作总结和数据统计表报送…": no 据统计 (a literal: the context row stays one too)
    '数据统计',
    // a judgement of what a measure is, "…是推进城乡融合、加快补齐民生短板的重要抓手": the verbs inside name what it
    // serves, nothing is asked (s40, over all golds, clauses 是…的 + 举措 / 抓手 / 途径 / 基础 …: 5 gold, 2 optional, 70 not;
    // the 5 gold are asked by a modal or an emphasis outside the clause, "…是这次改革的重要内容，各级…要…", which stays)
    // (a modal right after 是 excluded, "关键是要把…作为…的重要抓手"; the clause read with a plain class: 是 is one of the
    // commonest characters)
    `是(?!要|必须|应当|须|不得|严禁)${BOUNDARY}{2,40}?的${BOUNDARY}{0,6}?(?:举措|抓手|途径|手段|支撑|载体|路径|内容|基础|前提|工程|依据)(?=[，,。；;！!、]|$)`,
    // a requirement reported whose content is a ban: "《办法》同时要求，经营者不得…" is the ban (its
    // category and core), the reporting verb no duty before it
    `(?:会议|通知|意见|方案|文件|规定|办法|措施|同时|还|并|也|明确|进一步|严格)?要求[，,：:](?=${BOUNDARY}{0,24}?(?:不得|严禁|禁止|不准|一律不))`,
    // a case and its sanction told with no office, "企业未按规定配备…的，责令限期改正，处5万元以下的罚款": what follows a
    // breach, as "…的，由…部门责令…" below (not "…的，要立即责令整改", a duty; s34: over all golds 0 gold, 1
    // optional, 1 not). Before the obligation row of 责令, which would take it.
    '(?<=的[，,]\\s*(?:依法)?)责令',
    // an order given on the spot, told, "队员发现…，当场责令餐馆负责人整改，并下达了…" (s35, over all golds 0 gold,
    // 0 optional, 1 not; "要立即责令整改" keeps its modal)
    '(?:当场|当即|随即)责令',
    // a ban told as set up, "《规定》同时划定了禁止携犬进入的区域": what the rule drew, as 设立了 / 制定了 tell a
    // measure done (s35, over all golds 了禁止 / 了严禁: 0 gold, 0 optional, 1 not)
    '(?<=了)(?:禁止|严禁)',
    // "绝不意味着": what a thing does not mean, no ban (as 不意味着; s35: 0 gold, 0 optional, 1 not)
    '[绝决]不意味着',
    // an age naming a group, "我国60岁及以上老年人口将突破4亿", "对80周岁以上老人每餐补贴3元": who is counted, no
    // figure to reach (s34: over all golds the sentences holding one 2 gold, 1 optional, 6 not, 3 unlisted; the gold
    // ones keep their duty or their own figure). Before the quantity rows, which would take "60岁及以上".
    '\\d{1,3}周?岁及?以[上下]',
    // a capacity found short, not a ban: "现有设施已不能满足需要", "…难以满足群众需求"
    `(?:不能|无法|难以)(?:满足|适应)${BOUNDARY}{0,10}?(?:需要|需求|要求)`,
    // the idiom of always answering, "有求必应", "“无事不扰”的前提是“有事必应”": a trait named, not 应
    '有[\\u4e00-\\u9fff]必应',
    // a benefit told, not a ban: "封签能有效防止餐品被调包", "这样可以避免重复填报" (an ability before 防止/避免: what a
    // measure does, nothing forbidden)
    '(?<!不)(?:能够|能|可以|可)(?:有效|切实|更好地?|最大限度地?|从源头上)?(?:防止|避免)',
    // 要 as part of a word, a noun, a conjunction or "is going to (say)"
    '重要',
    '主要',
    '首要',
    // an ordinal and its modal, "其次要…" (its 次要 no word): the modal is kept for the step that follows
    '其次',
    '次要',
    '只要',
    '要素',
    '要点',
    '纪要',
    // (a plan's name, "《…规划纲要》全文公布": not "训练大纲要求", a 大纲 and its 要求; s37, over all golds 纲要 not before 求:
    // 0 gold marked by it, 1 not)
    '纲要(?!求)',
    '摘要',
    '提要',
    '概要',
    '简要',
    '扼要',
    '要闻',
    '要害',
    '要地',
    '要员',
    '要职',
    // "财政要" / "行政要" are a subject and a modal, not 政要 (a dignitary)
    '(?<![财行市邮])政要',
    '显要',
    '机要',
    '要件',
    '要塞',
    '要道',
    '要么',
    '要是',
    '要不然',
    '不要紧',
    '要不要',
    '想要',
    '快要',
    '将要',
    '必要性',
    // necessity as an assessment ("没有必要…", "十分必要"), or "when necessary": not a requirement
    '(?:没有|没|不|并无|无|毫无)必要',
    '(?:十分|非常|极为|极其|确有|确实|完全)必要',
    '必要时',
    // what is weighed, "充分考虑必要和可能": the necessary beside the possible, a noun
    '必要(?:和|与|及)可能',
    // the necessary means as a noun, "未采取必要措施的": no duty in it
    '必要(?:措施|手段|条件|程序|材料|资料|信息|费用|支出)',
    // the law's "knew or should have known", "明知或者应知": a state of knowledge, no duty
    '(?:明知|已知)(?:或者|或)应(?:当)?知(?:道|晓)?',
    // habitual or complaining 要: "基层干部一天要填七八张表", "群众还要多次跑腿", "要等到秋收才发现"
    '(?:一天|一年|一周|一个月|一年到头|天天|常常|往往|经常|总是|动不动)(?:就|还|都|也)?要',
    '(?:群众|居民|市民|村民|老人|家长|孩子|学生|上班族|农民|患者|办事人|老百姓|消费者|乘客|游客|商户)(?:还|都|仍|又|得|也)要',
    '还要(?=群众|居民|市民|村民|老人|家长|企业|办事人|老百姓|基层)',
    // what a way takes, a duration or a distance: "到最远的村要走一个多小时山路", "骑手每天要骑行一百多公里", "办个证要跑
    // 好几趟" (a state described, gold-conventions.md; fixture golds 0 gold, 0 optional, 7 not, 1 unlisted). A verb of
    // going, then a count and its measure of time, way or trips (not "要走访10家企业", "要在24小时内…", "要用3年时间…")
    `(?:需要|要)(?:走|跑|骑行?|坐|乘|绕|爬|步行|开车|等)(?:上|完)?(?=${BOUNDARY}{0,3}?(?:${NUM}|${CN_NUM}|好几|十几|几十)(?:多|余|来)?个?(?:多)?(?:小时|分钟|钟头|天|公里|里|站|趟))`,
    '要等到',
    // what a thing takes, counted: "一个新产品从研发到量产要花三四年", "每天…就要花掉一个多小时" (a cost told, not a
    // duty; not "要花大力气…", an effort asked for). Over all golds: 0 gold, 0 optional, 4 not.
    `要花(?:掉|费)?(?=${BOUNDARY}{0,3}?(?:${NUM}|${CN_NUM}|大量|不少|很多|好几))`,
    // …and 要 right before a span of time, ending its clause: "织一匹布要半个月，…", "从播种到收获要三个多月。" (what a thing
    // takes; not "要在3个月内完成", "要用3年时间…"). Over all golds: 0 gold, 0 optional, 1 not.
    `要(?=(?:${NUM}|${CN_NUM}|好几|十几|几十)(?:多|余|来)?个?多?(?:小时|分钟|钟头|天|周|星期|个月|月|年)(?:多|左右|时间)?(?:[，,。；;才]|$))`,
    // the effect a measure told before it has, "…实行一次起付线，进一步减轻群众负担": 进一步 there opens a
    // result, not a further step (a modal or an opening verb still carries the measure)
    '(?<=[，,]\\s*)进一步(?=(?:减轻|降低|方便|缓解|便利)[^，,。；;]{0,12}?(?:负担|成本|压力|群众|企业|办事))',
    // 要靠, "relies on", a state or a view, not a duty: "不少地方预冷还要靠农户自己", "发展归根到底要靠实干"
    // (not 要靠前指挥 / 要靠近, a modal before a verb of its own)
    '要靠(?!前|近|拢|边)',
    // rhetorical "we must see clearly that …" followed by a description
    '要(?:清醒|清楚|冷静)(?:地)?(?:看到|认识到)',
    // "会同有关部门…": a partner, not the addressee
    '(?:会同|联合|协调|配合|商|与|同)(?:有关部门|相关部门|各有关部门)',
    // 已有 as an adjective, "existing", before a noun: "对已有台账开展复核", "调取已有记录", "已有的设施" (no past act;
    // the 已 row would read one). 已有 before a count is the verb, a tally told ("全省已有26个县…", "已有十余家
    // 银行…": over the fixture golds 17 of 19 已有 sentences, all not), and stays the past cue.
    `已有(?![\\d０-９一二三四五六七八九十两几百千万多数不少许大量一批部分近超逾约上下成半所了较很明显一定])`,
    // "…已经省政府同意，现印发给你们": approval in a transmittal, not a past event
    `已经?${BOUNDARY}{0,16}?(?:同意|批准)`,
    // rule sets named by count: "四不准", "三不得"
    '[二三四五六七八九十]不(?:准|得|许|要)',
    '必要的',
    '需要性',
    '要领',
    '要义',
    '要旨',
    '要诀',
    `要${BOUNDARY}{0,6}?(?:说说|讲讲|谈谈|聊聊|说一说|讲一讲|谈一谈|说的是|讲的是)`,
    '要说',
    '要讲',
    '要数',
    '要看',
    '要知道',
    // nouns built on a marker verb: "着力点" is a focus, not an instruction to focus
    '着力点',
    '着力处',
    // 需要 / 要求 used as nouns
    `(?:的|发展|工作|现实|实际|客观|时代|形势|群众|人民|生活|市场|社会|个人|特殊|迫切|不同)需要`,
    '需要的',
    '有需要',
    '根据需要',
    '按需',
    // 要求 is a noun unless a reporting subject precedes it or an addressee/action follows it
    '(?:按照|根据|遵照|依照|按|符合|达到|满足|落实|贯彻)' + BOUNDARY + '{0,10}?要求',
    `要求(?=[，,。；;：:！!？?、”）)]|都|也|是|为|和|与|的|$)`,
    '(?:的|点|项|条|些|新|总|基本|具体|有关|相关|更高|严格|硬性|刚性|根本|内在|必然|客观)要求',
    // …and the standard a thing is compared with, 要求 before the comparison ("与新时代要求相比还有差距", "与发展
    // 要求相适应"): whatever is compared, a noun (not "省委与省政府要求各地…", a subject pair and its verb; nor
    // "对照…要求，逐项整改", where the act after it is the measure and its cues are needed)
    '要求(?=相比|相较|相适应|相符|相一致|相匹配|相契合|相衔接|不符|不相)',
    // …and a standard's degree, "猎雷作业对定位精度要求极高", "禁烧的要求越来越严", "工作群数量多、要求多": how demanding a
    // thing is, a state (s33; over all golds 0 gold, 0 optional, 3 not)
    '要求(?=(?:极|很|较|更|非常|相当|特别|越来越)(?:高|严)|(?:多|少|高|低|严|繁)(?:[，,。；;、]|$))',
    // a comparison, "使用频率远比很多人想象的要高": the 要 of degree before the adjective that ends the clause, no duty
    // (s33; over all golds 0 gold, 0 optional, 0 not, 1 unlisted)
    `(?<=比${BOUNDARY}{0,20}?)要(?=(?:高|低|大|小|多|少|快|慢|好|强|早|晚|长|短|贵)(?:得多|一些|许多|不少)?(?:[，,。；;！!？?]|$))`,
    // a noun, "土地是农业之本，也是治国之要": no modal (s33; 之要 ending a clause 0 gold, 1 unlisted; a title's 要, "《齐民
    // 要术》", is read with the rest of the title below)
    '之要(?=[，,。；;！!？?]|$)',
    // a modal inside a question people cannot answer, "过期药品应该扔到哪个桶，不少人还拿不准": an uncertainty told, no
    // duty (s33; over all golds 0 gold, 0 optional, 0 not, 1 unlisted)
    `(?:应该|应当|要)(?=${BOUNDARY}{0,10}(?:哪个|哪里|哪儿|什么|怎么|如何)${BOUNDARY}{0,10}[，,][^。；;]{0,10}(?:拿不准|不知道|不清楚|不明白|分不清|搞不清))`,
    // what one ought to be, "他们是改革的参与者，更应该是改革的受益者": a judgement of a role, its copula no act
    // (s33; over all golds 0 gold, 1 optional, 1 not; not 应当是 or 必须是, a document's qualification: "申请人应当是…")
    '(?:更|也)?应该是|理应是',
    // an attributive modal, "必须回答好的时代课题", "要处理好的几对关系": the modal and its V好 qualify the noun after 的,
    // the task named, not set (fixture golds: 0 gold, 0 optional, 2 not; "要处理好…关系", V好 with its object, stays)
    '(?:必须|需要|要|应当|应该)(?=[\\u4e00-\\u9fff]{1,4}好的[\\u4e00-\\u9fff])',
    // 应 in compounds
    '应对',
    '相应',
    '适应',
    '反应',
    '响应',
    '供应',
    '效应',
    '应用',
    '应急',
    '回应',
    '对应',
    '呼应',
    '感应',
    '答应',
    '应届',
    '应聘',
    '应邀',
    '应征',
    '应运',
    '应变',
    '应收',
    '应付',
    // a tax law's terms, "年应纳税所得额不超过50万元", "应纳税额", "应税销售收入": taxable or tax due, a noun's
    // qualifier, no 应 of a duty (s40: over all golds the sentences holding one are 1 gold, 2 optional, 0 not, each
    // held by its own marker or figures: 落实好…, …将由…扩大到…, …明确，…减按…征收)
    '应纳税(?:所得额|所得|额)',
    '应税(?=销售|收入|行为|产品|服务|所得|消费品|项目|劳务|货物)',
    '应试',
    '顺应',
    '因应',
    '报应',
    '应有尽有',
    // an idiom of having everything, "厨房里消毒柜、留样柜一应俱全": a state described, no 应 (s34: over all golds
    // 0 gold, 0 optional, 0 not, 1 unlisted); and the idioms of ease and haste, 得心应手 / 应接不暇
    '一应俱全',
    '得心应手',
    '应接不暇',
    '应有的',
    // a measure judged part of a whole, "推动…，是…的题中应有之义": what a thing entails, no 应 of a duty (s38: over all
    // golds, fixtures + dev37/38 + held49, sentences with it 0 gold, 0 optional, 3 not, 3 unlisted on 5 pages)
    '应有之义',
    // the people a measure covers, named by it: "全村应转移人员全部到达安置点", "应参保人数已达…" (a count or
    // a result follows, not an act)
    '应(?:转移|撤离|参保|参检|参训|参会|接种|到|检|入学)(?:人员|群众|对象|人数|人口|学生|儿童)(?=全部|均|已|都|共|总数|中|[\\d，,。])',
    '应景',
    '理所应当',
    // 须 / 必须 compounds
    '须知',
    // a need judged, "这些问题亟须通过系统谋划加以解决", "…亟需予以规范": the writer's assessment of a state, no
    // duty-holder told (over all golds 0 gold, 3 not)
    '亟(?:须|需)',
    '胡须',
    '须臾',
    '无须',
    '毋须',
    '不须',
    '无需',
    '不需要?', // a permission: "不需要另行提供证明"
    '需求',
    // supply and demand, "聚焦供需错配的突出问题": a noun, no need told (as the core tables' 供需; s34, dev40)
    '供需',
    '所需',
    '必需',
    '急需品',
    // 不得 / 不准 / 不能 / 不可 compounds
    '不得不',
    '舍不得',
    '不得了',
    '不得已',
    '恨不得',
    '怪不得',
    '巴不得',
    '顾不得',
    '由不得',
    '少不得',
    '免不得',
    '动弹不得',
    '不得而知',
    '要不得',
    // V不得 / V不准, a potential complement ("cannot afford to", "cannot tell"): "等不得、慢不得，更松懈不得", "这种
    // 做法马虎不得。", "碰不得的红线", "看不准、等不得": 不得 or 不准 with nothing after it in its clause, or before 的.
    // The ban stands before the act it forbids ("不得擅自…"), so one that ends a clause or qualifies a noun is none
    // (fixture golds: 0 gold, 2 optional, 3 not, 1 unlisted)
    '不(?:得|准)(?=[、，,。；;！!？?…”’）)]|的|$)',
    // after the longer words that start with it, or they would never match; not a modal before 不忘 / 不断 / 不折不扣
    // / 不低于 ("教师要不忘初心", "增速要不低于…": over all golds 2 gold, 0 optional, 0 not)
    '要不(?!忘|断|折不扣|懈|低于|少于|高于)',
    '不准确',
    '说不准',
    '拿不准',
    '不能不',
    // a question of whether, "能不能…" / "群众关心…能不能…" (as 要不要): no ban
    '能不能',
    '不可能',
    '牢不可破',
    '坚不可摧',
    '势不可挡',
    '不可阻挡',
    '不可动摇',
    '不可思议',
    '无可替代',
    '不可或缺',
    '不可替代',
    '不可分割',
    '密不可分',
    '必不可少',
    '不可估量',
    '不可逆',
    '不可忽视',
    '不可小觑',
    '不可多得',
    // …and the adjectives of a kind of thing, "文化遗产是不可再生、不可替代的宝贵资源", "我国已拥有不可移动文物76.7万处":
    // a property named, nothing forbidden (s34: over all golds 0 gold, 0 optional, 0 not, 2 unlisted; the golds' 不可 bans
    // are 不可用而无备 / 不可失防万一 / 开启后不可复原 and "不可竞争费用", none of these words)
    '不可再生',
    '不可移动(?=文物)',
    '不可复制',
    '不可避免',
    '不可缺少',
    '不可取代',
    '不可限量',
    '不可磨灭',
    '不可抗力',
    '不能自拔',
    '不要脸',
    '若干',
    // "确保" inside a noun phrase is rare; "保障" as noun after 的 is common
    '的保障',
    // needs named as the topic of where the answer lies, "经济要转型、生态要修复，根本出路在于改革。": what
    // must happen is the premise, the sentence states the way (a judgement, asks nothing)
    `要[\\u4e00-\\u9fff]{1,4}(?:、[\\u4e00-\\u9fff]{1,4}要[\\u4e00-\\u9fff]{1,4})*(?=[，,](?:其)?(?:根本|唯一|最终|最大)?(?:出路|途径|路径|办法|动力|希望)(?:就|还|则)?在于)`,
    // …and what the need takes, "平台经济要健康发展，离不开…", "乡村要振兴，有赖于…" (the same condition shape as
    // 靠/由 maxims, gold-conventions.md: optional at most)
    `要[\\u4e00-\\u9fff]{1,6}(?=[，,](?:就|更|还|则|都)?(?:离不开|有赖于|取决于|靠的是))`,
    // the title of a regulation's article, "第十八条（支持政策）…", "第九条（安全要求）…": a label, no marker
    '第[一二三四五六七八九十百零〇\\d]+条\\s*[（(][^（）()，,。；;]{1,12}[)）]',
    // meeting names: 推进会, 部署会
    '(?:推进|部署|调度|动员|座谈|推动)会(?:议)?',
    // a call to bring problems out, not a description of them: "敢于在实战中暴露问题、解决问题"
    `(?:敢于|勇于|善于|主动|及时)${BOUNDARY}{0,12}?暴露`,
    // "新政要求…": the new policy and its requirement, not 政要 (a dignitary)
    '新政(?=要求)',
    // a discourse marker before a description: "应当看到，当前一些地方…", "还应看到，…" ("it must be
    // recognised that")
    '(?:应当|应该|必须|应)(?:清醒|清楚|冷静|深刻)?(?:地)?(?:看到|认识到)(?=[，,：:])',
    // a requirement denied, not set: "这项改革并不是要取消…", "并非要求人人都…" (the 而是要… after it
    // is still a duty)
    '(?:并不是|并非|不是|绝不是|绝非)要(?:求)?',
    '(?:并不|并没有|没有)要求',
    // a consequence foretold, not a duty: "到了战场上就要付出代价" (not "要付出更大努力")
    `(?:就|便|将|会)?要付出(?=${BOUNDARY}{0,8}?代价)`,
    // a habit of the weather or the season, complained of: "一下雨就要穿雨衣", "每逢赶集就要绕路"
    `(?:一下雨|一下雪|一刮风|一降温|每逢|每到)${BOUNDARY}{0,8}?就要`,
  ]),
  // --- prohibition
  ...rules('prohibition', 2.2, [
    '严禁',
    '禁止',
    '不准',
    '不许',
    '切勿',
    '一律不(?:得)?',
    '不得',
    '决不(?:能|允许|让)?',
    '绝不(?:能|允许|让)?',
    '不允许',
    '不应(?:当|该)?',
    '坚决杜绝',
  ]),
  ...rules('prohibition', 1.6, ['杜绝', '切忌', '严防', '不宜', '不能', '不要', '不可']),
  // "坚决防止…" after a modal is the action of the obligation ("要强化监管，坚决防止…").
  ...rules('prohibition', 1.0, [
    '坚决(?:防止|反对|纠正|遏制|打击)',
    '不搞',
    '不做',
    '不乱',
    '少搞',
    '不随意',
    '防止',
    '避免',
  ]),
  // --- obligation
  ...rules('obligation', 2, ['必须', '务必', '应当', '应该', '理应', '一定要', '有必要', '责令', '一律(?!不)']),
  // the closing call to the many, "广大党员干部要…，为建设美丽中国作出新的更大贡献！": 要 as strong as 务必 when 广大…
  // is its subject (a call, also told as an exclamation or beside a slogan's 就是, "…树立绿水青山就是金山银山的理念");
  // s35: over all golds, sentences with 广大 + a noun + 要 at a clause's start 16 gold, 0 optional, 0 not (2 missed)
  ...rules('obligation', 2, [
    '(?<=^|[，,：:。；;！!？?]\\s*)广大[\\u4e00-\\u9fff]{1,10}?(?<![需重主只想])要(?![求是])',
  ]),
  // "现印发给你们，请认真贯彻执行" / "请及时报告…": a request to act is a directive.
  ...rules('obligation', 1.6, [
    `请(?=${BOUNDARY}{0,12}?(?:贯彻|执行|落实|遵照|遵循|报告|报送|反馈|做好|抓好|认真|按照|结合实际))`,
    // reported requirements: "会议要求,…", "通知提出要…", "强调,要…"
    `(?:会议|通知|意见|方案|文件|规定|办法|中央|国务院|党中央|讲话|他|她|并|同时|还|明确|进一步|严格)要求(?=[，,：:])`,
    '要求',
  ]),
  // a document named as the one requiring, "《决定》要求，提升教师…能力，健全…机制": its duties restated, a modal or
  // none (gold-conventions.md: 《…》要求 + duty; over all golds 42 gold, 0 optional, 0 not; not "按照《…》要求", a noun;
  // not before a ban, whose category the sentence takes, as the false friend of 要求 before 不得 says)
  ...rules('obligation', 1.6, [
    '(?<!(?:按照|根据|依照|遵照|按|符合)《[^》]{0,30})》(?:还|同时|也|进一步|明确|并)?要求(?=[，,：:](?![^。；;！!？?]*?(?:不得|严禁|禁止|不准|一律不)))',
  ]),
  // An addressee followed by a measure ("各省级人民政府…制定…"): only the addressee is consumed,
  // so a modal after it (各级必须…) still counts.
  ...rules('obligation', 1.0, [
    // a list of addressees counts once: "各地区各部门…", "各省、各市…"
    `(?:(?:各(?:省|市|县|区|地|级|部门|单位|有关|相关|类|成员单位)|有关部门|相关部门|地方各级|国务院有关部门|中央和国家机关)(?:区|方)?[、和及]?)+(?=${BOUNDARY}{0,16}?(?:${ZH_VERBS}))`,
  ]),
  ...rules('obligation', 1.4, [
    '需要(?:进一步|切实|更加|持续|不断)?(?:' + ZH_VERBS + ')',
    // a step of a procedure, "参保人员需要提前在…办理登记手续", "需要及时提交…": 需要 with a time or
    // manner adverb and a procedural verb (not the noun, "群众需要的…", "发展需要")
    `需要(?:提前|及时|按时|事先|预先|尽快|另行|如实|主动|自行|先行?)${BOUNDARY}{0,30}?(?:办理|提交|提供|填写|申请|备案|登记|预约|缴纳|报送|申报|携带)`,
    '要',
    '须',
    '应',
  ]),
  ...rules('obligation', 1.4, ['确保'], { purpose: true }),
  ...rules('obligation', 1.4, ['切实', '着力', '务求']),
  // the duties a regulation allocates: "县级以上人民政府水行政主管部门负责本行政区域内…的监督管理工作。",
  // "卫生健康、生态环境等部门按照各自职责，做好…工作。" (not "…部门负责人介绍", "由…负责的")
  ...rules('obligation', 1.0, [
    // (also when a further duty follows, "…主管部门负责统筹协调全市…工作，组织制定…标准。")
    `${ZH_DUTY_OFFICE}(?=${BOUNDARY}{2,40}?(?:工作|管理|监督|指导|协调|实施|检查)(?:[。；;，,]|$))`,
    // …an office named by its own name, "第五条 省农业农村厅负责指导全省…监督管理工作", "住房城乡建设部负责
    // 指导…" (s40, over all golds, a 局 / 委员会 / 厅 / 部 before 负责 + such an object: 3 gold, 1 optional, 0 not; "由…局负责
    // 解释" is no such object)
    `(?<=${ZH_DUTY_NAMED_OFFICE})${ZH_DUTY_CUE}(?=${BOUNDARY}{2,40}?(?:工作|管理|监督|指导|协调|实施|检查)(?:[。；;，,]|$))`,
    // a list of duties, each office named before a colon, "1.市城管局：负责城区排水防涝工作，…", "7.市气象局、市水文
    // 中心：负责…": the office's duty whatever its object (over all golds 9 gold, 0 optional, 0 not; no other "：负责")
    `(?<=${ZH_DUTY_LIST_OFFICE}[：:]\\s*)${ZH_DUTY_CUE}`,
    // the overall responsibility a regulation allocates, with no modal: "其主要负责人对本机构服务安全工作全面负责",
    // "各级党委对本单位营区安全工作负总责" (over all golds, such clauses without a modal: 0 gold, 2 optional; with
    // one, "要对…全面负责", 9 gold)
    // (matched at the rare 全面负责 / 负总责, the 对 clause looked for behind it: tried at every 对, a word of
    // almost every sentence, the row cost the rule scan about a fifth more)
    `(?<=(?:^|[，,；;：:]|${ZH_DUTY_OFFICE_NAME}|负责人|党委|政府|单位|机构|企业)对${BOUNDARY}{2,30}?)(?:全面负责|负总责)`,
    // the answerability a rule allocates for what one submits, "重点排放单位对排放报告的真实性、完整性、准确性负责。"
    // (s35: over all golds, 对…的真实性…负责 4 gold — 1 with no modal, missed — 0 optional, 0 not; matched at the rare
    // 性负责, the 对 looked for behind it)
    `(?<=对${BOUNDARY}{2,30}?)(?:真实|准确|完整|合法|合规|有效)性负责`,
    '(?:按照|依照|根据|依据)各自(?:的)?职责|按照职责分工|在各自职责范围内',
  ]),
  // "没有必要设置的收费项目，坚决取消。": firmly, as an order
  ...rules('obligation', 1.0, ['坚决', '限期(?=整改|改正|完成|办结|销号)']),
  // a frequency set for an act, "对…单位，每学期至少开展一次全项目监督检查" (a measure with no modal; over all
  // golds "每…至少…一次": 9 gold, 0 optional, 0 not)
  ...rules('obligation', 1.0, [
    // (the frequency alone: 至少 and its figure stay a quantity, "…每月至少组织2次…，…不少于…40%" a bound to reach)
    `每(?:天|日|周|月|季度?|半年|年|学期|学年)(?=至少${BOUNDARY}{0,10}?(?:[一两二三四五六七八九十]|\\d+)次)`,
  ]),
  // a plan's recurring task opening its sentence or item, "每年组织…参加…展会不少于5场次", "（二）每日开展巡查，…": the
  // frequency set for an act, no modal (over all golds, sentences opening so with an act: 6 gold, 0 optional, 0 not,
  // 0 unlisted; "每年六七月，…" / "每年毕业季，…" name a season and no act)
  ...rules('obligation', 1.3, [
    '(?<=(?:^|[。；;！!])\\s*(?:[（(][一二三四五六七八九十\\d]{1,2}[)）]|\\d{1,2}[.、．])?\\s*)每(?:年|季度|月|周|日|天|半年|学期)(?:至少)?(?=组织|开展|改造|举办|安排|进行|召开|发布|公布|更新|检查|检测|评估|培训|遴选|认定|新增|建设|新建|选派|抽查|通报)',
  ]),
  // a norm set in principle, "新建…冷库容量原则上不低于5000立方米", "…原则上按照装机容量的15%配置…": a rule with no
  // modal (over all golds, sentences with 原则上: 24 gold, 1 optional, 1 not — "缴费期原则上为…", a fact told); not
  // before a ban, whose category it would take; flagged as 确保 is: after a modal, "应当建立…机制，对…原则上在3个工作日
  // 内核查…", it qualifies the act and the modal before it keeps its place
  ...rules('obligation', 1.0, ['原则上(?!为|是)(?![^。；;！!？?]*?(?:不得|严禁|禁止|不准|不能|不应|不宜))'], {
    purpose: true,
  }),
  // the tasks of a plan counted in batches: "建设一批…设施", "培育一批示范点" (a report says 建成了一批)
  ...rules('obligation', 1.0, ['(?:建设|新建|培育|打造|创建|布局|推出|改造|遴选|认定)一批']),
  // a priority set for a kind of case: "人口集中的村庄，优先纳入城镇管网；…" (a clause of a plan; a report
  // says 优先安排了)
  ...rules('obligation', 1.0, [
    '(?<=[，,；;：:]|^)优先(?=纳入|列入|安排|保障|支持|考虑|使用|采用|选用|录用|利用|改造|建设|解决|办理|配置|保证|满足|供应|给予|推荐|布局)(?![^，,。；;]{0,20}?了)',
  ]),
  // 发展 as the verb of a numbered point, "二是发展社区嵌入式服务。" (发展 alone is too often a noun to
  // be an imperative verb; after 一是/二是 it is the measure, unless it is the topic: "一是发展速度…")
  ...rules('obligation', 1.3, [
    '(?<=[一二三四五六七八九十]是)发展(?!速度|水平|态势|质量|成效|成果|势头|基础|环境|不平衡|不充分|的|中)',
  ]),
  // a document reported as requiring it, "该负责人表示，《办法》明确，物业企业要…": its requirement,
  // not the official's view; only with a modal in the next clause ("《方案》明确，财政将…" reports a
  // plan). Weight < 1: it does not decide which clause leads.
  ...rules('obligation', 0.6, [
    `(?:《[^》]{1,30}》|通知|意见|方案|办法|规定|文件|条例)(?:还|同时|也|进一步|再次)?(?:明确|规定|指出|提出|强调)(?=[，,：:]${BOUNDARY}{0,16}?(?:要|必须|应当|应|须))`,
  ]),
  // the words of a document's title, "会议原则通过了《关于全面禁止非法野生动物交易…的决定（草案）》", "《广东省进一步支持企业
  // 复工复产的若干措施》", "《齐民要术》": its name, no marker of the sentence (the title up to its 》, which stays for
  // "《通知》要求，"; after the row above, which reads a title that 明确 a duty). s33: over all golds 要 inside 《…》 0 gold, 1
  // not; s38, every marker: over all golds, fixtures + dev37/38 + held49, 1,091 sentences hold a title, 430 of them gold
  // on 118 pages, none of which changes; 3 negatives on 2 pages are no longer marked)
  ...rules('falseFriend', 0, ['《[^《》，,。；;]{1,60}(?=》)']),
  ...rules('obligation', 0.6, ['需要', '需', '进一步', '加快', '抓紧', '鼓励', '支持', '推动', '推进', '加强', '坚持']),
  ...rules('obligation', 0.3, ['将', '必将']),
  // --- targets
  ...rules('deadline', 1.6, [
    '(?:到|至|在|于)?20\\d{2}年(?:底|末|年底|\\d{1,2}月(?:底|末|\\d{1,2}日)?)?(?:前|以前|之前)',
    '(?:到|至|在|于)?\\d{1,2}月(?:底|末|中旬|上旬|下旬|\\d{1,2}日)(?:前|以前|之前)',
    // a day of each month, a deadline that recurs: "须于每月10日前报送…" (not 日前, lately)
    '(?:于|在)?每(?:个)?月\\d{1,2}日(?:前|以前|之前)',
    '(?:今年|明年|年|月|季度)(?:底|末)(?:前|以前|之前)',
    `(?:${NUM}|${CN_NUM})个?(?:个工作日|工作日|小时|分钟|日|天|周|个月|月|年)(?:以)?内`,
    '年内',
  ]),
  // the year a goal is set for, wherever it stands (not only opening the sentence, as the row after it), with a short subject and
  // 要 before the goal verb: "工程建设项目
  // 审批时间今年要再压减一半", "报告提出，今年要新建高标准农田1亿亩", "2026年粮食产量要稳定在…" (s35: over all golds such
  // sentences are 9 gold targets, no obligation, none optional or not; a year with an act that is no goal, "今年要着力扩大
  // 有效需求", stays a duty; not 全年, the span a figure is counted over: "全年粮食产量要稳定在…" has no deadline in its gold core).
  // Also with a comma after the year, "今年，全市要实现3万左右农村低收入人口稳定增收、…" (s40, over all golds, fixtures + dev55:
  // 5 gold targets, 0 other); listed before the 1.0 rows, whose "今年" (with a modal after it) would take the year first.
  ...rules('deadline', 1.6, [
    '(?:今年|明年|20\\d{2}年)(?![底末初前内度])(?=[，,]?[^，,。；;：:！!？?]{0,10}?要(?:再|继续|进一步)?(?:实现|新建|新增|完成|达到|稳定在|保持在|压减|压缩|建成|减少|提高|降低|增长|下降|开发|培育|控制在))',
  ]),
  // a year to reach opening the sentence as its frame, "到2020年底，黑恶势力违法犯罪活动得到根本遏制，…明显增强。": a
  // target whatever its outcome is told in, figures or none (s35: over all golds, sentences opening with 到20XX年 117
  // gold, 0 optional, 0 not; one was missed, its outcome in words no goal row lists). Past years are told with 截至.
  // Also after a document's or a meeting's frame, "《规划》提出，到2030年，…保障体系更加完善，…明显提升。" (s40, over all
  // golds, fixtures + dev55: a frame of 提出 / 明确 / 要求 / 强调 / 指出 / 确定 before 到20XX年， 46 gold targets, 1
  // optional, 2 not on one page).
  ...rules('deadline', 1.6, [
    '(?<=^|[。；;！!？?]\\s*|(?:提出|明确|要求|强调|指出|确定)[，,])到20\\d{2}年(?:底|末)?(?=[，,])',
  ]),
  ...rules('deadline', 1.0, [
    // "2025年秋季学期开学前，…" / "每年汛期前…": a dated or yearly event as the deadline
    `20\\d{2}年${BOUNDARY}{1,10}?(?:前|以前|之前)(?=[，,])`,
    `每年${BOUNDARY}{1,8}?(?:前|以前|之前)`,
    '(?:到|至)20\\d{2}年(?:底|末)?',
    // the same end told from this year, "到今年年底，全面完成…", "至明年底…" (no year written out)
    '(?:到|至)(?:今|明|本)年(?:年)?(?:底|末)',
    '(?:“|")?十[四五六七]五(?:”|")?(?:期间|末|时期)',
    // this year or next as the frame of a duty, "今年全省…规模要稳定在2600万人以上": the year is its deadline
    // (a sentence's frame only, and only with a modal after it: "今年，全省新建…" reports)
    '(?<=^|[。；;！!？?]\\s*)(?:今年|明年)(?![^，,。；;]{0,4}?(?:以来|上半年|下半年|一季度|前三季度|前))(?=[^。；;！!？?]*?(?:要|必须|应当|务必|力争))',
    // a plan's schedule, year by year: "…；2027年，示范县扩大到60个；2028年，…全面完成" (a year opening a
    // clause after a semicolon is a step's date)
    '(?<=[；;]\\s*)20\\d{2}年(?=[，,])',
  ]),
  ...rules('goal', 1.0, [
    '力争',
    '争取到',
    '目标是',
    '预期目标',
    '主要目标',
    '发展目标',
    '总体目标',
    '奋斗目标',
    // a plan's goals by stage, "阶段目标方面，到2023年，要形成20个左右…": the goal named as the others are (s34: over
    // all golds 1 gold target, no other; the 工作目标 of a heading is read as a heading)
    '阶段性?目标',
    // (not the tasks handed down as the object of a measure, "将省下达的…目标任务分解到乡镇", "明确目标任务、
    // 工作措施和责任分工": the act is to pass them on or spell them out, no goal is set)
    '(?<!(?:分解|下达|明确|细化)[^，,。；;！!？?]{0,16}?)目标任务',
  ]),
  ...rules('goal', 0.5, [
    '基本建成',
    '全面建成',
    '基本实现',
    '全面实现',
    '基本形成',
    '初步建立',
    '全面完成',
    '建成',
    '覆盖率',
    // full coverage reached as the goal of a dated target, "到2030年，…网络实现全面覆盖", "到2026年底实现…设施全覆盖"
    // (with a deadline only: alone it is half a target; over all golds such sentences with (到|至)20XX年: 4 gold, 0
    // not); not the manner of a duty, "要…开展全覆盖检查，6月底前完成…" (matched at the rarer 覆盖, 实现 looked for behind)
    '(?<=实现[^，,。；;！!？?]{0,30}?全面?)覆盖(?!率)',
  ]),
  ...rules('quantity', 0.8, [
    `${NUM}\\s*(?:%|％|‰)`,
    '百分之[一二三四五六七八九十百]+',
    `(?:${NUM}|${CN_NUM})个百分点`,
    '翻(?:一)?番',
    `至少(?=${BOUNDARY}{0,10}?(?:${NUM}|${CN_NUM}))`,
    // a limit per day, week or term: "每周…时间不少于5小时" (with the bound below: a target)
    `每(?:天|日|周|月|年|次|学期|学年|课时|节课)(?=${BOUNDARY}{0,16}?(?:不超过|不少于|不低于|不高于|控制在|少于|多于)${BOUNDARY}{0,6}?(?:${NUM}|${CN_NUM}))`,
    `新增${BOUNDARY}{0,12}?(?:${NUM}|${CN_NUM})`,
    // a count of works or households to finish, "完成…改造5万户", "新建…储备库1200个" (with a deadline or
    // goal only: alone it is a report's tally); not a time span, "建设主管部门应当自受理申请之日起7个工作日内完成审核",
    // where the row would swallow the duty's 应当
    `(?:完成|建成|新建|改造|建设|培育|打造|培训|创建)${BOUNDARY}{0,16}?(?:${NUM}|${CN_NUM})(?:万|千|百)?(?:户|个|所|家|座|处|名|人次|公里|亩|套|间|张|辆|条|项)(?!工作日|月|小时|星期|季度)`,
    `(?:达到|超过|不低于|不少于|不超过|不高于|控制在|提高到|提升到|降低到|降至|增至|增加到|扩大到|扩大至|缩短到|减少到|稳定在|保持在|突破)${BOUNDARY}{0,10}?(?:${NUM}|${CN_NUM})`,
    `(?:${NUM}|${CN_NUM})\\s*[^\\d，。,；;]{0,4}?(?:以上|以内)`,
    // a growth bound set against another's, "收入增速要继续快于城镇居民", "增幅不低于全省平均水平": the
    // figure to reach, named by comparison (with a deadline or goal only, as the rows above)
    `(?:增速|增幅|增长率|增长速度)${BOUNDARY}{0,8}?(?:快于|高于|不低于|不慢于|超过)`,
  ]),
  // --- context: declarative, rhetorical, narrative
  ...rules('context', -4, ['并不意味着', '不意味着', '并不是说', '不是说']),
  // Preambles of documents ("为…，现提出如下意见。", "…，制定本办法。") state purpose, not a measure.
  ...rules('context', -3, [
    '现(?:就|将)?(?:[^，。；]{0,12}?)(?:提出|通知|印发)(?:如下|以下)',
    '特制定',
    '制定本(?:办法|规定|条例|细则|意见|方案|预案|标准|指引|规划|准则|措施)',
    // …with what kind of document it is in between: "制定本实施方案", "制定本行动计划", "制定本工作细则"
    '制定本(?:实施|工作|行动|管理|专项|三年行动)(?:办法|细则|意见|方案|规划|措施|计划)',
    '制定本计划',
    '(?:提出|形成|制定)(?:如下|以下)(?:实施)?(?:意见|方案|措施|通知|办法|规定)',
    // 附则: commencement, interpretation, repeal, scope and definitions
    `自${BOUNDARY}{0,20}?起(?:施行|实施|执行|生效)`,
    `(?:由|归)${BOUNDARY}{0,16}?负责解释`,
    '同时废止',
    '本(?:条例|办法|规定|预案|方案|细则|指引|标准)所称',
    '适用本(?:条例|办法|规定|预案|方案|细则|指引|标准)',
    '本(?:条例|办法|规定|预案|方案|细则|指引|标准)适用于',
    // 法律责任: what follows a breach is a consequence, not a rule of conduct; not where an office is told to act on it,
    // "对违反规定的，各部门要依法查处…" (s40, over all golds, fixtures + dev55: 对…的， then 要 / 必须 in the next clause
    // 43 gold, 2 optional, 1 not; with 违反 2 gold, both missed)
    `违反${BOUNDARY}{0,30}?的[，,](?!${BOUNDARY}{0,12}?(?:(?<![需只主重])要(?!求)|必须|务必))`,
    '违反本(?:条例|办法|规定|法|决定|细则)',
    // …and any case told with its sanction, "对以虚假材料骗取补贴的，由…部门追回…", "…未履行巡查义务的，由…责令改正":
    // a condition (…的，) and the office that acts on it (由 + office + a sanction), whatever breach names it (fixture
    // golds: 0 gold, 7 optional, 24 not; a duty given to an office, "…的，由…负责…", is no sanction)
    `(?<=的[，,]\\s*(?:依法)?)由${BOUNDARY}{1,30}?(?:责令|追回|收回|追缴|处(?!理)|予以|给予|没收|吊销|撤销|取消|追究|移送)`,
  ]),
  // a notice's own preamble with a long topic, "经…同意，现就加快推进…有关事项通知如下。", and a line that
  // links a document ("相关文件：…关于印发《…》的通知", "附件：1.…清单"): what follows is named, not asked
  ...rules('context', -3, [
    // (…and of an explanation or a reply: "现就有关内容解读如下", "现将有关情况说明如下")
    `现(?:就|将)${BOUNDARY}{0,40}?(?:通知|提出|明确|规定|解读|说明|解释|答复)(?:如下|以下)`,
    '^(?:相关(?:文件|链接|阅读|政策|新闻|附件)|附件\\s*\\d*|原文链接|政策原文|文件下载)\\s*[：:]',
  ]),
  ...rules('context', -2.5, [
    // what a document was found to contain: "报告提出了今年…的主要预期目标：…", "《纲要》明确了到2035年…的目标"
    // (a summary of the document; over all golds, 《…》明确了: 0 gold, 1 optional, 4 not)
    '提出了',
    '》明确了',
    // …and what it lists or sets, named, "《规定》专门列出了考核中的8种禁止行为", "《方案》同时划定了不宜编入…的七类人员" (s39,
    // over all golds 0 gold, 0 optional, 5 not on 4 pages, 2 marked); not when a colon opens the list itself, "《通知》还
    // 设定了整改时限：各…应于…前完成…" (2 gold)
    '(?<=》[^，,。；;：:]{0,8})(?:列出|列明|划定|设定|新增|增设|细化)了(?![^。；;！!？?]*[：:])',
    // …and its size, "《办法》共7章38条，坚持…的原则，着力解决…问题" (s34: over all golds 0 gold, 0 optional, 8 not, 2 unlisted)
    '共[\\d一二三四五六七八九十]+章',
    // …also counted in parts or articles after its name, "《意见》共6个部分20条，坚持…，着力解决…", "新规共二十八条，对…作出规定"
    // (s37, over all golds, fixtures + dev37, 共 + a number + 章 / 部分 / 方面 / 条: 0 gold but a heading's "（共8条）", 0
    // optional, 21 not, 4 unlisted on 24 pages)
    '(?<=》|规|条例|办法|意见|通知|方案|措施|草案)共[\\d一二三四五六七八九十]+个?(?:部分|方面|条)',
  ]),
  ...rules('context', -2, [
    `(?:处|并处)${BOUNDARY}{0,24}?罚款`,
    `由${BOUNDARY}{0,20}?责令`,
    // someone's own words: "骑手小陈对记者说，…", "他说：“…”", "一位返乡青年说，…"
    `(?:${ZH_ORDINARY_SPEAKERS})${BOUNDARY}{0,10}?(?:说|表示|坦言|告诉)`,
    `对${BOUNDARY}{0,10}?记者(?:说|表示)`,
    // a person named bare, telling in plain words, "老周说，去年…今年得…" (an instruction reported is
    // 强调/指出, and an office named, 局长说, is the policy's voice; so is an official named earlier and
    // then bare, who tells what the whole city will do: "王某说，年内全市将建成…")
    '(?<=(?:^|[。；;！!？?”]\\s*)[\\u4e00-\\u9fff]{2,3}(?<![长记任席理]))说[，,](?![^。；;！!？?]{0,20}?全[市省区县州国](?:将|要|力争))',
    // a scholar's view or advice, reported: "某大学教授王某表示，…关键是要…", "多位专家建议，…要…", "她建议，
    // 需要…" (an official's words, "该负责人表示，各地要…", report the policy and stay directives)
    `(?:专家|学者|教授|研究员|分析师|经济学家|分析人士|业内人士)${BOUNDARY}{0,8}?(?:表示|建议|认为|指出|分析|提醒|坦言)`,
    // …and the classics a theory article cites, "恩格斯在《反杜林论》中指出，要…": the argument's source, no
    // one's instruction today (not 马克思主义…, the doctrine a duty may apply); a leader of the past cited so too,
    // "毛泽东同志说过：“房子是应该经常打扫的…”" (s39, over all golds 0 gold, 0 optional, 2 not; not 毛泽东思想, 邓小平理论)
    `(?:马克思|恩格斯|列宁|毛泽东|邓小平)(?!主义|思想|理论)${BOUNDARY}{0,24}?(?:指出|强调|认为|写道|提出|说)`,
    // advice and views in any person, as the scholar's row above: "他还建议，…", "下一步，我建议主管部门尽快…",
    // "我们主张…", "我的理解是，平台要…" (a view named as a noun). Over all golds 4 not, 0 gold or optional
    // (all 他/她建议); the first person, met on a sealed page's interview, was read as a directive.
    // (not 我省/我部建议: an office's proposal)
    '(?:我|他|她)(?:们)?(?:还|也|则|个人|更)?(?:建议|主张)',
    // (also the reasoning behind a measure, "我们的考虑是，既要…又不能…": s40, 0 / 0 / 1)
    '(?:我|他|她)(?:们)?的(?:理解|看法|观点|判断|体会|建议|考虑|想法)是',
    // …and a view in the first person singular, "答：我认为，关键在于把功夫下在平时。": the speaker's own, also when it
    // weighs what matters (s39, over all golds 0 gold, 0 optional, 12 not on 12 pages, 1 marked)
    '我(?:个人)?(?:认为|觉得)|个人认为',
    // a memory told, "党支部书记某某回忆，…“大家担心…水费要涨…”": past words, whoever recalls them (over all golds
    // 1 not: "…干部回忆说，“…必须算长远账…”")
    '(?:回忆|回想|忆起)(?:说|道|起)?[，,：:]',
    // complaints reported: "有网友吐槽：…先要…还要…" (not "对群众抱怨较多的窗口，要…")
    '(?:吐槽|抱怨|埋怨|诉苦|发牢骚)(?=[：:，,]|说|道)',
    // a penalty incurred, told in the passive: "逾期将被责令限期改正" (as 由…责令 above)
    '被责令',
    // an unnamed voice, or a wish reported: "有基层干部坦言，…", "他说，希望有关部门…“不要…”"
    `有${BOUNDARY}{0,10}?坦言`,
    '(?:他|她)(?:还|也)?(?:说[，,：:]?)?希望',
    // a year's work told as its tally, "2016年，全国…共检查…42.6万家次，责令整改1.8万家次，立案查处…": the 责令 of the
    // cases counted is a sanction done, no duty (s39, over all golds, fixtures + dev39: 0 gold, 0 optional, 10 not on 9
    // pages, 4 unlisted)
    `(?:共|累计)(?:检查|查处|排查|抽查|督查|巡查|检测|办理|受理|处理)${BOUNDARY}{0,30}?[\\d.]+万?(?:家次|人次|次|起|件|家|户|个|条)`,
    // money sent, reported with its sum: "财政部紧急预拨救灾资金2亿元，支持…" (not "确保资金及时拨付")
    `(?:预拨|下拨|调拨|拨付|下达)${BOUNDARY}{0,24}?[\\d.]+\\s*(?:亿|万)元`,
  ]),
  // whoever tells the reporter, "他告诉记者，公司今年要把…" (s35, over all golds: 0 gold, 2 optional, 18 not). Before a
  // comma only: a quotation after a colon, "…告诉记者：“…”", is the quotation's speaker's (quote-speaker.ts). An
  // official's too, whose account of his unit's plans is no instruction passed on (告诉记者 is a viewing verb of the
  // frame, report-frame-rules.ts): -3 (s39), so a plan told with its date and two figures, "县长某某告诉记者，明年全县要
  // 再完成…1.2万人，新建…300公里" (target 3.2), stays his account. Over all golds (fixtures + dev39) 0 gold, 7 optional,
  // 34 not on 30 pages
  ...rules('context', -3, ['告诉记者(?=[，,])']),
  // a case told of an office the report leaves unnamed, "某县农业农村局在推进…项目中，要求各乡镇每周报送…", "浙江省某街道为
  // 迎接…检查，…抽调…": a 通报's typical problem or a commentary's example, what that office did, never the body that
  // directs the reader (s39, over all golds, fixtures + dev39: this shape 0 gold, 0 optional, 8 not on 3 pages, 6 of
  // them marked; any sentence naming a 某县 / 某市 / 某街道 / 某单位 … 0 / 0 / 21 on 14 pages, 13 unlisted). -4: the case's
  // own words are the duties it imposed, "…要求乡镇干部每天上传…不少于10张，照片须带…" (4.7 before it)
  ...rules('context', -4, [
    '某(?:县|市|区|镇|乡|乡镇|街道|区委|县委|市委)[^，,。；;：:“”]{0,16}?(?:在[^，,。；;]{2,30}?(?:中|过程中|期间|时|后)|为[^，,。；;]{2,20}?)[，,]',
  ]),
  // a person of the people named at the sentence's start, whose words follow after a colon, however
  // many clauses between: "村里的患者某某今年76岁，提起…，话就多了起来：“…不能停，要按时吃…”" (over all
  // golds 12 not, 0 gold or optional; not when an office speaks in between). -3, not -2 (s33): the match takes the
  // place of the 说：“ row below, and a voice's words with two modals, "退休教师某某…，他说：“…谁也不能…，规矩必须…”"
  // (3), outweighed -2; also after a quotation closing the sentence before (。”). Over all golds (fixtures + dev33)
  // the row's sentences are still 0 gold, 0 optional
  // (the row opens at the noun, its place read behind: a row that opens with any character is tried everywhere)
  ...rules('context', -3, [
    `(?<=(?:^|[。！？!?]”?)\\s*[^，,。；;“”：:]{0,12})(?:${ZH_VOICE_NOUNS})(?:(?!${ZH_AUTHORITY_HINT})[^。；;！!？?“”：:]){0,40}?[：:]\\s*(?=“)`,
  ]),
  // a direct quotation is the speaker's words ("校长说：“老师要…”"), the more so in the first person;
  // an addressee with a strong modal still carries it ("该负责人说：“各地必须…”")
  ...rules('context', -2, ['(?:说|坦言|感慨|说道)[：:，,]\\s*(?=“)']),
  // …and told to the reporter, "一位店主告诉记者：“…要…”" (the row takes 记者 too: its −0.4 does not add): over all
  // golds 0 gold, 1 optional (an official's), 4 not; a voice's account, which a strong modal in it does not make a
  // duty ("…当了二十年水管员的某某告诉记者：“…今年还要…，汛前必须…”"); an official's is read again by the frame
  ...rules('context', -3, [`告诉${BOUNDARY}{0,6}?记者[：:，,]\\s*(?=“)`]),
  // …and told after the quotation: the same words, never an office's ("“各地要…。”该负责人说。", or one an
  // office's 负责人 named just before: they report the policy). Two readings, kept apart because each
  // reaches what the other cannot:
  // - any speaker within a few characters of the closing mark, the quotation ending a sentence, "“…还要在
  //   服务上多下功夫。”一家企业的店长说。", also named with place and post and told to the reporter ("…”某省
  //   某市一家商店的店主某某告诉记者。") (负责人/发言人 excluded by name);
  // - an ordinary person (ZH_ORDINARY_SPEAKERS) named as its speaker, up to 24 characters on, whether or
  //   not the quotation ends a sentence and even after an office's 负责人 spoke, "“…还是要多跑几趟。”有二十
  //   年党龄的老党员老周说。" (genre-batch9s pins a case only this row reaches)
  ...rules('context', -2, [
    '(?<![厅局委部处办署院]负责人[^。“”]{0,40}?(?:介绍|表示|说)[^\\n]{0,300}?)“(?=[^“”]{2,200}?[。！!？?…]”[^，,。；;！!？?“”]{1,24}?(?<!负责人|发言人)(?:说|表示|坦言|感慨|感叹|直言|告诉记者|认为|指出)(?:道)?[。，,！!])',
    `“(?=[^“”]{2,160}”${BOUNDARY}{0,16}?(?:${ZH_ORDINARY_SPEAKERS})${BOUNDARY}{0,8}?(?:说|说道|坦言|感慨)[。！!])`,
  ]),
  // …and a quotation that is a sentence of its own with no speaker after it: a feature's dialogue or a
  // witness ("山坳里。“以前开饭要等…，现在…”", a paragraph that is only "“…务必在11时前拿下主峰！”"), not the
  // document's words. Over all golds such whole-sentence quotations are 2 gold, 1 optional, 28 not; the two
  // gold are an official's, its speaker named next to it: after it ("…”林卫东说。", left to the rows above)
  // or in the sentence before ("陈立新回应称，…。“关键在于…”"), which this row leaves alone.
  ...rules('context', -2, [
    '(?<=^\\s*|[。！？!?…]\\s*)(?<!(?:说|表示|称|介绍|指出|强调|回应)[，,：:][^。！？!?“”]{0,120}[。！？!?]\\s*)“(?=[^“”]{2,300}?[。！!？?…]”(?![^，,。；;！!？?“”]{0,24}?(?:说|表示|介绍|告诉|坦言|感慨|直言|指出|强调|笑称|感叹|称)))',
  ]),
  // …and the other verbs that open a quotation: "有群众直言：“…还是要跑好几趟。”", "他感叹道：“…”"
  ...rules('context', -2, ['(?:直言|感叹|感言|笑言|笑称|坦承|反问|追问|吐露|念叨|叹道)(?:道)?[：:，,]\\s*(?=“)']),
  // …and a complaint or a view reported as a quotation: "有的家长反映：“作业太多，孩子要写到很晚。”" (not the
  // duty to report, "及时反映情况": only before a quotation)
  ...rules('context', -2, ['反映(?:说|道)?[：:，,]\\s*(?=“)']),
  // a quotation in the first person: the speaker's own plans or his community told what it must do ("“我们要多带几个
  // 徒弟…”", "“老规矩，咱们得守着…”": gold-conventions.md, Who speaks). Quoted 我们/咱 with a modal, over all golds:
  // 1 gold (an official's, whose frame is read again without the quotation mark), 4 optional, 24 not.
  ...rules('context', -2.5, ['“(?:[^“”，,。；;！!？?]{1,12}[，,])?(?:我们|咱们|咱)']),
  ...rules('context', -1.5, ['“我(?![国省市县区党军院部局委厅校所们])']),
  // a view framed as the speaker's, opening the sentence, "在某大学副教授某某看来，…要…，政府不能…": whoever holds it, a
  // view, not an instruction passed on (as 认为, ZH_VIEWING_VERBS); before 看来's own -1.5 below, which it replaces
  // there (the first rule that fits a place wins). Over all golds 0 gold, 0 optional, 2 not, 4 unlisted (s32)
  ...rules('context', -3, ['(?<=(?:^|[。！!？?])\\s*在[^，,。；;！!？?“”]{1,40})看来(?=[，,])']),
  // unnamed people's worries and views, "有群众担心医院会…", "还有读者提出，长椅不光要“有”，还要“好”", "不少居民认为…":
  // what some of the public think, reported, whatever modal their view holds (not 所有人 / 没有人 / 只有). Over all
  // golds (fixtures + dev33) 0 gold, 0 optional, 9 not, 7 unlisted (s33). Also with where they said it between, "不少市民
  //在留言中提出疑问" (s40: over all golds 0 gold, 0 optional, 0 not, 1 unlisted; dev56 1 not)
  ...rules('context', -3, [
    '(?<![所没只具拥占享持])(?:还|也|更|亦)?(?:有|不少|一些|部分|许多|很多|多数|大多数)(?:的)?(?:群众|居民|市民|村民|网友|家长|读者|消费者|患者|老人|听众|观众|乘客|游客|业主|职工|员工|人)(?:在[^，,。；;]{1,8}中)?(?:还|也|则|就|都|纷纷)?(?:担心|担忧|顾虑|认为|觉得|提出|建议|希望|期待|期盼|疑惑|质疑|吐槽|抱怨)',
  ]),
  ...rules('context', -1.5, [
    // descriptions of problems: "一些地方暴露出…等问题", "…仍时有发生"
    // (not the problems a measure takes up, named after 对/针对 opening a clause: "4.对训练中暴露的问题，要建立问题清单",
    // or right after its modal, "各单位要针对暴露的短板逐项整改": over all golds 1 gold, 0 optional, 0 not)
    `(?<!(?:^|[，,；;：:.．、）)\\s]|要|应当?|须)(?:对|针对|对于)${BOUNDARY}{0,20}?)(?:暴露出?|存在)${BOUNDARY}{0,30}?(?:问题|现象|短板|不足|隐患)(?!的)`,
    '时有发生',
    // a shortfall of some, told as a state of things: "一些企业底数不清、报告不及时，…" (not what a measure
    // targets: "针对一些地方落实不到位的问题，…", "对部分单位整改不到位的，…")
    `(?<!针对|对|对于|解决|防止|纠正|避免|整治)(?:一些|部分|个别)(?:企业|地方|单位|部门|地区|基层|干部|主体|机构|学校|医院|村|社区)${BOUNDARY}{0,16}?不(?:清|明|及时|到位|健全|完善|规范|落实|够|足|畅)(?=[，,、])`,
    // a sentence that ends on a state of things, "…短板依然突出。", "…审批周期偏长。", describes it (not
    // "风险依然突出，各地要…" or "…；各地要…": a state that opens a measure; ；rarely ends a unit)
    `(?:短板|问题|矛盾|差距|不足|瓶颈|弱项|隐患|风险)${BOUNDARY}{0,10}?(?:依然|仍然|仍|还|较为|尤为|比较|十分|更加|日益|更为)(?:突出|明显|严重|凸显)(?=[。！!]|$)`,
    `(?:周期|时限|时间|流程|环节|链条)${BOUNDARY}{0,4}?(?:偏长|过长|较长|过多|繁琐|烦琐)(?=[。！!]|$)`,
    // a task judged, not set: "…不是一日之功", "…没有休止符", "…永远在路上", "…只有进行时，没有完成时"
    // (the verb that opens such a sentence is its topic)
    '(?:不是|并非|非)一(?:日|朝|时)之功',
    '没有休止符',
    '永远在路上',
    '只有进行时',
    '没有完成时',
    '没有终点站?',
    '任重道远',
    '是一场持久战',
    // complaints: "…报送材料，疲于应付"
    '疲于应付|疲于奔命|苦不堪言|不堪重负|叫苦不迭',
    // reports of a decision: "对…作出重要部署"
    '作出(?:了)?(?:重要|全面|系统|战略)?部署',
    // a view reported: "会议认为，…", "专家认为，…" (also holds back emphasis: "…是头等大事")
    '(?:认为|觉得|看来)(?=[，,：:])',
    // a consequence reasoned, not asked for: "…的国情决定了改革不能照抄别国模式" (a theory article's argument)
    '决定了',
    // …and its method: "考察…的分配，首先要从…入手", "理解这一变化，要从…看" (how to study a question,
    // not a measure; a task as the topic stays one: "巩固减负成果，要从源头上抓起")
    `(?<=^|[，,。；;]\\s*)(?:考察|理解|分析|研究|看待|认识)${BOUNDARY}{1,24}?[，,](?:首先|还|则|就)?(?:需要|需|要|应当|应)从`,
    `(?:如果|假如|倘若|若)${BOUNDARY.replace('，,', '')}{0,40}?(?:那就|那么|就|便)`,
    '难道',
    '呵呵',
    '哈哈',
    '怎么办',
    '如何',
  ]),
  // a question asked to be answered, "为什么我们反复强调这一点？": the speech's question, no emphasis or duty
  // (its emphasis marker would outweigh the question mark); only up to a question mark, and not 为什么人
  // ("for whom": "全党必须牢记，为什么人的问题，是…" is a duty)
  ...rules('context', -1.5, ['为(?:什么|何)(?!人)[^。！!；;？?]{0,60}[？?]']),
  // …and its answer, a reason told: "我们之所以反复强调这一点，是因为…", "之所以要…，就在于…" (explains a
  // duty or an emphasis, sets none)
  ...rules('context', -1.5, ['之所以']),
  // a procedure told as the cause of a trouble, "却因为动用维修资金要经过…表决而迟迟无法启动": the 要 of
  // 因为…要…而 says what it takes, as the answer's complaint, not a duty
  ...rules('context', -2, ['因为[^。，,；;！!？?]{1,30}?要[^。，,；;！!？?]{1,30}?而']),
  // an open question as the topic, answered by what decides it, "是否承担责任、承担多大责任，要根据…来确定":
  // how a case is judged, explained (an answer in a Q&A), not a duty put to anyone
  ...rules('context', -1.5, [
    `(?:是否|多大|多少|多长|多久)[^，,。；;]{0,20}?[，,](?=要(?:根据|依据|按照|视|看)${BOUNDARY}{1,40}?(?:来|而)?(?:确定|判断|认定|决定|而定))`,
  ]),
  // an achievement to date with its tense, "…期间，全区已累计建成…500万亩，…覆盖率…提高到95%以上": a count reported,
  // whatever its figures (the match takes 累计's -1.2 with it; over all golds 0 gold, 0 optional, 20 not, 1 unlisted);
  // and a forecast,
  // "…，预计还能吸纳60名左右…" (1 gold, with a modal and a goal of its own; 2 optional, 15 not, 2 unlisted) (s32)
  ...rules('context', -3.4, ['已累计']),
  // …and one told with its count, "全省已建成…产业园区3200余个", "全市已完成改造12.6万户": what was built or done, a
  // tally (-2.1 in place of the 已 row's -0.6 below, the first rule fitting a place; not the things a measure acts
  // on, "对已建成的…"). Over all golds (fixtures + dev33) 0 gold, 0 optional, 28 not, 1 unlisted (s33). Also a level
  // passed or reached, "2025年，全国农作物良种覆盖率已超过96%，…占比超过95%" (its two figures outweighed the 已 row's
  // -0.6; s34: over all golds 0 gold, 0 optional, 15 not, 5 unlisted)
  ...rules('context', -2.1, [
    '(?<![在对将把为向从给与])已(?:经)?(?:建成|完成|实现|开通|覆盖|达到|建立|培育|打造|创建|新建|改造|超过|突破|达|降至|降到|增至|提高到|提升到|稳定在)[^，,。；;！!？?]{0,30}?[\\d一二三四五六七八九十百千万]+(?:余|多)?(?:个|家|所|座|处|条|公里|万|亿|%|人|户|项|辆|台|亩)',
  ]),
  // (…and 有望, "据…测算，到2030年…市场规模有望突破2000亿元": a forecast; s34, over all golds 0 gold, 0 optional, 2 not)
  ...rules('context', -1.5, ['预计', '有望']),
  // what is still ahead, told: "推动农业发展从…转向…，还有不少难关要过", "还有几道关要过": the task before it is the topic,
  // no one is asked (s34: over all golds 0 gold, 1 optional, 1 not); its 要 taken with it
  ...rules('context', -1.5, ['还有[^，,。；;！!？?]{1,10}?要(?=[\\u4e00-\\u9fff]{1,2}(?:[。！!，,；;]|$))']),
  ...rules('context', -1.2, [
    '截至',
    '截止到',
    '同比',
    '环比',
    // (not a dated target's count, "到2027年累计培训…100万人次", also with its subject between, "到2028年，全国累计培训…":
    // the figure to reach, not one reported; 截至 reports one)
    '(?<!(?<!截)(?:到|至)20\\d{2}年(?:底|末)?[，,]?[^，,。；;！!？?]{0,8}?)累计',
    '据统计',
    // an estimate of what a measure will bring, "据测算，调整后…一般在10元以内", "初步测算，今年政策将带动…" (s37, over all
    // golds, fixtures + dev37: 0 gold, 0 optional, 16 not on 16 pages)
    '(?:据|经)(?:初步)?(?:测算|估算|匡算|预测)',
    '初步(?:测算|估算)(?=[，,])',
    // a report of the days past, "连日来，各地各部门认真贯彻…，全力做好…" (s37: 0 gold, 0 optional, 1 not, 2 unlisted on 3
    // pages), as 以来， is
    '(?:连日|多日|连月|近日)来(?=[，,])',
    '报道',
    '采访',
    '近年来',
    '多年来',
    // looking back: "这些年，各地在…方面做了不少探索。"
    '这些年',
    '这几年',
    '近些年',
    '以来,',
    '以来，',
    '取得了',
    // a report of what was done, "…负责人进行了解读。" (not 进行了解, to find out: "要对…进行了解")
    '进行了(?!解(?:[^答读释决]|$))',
    '实现了',
    // a change told as done, "依托…，村里发展起了竹编产业", "…，村民过上了好日子": a report, however the
    // sentence opens (围绕/聚焦/依托 + its object, read alone, is an imperative item)
    '起了',
    '(?:过|走|用|坐)上了',
    '完成了',
    '召开了',
    '举行了',
    // (not when the issuing body turns to its addressees, "…印发了《意见》，并发出通知，要求各地区各部门…":
    // the document is told to pass its duty on, the duty is the news)
    `(?:出台|印发|发布)了(?![^。；;！!？?]*?[，,](?:并)?要求(?:各(?:地|级|省|市|部门|单位|有关)|有关部门|地方各级))`,
    // (not a frame that introduces the rule after a colon, "《办法》也作出了规定：配送餐食应当…": over all golds such
    // frames with 作出 (了) before their rule, 3 gold, 0 not)
    '作出了(?![^，,。；;：:]{0,8}?(?:规定|部署|要求)[：:])',
    '开展了',
    '推出了',
    // a measure told as done, "税务部门在各地设立了…专窗，并通过…开展…辅导", "我们…制定了《措施》，进一步加大…" (s35: over
    // all golds such a verb with 了 and no duty after it, 0 gold, 1 optional, 16 not; not "我部制定了…，现印发给你们，
    // 请…", "《通知》还设定了整改时限：各…应于…前…", where the rule follows)
    '(?:设立|下达|给予|制定|建立|设置|配备|签订|组织|下发|保持|考虑)了(?![^。；;！!？?]*?(?:[：:]|要求|请|(?<![必重主需只想])要|应|须|不得|严禁|禁止))',
    // (not inside the subject's modifier, "施行前已经设立的机构，应当…": what it names, not the tense told)
    `已经(?!${BOUNDARY}{1,16}?的${BOUNDARY}{0,16}?[，,])`,
    '曾经',
    // a past instruction told as news, "监管部门曾通过窗口指导要求…", "应急管理部曾要求各地…": 曾 before the act
    // (as 曾经; not a name, 曾某, since a verb of instructing must follow within the clause)
    '曾(?!经)(?=[^，,。；;！!？?]{0,12}?(?:要求|提出|明确|部署|下发|印发|通知|强调))',
    '过去',
    '了(?=[。！!])',
    // a count done, told in the past: "一周内向乡镇下发了三份调查表" (its time span is no deadline)
    '(?<![为除到])了(?=[一二三四五六七八九十两几\\d]+(?:份|个|次|项|条|件|张|批|场|轮|遍))',
    '数据显示',
    // a figure held or moved, told as done: "…连续多年稳定在700亿斤以上", "…有机质含量平均提高了0.3个百分点" (s32;
    // over all golds 连续…年 0 gold, 1 optional, 8 not, 4 unlisted; a change verb with 了 0 / 1 / 12 / 6); not a change
    // a new rule made, told before the rule itself in a later clause, "新规还增加了…的规定，驾驶人…应当…" (s40, over all
    // golds, such a later clause with 应当 / 必须 / 不得 / 严禁: 1 gold, 0 other; as 设立了 below)
    '连续(?:多|[\\d一二三四五六七八九十两]+)年',
    '(?:提高|增加|增长|下降|减少|增产|降低|提升|缩短|压缩|扩大)了(?![^。；;！!？?]*?[，,][^，,。；;]{0,16}?(?:应当|必须|不得|严禁))',
    '这是一项',
    '是一项',
    '该[市省县区局部厅委镇村校院]',
  ]),
  // a result reported as the sentence's end, "…，取得积极成效。": what was done and how it went (not one aimed
  // at: "确保…取得实效", "力争…取得明显成效"); it outweighs a ban the report names, "推行“…一律不得…”承诺制"
  ...rules('context', -1.5, [
    '(?<!(?:确保|力争|务求|推动|争取|保证|努力)[^。；;！!？?]{0,30}?)取得(?:积极|明显|显著|良好|阶段性|初步|重要)(?:成效|进展|成果)(?=[。！!]|$)',
  ]),
  // an office's next steps, told by its spokesperson: "该负责人表示，将加强…" (as 下一步将 / 我们将 below, not
  // when the sentence turns to its addressees, nor when it sets a dated target, "…介绍，今年将新建…500个，到
  // 2027年底实现全覆盖"; before 表示, which would take its first word)
  ...rules('context', -2.5, [
    `(?:表示|介绍)[，,](?:今年|今后|接下来|近期|还|也)?(?:${ZH_OWN_UNIT})?(?:还|也)?将(?![^。；;！!？?]*?(?:到|至)20\\d{2}年)(?![^。；;！!？?]*?[，,](?:各地|各级|各省|各市|各部门|各有关|各单位|各地区|地方各级)[^，,。；;]{0,8}?(?:要|必须|应当|务必|须))`,
  ]),
  ...rules('context', -0.4, ['据悉', '据了解', '记者', '表示']),
  ...rules('context', -2, [
    // the speaker's own next steps: "下一步将会同…", "我们将…" (not the 将 of a duty's object, "下一步，各区要将加装
    // 电梯纳入…": 要将/应当将 is a duty on all golds, 29 / 0 / 0; nor, as after 表示, when it sets a dated target,
    // "下一步，街道将…，年内完成300户…改造", "…，力争到2020年6月底实现…全覆盖": over all golds 2 gold, 1 optional)
    `下一步[，,]?${BOUNDARY}{0,8}?(?<![要须应当])将(?![^。；;！!？?]*?(?:(?:到|至)20\\d{2}年|年内|年底前))`,
    // (not when the sentence turns to its addressees: "我们将…，各地要在3个月内完成…" sets them a duty)
    '(?:我们|我部|我局|我委|我厅|我办)(?:将|也将|还将|会)(?![^。；;！!？?]*?[，,](?:各地|各级|各省|各市|各部门|各有关|各单位|各地区|地方各级)[^，,。；;]{0,8}?(?:要|必须|应当|务必|须))',
    // …and told with 要 by whoever plans for his own unit, "下一步，我们要把闲置厂房盘活", "下一步我们村要…" (s40, over
    // all golds, fixtures + dev55: 下一步 + 我们 + 要 0 gold, 1 optional, 10 not; the gold "下一步，我们将重点抓好三件
    // 事：一是要…" is read by its points)
    '下一步[，,]?(?:我们|咱们)(?:村|镇|社区|街道|这里)?(?:还|也)?要',
    // a person's past conduct told in a 通报, "某某在分管…工作期间，要求全局…": what he did then, no duty (s40, over all
    // golds 0 gold, 0 optional, 2 not, one page)
    // (matched at the rarer 期间, 在… looked for behind it: 在 opens a phrase in most sentences)
    `(?<=在(?:分管|担任|任职|主持|主管)${BOUNDARY}{1,30}?)期间`,
    // what a finding will serve, "普查数据将作为各地编制…规划的重要依据" opening the sentence (s40, over all golds, a
    // result, its data or marks opening the sentence before 将作为 / 作为: 0 gold, 1 optional, 2 not; after a duty's
    // clause, "…，考核结果作为…的重要依据", they are the duty's, 30 gold)
    // (matched at 作为, the result and its sentence's start looked for behind it: 结 / 数 / 成 are common, and the
    // sentence is one of its block's)
    '(?<=(?:^|[。；;！!？?])\\s*[^，,。；;！!？?]{2,12}?(?:结果|数据|成绩)将)作为',
  ]),
  // a note on the document's own layout, "（…牵头单位…，以下均需各市政府落实，不再列出）": how its lists are
  // written, not a measure
  ...rules('context', -2, ['不再(?:一一)?(?:列出|列举|赘述|重复)']),
  // a permission, not a duty: "地方政府可结合实际出台配套政策", "可以引进…"
  ...rules('context', -0.8, ['可以', '可(?=结合|根据|视情|自主|适当|自行|参照|按照)']),
  ...rules('context', -1.2, [
    // definitions and features: "…是指…", "具有…的特点"
    '是指',
    `具有${BOUNDARY}{0,24}?(?:特点|特征|优势)`,
    // complaints and descriptions of what some do: "有的地方热衷于…"
    '有的(?:地方|单位|部门|干部|企业|农民|群众|学校|人|家长|党员|基层|会议)',
    '(?:居民|群众|市民|村民|网友|家长|企业|商户|农民)(?:们)?(?:纷纷)?反映(?=[，,：:]|较多|强烈[，,。])',
    // what many said, reported: "不少职工反映办理…还要跑几个窗口" (not "及时反映情况", a duty)
    `(?:不少|一些|许多|很多|部分|有些|多位|多名)${BOUNDARY}{0,6}?反映(?!问题|情况|诉求)`,
    // the speaker's own next steps: "下一步将会同…", "我们将…"
    // "是一道必须答好的考题": a description built around a modal
    '是一(?:道|场|个|门|次|堂)',
  ]),
  // a judgement of what a measure is, told in two halves: "把青年就业摆在更加突出的位置，既是民生所需，也是发展所系",
  // "发展银发经济，既是…的需要，也是…的重要举措" (over all golds: 0 gold, 0 optional, 7 not); what it seems set
  // against what it is, "清理挂牌，看似是小切口，折射的却是…", "这种做法看似精细，实则本末倒置" (0 / 0 / 5, 5 unlisted);
  // "不仅是…，更是…". One class, the pair of halves, not its words: why a thing matters or what it really is, no duty
  ...rules('context', -1.5, [
    `既是${BOUNDARY}{1,30}[，,](?:也|又|更|还)是`,
    `(?:看似|看起来|表面上(?:看)?)${BOUNDARY}{1,30}[，,]${BOUNDARY}{0,12}?(?:实则|实际上|其实|实质上|本质上|却)`,
    `(?:不仅|不只|不单)(?:仅)?是${BOUNDARY}{1,30}[，,](?:更|也|还)是`,
  ]),
  // where a thing's key or base lies, "推行河长制，关键在落实责任", "推进…现代化，基础在基层，难点也在基层", "建设海洋强国，
  // 关键在党": a judgement after a topic, no act asked (关键在于 + an act is the emphasis, gold 18 of 18, left to its
  // row). Over all golds (fixtures + dev33) 0 gold, 4 optional, 5 not, 2 unlisted; no modal after it (s33)
  ...rules('context', -1.5, [
    '(?<=[，,])(?:关键|基础|难点|根本|根子|落脚点|核心|出路|希望|难处|症结)(?:也|还|就)?在(?!于)(?![^。；;！!？?]*?(?:要|必须|须|应|务必|不得|不能|严禁|禁止))',
  ]),
  // a judgement of significance, "…，对于…具有十分重要的意义。" (weighs against an imperative opening)
  ...rules('context', -2, [`(?:具有|有着)${BOUNDARY}{0,12}?(?:意义|作用|价值)(?=[。！!]|$)`]),
  // a leader's visit told as news: "…在省委书记陪同下，先后来到…，就…进行调研。"
  ...rules('context', -2, [`在${BOUNDARY}{1,30}?陪同下`, '先后(?:来到|前往|深入|走进|考察|察看|走访)']),
  // an anecdote's surprise, "可让她没想到的是，孩子每天要上…": a story, not a rule
  ...rules('context', -2, ['(?:没|没有)(?:想到|料到)|(?<!意)想不到|出乎意料']),
  // a part of a figure told before, "其中，支持城市更新等领域项目1100多个。": a count, not a measure
  ...rules('context', -1.5, [
    `(?<=^|[。；;！!？?]\\s*)其中[，,](?=${BOUNDARY}*?(?:${NUM}|${CN_NUM})(?:多|余)?(?:个|项|家|所|座|条|名|人次|人|户|处|台|辆|万|亿)[^，,。；;]{0,3}(?:[。；;]|$))`,
  ]),
  // a figure reported: "仅某省就有超过2700所学校参与"
  ...rules('context', -1.2, [`(?:仅|光)${BOUNDARY}{0,12}?就(?:有|达)(?!关)`]),
  // datelines of news reports: 本报北京1月4日电 / 新华社北京3月5日电
  // (and any outlet's, named before its place and date: "中国经济网北京5月18日讯", "某某日报3月5日讯")
  ...rules('context', -2, [
    '(?:本报|新华社|中新社|中新网|人民网|央视网|光明网)' + BOUNDARY + '{0,14}?(?:电|讯)',
    '(?<=(?:网|报|社|台|客户端)[\\u4e00-\\u9fff]{0,4})\\d{1,2}月\\d{1,2}日(?:电|讯)',
  ]),
  // a meeting's lead, "…总理某某9月12日主持召开国务院常务会议，研究…，部署进一步做好…工作，审议通过…": what the meeting
  // took up, told (its decisions follow in sentences of their own); -1.5 in place of 召开's -0.6 (the first rule
  // fitting a place), not when an instruction follows in the sentence ("…主持召开…会议并强调，要…"). Over all golds
  // (fixtures + dev33) 0 gold, 0 optional, 7 not, 8 unlisted (s33)
  ...rules('context', -1.5, [
    `主持召开${BOUNDARY}{0,24}?会议(?![^。；;！!？?]*?(?:强调|指出|要求)[^。；;！!？?]*?(?:要|必须|务必|确保))`,
  ]),
  // "多地…": what several places did, reported (a directive addresses 各地)
  ...rules('context', -0.6, ['近日', '日前', '召开', '举行', '闭幕', '开幕', '多地']),
  // the year's place told, "今年是“十五五”开局之年，推进…站上了新的起点": a setting, no measure (s34: over all golds 0
  // gold, 0 optional, 8 not, 1 unlisted; light, so that "今年是…之年，要…" keeps a duty)
  ...rules('context', -0.4, ['(?<=^|[。；;！!？?]\\s*)(?:今年|明年|\\d{4}年)是[^，,。；;]{1,30}?(?:之年|一年)']),
  // what a step named before the comma is for, "出台这项办法，就是要…": its purpose explained, no new duty
  // (the modal goes with it; before 就是, which would take its first word)
  ...rules('context', -1, ['(?<=[，,])就是要']),
  ...rules('context', -0.6, [
    // (not inside the case a rule covers, "已建成小区未配建…的，要限期补足": a state that names who must act;
    // nor the object of a preposition, "要在已治理水体…设立…", "对已销号的排污口，…": the things a measure acts on,
    // named by their state — over all golds 12 gold, 1 not)
    // (the preposition a word of its own: not the end of 现在, 核对, 作为, 参与, 面向 …)
    // (nor a state a rule requires, "申报的项目，须已纳入国家重大建设项目库": 已 right after the modal; s35, 1 gold, 0 other)
    '(?<!(?<![现存正实所核面针应相绝作成因认行以参导走转服自])[在对将把为向从给与])(?<![须应])已(?!经)(?![^。；;，,！!？?]{0,40}?的[，,])',
    '意味着',
    '说明',
    '表明',
    '显示',
    '认为',
    '指的是',
    '就是',
    '而是',
    '正因如此',
    '所以',
  ]),
];

/** What imposes a requirement, between "required" and "to": "by law", "under the new rules". */
/**
 * The subject of an order given by a document: its name ("The Order", "the memorandum"), "it", or the relative
 * pronoun that stands for it ("a memorandum that tells …").
 */
const EN_ORDERING_SUBJECT =
  '(?:order|memorandum|memo|directive|proclamation|plan|law|act|bill|rule|regulations?|guidance|guidelines?|notice|circular|policy|framework|strategy|legislation|it|that|which)';
const EN_REQUIRED_BY = '(?:by|under) (?:the )?(?:new |current )?(?:law|statute|regulations?|rules|legislation)';

export const EN_RULES: Rule[] = [
  ...rules('emphasis', 2, ['\\bit is important\\b']),
  ...rules('emphasis', 2.5, [
    '\\bplease note\\b',
    '\\bit is (?:critical|essential|vital|imperative|crucial|paramount)\\b',
    '\\bit is (?:particularly|especially|extremely|very|most|vitally|critically) important\\b',
    '\\b(?:particular|special) attention\\b',
    '\\btop priority\\b',
    '\\bhighest priority\\b',
    '\\bnote that\\b',
    '\\bimportantly\\b',
    // (not a writer's judgement of a provision: "… and this is its most important clause")
    '\\bmost important(?:ly)?\\b(?!\\s+(?:clause|provision|article|paragraph|sentence|line|section)s?\\b)',
    '\\bof (?:the )?utmost importance\\b',
    '\\bin particular\\b',
  ]),
  ...rules('falseFriend', 0, [
    '\\bmust-(?:see|have|read|win)\\b',
    // the noun, "Peaking is a must, but …": a thing called needed, no one's duty (over all golds 0 / 0 / 1, held49)
    "\\ba (?:real |absolute )?must\\b(?![-’'])",
    '\\bwill of\\b',
    '\\bgood ?will\\b',
    '\\bfree will\\b',
    '\\bshall we\\b',
    '\\bmay not be (?:enough|sufficient|possible|the case|able)\\b',
    '\\bshould (?:you|we|they) (?!not)',
    // a speaker's own community told what it must do, "We must seize the opportunities of this decade", "We
    // need to be honest about where we are": rhetoric, no duty-holder named (over all golds: 0 gold, 6
    // optional, 12 not; a ban after it, "We must not …", still counts)
    // (and its ban, "We must not wait until …", "We must never again leave …": over the English golds 0 gold, 2
    // optional, 1 not, session 33)
    '\\bwe\\s+(?:(?:all|also|now|still|really|simply|first|therefore|then|just|collectively)\\s+)?(?:must|need to|have to|should)\\b(?:\\s+(?:not|never)\\b)?',
    // …and put after what it answers, "winter doesn’t wait, and neither should we", "so must we", "nor should we": the
    // same rhetoric, inverted (session 40, dev55's remarks: 0 / 0 / 1; no such sentence in the fixture golds)
    '\\b(?:neither|nor|so)\\s+(?:must|should|shall)\\s+(?:we|I)\\b',
  ]),
  // (a context row, not a false friend, since session 38: a forecast's own date makes no target of it either, "Global
  // demand for lithium-ion batteries is expected to grow more than fivefold by 2030"; over all golds "is/are expected to"
  // + a verb of a figure's course 0 gold, 0 optional, 8 not on 8 pages of five portals, 1 of them marked as a target;
  // "projected" and "forecast" read alike: 0 / 0 / 1)
  ...rules('context', -2, [
    // a forecast, not a duty: "the volume … is expected to top 1 million tonnes a year by 2028"; a coverage
    // told by its share, "these teams are expected to cover half of all pupils" (over all golds: 0 / 0 / 1); a trend
    // told to go on, "that number is expected to keep growing" (dev set 39: 0 / 0 / 1)
    // (and a cost forecast by its figure, "Delivering the Plan is expected to require around £56 billion of capital
    // investment", dev set 40: 0 / 0 / 1)
    '\\b(?:is|are) (?:now |also )?(?:expected|projected|forecast) to (?:top|reach|exceed|hit|rise|grow|fall|surpass|increase|decline|climb|drop|double|triple|total|peak|(?:require|cost)\\s+(?:around |about |some |nearly |almost |more than |over |up to |an estimated )?[£$€]?\\d+|(?:keep|continue)\\s+(?:to\\s+)?(?:grow(?:ing)?|ris(?:e|ing)|increas(?:e|ing)|fall(?:ing)?|declin(?:e|ing)|climb(?:ing)?)|cover (?:about |around |nearly |almost |more than |over )?(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|\\d))\\b' +
      // (with the figure and the date it is forecast for, to the clause's end or a modal: "is expected to reach about 70
      // percent by 2030, which means …" — the forecast's "by 2030" is no deadline and its figure no target; session 40,
      // dev55: the comma's "which means … will move" still outweighed the row; over the golds of the fixtures + dev55 such
      // forecasts 0 gold, 0 optional, 10 not)
      '(?:(?!\\b(?:must|shall|should|will|needs? to|ha(?:ve|s) to|(?:is|are) required to)\\b)[^;:!?.,]|,(?=\\d)|\\.(?=\\d)){0,80}',
  ]),
  ...rules('falseFriend', 0, [
    // …and an event forecast, "The new policy is expected to take effect in April 2023", "The agency is expected
    // to publish its report in spring 2023": when something will happen, not a duty ("Schools are expected to
    // publish …" stays one; so does a deadline, "by 2027"). Over the English golds 0 gold, 0 optional, 2 not;
    // the year alone as its time too, "The new payment models are expected to begin operating in 2023" (dev set 39: 0 / 0 / 1)
    '\\b(?:is|are) (?:now |also )?expected to (?:take effect|come into (?:force|effect|operation)|(?:be )?(?:completed|finished|launched|opened|operational)\\b|[a-z]+\\b(?=[^.;:!?]{0,100}?\\b(?:in (?:the )?(?:early |late |mid-?)?(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)\\b|in (?:early |late |mid-?)?20\\d\\d\\b|later this (?:year|month)|(?:during|within|over) (?:the|this) (?:coming )?year\\b|(?:early|later) next (?:year|month)|(?:this|next) (?:spring|summer|autumn|fall|winter|year|month)\\b)))',
    // …and a forecast by what it counts: a figure as the subject, "A record 8.74 million college students are expected
    // to graduate this summer" (a count is forecast, a duty is put on those who act), or what a thing will contain,
    // "The new homes … are expected to include tens of thousands of affordable homes" (over the English golds, "is/are
    // expected to": 1 gold, 1 optional, 8 not; these rows take 2 not and none of the others)
    // (the figure opens the sentence or follows a determiner or an estimate's word, not a date's preposition: "By 2027
    // all councils are expected to …" stays a duty)
    "(?<=(?:^|[.;:!?]\\s+|\\b(?:a|an|the|some|about|around|nearly|almost|over|record|estimated|than|roughly|approximately)\\s+))\\d(?:[\\d.,]*\\d)?(?:\\s+(?:million|billion|thousand))?\\s+(?:[\\w’'-]+\\s+){1,4}?(?:is|are) (?:now |also )?expected to\\b",
    '\\b(?:is|are) (?:now |also )?expected to (?:include|contain|comprise|involve|feature)\\b',
    // …and a forecast told in the passive, "The first orders are expected to be made in 2020", "The first modulated
    // invoices are expected to be issued from October 2027": what will happen to its subject, no duty of its subject's;
    // or by the money a thing will raise or cost, "The scheme is expected to raise around £1.4 billion a year" (over
    // all golds, session 36: "is/are expected to be" + participle 0 gold, 0 optional, 3 not on 3 pages; "expected to"
    // + a verb and a sum 0 / 0 / 2 on 2 pages; "Schools are expected to publish …", an act, stays a duty)
    '\\b(?:is|are) (?:now |also )?expected to (?:be (?:[a-z]+ed|made|paid|done|built|sent|given|seen|taken|held|set|run|shown|brought|spent|written|met|sold|cut|put)\\b|[a-z]+(?: in| up)?\\s+(?:around |about |some |nearly |almost |more than |over |up to |an estimated |roughly |approximately )?[£$€]\\d)',
  ]),
  // …and any other "is/are expected to" told of a thing or of one named body, not of a class of those a rule binds:
  // "The measures are expected to benefit tens of thousands of …", "The charge is expected to cut the number of …",
  // "The Kigali Amendment is expected to avoid …", "heat waves are expected to keep getting longer" (session 39, over
  // the English golds of the fixtures + dev39 "is/are expected to": 2 gold — "Trading standards teams are expected
  // to carry out spot checks", "schools and local authorities are expected to follow it" — 1 optional, 33 not on 29
  // pages, 4 of them marked on 4 pages of three portals; these rows take what the rows above leave of the not, the 4
  // marked among them, and none of the gold or optional). A context row, as the forecasts' above: the forecast's own
  // date makes no target of it either. "is" after "every / each / any" + a noun is a class too ("Every school is
  // expected to …"); one named body is told of, "The Environment Agency is expected to start construction …".
  ...rules('context', -2, [
    `(?<!\\b(?:${EN_DUTY_HOLDERS})\\s+(?:(?:now|also|still|all|each|both)\\s+)?)\\bare (?:now |also |still )?expected to\\b`,
    `(?<!\\b(?:(?:every|each|any)\\s+(?:[\\w’'-]+\\s+){1,3}?|(?:everyone|everybody|anyone|who)\\s+))\\bis (?:now |also |still )?expected to\\b`,
  ]),
  // a conditional, not a duty in force: "Under the proposal, companies would be required to comply with …", "firms
  // would have to …" (what a bill or a proposal would do; over the English golds 0 gold, 0 optional, 1 not). A context
  // row, not a false friend, so that the proposal's own deadline makes no target of it either: "Under the proposals,
  // owners … would be required to commission an appraisal within 12 months" (session 38, over all golds: 0 gold, 0
  // optional, 10 not on 9 pages of gov.uk and the White House, 2 of them marked as targets by "within …")
  ...rules('context', -2, [
    '\\bwould (?:also |now |then |still )?(?:be required to|have to|need to|be obliged to|be expected to)\\b',
  ]),
  ...rules('falseFriend', 0, [
    // a warning, not a duty: a sanction that will follow, "councils that drag their feet … will face intervention" (the
    // rows of "could face a fine" below are listed after "will", which would take its first word; over the English
    // golds "will face" 0 gold, 0 optional, 1 not)
    '\\bwill\\s+(?:also\\s+)?face\\s+(?:an?\\s+)?(?:[a-z-]+\\s+){0,2}?(?:penalt(?:y|ies)|fines?|prosecution|sanctions?|enforcement action|intervention)\\b',
    // a forecast of what we will all face, "climate change means we will see more of it": no commitment
    "\\bwe(?: will|['’]ll) (?:(?:all |also |still |now )?(?:see|face|feel|experience|witness))\\b",
    // a list's last item stressed, "harder to manage stocks, to stop illegal trading and, most importantly, to
    // keep people safe": the weight of a reason, not a duty stressed (0 gold, 0 optional, 1 unlisted marked)
    '\\b(?:and|or),?\\s+(?:(?:most|more|perhaps most|just as|equally)\\s+)?importantly\\b',
    // the price of a charge by when it is paid, "£60 if paid within 21 days, rising to £120": a payment term,
    // not a deadline set (with the penalty row below, the blind 17 policy paper's penalty notice)
    '\\bif paid within \\d+ (?:calendar |business |working )?(?:days|weeks|months)\\b',
    // a ban's object named by it, "Tenants who have been charged a banned fee can complain …": the adjective after its
    // determiner tells what a thing is, not that it is forbidden (over the English golds 0 gold, 0 optional, 2 not;
    // "Carmakers are prohibited from …" and "are banned from …" stay bans)
    '\\b(?:a|an|any|such|the|these|those)\\s+(?:banned|prohibited|forbidden)\\s+(?!from\\b|by\\b|in\\b|under\\b)[a-z]+',
    // …and named by a relative clause after it, "owners of weapons that are now banned can hand them in": what the
    // thing is, no ban set by the sentence (with the adjective's: over the English golds 0 gold, 0 optional, 3 not or
    // unlisted; "are banned from …" stays a ban)
    '\\b(?:that|which)\\s+(?:is|are|was|were|(?:has|have|had)\\s+been)\\s+(?:now\\s+|already\\s+|also\\s+)?(?:banned|prohibited|forbidden)\\b(?!\\s+(?:from|to)\\b)',
    // …and a measure named by the ban it made, "the Tenant Fees Act, which banned most letting fees from 1 June 2019": the
    // relative clause's past tells what the act did, the sentence sets none (session 40, dev55: 0 / 0 / 1; no other in
    // the golds, where every gold ban is set in the present or by a modal)
    '\\b(?:that|which)\\s+(?:(?:has|have|had)\\s+)?(?:already\\s+|also\\s+)?(?:banned|prohibited|outlawed|abolished)\\b',
    // a power told, what an order or a body can require of someone, "It can also require the person to take part in
    // positive activities": a possibility, as a power granted is ("Councils will be able to issue fines", 0 / 0 / 9);
    // over the English golds "can/could/may require … to" 0 gold, 0 optional, 1 not
    // (session 37: and with no "to", what a thing can take, "a single project can require separate approvals from as many as
    // 12 Federal agencies": 0 gold, 0 optional, 1 not; "as it may require," in a gold carries its "shall")
    "\\b(?:can|could|may|might)\\s+(?:also\\s+)?require\\b(?!\\s+that\\b)(?:\\s+(?:[\\w’'-]+\\s+){1,4}?to\\b)?",
    // a tribute or a vow of memory, "And we will never forget the men and women who …", "we will always honor their
    // sacrifice": a proclamation's homage, no commitment to act (s40: over all golds "will never forget" 0 gold, 0
    // optional, 1 not; dev56 1 not). Before the 'we will' row, which would take its first words.
    '\\b(?:we|I)\\s+will\\s+(?:never|always|forever)\\s+(?:forget|remember|honou?r|cherish|mourn)\\b',
    // a speaker's aside, "I must say, it is good to be here", "I have to admit …": no duty
    '\\bI (?:must|have to) (?:say|admit|confess)\\b',
    // the work a speech names as a relative clause, "… for everything else we need to build": a description
    '\\b(?:everything|anything|all|something)(?:\\s+else)?\\s+(?:that\\s+)?(?:we|you|they)\\s+(?:need|have)\\s+to\\b',
    // the government's plans told in the future progressive, "We will be stepping up roadside checks over the
    // coming months": an undated "we will", optional at most (gold-conventions.md; sealed batch 23). Consumed so
    // the 'X will' row below does not read it as a commitment; with a date or a figure the sentence is still a
    // target by its deadline ("We will be publishing the plan by March 2027"). Fixture golds: 0 / 0 / 0 / 0
    '\\b(?:we|the government|government|ministers|departments|agencies|councils|local authorities|the department|the secretary|the administration)\\s+will\\s+(?:also\\s+|now\\s+|soon\\s+)?be\\s+(?!able\\b)[a-z]+ing\\b',
    // a scope statement, not a ban: "These rules shall not apply to:", "The duty does not extend to …" (the list
    // under it names who is out of scope and inherits nothing; "do not apply to:" was held by the place of "do
    // not", s28-carry; this is its modal form). Fixture golds: 0 gold, 1 optional, 0 not
    "\\b(?:(?:shall|should|will|does|do|did|must|may|would)(?: not|n['’]t)|(?:don|doesn|won)['’]t)\\s+(?:apply|extend)\\s+to\\b",
    // a power granted, not a duty: "Councils will be able to issue fines …", "Local authorities will be able
    // to …" (with its subject of up to two words, which "councils will" would otherwise read as a duty)
    '\\b(?:[a-z]+\\s+){0,2}?will (?:now |also |soon )?be able to\\b',
    // a wish for those who are to receive or rely on someone else's act, not a standard they must meet: "Every
    // water system should be able to count on the federal government" ("Counter staff should be able to tell a
    // customer …" is a duty; gold-conventions.md, officials' wishes: 0 gold, 0 optional, 1 not)
    '\\b(?:should|must) (?:all |always )?be able to (?:count on|rely on|depend on|turn to|trust|feel)\\b',
    // …and with a member of the public as the subject, "Every parent should be able to send their child to school
    // knowing …": what the public is to enjoy, a wish (0 gold, 0 optional, 1 not; a standard is met by its
    // provider, "Counter staff should be able to tell a customer …", 2 gold, untouched)
    // (session 36: whoever "every" names, "Every Member of Congress should be able to go home …", "Every Federal
    // employee whose job is changing should be able to …": over the English golds "every/each … should be able to" 0
    // gold, 0 optional, 6 not on 6 pages; the 3 gold "should/must be able to" name no "every")
    // (a comma inside the subject too, "Every business, no matter how small, should be able to get …": 0 / 0 / 1 more, dev38)
    "\\b(?:every|each)\\s+(?:[\\w’'-]+,?\\s+){1,8}?should (?:all |always )?be able to\\b",
    '\\b(?:any|all)\\s+(?:parent|family|families|child|children|pupil|patient|citizen|American|person|people|household|resident|passenger|customer|consumer|tenant|student)s?\\s+should (?:all |always )?be able to\\b',
    // a requirement named by what it is for, its object gone ahead of it, "the skills that the new job requires.",
    // "such assistance as it may require,": "requires" with nothing after it sets no duty (over the English golds 0
    // gold marked by it, 1 not; a modal beside it still counts)
    '\\brequires?(?=\\s*(?:[.,;:!?)]|$))',
    // a duty inside a relative clause whose noun went ahead of it, "advise you on any further action you need to take",
    // "the checks you need to make", "which records you need to keep": what is named, the sentence sets none (over the
    // English golds 0 gold, 0 optional, 3 not on 3 pages; "Check if you need to …", "what you need to do" untouched)
    '(?<=\\b(?:action|actions|steps|checks|records|documents|information|evidence|forms|details|things|everything|anything)\\s)(?:you|they)\\s+(?:will\\s+)?need\\s+to\\b',
    // a negation inside a relative clause describes what is named, it bans nothing: "Claims that do not
    // include receipts are often delayed", "Firms which don't reply …" (a ban after it still counts)
    // (with the verb it negates, "jobs, many of which do not require a four-year degree": require is no duty there)
    "\\b(?:that|which|who) (?:do|does|did)(?: not|n['’]t)(?: (?:require|need)s?\\b)?\\b",
    // (…and with no "that", its noun just before it and its verb's object gone ahead, "arrange collections for waste
    // streams you do not produce.", "items they don't use at home": s40, dev56 1 not; the verb ends its clause or takes a
    // preposition)
    "(?<=\\b[a-z]{2,}s\\s)(?<!\\b(?:unless|sometimes|perhaps|always|whereas|thus|this|was|has|does|is|as|its|yours|ours|theirs|plus)\\s)(?:you|they|we) (?:do|does|did)(?: not|n['’]t)(?= [a-z]+(?:\\s*[.,;)]|\\s+(?:in|at|on|for|from|with|any more|anymore|yet|now)\\b))",
    // a duty named inside an indirect question, "… explains who needs to register and what you must do": the
    // sentence tells what the duties are about, it sets none (a duty of the main clause still counts)
    // (also told in the passive, "sets out what councils are required to do": 0 gold, 0 optional, 1 not)
    '\\b(?:what|who|how)\\s+(?:[a-z]+\\s+){0,2}?(?:must|needs? to|ha(?:ve|s) to|(?:is|are) (?:required|expected|obliged) to)\\b',
    // (and "what … should do" after it, with a list of those who should, "It explains what local authorities must do
    // … and what schools, trusts and local authorities should do to …": over the English golds 0 gold, 0 optional,
    // 1 not; the page's headings "What schools should do" stay headings)
    // (and "must do" so, "the statutory guidance, which sets out in full what schools, academy trusts and local authorities
    // must do": dev37, 0 / 0 / 1, past the row above's three words)
    '\\bwhat\\s+(?:[a-z]+,?\\s+){0,7}?(?:should|must|needs? to|ha(?:ve|s) to)\\s+do\\b',
    // a state wished for, "… that no family has to choose between heating and eating": no duty-holder, the wish
    // of "No family should have to …" (rhetoric below); over all golds 0 gold, 0 optional, 1 not
    // (and its noun with a place or a group after it, "… make sure no senior in America has to choose between …": a
    // President's remarks, dev55; over the golds of the fixtures + dev55 "no" + up to four words + "has/have to" 0 gold,
    // 0 optional, 3 not)
    "\\bno (?!(?:longer|doubt|matter|one|later|more|less|fewer)\\b)(?:[\\w’'-]+\\s+){1,4}?(?:has|have) to\\b",
    // a need that ends, "families no longer have to worry about lead", "you no longer need to send one", and a
    // need spared in a purpose clause, "… so that job seekers do not have to queue": what a measure brings about,
    // no duty (over the English golds 0 gold marked by it alone — 5 gold carry a modal of their own — 2 not)
    '\\bno longer (?:have|has|need|needs) to\\b',
    // …and a need made small, "the villager now only needs to turn on a tap", "We just have to remember who we are":
    // how easy something has become, or a speaker's rhetoric, no duty (session 40, over the English golds of the
    // fixtures + dev55 "only / just / simply + need(s) / has / have to" 0 gold, 0 optional, 3 not)
    '\\b(?:only|just|simply) (?:needs?|has|have) to\\b',
    "\\bso that (?:[\\w’'-]+\\s+){1,4}?(?:(?:do|does)(?: not|n[’']t) |no longer |never )?(?:have|has|need|needs) to\\b",
    // what someone needs, told in a relative clause after its noun: "give farmers the network they need to compete",
    // "the skills you need to get a job" (a description, as "everything we need to build"; 0 gold, 1 not, 1 unlisted)
    '\\b(?:the|a|an)\\s+(?:(?!and\\b|or\\b)[\\w-]+,?\\s+){1,4}?(?:they|we|you)\\s+need\\s+to\\b',
    // (and of one, "get the threat information it needs to protect itself": 0 / 0 / 1, dev38; no comma before the
    // pronoun, which would be a clause's subject, "after the election, it needs to pass …")
    '\\b(?:the|a|an)\\s+(?:(?!and\\b|or\\b)[\\w-]+,?\\s+){0,3}?(?!and\\b|or\\b)[\\w-]+\\s+(?:it|he|she)\\s+needs\\s+to\\b',
    // who sits on a body, "the Task Force shall consist of the Secretary of …": its membership, no act asked
    // (over all golds 0 gold, 0 optional, 1 not)
    '\\b(?:shall|will|must) (?:consist|be composed) of\\b',
    // …and by its structure with any wh-word, after a verb of saying or knowing: "The regulations do not say
    // exactly where in a room … an alarm must go" (sealed batch 21), "explains when you need a licence", "asks
    // whether they really need to …" (not a relative "in areas where landlords must …", which follows a noun).
    // Fixture golds: 0 gold, 1 optional, 4 not or unlisted
    '\\b(?:say|says|said|know|knows|explain|explains|decide|decides|ask|asks|check|tell|tells|show|shows|specify|specifies|set out|sets out|understand|find out|clarify|determine|consider|wonder|consult on)\\s+(?:exactly\\s+|precisely\\s+|clearly\\s+)?(?:where|whether|when|which)\\b[^.;:?]{0,80}?\\b(?:must|needs? to|ha(?:ve|s) to|should|shall)\\b',
    // the name of a service or list, "through the Do Not Pay system", "the do-not-call register": no ban
    // (also with a word between, "the Do Not Pay working system")
    '\\b(?:the|a|its|their|our|this)\\s+do[- ]not[- ][a-z]+\\s+(?:[a-z]+\\s+)?(?:system|list|register|registry|database|portal|service|scheme|order)s?\\b',
    // the speaker's opinion, not a ban: "I do not think anyone in this hall believes it is", "I don't believe …"
    "\\b(?:I|we) (?:do not|don['’]t) (?:think|believe|expect|know|accept)\\b",
    // a hedge, not a ban: "The views expressed don't necessarily reflect …"
    "\\b(?:do|does|did)(?: not|n['’]t) necessarily\\b",
    // permissions and consequences, not duties or bans: "You do not need to send …", "you may have to repay"
    '\\b(?:do|does|did) not (?:need|have) to\\b',
    '\\b(?:do|does|did) not need\\b',
    // (the apostrophe straight or curly, as pages print it: "You don’t have to sign up for anything", dev37)
    "\\b(?:don|doesn|didn)['’]t (?:need|have)\\b",
    // …and a duty waived in the future: "You won't have to pay tax on …", "Small firms will not need to register"
    "\\b(?:will not|won['’]t|will no longer) (?:need|have) to\\b",
    "\\bneed(?:n['’]t| not)\\b",
    '\\bmay have to\\b',
    // (the same possibility told with need or might: "you may need to make the check again", "you might have
    // to repay": a consequence of a condition; golds: 0 gold, 5 not for may/might have/need to)
    '\\b(?:may|might) (?:also )?need to\\b',
    // …and its negation, a duty that may not apply: "This means you may not need to quarantine or take some of the
    // tests" — no ban (the "may not" row would read one): over all golds 0 gold, 0 optional, 1 not (dev38), as "you
    // do not need to …" is (7 gold by a duty of their own, 24 not on 19 pages)
    '\\b(?:may|might) not (?:need|have) to\\b',
    // …and a need denied by its noun, "support paid automatically in 6 monthly instalments, with no need to apply": what a
    // scheme spares its people, no duty (session 39, over the English golds "no / without the need to" 0 gold marked by it
    // alone — "… you must tell HMRC that you no longer need to send one" keeps its "must" — 1 not, 1 unlisted marked)
    '\\b(?:with\\s+)?(?:no|without(?: any| the)?)\\s+need to\\b',
    // a duty named by a bare "to" that stands for an act told elsewhere, "You could be fined … if you do not quarantine
    // when you are required to.": the clause sets none (over all golds 0 / 0 / 1; a lead-in's "will be required to:"
    // before its colon is untouched)
    '\\b(?:(?:is|are|be|been|was|were) )?(?:required|expected|obliged) to(?=\\s*(?:[.,;!?”"]|$))',
    '\\b(?:needs?|ha(?:ve|s)) to(?=\\s*(?:[.,;!?”"]|$))',
    '\\bmight (?:also )?have to\\b',
    // a duty named in an indirect question, "whether there will still be a good job here": no commitment
    "\\bwhether\\s+(?:[A-Za-z’']+\\s+){1,4}?will\\b",
    // what a thing named will need, told in a relative clause, "projects that will require thousands of
    // workers": a description, as "that do not" is
    // (and a proposal's, "standards … that would require programs to pay …": what it would do, if adopted)
    '\\b(?:that|which) (?:will|would) (?:require|need)\\b',
    // …and any other verb of a relative clause's "will", what a thing named will do: "a £12 million scheme in Tewkesbury, which will better
    // protect 450 homes", "a programme which will build around 2,000 new defences by 2027" (its figures and date
    // with it, to the clause's end or a modal of the sentence): a description, no commitment. Over the English golds
    // 0 gold marked by it alone (3 gold have a modal of their own), 1 not, 1 unlisted marked
    '\\b(?:which|that) will (?!not\\b)(?:(?!\\b(?:must|shall|should|will|needs? to|ha(?:ve|s) to|(?:is|are) required to)\\b)[^;:!?.,]|,(?=\\d)|\\.(?=\\d)){0,160}',
    // the whole condition of a penalty (before the rows below, which would take its first words), every "don’t" of its
    // list: "If you don’t charge for bags, don’t keep the right records or don’t report on time, you could be fined up
    // to £5,000." — the acts that incur the fine, no bans
    // (session 39, over the English golds of the fixtures + dev39 a penalty told, "could / can / may / will be fined /
    // prosecuted / charged", "could face a fine / penalty": 0 gold, 1 optional, 38 not on 30 pages, 1 of them marked on
    // dev39 by its listed "don’t"s; "If you feel unwell, don’t go to work." keeps its ban)
    '\\bif\\s[^.;:!?]{1,200}?(?=,\\s*(?:you|they|he|she|it|the\\s+[a-z]+|[a-z]+s)\\s+(?:could|can|may|might|will|would)\\s+(?:also\\s+)?(?:be\\s+(?:fined|prosecuted|charged|penali[sz]ed|liable|sent to prison)|face\\b|get\\s+an?\\s+(?:fine|penalty)\\b))',
    // a condition and its consequence, not a ban: "If you do not tell us about income you should have
    // reported, you may have to pay a penalty" (the duty missed, told in the perfect, is no duty either)
    // (and its contraction, "If you don’t …": session 39)
    "\\b(?:if|when) (?:you|they|we|he|she|it|(?:a|an|the|your|their) [a-z]+) (?:(?:do|does|did) not|(?:don|doesn|didn)['’]t)\\b",
    '\\bshould have (?:been|[a-z]+ed)\\b',
    // (session 38: and the past a speaker regrets or tells, "the people who should never have had a gun", "a man who never
    // had to show an ID": no ban, "never" of the past as "a week that never came" is; over all golds 0 gold, 1 optional, 4
    // not or unlisted, 2 of them marked as bans before)
    "\\bshould(?: never|n['’]t| not) have (?:been|had|[a-z]+ed|[a-z]+en)\\b",
    '\\bnever (?:had|needed) to\\b',
    '\\bwill continue to\\b',
    // a prediction or a tribute, not a ban: "a community that will never forget", "it would never work"
    '\\b(?:will|would|might)\\s+never\\b',
    // the passive, an instruction to be given, not a report of speech: "residents are told never to …"
    '\\b(?:is|are|be|been|being) told\\b',
    // an elliptical promise of a speech, "…, I know we will.": nothing is said to be done
    '\\b(?:we|they|you|I)\\s+will(?=\\s*[.!…]|\\s*$)',
    // what a document says is its content, not someone's speech: "The guideline says …", "it says"
    // (and what it adds or stresses, "…, it added.": the same document's next rule; over the English golds 3 gold,
    // 0 optional, 0 not)
    '\\bit\\s+(?:also\\s+)?(?:says|said|states|stipulates|added|adds|noted|notes)\\b',
    // (with up to three words before the noun, "The updated national performance standard says that …")
    '\\bthe (?:[\\w-]+\\s+){0,3}?(?:guidelines?|plans?|order|documents?|notice|circular|polic(?:y|ies)|rules?|regulations?|law|bill|act|legislation|measures?|guidance|directives?|framework|strategy|proposal|opinions?|programm?e?|standards?|code)\\s+(?:also\\s+)?(?:says|said|states|stipulates)\\b',
    // the source of a news lede is a document, whose content it reports: "…, according to a guideline
    // released Thursday" (not "according to officials", hearsay)
    // (and the other names a Chinese State Council document takes in English, "…, according to the measures." — a
    // news report's restated rule, as "according to the guideline" is: over all golds "according to the measures" 4
    // gold on 1 page, 3 of them lost to the bare "according to"; "according to the ministry" stays hearsay)
    '\\baccording to (?:a|an|the) (?:new |draft |national |recent |latest )?(?:guidelines?|plans?|action plans?|circulars?|notices?|documents?|regulations?|decrees?|opinions?|polic(?:y|ies)|directives?|orders?|measures|rules|provisions|implementation plans?|work plans?)\\b',
    // a requirement denied, not set: "The rule does not require schools to …", "Tenants will not be
    // required to pay …" (a ban is told with must not / may not)
    "\\b(?:(?:do|does|did|will|would) not|(?:don|doesn|didn|won)['’]t) require\\b",
    `\\b(?:(?:is|are|was|were|will|would)(?: not be| not)|(?:isn|aren|won)['’]t(?: be)?) required (?:${EN_REQUIRED_BY} )?to\\b`,
    // the frame of a pseudo-cleft, "What the President told his team this morning is that …": the duty
    // after it is the speaker's own to announce, not a report of speech
    '\\bwhat\\s+[^.?]{1,60}?\\b(?:told|said to)\\b[^.?]{0,60}?\\b(?:is|was)\\s+that\\b',
    // how an act is to be done, not an emphasis: "must treat these requests as a top priority" (not "safety
    // must be the top priority")
    '\\bas (?:a|an|the|their|its|our|your) (?:top|highest) priority\\b',
    // …and what a duty makes of its object, "asks provincial governments to make stabilizing employment a top priority
    // in …": the act asked, an obligation, as 要把…作为首要任务 is in Chinese (over the English golds 1 gold obligation;
    // "must be the top priority", an emphasis, and "has made … a top priority", background, are untouched)
    "(?<=\\bmake\\s)(?:[\\w’'-]+\\s+){1,6}?(?:a|an|the|their|its|our|your)\\s+(?:top|highest)\\s+priority\\b",
    // a duty disclaimed: "Nothing in this Act requires a landlord to …", "no applicant will need to …"
    '\\bnothing in (?:this|the|these|that|any) [^.;]{1,40}?\\b(?:requires?|obliges?|compels?|shall (?:require|oblige))\\b',
    '\\bno\\b[^.;]{1,80}?\\bwill (?:need|have) to\\b',
    // what respondents told a consultation, quoted: 'Some clubs told us that "we need to keep costs down"'
    // (their words, not the government's; the duties inside the quotation are theirs)
    '\\btold us(?: that)?,?\\s*["“][^"”]{1,300}["”]',
    // news they will get, not a duty: "Successful councils will be told the outcome in June"
    '\\b(?:ministers|departments|agencies|councils|local authorities|applicants|bidders|schools|providers)\\s+will\\s+be\\s+(?:told|notified|informed|contacted)\\b',
  ]),
  // a consequence of a breach told as what will or could follow, "A parent who receives a second notice within 3 years will
  // be charged £160 straight away" (the "may be" row below; listed before the 'X will' row, which would take its first
  // word): over the English golds "will/could/can be charged/fined/…" 0 gold, 1 optional, 15 not on 13 pages, session 37;
  // "will be fined / charged £…" 0 / 0 / 1, the rest read otherwise)
  ...rules('context', -2, [
    // (a charge only as a sum or a penalty: "… will be charged at the farm rate" from a date is a target, and "could be
    // fined £5,000" beside a duty is read with it)
    '\\bwill be (?:fined|charged (?:up to |an? (?:[a-z]+ )?(?:penalty|fine)\\b|[£$€]\\d))',
  ]),
  // a figure's change announced, "From 6 December, planning fees will rise by 35 per cent …", "The maximum financial
  // penalty … will rise from £5,000 to £30,000": what a fee or a payment becomes, no one's duty or goal (over the
  // English golds "will rise/fall by/to/from" 0 gold, 0 optional, 2 not, 1 unlisted; "must fall to less than 1%"
  // stays a target; a date and the figure would outweigh −2)
  ...rules('context', -3, ['\\bwill\\s+(?:rise|fall|go up|go down)\\s+(?:by|to|from)\\b']),
  // a figure of the past: "China had more than 310 million people aged 60 and above by the end of 2025"
  // (consumes the date, which is no deadline; not "will have reached … by the end of 2030")
  // (its figure may have a decimal point: "China had about 4.8 million childcare places by the end of 2025")
  ...rules('context', -1.2, [
    '(?<!\\b(?:will|should|must|shall|would|to)\\s+(?:have\\s+)?)\\b(?:had|reached|recorded|numbered|totall?ed|stood at|exceeded|topped|surpassed)\\b(?:[^.;:]|\\.(?=\\d)){0,80}?\\bby the end of (?:19|20)\\d{2}\\b',
    // …and with its date first: "By the end of 2023, more than 1,600 schools were operating …" (a past
    // tense with no modal or will before it)
    '\\bby the end of (?:19|20)\\d{2},\\s+(?![^.;]{0,100}?\\b(?:will|should|must|shall|would|aims?|plans?)\\b)(?:[^.;]|\\.(?=\\d)){0,100}?\\b(?:were|was|had|reached|recorded|numbered|totall?ed|stood at|exceeded|topped|surpassed)\\b',
  ]),
  // rhetoric with no actor: "Something has to change.", "This must change."
  ...rules('context', -1.5, [
    '\\b(?:something|things|this|that|everything|much)\\s+(?:has|have|must|needs?)\\s+(?:to\\s+)?change\\b',
  ]),
  // a speech's signposts: "Today I want to set out …", "We need to talk about …", "Let me turn to …"
  // announce what the speaker will say, not what anyone must do
  ...rules('context', -3, [
    '\\b(?:I|we)(?:\\s+(?:also|now|first|today))?\\s+(?:want|wanted|would like|need|have)\\s+to\\s+(?:set out|talk about|speak about|say (?:a (?:few words|word)|something)|turn to|touch on|reflect on|dwell on)\\b',
    // …and the speaker's candour, "We need to be honest that none of this is quick"
    '\\b(?:I|we)\\s+(?:need|have|want)\\s+to\\s+be\\s+(?:honest|frank|candid|realistic|straight)\\b',
    // (and asked of others with a "that" clause, "Ministers should be honest that … some trusts will struggle": an
    // admission called for, no act; over the English golds "be honest/straight/… that" 0 gold, 0 optional, 2 not)
    '\\b(?:should|must|needs? to|ha(?:ve|s) to)\\s+be\\s+(?:honest|frank|candid|realistic|straight|upfront)\\s+that\\b',
    "\\b(?:I['’]d like|let me|let['’]s|let us) (?:set out|talk about|speak about|turn to|touch on|reflect on|dwell on)\\b",
  ]),
  // rhetoric, listed before the bans it contains: "People should never have to queue …" is a wish (so is
  // "should not need", and both told with the contraction: "You shouldn’t need a security team to …"; and "No family that
  // lost … should ever have to fight for …", the same wish told of "no one": s40, over all golds "should never / ever have
  // to" 0 gold, 1 optional, 2 not; dev56 1 not)
  ...rules('context', -3, ["\\bshould(?: (?:never|not|ever)|n['’]t) (?:have to|need)\\b"]),
  ...rules('prohibition', 2.5, [
    '\\b(?:shall|must|may|should|can) not\\b',
    "\\b(?:shan['’]t|mustn['’]t|shouldn['’]t)\\b",
    '\\b(?:is|are|be|remain) (?:strictly |hereby )?(?:prohibited|forbidden|barred|banned)\\b',
    '\\bno (?:person|agency|department|entity|one|funds?|official)\\b[^.;]{0,40}?\\b(?:shall|may|will)\\b',
    '\\bnot (?:be )?permitted\\b',
    // "do not" bans by its place, not by its words: as an imperative opening a clause ("Do not wait …",
    // "If it fails, do not …", "… and don't …", a quoted "“Don't …") or told to the reader ("that you do not
    // wait"). In the fixture golds every "do not" ban has that shape (21 gold); the bare words elsewhere state
    // a fact ("The regulations do not apply to:", "they don't graduate with debt": sealed batches 21, 23).
    // (not a purpose clause's "you do not", "keep a diary of follow-up checks so that you do not miss an expiry date":
    // what the duty is for, no ban; dev set 39, 1 gold obligation)
    '(?:(?<=^|[.;:!?…,—–("“‘]\\s*)|(?<=\\b(?:and|but|or|so|then|please|also|you)\\s+))(?<!\\b(?:so|in order)(?: that)? you\\s+)(?:do not|don[\'’]t)\\b',
    // "never" bans where a modal or "to" puts it on someone ("must never", "told never to") or where it opens a
    // clause as an imperative ("Never leave …"); told of a past or a state it bans nothing: "an “infrastructure week”
    // that never came", "equipment that was never designed to be connected" (over the English golds, a "never" with
    // neither: 0 gold, 0 optional, 7 not or unlisted, 2 of them marked before; it replaces the false friends of a fact,
    // "it never gets built", and of an idiom, "You never know …")
    '(?:(?<=^|[.;:!?…,—–("“‘]\\s*)|(?<=\\b(?:must|shall|should|may|can|cannot|to|and|or|please|also|then)\\s+))never\\b',
  ]),
  // who is left out of a scheme, told to the reader: "You cannot apply if your business …", "You cannot
  // claim unless …" (a bare "cannot" is too often a statement of fact: "Many towns cannot afford …")
  // (and "can't" as "cannot": a bare "can't" states a fact as often, "too many people … can't get ahead")
  ...rules('prohibition', 2.2, ["\\byou (?:cannot|can['’]t)\\b(?=[^.;,]{1,80}?\\b(?:if|unless)\\b)"]),
  // a ban told in the passive or with "no" as the subject: "Unlicensed drones are not allowed to fly over …",
  // "No region should impose extra limits on …" (past reports weigh it down: "were not allowed to")
  ...rules('prohibition', 2, ['\\bnot (?:be )?allowed to\\b']),
  ...rules('prohibition', 2.5, [
    '\\bno (?:region|locality|place|unit|organi[sz]ation|enterprise|company|business|individual|institution|school|hospital|platform|authority|government|entity|person|one|official)s?\\b[^.;]{0,40}?\\b(?:should|must|shall|may)\\b(?!\\s+have to\\b)',
  ]),
  // …and with any noun as the subject, right before may/must/shall: "No college may use this funding to …", "No
  // further education provider shall …" (not "no longer", "no doubt", "no matter")
  ...rules('prohibition', 2.5, [
    '\\bno (?!(?:longer|doubt|matter|wonder|more|less|sooner|one)\\b)(?:[a-z-]+\\s+){1,3}?(?:may|must|shall)\\b(?!\\s+have to\\b)',
  ]),
  // a ban told as the law: "It is illegal to sell knives to under-18s", "It's an offence to …" (the core
  // tables already take these as the marker)
  ...rules('prohibition', 2.2, [
    "\\bit(?: is|['’]s) (?:illegal|unlawful|an offen[cs]e|a criminal offen[cs]e|against the law) to\\b",
  ]),
  // (the verb "bans" told of a document, "The regulation … also bans companies from …", and "ban X from -ing"; not the
  // bare "ban", which in the English golds is the noun or a ban proposed, backed or legislated elsewhere: "backed a ban
  // on …", "The ban will cost businesses …", "will be exempt from the ban", "we consulted on proposals to ban …",
  // "Scotland and Wales have already legislated to ban …", "We must ban assault weapons": over the fixtures + dev37
  // 0 gold marked by it alone, 9 optional, 19 not or unlisted on 6 pages of gov.uk and whitehouse.gov, session 37)
  ...rules('prohibition', 1.2, [
    '\\bprohibit(?:s|ed|ing)?\\b',
    '(?<!\\b(?:the|a|these|those|such|its|their|any|new|proposed)\\s+)\\bbans\\b(?!\\s+on\\b)',
    '\\bbanned\\b',
    "\\bban\\s+(?:[\\w’'-]+\\s+){1,6}?from\\s+[a-z]+ing\\b",
    '\\bforbid(?:s|den)?\\b',
    '\\brefrain from\\b',
  ]),
  // "will not be paid": a consequence, a ban only with other signs
  ...rules('prohibition', 0.8, ['\\bwill not\\b', "\\bwon['’]t\\b"]),
  ...rules('context', -3, [
    // a sentence about duties is no duty: "This section explains what you must do"
    // (and whatever the writing is called, "This statement sets out the capital allocations … and what I now require of
    // the Environment Agency": over all golds "this <writing> sets out / explains / …" 0 gold, 2 optional, 15 not on 14
    // pages, 1 of them marked before session 38)
    '\\b(?:this|the following|the next) (?:section|page|guide|guidance|document|part|chapter|statement|paper|report|letter|note|update|consultation|plan|memorandum)s? (?:explains?|sets out|describes?|tells you|shows|covers|lists|summari[sz]es)\\b',
    // …and a code or a plan told as holding them, "The code, approved by Parliament last month, sets out the standards
    // that all agents … must meet" (its duties are stated below it; over the English golds, a document said to
    // explain or set out what someone must do: 0 gold, 0 optional, 12 not)
    '\\b(?:the|this|its|a|an)\\s+(?:new\\s+|statutory\\s+)?(?:code|code of practice|plan|paper|guide|guidance|document|annex|framework|strategy)(?:,\\s[^,.;]{1,80},)?\\s+(?:sets out|explains|describes|outlines|lists)\\s+(?:the\\s+)?(?:standards|rules|requirements|duties|obligations|steps|conditions)\\s+(?:that|which)\\b',
    // an estimate reported, "The Department of Energy estimates that the Nation will need to expand … by 2035", "Our impact
    // assessment estimates that the ban will cost businesses …", "It is estimated that England uses …": a forecast or a
    // count, whatever its modal or date (over the English golds, session 37: 0 gold, 1 optional, 14 not or unlisted on 16
    // pages of gov.uk, whitehouse.gov and Xinhua)
    '\\b(?:estimates?|estimated)\\s+that\\b',
    // a definition, "(a) The term “covered energy project” means any project … that requires authorization …": what a
    // word means, no duty (0 gold, 0 optional, 3 not or unlisted on 3 whitehouse.gov pages, session 37)
    '\\bthe term\\s+["“‘][^"”’]{1,80}["”’]\\s+means\\b',
    // rhetoric: "No family should have to boil its water", "Too often, a small town must …"
    '\\bshould have to\\b',
    '\\btoo often\\b',
    '\\bnothing in this (?:order|memorandum|proclamation|section)\\b',
    // (also of things made for one use, "They were never intended to be used routinely": over the English golds
    // "(is|are|was|were) (not|never) intended to" 0 gold, 0 optional, 16 not)
    '\\b(?:is|are|was|were) (?:not|never) intended to\\b',
    '\\bshall be construed\\b',
    '\\bsubject to the availability of appropriations\\b',
    '\\bby the authority vested in me\\b',
    // a page's lede that points to its guidance: "Find out what you need to do if …"
    // (not "… so that nobody has to wade through 90 pages to find out what is expected": a purpose clause)
    // (session 38: only as the sentence's opening, the lede's imperative; one of the acts a modal lists, "Families should
    // also sign up for …, and find out whether their insurance covers flood damage", keeps its duty: over all golds
    // "find out …" 2 gold, 1 of them lost to this row, 0 optional, 3 not and 5 unlisted, every one opening its sentence)
    // (also at a line's start, a link set alone under a helpline's hours, "…8am to 6pm<br>Find out about call charges":
    // a page's pointer, not a step; session 39, dev39 1 unlisted marked)
    '(?<=^|[.!?”"]\\s+|\\n\\s*)find out (?:what|how|whether|if|when|which|who|about|more)\\b',
  ]),
  // what the service will do for the reader, told in a guide's "After you apply": "We'll tell you whether
  // you've been successful by 30 June", "HMRC will write to you within 4 weeks" (a step of the process,
  // no duty or target; listed before the 'X will' row, which would take its first word)
  ...rules('context', -2, [
    "\\b(?:we|they|HMRC|DVLA|DWP|the (?:council|department|agency|office|team))(?:\\s+will|['’]ll)\\s+(?:(?:then|usually|normally|also|only|aim to|try to)\\s+)?(?:tell|contact|email|write to|send|let|text|call|phone|notify|inform) you\\b",
    // …and told from the reader's side: "You'll get a decision within 8 weeks", "You should receive your
    // refund within 10 working days" (not "You should get advice …", a recommendation)
    "\\byou(?:['’]ll| will| should)\\s+(?:usually\\s+|normally\\s+|then\\s+|also\\s+)?(?:get|receive|hear)\\s+(?:back\\b|from us\\b|(?:a|an|your|the|our)\\s+(?:decision|letter|email|reply|response|payment|refund|confirmation|text|receipt|result|answer|reference)s?\\b)",
    // (also in the passive: "You'll be told whether you've got a place by 1 May")
    "\\byou(?:['’]ll| will)\\s+(?:usually\\s+|normally\\s+|then\\s+|also\\s+)?be (?:told|notified|contacted|informed|emailed|texted)\\b",
  ]),
  ...rules('obligation', 2.2, [
    '\\bshall\\b',
    '\\bmust\\b',
    // (also with the power to do it: "The Director is authorized and directed to publish …")
    '\\b(?:is|are) (?:hereby )?(?:authori[sz]ed and )?directed to\\b',
    // (also with what imposes it: "will be required by law to have …", "are required under the new rules to …")
    `\\b(?:is|are|be|been) (?:hereby |also |now |further |still )?required (?:${EN_REQUIRED_BY} )?to\\b`,
    // "The Order directs agencies to …"
    // (the addressees may be a long list of offices: "directs the Secretary of …, the Administrator of …
    // (EPA), and the Assistant Secretary of … to identify …")
    // (and told as news in the present progressive, a fact sheet's "The President is directing the Secretary of … to
    // develop …", "the Department of Energy is directing the Reserve to be ready …": over all golds 3 gold, 0 not;
    // and by the speaker in the first person, "First, I'm directing FEMA to extend …", "today I am directing the heads
    // of … to identify …", "I'm instructing the Small Business Administration to keep …": over the English golds 4
    // gold, 0 optional, 0 not)
    "\\b(?:directs|instructs|(?:(?:is|are|am) |['’](?:m|re) )(?:also |now |today )?(?:directing|instructing))\\b(?=[^.;]{1,200}?\\bto\\b)",
    // …and the same order told with any verb of ordering, its subject a document or the relative pronoun
    // that stands for one: "The memo tells every agency to …", "a memorandum that tells every federal agency to
    // expand …" (sealed batch 23), "The guidance asks councils to …", "It tasks the Secretary to …" (the
    // duty-holder is a noun phrase, not a pronoun: "it tells us to …" is a lesson drawn, not an order)
    `\\b(?:${EN_ORDERING_SUBJECT})\\s+(?:also\\s+|further\\s+|now\\s+)?(?:tells|asks|orders|tasks|charges|commands|calls (?:on|upon))\\s+(?!(?:me|us|you|him|her|them|it|himself|herself|themselves|ourselves|yourselves|myself|yourself)\\b)(?:[\\w’'(),-]+\\s+){1,12}?to\\s+(?!be\\s+(?:the|a|an)\\b)[a-z]+`,
    // the operative clause of a proclamation: "I hereby direct …", "I direct that the flag be flown …"
    '\\bI (?:(?:hereby|also|further|therefore)\\s+)?direct\\b',
    '\\bis responsible for ensuring\\b',
    // a duty put on someone by law, told as a state: "every college will be under a new statutory duty to review …"
    '\\b(?:is|are|be|been)\\s+(?:now\\s+)?under\\s+an?\\s+(?:new\\s+)?(?:statutory\\s+|legal\\s+)?(?:duty|obligation)\\s+to\\b',
  ]),
  // calls to action of a speech or proclamation: "I'm calling on Congress to pass …", "We urge every
  // state to …", "I further encourage all Americans to …" (the addressee may be a long list of
  // offices), and an address followed by an order, "And to every employer listening: Hire …" (not
  // "…: Thank you", "…: I know …", "…: this is …")
  ...rules('obligation', 1.5, [
    "\\b(?:I|we)(?:\\s+am|\\s+are|['’](?:m|re))?\\s+(?:(?:also|again|now|once again|further|therefore)\\s+)?(?:calling (?:on|upon)|call (?:on|upon)|urging|urge|encouraging|encourage)\\b(?=[^.;]{1,160}?\\bto\\b)",
    // (also the speaker's message to them: "So my message to every council leader in this room is simple: get …")
    '(?<=^|[.!?”"]\\s+|\\b(?:and|so|now)\\s+|\\b(?:my|our) message\\s+)to (?:every|all|each|any)\\b[^.:;!?]{1,80}?:\\s*(?!\\s|(?:I|we|you|he|she|it|they|this|that|these|those|there|the|a|an|my|our|your|their|thank|thanks|congratulations)\\b)',
    // …and the same call told of the principal by a fact sheet, in the present: "The President calls on Congress
    // to pass …", "The President is calling on every drug manufacturer to hold …", "He also urges pharmacy benefit
    // managers to pass …" (over the English golds 3 gold, 1 optional, 0 not; the past "She urged consumers to …" of
    // a news report, optional, is left out)
    '\\b(?:the (?:President|Vice President|Prime Minister|Secretary|Governor|Mayor)|President [A-Z][a-z]+|he|she)\\s+(?:is\\s+)?(?:(?:also|again|now|further|once again|today)\\s+)?(?:calls (?:on|upon)|calling (?:on|upon)|urges|urging)\\s+(?!(?:me|us|you|him|her|them|it)\\b)(?=[^.;]{1,160}?\\bto\\b)',
  ]),
  // an instruction given, told in the perfect: "I have asked the Agency to publish …", "The President has
  // directed FEMA to prioritize …" (not "residents asked us to …", a report of their views)
  ...rules('obligation', 1.5, [
    "\\b(?:I|we|the (?:President|Prime Minister|Secretary|Minister|Governor|Mayor|Chancellor|Premier))(?:\\s+(?:has|have)|['’]ve)\\s+(?:also\\s+|now\\s+|today\\s+)?(?:asked|directed|instructed|ordered|tasked|commissioned)\\b(?=[^.;]{1,120}?\\bto\\b)",
  ]),
  // …and by a briefing that names the principal once, then "he"/"she": "He has also directed the
  // Secretary of Energy to …" (an order given; "he asked me to …" reports a request, not an order)
  ...rules('obligation', 1.5, [
    "\\b(?:he|she)(?:\\s+has|['’]s)\\s+(?:also\\s+|now\\s+|today\\s+|already\\s+)?(?:directed|instructed|ordered|tasked)\\b(?=[^.;]{1,120}?\\bto\\b)",
  ]),
  ...rules('obligation', 1.5, [
    '\\bshould\\b',
    '\\bwill ensure\\b',
    '\\bneeds? to\\b',
    '\\bhave to\\b',
    '\\bhas to\\b',
    '\\bis expected to\\b',
    '\\bare expected to\\b',
    '\\bis obliged to\\b',
    '\\bare obliged to\\b',
    // a duty the law puts on someone, told as what they have, "Parents have a legal duty to ensure that …" (over the
    // English golds 1 gold, 1 optional — "companies have a fundamental responsibility to …" in the President's frame —
    // 0 not)
    '\\bha(?:s|ve) an? (?:(?:legal|statutory|general|clear|continuing|positive|new)\\s+)?(?:duty|obligation)\\s+to\\b',
    '\\bwill require\\b',
    '\\brequires?\\b',
  ]),
  ...rules('obligation', 1.2, [
    // (not what they will be given, "Local authorities will receive £1.1 billion", nor a promise of
    // support, "the government will be there for these communities", nor a warning of resolve, "We will not
    // hesitate to act against …"; nor a duty it will not impose, "We will not require small producers to report …",
    // whose "require" is a false friend: session 36, over the English golds 0 gold, 0 optional, 1 not)
    '\\b(?:we|the government|government|ministers|departments|agencies|councils|local authorities|the department|the secretary|the administration)\\s+will\\b(?!\\s+continue\\b)(?!\\s+(?:also\\s+|now\\s+|each\\s+|still\\s+|always\\s+)?(?:receive|be given|be allocated|be awarded|benefit from|be there for|stand (?:with|by|behind)|not be able to|no longer be able to|not (?:need|have) to|no longer (?:need|have) to|(?:not|never) hesitate to|not require)\\b)',
  ]),
  // a measure announced in the passive, as a news release reports a plan: "Efforts will be made to build …"
  ...rules('obligation', 1.5, ['\\befforts? (?:will|shall|must|should) (?:also |further )?be made to\\b']),
  // a document's call told in the passive, "Vocational colleges … are urged to expand enrollment …" (urged, not
  // encouraged: "are encouraged to" is a permission, optional on the 6 golds that have it)
  ...rules('obligation', 1.5, ['\\b(?:is|are)\\s+(?:also\\s+)?(?:being\\s+)?urged\\s+to\\b']),
  // (under half the threshold: two bare "will"s and nothing else, "The team will help you … and will advise you …",
  // "the President will travel to Michigan … to talk about how the … agenda will lower costs", are a plan told, no duty —
  // session 36, over the English golds 0 gold, 3 optional, 2 not on 5 pages; a third "will", a figure or a date with
  // them still count)
  ...rules('obligation', 0.45, ['\\bwill\\b', '\\bcommit(?:s|ted)? to\\b', '\\baims? to\\b']),
  // the spoken "will", "we're going to have crews working … by December 1st": a target with its date, undated no
  // commitment (over all golds "going to" 1 gold, 3 optional, 6 not, 9 unlisted, none marked before; "not going
  // to" is none); weaker than "will": a speech says it twice in one breath, "we are going to build again, and we are going to
  // build fast", and that is no more a commitment than one)
  ...rules('obligation', 0.3, ['(?<!\\bnot )\\bgoing to\\b']),
  ...rules('deadline', 1.6, [
    '\\bwithin \\d+ (?:calendar |business |working |school )?(?:days|weeks|months|years)\\b',
    '\\bno later than\\b',
    '\\bnot later than\\b',
    '\\bby (?:the end of )?(?:(?:\\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:\\d{1,2},? )?)?20\\d{2}\\b',
    '\\bby (?:the end of )?(?:fiscal year|FY) ?\\d{2,4}\\b',
    '\\bby the end of (?:next|this) (?:year|month|week|quarter)\\b',
    // (and a school term, "by the start of the autumn term 2024", "By the end of the autumn term 2022, local authorities
    // should have held …": over the English golds 2 gold targets on 2 pages, 0 other; session 37)
    '\\bby the (?:start|beginning|end) of (?:the )?(?:autumn|spring|summer) term(?: 20\\d\\d)?\\b',
    // (and a season named by its place after a "will" or a modal, "We will also fund 300 new planning apprentices … by
    // next summer": 1 gold target over the English golds; not a forecast's "by next autumn the service is expected to
    // …", nor "by the summer of 2024", told of an expectation)
    // (session 37: and a season with its year, "We will publish guidance for businesses by summer 2023": 2 gold targets on
    // dev37, 0 other over the English golds; "expects to hire … by the summer of 2024", no "will", stays unread)
    '(?<=\\b(?:will|must|shall|should)\\b[^.;!?]{1,160}?)\\bby (?:(?:next|this) (?:spring|summer|autumn|fall|winter)\\b|(?:early |late |the )?(?:spring|summer|autumn|fall|winter)(?: of)? 20\\d\\d\\b)',
    // (session 38: and a date told before, "… should exceed 1,200 gigawatts by the same year", "… must fall to less than
    // 1% … by the same date": over all golds 2 gold targets on 2 pages, 0 other)
    '(?<=\\b(?:will|must|shall|should)\\b[^.;!?]{1,160}?)\\bby the same (?:year|date|month|deadline)\\b',
    // "by 30 June each year", "by 31 January": a date without a year is a deadline that recurs
    // (also with its ordinal, "by December 1st", "by September 30th")
    '\\bby (?:\\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}(?:st|nd|rd|th)?)\\b',
  ]),
  // a state reached by a date, told in the future perfect after an opening "By …,": "By Thanksgiving, the Army Corps
  // … will have restored …", "By the end of the year, we will have cleared …" (a target even where the date is no
  // calendar date; over the English golds "will have" with a past participle: 5 gold targets, 0 other)
  ...rules('deadline', 1.6, [
    '(?<=^|[.!?”"]\\s+)By [^,;.]{1,40},(?=[^.;]{1,160}?\\bwill have (?:been )?[a-z]+(?:ed|en|t)\\b)',
  ]),
  // a change set to start on a date, told with "will" and no modal: "Starting from Jan 1, 2030, power for cold stores
  // will be billed at the farm rate", "From April, the formula will direct at least 40 per cent …" (a target; with a
  // modal or a duty, "From 1 April 2027, retailers must …", "… will be under a new statutory duty to …", the duty
  // keeps its category; over all English golds 2 gold
  // targets, 0 other)
  ...rules('deadline', 1.6, [
    '(?<=^|[.!?”"]\\s+)(?:Starting|Beginning|From)\\s+(?:from\\s+|on\\s+)?(?:\\d{1,2}\\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?,(?=[^.;]{1,200}?\\bwill\\b)(?![^.;]*\\b(?:must|shall|should|required|needs?|have to|has to|duty|obligation)\\b)',
  ]),
  // a document's goal and its call, reported: "The plan also sets the goal of cutting … to under 40
  // minutes", "The plan calls for closer cooperation …" (its content, as "the plan requires")
  ...rules('goal', 1.6, ['\\bsets? (?:out )?(?:a|an|the) (?:new |clear |national )?(?:goal|target) of\\b']),
  // the calls of a meeting, reported as 会议要求 is in Chinese: "The meeting urged efforts to …", "The
  // session called for better …" (not "The meeting stressed that China has entered …", a finding)
  ...rules('obligation', 2.2, [
    '\\b(?:the|a|this) (?:meeting|session|conference|plenum|plenary session|symposium)\\s+(?:also\\s+|further\\s+)?(?:urged|called for|called on|demanded|required|asked|decided that|decided to)\\b',
  ]),
  ...rules('obligation', 1.5, [
    '\\b(?:plan|guidelines?|guidance|document|circular|notice|policy|strategy|framework|opinions?|programm?e|regulations?|measures|roadmap|blueprint|directive|order|it)\\s+(?:also\\s+|further\\s+)?calls? for\\b',
  ]),
  // …told in the past tense by a news release about the document: "It called for faster …", "The guideline
  // urged local governments to …" (the document's call, not someone's opinion: only these subjects)
  ...rules('obligation', 1.5, [
    '\\b(?:plan|guidelines?|guidance|document|circular|notice|policy|strategy|framework|opinions?|programm?e|regulations?|measures|roadmap|blueprint|directive|order|it)\\s+(?:also\\s+|further\\s+)?(?:called for|urged)\\b',
  ]),
  ...rules('goal', 1.0, ['\\btarget(?:s|ed)?\\b', '\\bgoal\\b', '\\baims? to\\b', '\\bnet zero\\b']),
  // a figure's movement set with a modal, "The share of patients waiting more than a year must fall to less than 1% …",
  // "the cost … should fall by 30 percent …": a goal, as 下降13.5% is after 要 (over the English golds 2 gold targets, 0
  // other; "will rise to £6,000", told of a fee, is no modal's)
  ...rules('goal', 1.0, [
    '(?<=\\b(?:must|should|shall)\\s+(?:also\\s+)?)(?:fall|rise|drop|decrease|decline|increase|grow)\\s+(?=(?:to|by|below|under|above)\\s+(?:less than |more than |at least |no more than |under |below |over |around |about )?[£$€]?\\d)',
  ]),
  ...rules('quantity', 0.8, [
    '\\d+(?:\\.\\d+)?\\s*(?:%|percent\\b|per cent\\b)',
    '\\b(?:double|triple|halve|halving|doubling)\\b',
    '\\b(?:at least|up to|more than|less than|fewer than) [\\d$£]',
    '\\d+(?:\\.\\d+)? (?:million|billion)\\b',
  ]),
  // consequences of a breach: "your payment may be reduced"
  ...rules('context', -2, [
    '\\bmay be (?:reduced|refused|rejected|withdrawn|recovered|cancell?ed|suspended|fined|charged|stopped)\\b',
  ]),
  // a report of speech (not a telling that did not happen: "If you have not told HMRC about it, tell them …")
  // (nor the decision of a meeting, "…, the meeting said": its content, as "the meeting urged")
  ...rules('context', -1.6, [
    "(?<!\\b(?:not|never)\\s|n['’]t\\s|\\b(?:meeting|session|conference|plenum)\\s)\\b(?:said|says|told)\\b",
  ]),
  // a finding reported, "Data compiled by the Office of Personnel Management show that veterans … leave their agencies
  // within 2 years …", "A 2019 survey of Federal employees found that …", "…, official data shows.": what a count or a
  // study tells, no duty nor deadline, as a report of speech (over all golds, session 36: 0 gold, 0 optional, 10 not, 2
  // unlisted, on 11 pages of gov.uk, whitehouse.gov, Xinhua and China Daily)
  ...rules('context', -1.6, [
    '\\b(?:data|figures|statistics|surveys?|stud(?:y|ies)|research|analysis|evidence|estimates|polls?)\\b[^.;:!?]{0,80}?\\b(?:shows?|showed|suggests?|suggested|finds|found|indicates?|indicated|reveals?|revealed)\\b(?=\\s+that\\b|\\s*[.,]|\\s+(?:the|a|an|\\d))',
  ]),
  // a principal's stance told by a fact sheet, "The President has been clear that no one should go broke …",
  // "President Trump has made clear that Federal agencies must stop …", "President Hollis believes that no American
  // should …", "We are clear that the polluter must pay": a conviction voiced, no duty put on anyone (over the English
  // golds 0 gold, 4 optional, 3 not; a document's "The Order makes clear that agencies shall not …" stays a rule)
  ...rules('context', -2, [
    '\\b(?:the (?:President|Vice President|Prime Minister|Secretary|Governor|Mayor|Administration|Government)|President [A-Z][a-z]+|he|she|we|I)\\s+(?:(?:has|have|had)\\s+(?:long\\s+|always\\s+|repeatedly\\s+|consistently\\s+)?(?:been clear|made (?:it )?clear|said|maintained|insisted)|(?:is|are|am)\\s+clear|(?:firmly\\s+)?believes?)\\s+that\\b',
  ]),
  // the government's expectation of a class of those it regulates, "The government expects retailers to donate the net
  // proceeds …", "We expect suppliers and retailers to have sold … by 1 October 2023", "the government expects every
  // qualifying venue … to have …": a duty told softly (session 39, over the English golds of the fixtures + dev39
  // "X expects Y to": 5 gold, 3 of them marked by their dates before; 6 optional, the first person's "I expect every
  // … to"; 17 not — a figure, a thing or one named body expected to move, "We expect the FAR Council to issue …",
  // "Analysts expect hiring to pick up"; this row takes the 5 gold and none of the others). Before the speaker's
  // "we expect" below, which it would otherwise meet first.
  ...rules('obligation', 1.5, [
    `\\b(?:the government|government|the department|the secretary of state|ministers|the regulator|we)\\s+(?:also\\s+|now\\s+|fully\\s+|still\\s+)?expects?\\s+(?:(?:every|each|all|any)\\s+(?:[\\w’'-]+\\s+){1,5}?|(?:[\\w’'-]+\\s+){0,3}?(?:${EN_DUTY_HOLDERS})\\s+(?:and\\s+(?:[\\w’'-]+\\s+){1,3}?)?)to\\b`,
  ]),
  // a speaker's expectation of what someone else will do, "We expect the FAR Council to issue its own guidance … by
  // October 8th", "We expect the first projects to open … in September 2025": a forecast, or a wish put to those who
  // are to act ("I expect every agent to check …", optional: gold-conventions.md, Officials' wishes). Over the English
  // golds 0 gold, 1 optional, 3 not; a government's "the government expects every venue to …" is left as it is (1
  // gold), as is what a guide expects of its reader ("We expect you to …")
  ...rules('context', -2, [
    '\\b(?:I|we)\\s+(?:also\\s+|now\\s+|fully\\s+|would\\s+)?expect\\s+(?!(?:you|of)\\b)(?=[^.;]{1,100}?\\bto\\b)',
  ]),
  // views reported in a consultation response or a news story: "Most respondents agreed that retailers
  // should …", "Some suggested it should be lowered", "Respondents asked us to explain what … need to do"
  ...rules('context', -1.6, [
    // (a verb, not an adjective: "the agreed timetable must be followed" is a duty)
    // (nor a condition's perfect, "You must not … unless the regulator has agreed your method": no view told)
    '(?<!\\b(?:the|an?|any|its|their|our|your)\\s+)(?<!\\b(?:unless|until|once)\\b[^.;]{1,60}?)\\b(?:agreed|disagreed|argued|suggested|felt|believed|thought)\\b',
    '\\basked (?:us|the government|the department|ministers)\\b',
    // people praised for a choice they made: "volunteers who decided that the transition should be …"
    '\\bwho (?:had )?decided\\b',
  ]),
  // a page's lede telling whom a duty reaches: "From April some employers have to report …" (the duty
  // itself is stated to "you" below it)
  ...rules('context', -2, [
    '\\bsome [a-z]+(?: [a-z]+)? (?:have to|has to|must|need to|needs to|will (?:have|need) to)\\b',
  ]),
  // a question someone may raise, reported: "Some parents may ask whether they really need to …", "Many
  // wonder if the rules should …" (not the step "Ask whether …" that opens a sentence)
  ...rules('context', -2.5, [
    '(?<=\\w\\s+)\\b(?:ask|asks|asked|wonder|wonders|wondered)\\s+(?:themselves\\s+)?(?:whether|if|why)\\b',
  ]),
  // an enforcement power described, "The regulator can issue a stop notice, which means you must stop …":
  // what a notice would require, not a duty of the reader's now
  ...rules('context', -1.5, [
    '\\b(?:can|could|may)\\s+(?:also\\s+)?(?:issue|serve|impose)\\s+(?:you\\s+(?:with\\s+)?)?(?:a|an)\\s+(?:[a-z-]+\\s+){0,2}?(?:notice|penalty|fine|order)\\b',
  ]),
  // a time limit on a right, "you can appeal within 28 days", "you can appeal against a final penalty notice to
  // the First-tier Tribunal within 28 days" (up to 16 words of the same clause between), and a service's usual
  // time, "Most decisions are made within 20 working days": no duty and no target (golds: 0 gold, 3 not; a duty
  // beside it still counts)
  ...rules('context', -1.2, [
    '\\byou can (?:[\\w-]+\\s+){1,16}?within\\b',
    // (and told of anyone by the verbs of a right, "Tenants who have been charged a banned fee can complain to their
    // agent’s redress scheme within 12 months": dev set 39, 0 / 0 / 1 more; not "teams that can reach any small system
    // within 48 hours", an ability required)
    "\\bcan (?:also )?(?:complain|appeal|object|claim|challenge|request a review|ask for a review|make representations)\\s+(?:[\\w’'-]+\\s+){0,16}?within\\b",
    '\\b(?:are|is)\\s+(?:usually\\s+|normally\\s+|typically\\s+)?(?:made|processed|decided|dealt with|answered)\\s+within\\b',
  ]),
  // a forecast told with its forecaster, "It expects the share of compliant models to exceed 90 percent by the
  // end of 2025", "EPA expects the requirements to cut the number of … in half by 2027": what a measure will do to
  // a figure, not a deadline set for anyone (golds: 0 gold, 1 optional, 1 not). Only a figure or a measure
  // expected to move ("expects every qualifying venue to have …" is a duty told softly, gold)
  ...rules('context', -2, [
    `\\b(?:expects?|expected|anticipates?|forecasts?)\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+){0,4}?(?:${EN_MEASURED})\\s+(?:of\\s+(?:[\\w-]+\\s+){1,5}?)?to\\s+(?:${EN_FORECAST_VERBS})\\b`,
  ]),
  // a penalty stated, "the maximum penalty is £20,000 per occupier", "a fine of up to £5,000", "a penalty
  // notice is £60 if paid within 21 days": the sanction, not a rule of conduct nor a deadline (golds: 0 gold,
  // 3 not)
  ...rules('context', -2, [
    '\\bmaximum (?:civil )?(?:penalty|fine|sentence)\\b',
    '\\b(?:penalty|fine) of up to\\b',
    '\\b(?:penalty|fine)(?: notice)? (?:is|was|will be) [£$€]\\d',
  ]),
  // a penalty for a breach, told as what may follow: "Landlords who fail to comply could face a fine of …, and
  // repeat offenders may be banned from letting" (the ban is the sanction, not a rule of conduct)
  ...rules('context', -2, [
    '\\b(?:can|could|may|might|will|would)\\s+(?:also\\s+)?(?:face|incur)\\s+(?:an?\\s+)?(?:[a-z-]+\\s+){0,2}?(?:penalt(?:y|ies)|fines?|prosecution|sanctions?|enforcement action|intervention)\\b',
    '\\b(?:can|could|may|might)\\s+(?:also\\s+)?be\\s+(?:banned|barred|disqualified)\\s+from\\b',
  ]),
  // a past act restated in the present perfect, "The government has set a legally binding target to reduce …
  // by 2040", "Since taking office, the President has made … a top priority": what was decided, told as
  // background (as 此前，…已…: 0 gold, 3 not; no such English sentence in the golds before batch 25)
  ...rules('context', -2, [
    '\\b(?:has|have)\\s+(?:already\\s+|now\\s+|also\\s+)?set\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:targets?|goals?|ambitions?)\\b',
    '\\b(?:has|have)\\s+(?:already\\s+|now\\s+|also\\s+)?made\\s+[^.;]{1,80}?\\b(?:a|the|its|their)\\s+(?:top\\s+|key\\s+|high\\s+|central\\s+)?priority\\b',
    // …and told of those it was set for, "every hospital trust … is given a target to cut waiting times", a press
    // release's summary bullet "NHS trusts given individual targets to increase …": the news of a target, the target
    // itself told in the body (over the English golds 0 gold, 0 optional, 1 not, 2 unlisted)
    '\\b(?:given|handed|been set)\\s+(?:(?:a|an|new|individual|their|its|own)\\s+){0,2}targets?\\s+to\\b',
  ]),
  // a rule in force told as background, "Since October 2022, landlords have been required to …", "Since the Tenant Fees
  // Act 2019 came into force, most fees … have been banned": how long it has been the case, in the present perfect, not
  // the rule stated (a "Since …, X must …" stays one). Over the English golds 0 gold, 2 optional, 3 not (2 marked before)
  // (an adverb inside the perfect too, "Since 19 August, schools have also been required to …": 0 / 0 / 1 more, dev38)
  ...rules('context', -2, [
    '(?<=^|[.!?”"]\\s+)(?:And |But )?Since\\s[^,;.]{1,80},(?=[^.;]*?\\b(?:has|have)\\s+(?:(?:also|already|now|long|always)\\s+)?(?:been|had)\\b)',
  ]),
  // a past act told with its time, "Two years ago, I set a goal of doubling …" (sealed batch 23): what was
  // decided then, as the present perfect's "has set a target" above (over the fixture golds 0 gold, 5 not or
  // unlisted)
  ...rules('context', -2, ['\\b(?:[a-z]+|\\d+)\\s+(?:years?|months?|weeks?|days?|decades?)\\s+ago\\b']),
  // a proposal dropped: "We will not proceed with the proposal to ban …"
  ...rules('context', -2.5, [
    '\\bnot (?:to )?(?:proceed|go ahead|press ahead) with\\b',
    '\\bnot (?:to )?(?:take|taking) forward\\b',
  ]),
  ...rules('context', -1.2, [
    // habits and descriptions: "Councils usually confirm registrations within 10 working days." (not the norm a
    // modal sets, "applications … should normally be decided by officers": over the English golds 1 gold, 0 not)
    '(?<!\\b(?:should|must|shall)\\s+)\\b(?:usually|typically|normally|generally)\\b',
    '\\b(?:announced|added|stated)\\b',
    '\\baccording to\\b',
    '\\blast (?:year|week|month)\\b',
    // (not inside an indirect question a duty or a statement names, "keep a note of any errors found and how
    // they were fixed", "a record of when each alarm was tested": what is to be recorded, not a report. By its
    // structure: a wh-word after a word of the sentence, up to four words before the verb; a sentence-opening
    // "When the plant was built, …" is a past clause and still counts. Over the fixture golds 1 gold, 3 not or
    // unlisted, none marked)
    // (nor a relative clause's past, which tells what its noun is, "Recruitment examinations … that were postponed
    // because of the epidemic should be rescheduled …": the main clause's modal stands; over the English golds 2 gold,
    // 0 optional, 3 not or unlisted with it, each unmarked for a reason of its own)
    "(?<!\\b[a-z]+\\s+(?:how|why|when|where|whether)\\s+(?:[\\w’'-]+\\s+){0,4})(?<!\\b(?:that|which|who)\\s+)\\b(?:was|were|had been)\\b",
    '\\bif\\b[^.]{0,60}?\\bthen\\b',
    // a consequence explained: "…, which means that most small shops will not be in scope."
    '\\b(?:which|this|that) means that\\b',
  ]),
];

/** A unit opening with one of these (after the list marker) is a sub-heading when short. */
/**
 * Decimal section numbers of 预案 and 方案 ("1 总则", "1.1 编制目的", "2.4.3 信息报送。"): a short
 * unit opening with one is a heading, also when it runs into its paragraph. A bare number needs
 * a space after it ("1 总则"), so that "3个工作组" or "10月" is no heading.
 */
const DECIMAL_NUMBER =
  '(?:\\d{1,2}(?:[.．]\\d{1,2}){1,3}[\\s\\u3000]*|\\d{1,2}[\\s\\u3000]+(?![年月日时分个万亿]))(?=[\\u4e00-\\u9fff\\u2160-\\u216b])';
export const ZH_DECIMAL_HEADING = new RegExp(`^${DECIMAL_NUMBER}`);
export const ZH_HEADING_START = new RegExp(
  `^(?:[一二三四五六七八九十百]+、|第[一二三四五六七八九十百\\d]+[章节部分篇编]|[（(][一二三四五六七八九十]+[)）]|——|${DECIMAL_NUMBER})`,
);
/**
 * A Chinese news crosshead set as a plain paragraph, a short label, a colon and a phrase, with no stop:
 * "现场：堤坝上的“守夜人”", "■ 2026年目标：增长5%左右", "关键词二：扩大有效需求". Session 33, over all golds
 * (fixtures + dev33 + dev36, body paragraphs of this shape): 34 gold, 3 optional; the "not" of the shape are
 * page furniture (责任编辑：…, 附件：…, 上一篇：…, a list of other news), left out here by its label or
 * outside the body. A line with a ban, a modal or a deadline is a measure (isMeasure), not a head.
 */
export const ZH_LABEL_CROSSHEAD =
  /^(?:[■□◆◇●○◎▲△★☆▌]\s*)?(?!(?:责任编辑|编辑|责编|附件|作者|记者|来源|通讯员|联系人|联系电话|电话|地址|校对|摄影|摄|图|图表|图片|视频|上一篇|下一篇|相关[^：:]{0,4}|延伸阅读|版权所有|主办单位|承办单位|制作单位|网站标识码|信息公开形式|发布时间|时间|原标题|标题|问|答)：)[^：:，,。；;！!？?\s（(【[]{2,8}：[^：:，,。；;！!？?]{3,24}$/;
/**
 * A numbered label opening a paragraph as its run-in head, "亮点一：从“中介制”走向“员工制”。消费者…", "看点二：…。": a label
 * (two to four characters) and its ordinal before the colon, as "（一）" before "加强组织领导。" (isSlogan). A speaker's
 * name has no ordinal. Session 39: over all golds (fixtures + dev39) 3 such openings on 1 page, all gold heads, none
 * otherwise; the colon is looked for before the pattern runs.
 */
export const ZH_ORDINAL_LABEL = /^[\u4e00-\u9fff]{2,4}之?[一二三四五六七八九十]{1,2}：/;
/**
 * A bold line that is a label and nothing else, closed by a full-width colon: a transcript's speaker set on a line of
 * his own above his words ("主持人 陈文俊：", "周启明：", "第一财经记者："), read as a paragraph, not a heading (session 37:
 * over all golds, fixtures + dev37, 22 such lines on the one transcript that sets them apart, all unlisted; no gold
 * heading ends with a colon). Not a numbered head ("一、总体要求：") nor an article ("第八条 禁止下列行为："); a lead-in
 * with a modal, "各地要做到：", is then found by the directive scan as any lead-in is.
 */
export const ZH_BARE_LABEL =
  /^(?!第[一二三四五六七八九十百零〇\d]+[条章节款部编篇])[^\d（(一二三四五六七八九十：:，,。；;！!？?、“”]\s*[^：:，,。；;！!？?、“”]{0,15}：$/;
export const EN_HEADING_START = /^(?:Sec(?:tion)?\.?|SECTION|Article|ARTICLE|Part|PART|Chapter|CHAPTER)\s*\d+[.:]?/;
/**
 * The boilerplate sections every presidential order or memorandum has, "Section 1. Purpose.", "Sec. 2.
 * Policy.", "Sec. 8. Definitions.", "Sec. 9. General Provisions.": the template's furniture, not a
 * heading of the order's own measures ("Sec. 3. Protecting Cable Infrastructure." stays one). The
 * golds list them as optional (6 pages) or leave them out (blind 9T, blind 15); docs/analysis-errors.md.
 */
export const EN_FURNITURE_SECTION =
  /^(?:Sec(?:tion)?\.?|SECTION)\s*\d+[a-z]?\.?\s+(?:Purpose|Policy|Definitions?|General Provisions?|Scope|Applicability|Authority|Severability|Effective Date|Revocations?)\s*[.:]?\s*$/i;
/** The longest text still read as a heading (in characters, white space excluded). */
export const HEADING_MAX_CHARS = { zh: 40, en: 90 } as const;
/** A "——" point or "（一）" point whose first sentence is at most this long is a slogan sub-head. */
export const SLOGAN_MAX_CHARS = 30;
/**
 * The title of a case a 通报 exposes, "1.黄冈市某县交通运输局原局长吴某某违规公款吃喝问题。": a post, a name hidden as
 * 吴某某, the breach and 问题 — a fact told, no section of measures (s34, one page: 0 gold, 0 optional, 2 not, 4
 * unlisted; the golds' numbered heads ending 问题, "三、着力破解基层治理中的突出问题", name no one). Tried only on
 * a title holding 某 (isCaseTitle).
 */
export const ZH_CASE_TITLE =
  /(?:长|书记|主任|经理|主席|干部|职工|员)[\u4e00-\u9fff]某某?[^，,；;：:。]{0,30}问题[。.]?$/;
/**
 * …and, named in full, the office a 通报 exposes, numbered: "5.青山市云溪县住建局“材料多、会议多”问题突出。" — a place, its
 * office and the problem (s40, over all golds, numbered lines naming a 市 / 县 / 区 office and ending 问题: 0 gold, 0
 * optional, 4 not on 2 pages). Tried only on a line that opens with a number and ends with 问题 (isCaseTitle).
 */
export const ZH_OFFICE_CASE_TITLE =
  /^\d{1,2}[.．、][^，,；;：:。]{0,16}?[省市县区州旗][^，,；;：:。]{0,16}?(?:局|委|办|厅|院|所|中心|公司|街道|镇|乡)[^，,；;：:。]{0,30}问题(?:突出|严重|多发)?[。.]?$/;

/**
 * The connective a Chinese sentence may open with before its own first word, "当然，", "同时也…", "但…",
 * "与此同时，": what the start-anchored shapes below read past, so that a caveat or a look back is one
 * whether or not the writer links it to the sentence before ("当然，也要看到，…" is "也要看到，…"; sealed
 * batches 21 and 23, docs/analysis-errors.md: a shape anchored at the very start is bound to one wording).
 * One shared piece: a shape that reads the sentence's start takes it, rather than its own list of openings.
 */
export const ZH_LEAD_WORDS: readonly string[] = [
  ...['当然', '同时', '与此同时', '此外', '另外', '但是', '但', '不过', '然而', '而且', '并且', '因此', '所以'],
  ...['为此', '对此', '诚然', '其次', '首先', '再次', '最后', '再者', '总之', '总的来看', '总的来说'],
];
/** The connective, a comma and white space after it: where a shape's own first word may start (contextStarts). */
export const ZH_LEAD_CONNECTIVE = `(?:(?:${ZH_LEAD_WORDS.join('|')})[，,]?\\s*)?`;
/** What turns a sentence naming last year into a duty or an aim (SENTENCE_CONTEXT's last-year row). */
const PAST_YEAR_MODALS = '要|必须|须|应|力争|确保|争取|务必|不得|不能|严禁|禁止';
const zhShape = (rest: string) => new RegExp(`^${ZH_LEAD_CONNECTIVE}${rest}`);
/** What keeps a duty or an aim in a sentence that opens looking back (SENTENCE_CONTEXT's look-back row with no modal). */
const LOOK_BACK_MODALS = [
  '要',
  '必须',
  '应当',
  '应该',
  '须',
  '务必',
  '力争',
  '确保',
  '将',
  '不得',
  '严禁',
  '禁止',
  '不能',
];

/**
 * A whole-sentence pattern and its weight; `unless`: texts any of which, before the sentence's first stop
 * (。；;！!？?), rules the pattern out (it cannot match then: applySentenceContext skips it without compiling it).
 */
export interface ContextRow {
  pattern: RegExp;
  weight: number;
  unless?: readonly string[];
}

/**
 * Whole-sentence shapes that read as statements, not measures (anchored; tested per sentence):
 * "抓落实,是…的根本要求" (a topic then 是: a definition), "这是…". The Chinese ones read past an opening
 * connective (ZH_LEAD_CONNECTIVE).
 */
export const SENTENCE_CONTEXT: Record<Lang, ContextRow[]> = {
  zh: [
    // (also a purpose told so: "出台办法，主要是为了…")
    {
      pattern: zhShape(`[^，,。；;：:]{1,24}[，,]\\s*(?:这|也|就|正|才|都|主要|首先|说到底|归根结底|归根到底)?是`),
      weight: -1.5,
    },
    { pattern: zhShape(`(?:这|那|此)(?:是|就是|也是|正是)`), weight: -1.2 },
    // a measure named as the topic of a judgement of its weight, "做好…工作，事关千家万户", "（会议指出，）做好…
    // 工作，关系…全局": why it matters, not a duty (unless a modal follows, "…事关全局，各地要…")
    // (关系到|关系, not 关系到?: plain options, which contextChecks reads as the texts a match needs)
    {
      pattern: zhShape(
        `(?:[^，,。；;！!？?]{1,12}(?:指出|表示|认为|强调|介绍)[，,：:])?[^，,。；;：:]{2,30}[，,](?:更|也|直接|始终)?(?:事关|关系到|关系|关乎|攸关)(?![^。；;！!？?]*?(?:要|必须|应当|务必|需要))`,
      ),
      weight: -1.5,
    },
    // …and as the means a goal needs, "深化农村改革是激发…活力的关键一招", "推进城乡融合发展，县域是重要切入
    // 点": a measure defined by what it is for, the sentence's one judgement (emphasis is not held back)
    {
      pattern: zhShape(
        `(?:[^，,。；;：:“”]{2,24}[，,])?[^，,。；;：:“”]{1,24}?(?<![要不])是(?!否|指)[^，,。；;：:]{0,30}?(?:一招|切入点|突破口|着力点|抓手|必由之路|关键所在|关键|题中应有之义)[。！!]?$`,
      ),
      weight: -1.5,
    },
    // …and with any noun after 的, when no modal is in the sentence: "深化改革是推动高质量发展的根本动力。", "严肃党内政治
    // 生活是全面从严治党的基础。", "把训练纳入法治轨道，…，是…的根本保证。", "会议指出，…，加强基层组织建设是…的治本之策。" —
    // the measure's worth judged, nothing asked (s38: over all golds, fixtures + dev37/38 + held49, such sentences 6 gold,
    // 5 optional, 252 not or unlisted on 160 pages, 11 of them marked on 11 pages; the gold ones a heading, an emphasis
    // "重中之重是…" or 特别是 inside a clause, kept by their own weights; 一是/二是 list a measure, no copula)
    {
      pattern: zhShape(
        `(?![^。；;！!？?]*?(?:(?<![重主首只纲摘提])要(?![求素点闻])|须|应当|应该|务必|不得|严禁|禁止|不能|确保|力争))(?:[^，,。；;：:“”]{1,12}(?:指出|强调|认为|表示)[，,])?(?:[^，,。；;：:“”]{2,30}[，,]){0,3}[^，,。；;：:“”]{0,30}?(?<![要不特尤还或凡于但一二三四五六七八九十])是(?!否|指)[^，,。；;：:]{0,30}的[^，,。；;：:的]{1,8}[。！!]?$`,
      ),
      weight: -1.5,
      // (the texts that rule it out, looked for before it is compiled: each is excluded by its lookahead)
      unless: ['须', '应当', '应该', '务必', '不得', '严禁', '禁止', '不能', '确保', '力争'],
    },
    // an achievement to date, "截至目前，全县已建成…", "据统计，截至2024年底，全省累计…达到…": a count reported, no
    // target, whatever its 建成 or figures (over all golds, sentences with 截至: 0 gold, 0 optional, 38 not;
    // gold-conventions.md). "到2027年…建成…" is the target; so is a deadline with its duty, "截至6月底前，各地要…".
    {
      pattern: zhShape(
        `(?:[^，,。；;！!？?]{1,24}[，,])?截(?:至|止到?)[^，,。；;！!？?]{1,16}(?<!(?:底|末|日|月|年)前)[，,](?![^。；;！!？?]*?(?:要|必须|须|应当|应|力争|确保|争取|务必))`,
      ),
      weight: -2,
    },
    // …and last year's results, "会议指出，去年全省…实现率达到98.6%，…压缩至1个工作日以内", "工作人员去年挨家挨户…，最终
    // 新增的86把座椅…": the figures of a year gone, no target, in a sentence with no modal or aim (not a comparison
    // with it, 比去年 / 较上年 / 去年同期, nor 上年度, a document's term). Over all golds (fixtures + dev33) 0 gold,
    // 0 optional, 31 not, 27 unlisted; the gold sentences naming last year hold a modal (s33)
    {
      pattern: zhShape(
        `[^。；;！!？?]*?(?<!(?:${PAST_YEAR_MODALS})[^。；;！!？?]*?|[比较于])(?:去年|前年|上年)(?!度|同期|底前|以来)(?![^。；;！!？?]*?(?:${PAST_YEAR_MODALS}))`,
      ),
      weight: -1.5,
      // (no modal before last year nor after it, up to the first stop: a sentence with one there, as most that reach
      // the context do, skips the pattern uncompiled — the seed page's "去年，…，各地要…")
      unless: PAST_YEAR_MODALS.split('|'),
    },
    // a document's preamble, "为贯彻落实…，加快推进…，切实解决…，结合我市实际，制定本方案。", "为…，经国务院同意，现就
    // 有关事项通知如下：": its purpose, told in the verbs of measures (加快推进, 切实) that can outweigh the closing's
    // own context; never a directive (over all golds 0 gold, 6 optional, 18 not, 6 unlisted). Not 为此 ("for this"), nor a
    // plan of one's own area, "…要求各省级…制定本地区…实施方案" (s40: dev56's one such duty, gold, was held back by -5)
    {
      pattern: zhShape(
        `(?:第一条\\s*(?:[（(][^）)]{1,8}[)）])?\\s*)?为(?:了|(?!此))[^。；;！!？?]{4,}?(?:制定本(?![地区单部辖级省市县])|特制定|(?:提出|形成|制定)(?:如下|以下)|现(?:就|将)?[^。；;！!？?]{0,40}?(?:通知|提出|印发)(?:如下|以下))`,
      ),
      weight: -5,
    },
    // a funding body's own support told with no modal, "中央财政通过现有资金渠道对…给予支持", "在资金方面，省级财政…
    // 按照…的20%给予补助，单个项目最高不超过300万元": a benefit described, its cap no target (over all golds 0 gold,
    // 9 optional, 2 not; "各级财政要…" is the duty)
    {
      pattern: zhShape(
        `(?:在?[^，,。；;]{1,8}方面[，,])?[^，,。；;]{0,8}财政(?![^。；;！!？?]*?(?:要|必须|应当|应|须|务必))[^。；;！!？?]*?(?:给予|予以)`,
      ),
      weight: -1.5,
    },
    // what a document sets out to do, summarized, "（该负责人表示，）《办法》聚焦…全流程，着力补齐…短板", "《条例》坚持问题
    // 导向，着眼…": its aim, not a duty it imposes (《…》要求/明确 + a duty is one); over all golds 0 gold, 2 not, 3 unlisted
    // (》 with each verb: the text a sentence needs before the pattern is tried, contextChecks)
    {
      pattern: zhShape(
        `(?:[^，,。；;“”]{1,16}(?:表示|介绍|指出|说)[，,：:])?《[^》]{1,24}(?:》聚焦|》着力|》围绕|》突出|》注重|》坚持|》立足|》针对|》紧扣|》着眼)(?![^。；;！!？?]*?(?:要求|要|必须|应当|须|务必|不得|严禁|禁止))`,
      ),
      weight: -2,
    },
    // a look back as the sentence's frame: "从历史看，…从2012年的…增长到…" reports, it sets no goal
    { pattern: zhShape(`(?:从历史(?:上)?看|回顾历史|纵观历史|回望过去|从过去看)[，,]`), weight: -1.2 },
    // an earlier act recalled as background, "此前，…已部署开展…，要求各地…": a report, not today's measure
    // (over all golds, sentences opening 此前/早前/先前: 0 gold, 3 not)
    { pattern: zhShape(`(?:此前|早前|先前|此前不久)[，,][^。；;！!？?]*?(?:已|曾)`), weight: -1.2 },
    // "(但)也要看到，…" opening the sentence (after any connective, "当然，也要看到，…", "同时也要看到"): what
    // follows is a problem described or a caveat argued, its 不能 or 要 too ("也要看到，补贴不能一发了之") — over
    // all golds 0 gold, 1 optional, 14 not (with a connective before it, 0 / 1 / 27); also with the writer's
    // community as its subject, "我们必须清醒认识到，…" (0 / 1 / 3; gold-conventions.md: a discourse phrase)
    {
      pattern: zhShape(
        `(?:我们|大家)?(?:也|还|更|同时)?(?:要|应当?|应该|必须)(?:清醒|清楚|冷静|深刻)?地?(?:看到|认识到)[，,：:]`,
      ),
      // (-3, not -1.5: the caveat it opens often holds two bans, "…技术不能替代…，更不能让…" (3.2); over all golds,
      // sentences with such an opening anywhere: 0 gold, 7 optional, 73 not, s32)
      weight: -3,
    },
    // a judgement of what a thing is not, "统筹不是“一刀切”。", "公益性定位不等于“等靠要”，…": a short topic (its opening
    // verb read as a topic, not an imperative) then 不是/不等于/并非 and a quoted catchword, with no modal or ban after it
    // (s32; over all golds such openings 0 gold, 0 optional, 0 not, 3 unlisted; without the quotation mark 3 gold, 6
    // optional, 12 not, 10 unlisted, the gold ones a heading or a ban after it: "传统产业不等于落后产业，不能…")
    {
      pattern: zhShape(
        `[^，,。；;：:“”]{1,8}?(?:不是“|不等于“|并非“|并不是“)[^“”]{1,12}”(?![^。；;！!？?]*?(?:要|必须|应当|应该|须|不能|不得|严禁|禁止|务必))`,
      ),
      weight: -1.5,
    },
    // a sentence that opens looking back, "党的二十大以来，各地坚持…" / "这些年，…": a report of what was
    // done (with 以来 and 这些年 themselves, -2 in all; a modal still carries: "入汛以来，…，各地要…")
    {
      pattern: zhShape(
        `(?:[^，,。；;！!？?]{1,8}(?:指出|表示|认为|介绍)[，,：:])?[^，,。；;！!？?]{1,16}(?:以来|这些年|这几年|近些年|近年来|多年来)[，,]`,
      ),
      weight: -0.8,
    },
    // …and one with no modal after it, "近年来，我省持续推进…，企业开办时间压缩至1个工作日以内，…": what was achieved, told with
    // its figures, no target (the row above needs a character before 近年来; this one opens at it too). s39, over all golds
    // (fixtures + dev39), sentences opening so: 0 gold, 1 optional, 174 not on 137 pages, 2 of them marked (targets
    // by their figures); with no modal (its lookahead) 101 not, 50 unlisted
    {
      pattern: zhShape(
        `(?![^。；;！!？?]*?(?:${LOOK_BACK_MODALS.join('|')}))(?:[^，,。；;！!？?]{1,8}(?:指出|表示|认为|介绍)[，,：:])?[^，,。；;！!？?]{0,16}(?:以来|这些年|这几年|近些年|近年来|多年来)[，,]`,
      ),
      weight: -2,
      // (the texts that rule it out, looked for before it is compiled: each is excluded by its lookahead)
      unless: LOOK_BACK_MODALS,
    },
  ],
  en: [
    // a pointer to another document, "Read the code of practice for landlords: …" (a link's words, not a step)
    { pattern: /^(?:Read|See|View|Download)\s+(?:the|our)\b/, weight: -1.5 },
    // a quotation: someone's words, not the document's
    { pattern: /^[“"‘]/, weight: -1.5 },
    // …and the end of one that opened in an earlier sentence, "We must make that the norm at every large
    // venue, not a matter of luck.”": still the speaker's words
    // (closed with a straight mark too, "The focus should remain on quality of life.\"", whose opening " stood in an
    // earlier sentence: over all golds 0 gold, 0 optional, 4 not, 4 unlisted)
    { pattern: /^[^“"]*[.!?…][”"]\s*$/, weight: -1.5 },
    // a reporter's question in a briefing's transcript, "Q: Secretary, some say the administration should …": the
    // question's words, no directive (over all golds 0 gold, 0 optional, 2 not, 5 unlisted)
    { pattern: /^Q\s*[:：]/, weight: -3 },
    // a summary told as an indirect question: "What records you must keep, and for how long." (not a
    // condition of the law's kind, "Where the cap is reached, the landlord must register …")
    // (nor a pseudo-cleft that frames a duty, "What the President told his team is that every agency
    // must …")
    {
      pattern: /^(?:what(?![^?]*\b(?:is|was)\s+that\b)|how|who|which|where(?![^?,]{1,160},)|why)\b[^?]*$/i,
      weight: -3,
    },
    // a past act told with its year, "In 2021, the President launched …", "Since 2023, we have funded …" (not
    // "By 2030, …", a target; nor a year with a modal after it, "In 2027, every council must …"). Over the
    // fixture golds 0 gold, 19 not or unlisted; as much as "… years ago" weighs. Also told with the stretch of
    // time just past, "Over the past year, this government has restored …" (0 gold, 5 not or unlisted)
    {
      pattern:
        /^(?:(?:In|Since|Back in|During) (?:19|20)\d{2}|(?:Over|In|During) the (?:past|last) (?:[\w-]+ ){0,2}?(?:years?|decades?|months?|weeks?|days?))(?: alone)?,(?![^.;]*\b(?:will|must|shall|should|needs? to|has to|have to|aims? to|is to|are to)\b)/,
      weight: -2,
    },
    // a sanction told as what can follow, with no duty of the sentence's own: "Parents could be fined £80 …, rising
    // to £160 if it is not paid within 21 days", "Institutions found to have abused children will be ordered to
    // suspend operations, and those responsible will be barred from the industry for life" (gold-conventions.md:
    // a consequence or penalty described; over the English golds 0 gold, 3 optional, 15 not). Not a ban with its
    // date, "Disposable vapes will be banned from 1 June"
    {
      pattern:
        /^(?![^]*\b(?:must|shall|should|needs? to|ha(?:ve|s) to|is required to|are required to)\b)[^]*\b(?:can|could|may|might|will|would)\s+(?:also\s+|then\s+)?be\s+(?:fined|prosecuted|penali[sz]ed|disqualified|struck off|blacklisted|ordered to|(?:banned|barred|removed|suspended)\s+from\s+(?!(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|next|the (?:end|start)|midnight)\b))/i,
      weight: -2,
    },
    // (not an order's policy clause, "It is the policy of the United States to … within 2 years": a
    // goal when it has a deadline; nor "That is why … should …", the measure an argument leads to)
    {
      pattern:
        /^(?:this|that|it|these|there)\s+(?:is|are|was|were)\b(?!\s+(?:critical|essential|vital|imperative|crucial|important|required|prohibited|the policy of|why)\b)/i,
      weight: -0.8,
    },
  ],
};

/**
 * A box's label set as a heading line, "■相关链接", "■链接", "核心阅读", and an appendix's label with its title, "附：三项政策
 * 一览": the frame of a sidebar, a summary or an attached table, no section of the article (as 相关阅读 / 附件 in
 * NOT_A_HEADING). s40: over all fixture golds no such line in an article's text; dev batch 56, 4 on 4 pages, all
 * unlisted or "not" and all marked as heads. A bullet before it is the box's mark. Tried only on short heading lines.
 */
export const ZH_BOX_LABEL =
  /^[■□▌▍◆◇●○▲△★☆]?\s*(?:(?:相关|背景|新闻|知识|政策)?链接|核心阅读|阅读提示)[：:]?$|^附[：:]\s*\S{1,30}$/;

/**
 * Heading-shaped lines that are not section headings: questions of a Q&A ("问：…？"; not a 解读's numbered
 * question heading its section, "一、《办法》出台的背景是什么？": over all golds 6 gold, 14 optional, 0 not), the name of
 * the document a notice transmits ("山东省…条例", "…应急预案"), the name of a document's form
 * above its title and number ("某某市人民政府令", "…部令 第5号"), furniture, and the title of a news item in a
 * roundup, labelled by its medium ("[视频]某部部署…", "【图片】…": a broadcast's items, each a headline of its own,
 * not a section of one article; over all golds 0 gold, 5 not on the dev set's 新闻联播 page). Also an attachment's
 * title, a list of names or a standard ("…联系单位名单", "…基本设施配置标准": 0 gold, 2 not; a numbered head, "三、补贴标准",
 * stays one), and the number line of an order under its form ("第812号": 0 gold, 4 unlisted) (s32). The name of a
 * document that opens with its year ("2021年下半年大学毕业生征兵公告", a notice a report transmits: over all golds 0 gold,
 * 0 optional), and a video page's labels ("视频简介", "文字实录": 0 gold) (s34, dev40). A line wholly in brackets, a
 * transcript's speaker "[主持人 袁宏]", "[新华社记者]", or a label "【背景】": no section of the text (s38: over all golds,
 * fixtures + dev37/38 + held49, such heading lines 0 gold, 0 optional, 22 unlisted, all marked, on 2 pages).
 * A field of an event's or a group's card, "地点：国务院新闻办公室新闻发布厅", "主持人：…副局长 李秋燕", "发布人：商务部新闻
 * 发言人 高峰", "副组长：孙立明 市政府副秘书长" (s39: over all golds, fixtures + dev39, 8 such lines on 4 pages, 0 gold, 0
 * optional, 4 marked as heads), and the label of the text's form, "图文实录", "文字版" (s39: 2 more on 2 pages, 0 gold).
 * A side box's label with its title, "链接：黄河花园口站历史水位", "延伸阅读：…" (s40: furniture; over all golds 0 gold, 0
 * optional, 1 not).
 */
export const NOT_A_HEADING =
  /^(?:问|提问|记者问|记者|Q|主持人|主持|发布人|发言人|嘉宾|主讲人|出席人|地点|会场|时间|日期|组长|副组长|成员|(?:相关|背景|知识|新闻)?链接|延伸阅读)\s*[：:.]|^[[【](?:视频|图片|组图|音频|直播)[\]】]|^[[【][^\]】[【]{1,40}[\]】]$|(?<!^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^]*)[？?]$|^\S{0,30}(?:政府|国务院|主席|委员会|部|厅|局|署)令(?:\s*第\S{1,8}号)?$|^[^\d（(一二三四五六七八九十第]\S{0,30}(?:公告|通知|决定|办法|条例|规定|预案|方案|意见|细则|纲要|规划|指引|决议|公报|通告|批复)(?:[（(]\d{4}\s*[—–－-]+\s*\d{4}年[)）])?$|^[^\d（(一二三四五六七八九十第]\S{4,30}措施$|^(?:19|20)\d\d年\S{0,30}(?:公告|通知|决定|办法|条例|规定|预案|方案|意见|细则|纲要|规划|指引|决议|公报|通告|批复)$|^(?:相关(?:阅读|链接|新闻|报道|文件|稿件)|延伸阅读|附件|图片|视频|(?:图文|文字|视频|音频)(?:实录|版|稿|直播|简介)|全文|实录|Related (?:content|links)|Share this page|Contents)$|^\S{2,40}名单$|^[^\d（(一二三四五六七八九十第]\S{4,30}标准$|^第\s*\d{1,5}\s*号$/i;

/** The opening of a list item: "（一）", "(i)", "1.", "①", "a)", "——", a bullet. */
export const ITEM_MARKER =
  /^(?:[（(](?:[一二三四五六七八九十]+|\d{1,2}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[)）]|[①-⑳]|\d{1,2}[.、．)](?!\d)|[a-zA-Z][.)]\s|——|[-•·]\s)/;

/**
 * The numbering styles of list items, by which a lead-in's list ends: "(a) Before using any new AI, an agency
 * shall:" opens items "(i) …", "(ii) …"; its sibling "(b) Agencies shall not …" is the next provision, and so
 * is "(d) A CAIO may waive …" after it, no item of the lead-in's list (dev set 39: an executive order's (d) taken
 * for an item of (a)'s list). Lower-case roman numerals before single letters: "(i)" under "(a)" is an item.
 */
export const ITEM_STYLES: readonly RegExp[] = [
  /^[（(][一二三四五六七八九十]+[)）]/,
  /^[（(]\d{1,2}[)）]/,
  /^[（(][ivx]{1,5}[)）]/,
  /^[（(][a-z][)）]/,
  /^[（(][IVX]{1,5}[)）]/,
  /^[（(][A-Z][)）]/,
  /^[①-⑳]/,
  /^\d{1,2}[.、．)](?!\d)/,
  /^[a-zA-Z][.)]\s/,
];

/**
 * A directive that introduces a list whose items complete it: "禁止下列改装行为：",
 * "平台经营者不得有下列行为：", "… shall, …, revise the guidance to:", "… will be required to:",
 * "… shall issue guidance that:".
 * Not a list of members or records ("shall include the following officials:").
 */
export const LEAD_IN: Record<Lang, RegExp> = {
  zh: /(?:(?:下列|以下|如下)[^，,。；;：:]{0,8}?(?:行为|情形|事项|活动|工作|措施|要求|义务|职责)|(?:要|必须|应当|应|须|不得|禁止|严禁))[：:]\s*$/,
  // also a duty whose object the items describe: "… shall issue guidance to agencies that:"; and a modal with "also"
  // before its colon, "From September 2022, local authorities must also:" (over all English pages 1 such lead-in, its
  // 4 items gold)
  // (session 38: and a ban's lead-in, "While you are quarantining, you must not:", its items the acts banned, as under
  // 禁止下列行为：; over all English golds 1 such lead-in, its 3 items gold prohibitions, none found before)
  en: /\b(?:(?:to|shall|must|should|that)(?:\s+also)?|(?:shall|must|should|may|do|does|will)(?:\s+also)?\s+not|cannot|(?:shan|mustn|shouldn|don|doesn|won)['’]t)\s*:\s*$/i,
};

/**
 * A heading that bans the items under it, with no colon, "二、禁止下列行为": they are the acts it bans, as under a
 * ban's lead-in sentence (LEAD_IN). Over all golds (fixtures + dev39) 1 such heading, its 5 items gold prohibitions;
 * every other ban lead-in (7) ends with a colon.
 */
/**
 * A heading that announces the year's tasks, "二、2018年工作安排": in its section (to the next top-level heading,
 * ZH_TOP_HEADING) a figure set with no modal is a target to reach, as a government work report states its plan.
 */
export const ZH_PLAN_HEADING =
  /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分\s*)?(?:(?:20\d{2}|今|明)年(?:度)?)?(?:工作安排|主要任务|重点任务|工作任务|目标任务|重点工作)\s*$/;
/** A top-level heading of a document: "三、…", "第三部分 …". */
export const ZH_TOP_HEADING = /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+(?:部分|章))/;

export const ZH_HEADING_BAN_LEAD_IN =
  /(?:禁止|严禁|不得(?:有|从事|实施)?)(?:下列|以下|如下)[^，,。；;：:]{0,8}?(?:行为|情形|活动|事项)\s*$/;
