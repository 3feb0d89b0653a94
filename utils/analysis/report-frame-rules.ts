/**
 * The tables of the report frame (report-frame.ts): who a sentence says is speaking — "政委某某说：“…”",
 * "对此，市委明确，…", "一位村民坦言，…" — and whether that speaker is the policy's voice.
 *
 * Data only. Each table is a list of regular-expression sources (no capturing groups), joined by
 * the engine; a speaker is tested against SPEAKERS in order and the first row that matches decides.
 * What follows a row's match, when it is a name of 2–4 characters ("政委|李卫东", "管理员|朱建华"), is
 * remembered with the row's kind: the same name speaking again later, bare, is the same speaker.
 */
import { ZH_ORDINARY_SPEAKERS, ZH_OWN_UNIT } from './rules';

/**
 * - `authority`: an office or an official of the state, the Party or the army, addressing those it
 *   directs: what it says is a directive when the words alone are one ("旅长某某说：“指挥员要带头…”").
 * - `voice`: a person whose own words a report quotes — a resident, a soldier of the ranks, a
 *   deputy, a scholar, a classic author cited, someone unnamed ("有干部坦言"): never a directive.
 * - `grassroots`: a village's or a community's own cadre (村支书, 社区书记, 网格员): they run themselves and direct no
 *   one, so his unit's plans ("我们要…", "村里要…") are his own community told what it must do, as a voice's; a rule he
 *   passes on that binds others ("公约还明确，车主必须…") is read as an authority's (ZH_PASSED_ON_RULE).
 * - `anyone`: one of many, "一位参会的县局负责人": a sample of the people there, whose plans the report
 *   tells, not the office that directs (the frame changes nothing).
 */
export type SpeakerKind = 'authority' | 'voice' | 'grassroots' | 'anyone';

/**
 * Words a speaker never holds: modals and the prepositions of a measure ("要加强对消费者的提醒，…").
 * Not the 应 of 应急管理部, 应用.
 */
export const ZH_NOT_IN_SPEAKER = '要|必须|须|需要|应(?![急用])|把|将(?!军)|让|使(?!馆)|对|向';

/**
 * A sentence opening with a scholar by his title and name, "某大学某学院教授陈某某长期研究…": the one a later 他/她 means,
 * though no setting opens it (SpeakerMemory reads a sentence's subject so only after a setting, "在…，", elsewhere: a
 * clause read from its start is as likely to name who is helped). s40: "…教授某某长期研究…。在他看来，…。他建议，各地应当…"
 * (over all golds, 他/她 + 建议 / 认为 before a comma: 0 gold, 0 optional, 14 not).
 */
export const ZH_SCHOLAR_SUBJECT =
  '^\\s*[^，,。；;：:“”]{0,24}?(?:专家|学者|教授|研究员|分析师|经济学家)[\\u4e00-\\u9fff·]{2,4}';

/**
 * A sentence that opens with 他/她 ("在他看来，…", "他长期从事…"): it speaks of the one named before, whom a later 他/她
 * still means (SpeakerMemory.subject keeps the sentence before it).
 */
export const ZH_PRONOUN_LEAD = '^\\s*(?:在)?(?:他|她)(?!们)';

/** A speaker named only by a pronoun: the last speaker classed before it. */
export const ZH_PRONOUN_SPEAKER = '^(?:他|她)(?:们)?(?:还|也|又|则|随后|接着)?$';

/**
 * An adverb between a speaker and his verb, "陈某某还提醒，…", "该负责人也表示，…", "他同时强调，…": the speaker is the words
 * before it (s37: a name met before was not recalled with its 还, and a voice's words read as the text's).
 */
export const ZH_SPEAKER_ADVERB = '(?:还|也|又|则|同时|进一步|再次|随后|接着|特别|还特别|更是)$';

/** Short openers before the speaker, "对此，市委明确，…", "据了解，该局负责人表示，…". */
export const ZH_FRAME_OPENERS = ['对此', '为此', '同时', '此外', '另外', '据了解', '据悉', '据介绍', '采访中', '会上'];

/** …and the setting of the words, "在安全生产方面，某局副局长某某介绍，…", "会上，…", "采访中，…". */
export const ZH_FRAME_SETTING = '在[^，,。；;]{1,12}?(?:方面|会上|上|中|时|后)';

/**
 * Verbs that introduce someone's words. Longer ones first (说道 before 说): the frame takes the
 * first that is followed by a comma or a colon.
 * - telling: the words are passed on as said — an authority's are read as its instruction;
 * - viewing: a view, a wish, a memory — the words are the speaker's judgement ("会议认为，…是头等大事"),
 *   not an instruction, whoever speaks.
 */
export const ZH_TELLING_VERBS = ['说道', '说', '表示', '介绍', '指出', '强调', '明确', '要求'];
export const ZH_VIEWING_VERBS = [
  // what a speaker tells the reporter is an account given to the press, his plans or his unit's, not an instruction
  // passed on: "该旅参谋长某某告诉记者，旅里今年要把…", "县长某某告诉记者，明年全县要再完成…" (s39, over all golds,
  // fixtures + dev39: 告诉记者 before a comma 0 gold, 7 optional, 34 not on 30 pages; before a colon 0 / 2 / 15).
  // Longer than 说, so before the telling verbs are tried at the same speaker: the frame's alternation takes the
  // shortest speaker first, and "某某对记者" holds 对, never a speaker
  '告诉记者',
  '对记者说',
  '认为',
  '建议',
  '坦言',
  '提醒',
  '感叹',
  '直言',
  '透露',
  '解释',
  '回忆',
  '谈到',
  // a position argued, "有学者主张，…应当…" (s32; over all golds, 主张 before a comma: 0 gold, 1 not)
  '主张',
  // a saying recalled, "毛泽东同志说过：“…”" (s39: 说过 before a colon or a comma, over all golds 0 / 0 / 1)
  '说过',
];

/**
 * The viewing verbs whose words are the speaker's own view or account, whoever he is: an official's "…认为，…要…",
 * "他建议，各地应当…", "…告诉记者，明年全市还要新建…" are no instruction passed on, whatever their modals or figures (s40,
 * over all golds, fixtures + dev55, a sentence opening with its speaker and one of these before a comma: 认为 1 gold —
 * an emphasis, kept —, 6 optional, 130 not; 建议 0 / 0 / 16; 坦言 0 / 1 / 11; 告诉记者 0 / 6 / 32; 解释 0 / 0 / 2; 回忆
 * 0 / 0 / 1). Not 提醒 (12 gold, 7 optional, 5 not) nor 透露 (1 / 1 / 2): a reminder or a disclosure passes a duty on;
 * nor the viewing verbs no gold counts (直言: "该负责人直言：“各地必须…”" is read as the duty it tells).
 */
export const ZH_OPINION_VERBS: readonly string[] = ['告诉记者', '认为', '建议', '坦言', '解释', '回忆'];

/**
 * Words that open with the speaker's own next step, "（该局负责人表示，）将加强…", "今年将新建…", "团里将…": what the
 * office itself will do, a directive only when it sets a dated target.
 */
export const ZH_OWN_STEP = `^(?:今年|明年|今后|接下来|近期|下一步|下阶段)?[，,]?(?:${ZH_OWN_UNIT})?(?:还|也)?(?:将|会)`;

/** Titles of those who direct: a speaker ending in one, or in one and a personal name, is an authority. */
export const ZH_AUTHORITY_TITLES = [
  '书记',
  '部长',
  '厅长',
  '局长',
  '司长',
  '处长',
  '科长',
  '省长',
  '市长',
  '州长',
  '县长',
  '区长',
  '镇长',
  '乡长',
  '军长',
  '师长',
  '旅长',
  '团长',
  '营长',
  '连长',
  '司令员',
  '参谋长',
  '政委',
  '教导员',
  '指导员',
  '指挥长',
  '主任',
  '主席',
  '总理',
  '负责人',
  '发言人',
].join('|');

/** Offices that direct, as the last words of a speaker: "旅党委", "市政府", "省委", "该局". */
const ZH_AUTHORITY_OFFICES =
  '党委|党组|政府|国务院|委员会|办公厅|办公室|指挥部|会议|中心|省委|市委|县委|区委|(?<!干)部|厅|局|委';

/**
 * A village's or a community's cadres (not a 街道's or a 乡镇's, which are offices of the state): gold-conventions.md,
 * Who speaks.
 */
const ZH_GRASSROOTS =
  '(?:驻村)?(?:村|社区|居委会|村委会)(?:党组织|党总支|党支部|党委|两委|居委会|村委会)?(?:第一)?(?:副)?(?:书记|支书|主任|委员|干部)|村支书|村主任|村长|网格员|社工|社区工作者|楼栋长|楼长';

export const ZH_SPEAKERS: { kind: SpeakerKind; pattern: string }[] = [
  // a village's or a community's own cadre, before the offices ("村党支部", "社区党委" end as an office does)
  { kind: 'grassroots', pattern: ZH_GRASSROOTS },
  // an office, named last, whatever its name holds: "市民服务中心", "群众工作部" (not "基层干部")
  { kind: 'authority', pattern: `(?:${ZH_AUTHORITY_OFFICES})$` },
  // someone unnamed, "有干部坦言", "有群众反映" (not 有关负责人, "the official concerned")
  { kind: 'voice', pattern: '^有(?!关)' },
  { kind: 'voice', pattern: ZH_ORDINARY_SPEAKERS },
  // the ranks, the deputies and the students, "上士某某", "一位来自山区的代表", "毕业生某某"; a teacher by his class,
  // "该校一位班主任说：“学校应当…”" (s33: over all golds a 班主任's or a 辅导员's frame 0 gold, 1 not)
  {
    kind: 'voice',
    pattern:
      '上士|中士|下士|列兵|上等兵|军士长|战士|士官|新兵|老兵|代表(?!团|处|室)|委员(?!会)|毕业生|大学生|研究生|教师|班主任|辅导员|医生|护士',
  },
  // a private person named by courtesy ("张先生", "刘女士", "王大姐"), and the staff of a business ("物业项目经理某某",
  // "店长某某"): they speak for themselves or their firm, not for an office (gold-conventions.md, Who speaks); not a
  // bureau's division, "市住建局物业管理处负责人" (s40: over all golds none; dev56 1, a gold target missed)
  {
    kind: 'voice',
    pattern: '[\\u4e00-\\u9fff](?:先生|女士|大爷|大妈|阿姨|大姐|大哥|师傅)|物业(?![处科股办]|管理[处科股办])|经理|店长',
  },
  // a business's own head, "一家新能源汽车企业销售负责人某某" (not an office's 负责人): he speaks for his firm (over all golds,
  // sentences so framed 0 gold, 0 optional, 4 not, 3 unlisted)
  { kind: 'voice', pattern: '(?:企业|公司|集团|门店|超市|商场|酒店)[\\u4e00-\\u9fff]{0,4}负责人' },
  // a view or advice reported, "某大学教授某某认为"
  // …and a professional's, "一家律师事务所的合伙人某某认为" (s37: 1 not, marked; not a ministry's 总工程师, who speaks for it)
  {
    kind: 'voice',
    pattern: '专家|学者|教授|研究员|分析师|经济学家|分析人士|业内人士|评论员|律师|合伙人|会计师|设计师|(?<!总)工程师',
  },
  // the classics a theory article cites (not 马克思主义…, the doctrine an office applies)
  // (and a leader of the past cited so, "毛泽东同志说过：“…应该…”": s39, over all golds 0 gold, 0 optional, 2 not; not
  // 毛泽东思想, 邓小平理论)
  { kind: 'voice', pattern: '(?:马克思|恩格斯|列宁|毛泽东|邓小平)(?!主义|思想|理论)' },
  // a person introduced by his age, "76岁的王某某说：“…”", "今年52岁的杨某某": a feature's resident, worker or
  // villager — a report never names an official so (not one with a title that directs, "56岁的镇党委书记某某"); over
  // all golds, sentences with 岁的 before a name: 0 gold (s32)
  { kind: 'voice', pattern: `[\\d一二三四五六七八九十]+岁的(?![^，,。；;]*?(?:${ZH_AUTHORITY_TITLES}))` },
  // one of many (after the voices: "一位返乡青年" is a voice)
  { kind: 'anyone', pattern: '^(?:一位|一名|一些|多位|多名|不少|部分|有的|另一位|另一名)' },
  // (the title, and after it the person's name if any: a match ends where the name starts)
  { kind: 'authority', pattern: `(?:${ZH_AUTHORITY_TITLES})(?=[\\u4e00-\\u9fff·]{0,4}$)` },
];

/**
 * English: the verbs of an attribution, "…, Zhou said.", "“…,” the minister told reporters.", "… told the
 * briefing that …" (session 39: dev37's official, whose name came back alone, "…,” Li said."), "…, said
 * Ma Hong, an official with …" (telling: the words are passed on as said). Views and wishes ("argued",
 * "suggested", "believes") are left to the rule tables, which weigh them down for anyone.
 */
export const EN_TELLING_VERBS =
  'said|says|told (?:us|reporters|journalists|the press|(?:a|the) (?:press |news |policy )?(?:conference|briefing)|Xinhua|[A-Z][A-Za-z]+)|' +
  // an office's word passed on to those it binds, "The commission has told local governments that they must not …"
  // (session 40, dev55: 1 gold; over the English golds of the fixtures "told" + a lowercase addressee + "that" 0 other)
  // (the addressee holds no finite verb: "What the Governor told the mayors today is that …" is a cleft, not a frame)
  "(?:(?:has|have|had) )?told (?:(?!(?:is|was|are|were|will|would|has|have|had)\\b)[a-z][\\w'’-]*\\s+){0,3}?(?!(?:is|was|are|were|will|would|has|have|had)\\b)[a-z][\\w'’-]*(?=\\s+that\\b)|" +
  'stressed|stresses|added|noted|explained|emphasi[sz]ed|stated|pointed out';

/**
 * …and the verbs of a view or a wish, read only where the speaker opens the sentence ("Many respondents
 * argued that smaller venues should also be covered", "Tenant groups have long called for …"): a voice's
 * view is no directive; an authority's is left to the rule tables (not passed on as said). Also in the present,
 * "Some economists argue that … will have to be revised" (session 40, dev55: 0 / 0 / 1), but not after a relative
 * pronoun or a condition's subject, "Landlords who believe …", "If you think …", whose clause opens a duty.
 */
export const EN_VIEWING_VERBS =
  '(?:(?:have|has)\\s+(?:long\\s+|also\\s+)?)?(?:argued|suggested|felt|believed|thought|agreed|disagreed|called for|highlighted|raised|wanted|proposed|requested|supported|opposed|welcomed|urged|asked|expressed|warned|questioned|preferred|(?<!\\b(?:who|that|which|if|when|you|they|we|I)\\s)(?:argues?|suggests?|believes?|thinks?|feels?|warns?))';

/**
 * English speakers, by the head of their title ("Ma Hong, an official with the Ministry of …") or of the
 * noun that names them ("the minister said", "a resident told …"): the row whose word comes first in the
 * title decides ("a spokesperson for the consumer group": a spokesperson). As ZH_SPEAKERS: an authority's
 * words held back by the attribution are read alone; a voice's are never a directive. A body of those it speaks
 * for (a federation, an association, a trade union, "the Pet Food Manufacturers’ Forum") is a voice. Not "local
 * authorities" or "councils": in a consultation's outcome they are respondents, whose views are told.
 */
export const EN_SPEAKERS: { kind: SpeakerKind; pattern: string }[] = [
  // a head of a research body speaks as a scholar, "director of the 21st Century Education Research Institute",
  // "dean of the School of Public Policy at … University" (first: its "director" would read as an official's)
  {
    kind: 'voice',
    pattern:
      '\\b(?:(?:deputy |vice |executive )?(?:director|head|dean|president|chair(?:man|woman|person)?)\\s+of\\s+(?:the\\s+)?[^,;]{0,80}?\\b(?:research\\s+(?:institute|cent(?:er|re)|academy)|think\\s+tank|university|academy\\s+of\\s+(?:social\\s+)?sciences|school\\s+of\\s+[A-Z]))',
  },
  // a person titled by what he does or has, not by an office: "Sarah Hughes, whose two children attend a primary
  // school in Leeds, said:", "Andy Moss, who has gathered cockles for 30 years, said:" (over all English golds 5
  // such speakers, all private people; not one who holds a post, "who heads the Department for …")
  {
    kind: 'voice',
    pattern:
      '^(?:whose|who)\\b(?![^,;]*\\b(?:minister|ministry|department|agency|council|commission|office|government|regulator|authority|secretary|director|mayor|governor|bureau|administration)\\b)',
  },
  // a post in an unnamed firm or institution, "product director at a Hangzhou-based app developer", "director of a
  // nursing home in …", "the general manager of a rural water district in Kansas": the article's own voice from the
  // trade, not an office (over all English golds 3 such speakers, their words 0 gold, 0 optional, 3 not, 1 unlisted;
  // an office is named with "the", "director of the … bureau", and an article before a public body stays one)
  {
    kind: 'voice',
    pattern:
      '\\b(?:(?:[a-z]+\\s+)?director|(?:general\\s+|product\\s+|project\\s+|sales\\s+|store\\s+)?manager|head|chair(?:man|woman|person)?|president|chief executive|CEO|founder|co-founder|owner|partner)\\s+(?:at|of|with)\\s+an?\\s+(?![^,;]*\\b(?:ministry|department|bureau|government|agency|commission|office|council|administration|authority|regulator)\\b)',
  },
  {
    kind: 'authority',
    pattern:
      '\\b(?:(?:vice |deputy |assistant )?minister|officials?|spokes(?:person|man|woman)|director(?:-general)?|commissioner|(?:deputy |under |permanent )?secretary|governor|mayor|administrator|regulator|ministry|department|commission|bureau|administration|agency|the government|premier|(?:deputy )?head of (?:the )?(?:[A-Z]|ministry|department|bureau|office|agency))\\b',
  },
  {
    kind: 'voice',
    pattern:
      '\\b(?:respondents?|stakeholders?|organi[sz]ations|businesses|retailers|landlords|charities|campaigners|groups|trade bodies|industry bodies|members of the public|individuals|firms|companies|clubs|providers|operators|residents?|drivers?|students?|parents?|teachers?|farmers?|workers?|engineers?|owners?|researchers?|research fellow|professors?|experts?|analysts?|economists?|scholars?|villagers?|citizens?|customers?|consumers?|retirees?|shoppers?|tenants?|vendors?|entrepreneurs?|employees?|mother|father|grandmother|grandfather|volunteers?|patients?|nurses?|doctors?|users?|commuters?|federation|association|forum|confederation|consortium|chamber of commerce|trade unions?|alliance)\\b',
  },
];

/** An English speaker named only by a pronoun: the last speaker classed before it. */
export const EN_PRONOUN_SPEAKER = '^(?:he|she)$';

/**
 * English words that open with the speaker's office's own next step, "(He said) the ministry will carry
 * out random checks …", "we will publish …": what the office will do, a directive only as a dated target
 * (as ZH_OWN_STEP).
 */
export const EN_OWN_STEP =
  '^(?:the (?:ministry|department|government|agency|commission|bureau|administration|regulator|office|authorities)|we|it|they)\\s+(?:(?:also|now|soon|then|further)\\s+)?(?:will|would|is going to|are going to|plans? to)\\b';

/**
 * An interview's turns (访谈, 专访): a paragraph opening with its speaker's label. A scholar or an expert
 * answering ("专家：…", "某某教授：…") gives views, as anywhere (gold-conventions.md, Who speaks); the
 * interviewer's label ("记者：", "主持人：", "问：") ends the answer. Not "答：" — in an office's 答记者问 the
 * answers are the office's (all the fixture pages' Q&As).
 */
export const ZH_ANSWER_BY_VOICE = '^\\s*(?:专家|学者|[\\u4e00-\\u9fff]{0,12}(?:教授|研究员|学者|专家))[：:]';
export const ZH_QUESTION = '^\\s*(?:[\\u4e00-\\u9fff]{0,6}记者|主持人|问)[：:]';
/**
 * …but an expert restating the document stays its rule: "专家：规定明确，平台企业应当…", "平台企业不得…" (the
 * legal modals and the document's verbs). What the answer holds besides — "一是要加快…", "下一步还要…" — is the
 * expert's own suggestion.
 */
export const ZH_RESTATED_RULE = '规定|条例|办法|意见|通知|《|明确|要求|应当|不得|必须|严禁|禁止|须';

/**
 * A rule of a document or a compact that a grassroots cadre passes on, "（社区党委书记某某介绍，）公约还明确，车主必须…":
 * it binds others, and is read as any restated rule.
 */
export const ZH_PASSED_ON_RULE =
  '^[^。；;！!？?]{0,16}?(?:《[^》]{1,40}》|公约|村规民约|章程|规定|条例|办法|方案|通知)(?:中|里)?(?:还|也|都)?(?:明确|规定|要求|提出)';
