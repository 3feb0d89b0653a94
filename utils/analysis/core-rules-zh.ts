/** The Chinese tables of a directive's core (the shape and its reasons: core-rule-types.ts). */

import { wordList as w, type CoreLangRules, type WordTable } from './core-rule-types';
import {
  ZH_DUTY_CUE,
  ZH_DUTY_LIST_OFFICE,
  ZH_DUTY_NAMED_OFFICE,
  ZH_DUTY_OFFICE_NAME,
  ZH_FULL_COVERAGE,
  ZH_IMPERATIVE_VERBS,
} from './rules';

/** The Chinese tables (built on first use: an English page never builds them). */
/** One addressee of every place, level or kind (core-rule-types.ts addressee). */
const ZH_ADDRESSEE =
  '各(?:地区|地|部门|单位|省份|省(?:（自治区、直辖市）)?(?:级[\\u4e00-\\u9fff]{0,6}?(?:部门|机关|政府))?|[市县区]级[\\u4e00-\\u9fff]{0,6}?(?:部门|机关|政府)|市州|市县|市局|区县|县(?:（市、区）)?|乡镇|街道|营连|' +
  '级(?:[\\u4e00-\\u9fff]{0,6}?(?:部门|机关|政府|单位|组织))?|类[\\u4e00-\\u9fff]{0,6}?(?:机构|单位|企业|组织|平台|主体))';

export function zhCoreRules(): CoreLangRules {
  /** Goal verbs that hold a level (levelVerbs; a subject reaches it too, reachVerbs). */
  const ZH_LEVEL_VERBS = w('稳定在 保持在 控制在 维持在');
  const ZH_MODALS: WordTable = {
    // 新政要求: the new policy's requirement, not 政要 (a dignitary); so 财政要/行政要…, a subject and its
    // modal (as in rules.ts)
    // (要力争: a modal and its aim, "…额度要【力争】在9月底前发行完毕": 力争 is in no gold core, 0 of 28, s36)
    words: w(
      '要力争 必须要 务必要 一定要 有必要 必须 务必 需要 应当 应该 理应 亟需 亟须 新政要求 财政要 行政要 市政要 邮政要 要求 须 需 应 要 请',
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
      ...w('理应当 适应 对应 反应 供应 回应 顺应 答应 效应 呼应 感应 照应 报应 一应俱全 得心应手 应接不暇'),
      // 须 / 需
      ...w('亟需解决 无须 毋须 须知 必需 需求 所需 确需 如需 若需 急需 无需 的需 按需 需方 供需'),
      // (a taxable sum, "个体工商户年应纳税所得额不超过100万元部分…": a noun, no modal; s34)
      ...w('应纳税'),
      // 请 opens a request, not a word
      ...w('申请 邀请 请示 聘请 提请 报请 请求 请假 宴请 恳请 敬请 诚请 请教 吁请'),
    ],
  };

  const ZH_PROHIBITIONS: WordTable = {
    words: [
      // (not 一律不得 / 一律禁止: the adverb before the marker is left out, as every gold core with one has it, 4 of 4)
      ...w('严格禁止 坚决禁止 明令禁止 绝对禁止 均不得 杜绝 严禁 禁止 不得 不准 不许'),
      // (坚决不 whole, as 坚决禁止: 决不 would start inside 坚决, "坚决不搞…")
      ...w('坚决不'),
      ...w('决不允许 绝不允许 决不能 绝不能 不允许 决不 绝不 不能 不可 不应 不宜 切勿 切忌 不搞 不做 力戒 严防 严控'),
      // a ban told plainly, as rules.ts counts it: "切勿…，【不要涉水通过…】"
      ...w('不要'),
    ],
    notWords: [
      ...w('不得不 不得已 恨不得 巴不得 舍不得 怪不得 免不得 由不得 不能不 禁止性 不可能 不能够'),
      ...w('要不要 不要紧 不要脸'),
      ...w('牢不可破 不可或缺 不可替代 不可分割 密不可分 不可估量 不可抗力 必不可少 不可多得 不可逆'),
      // (adjectives of a kind of thing, as rules.ts's false friends: 不可再生资源, 不可移动文物)
      ...w('不可再生 不可移动 不可复制 不可避免 不可缺少 不可取代 不可限量 不可磨灭'),
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
    frontedTime: null,
    frontedRepeat: null,
    frontedStart: null,
    framedDeadlineBefore: null,
    bullets: '—-•·●▪',
    numbering:
      /(?:第[一二三四五六七八九十百零〇\d]+条(?:[\s\u3000]*[（(][^（()）]{1,12}[)）])?|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}(?:\.\d{1,2})*(?=[\s\u3000])|\d{1,2}[.、．]|[①-⑳]|[一二三四五六七八九十]+是|[一二三四五六七八九十](?=要))[\s\u3000]*/y,
    numberingFirst: '第（(一二三四五六七八九十0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳',
    runInHead: null,
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
      // (依托: the base a measure is built on, "依托…平台，【建立…机制】", as 围绕 / 通过 frame one)
      openers: w('对于 针对 关于 围绕 通过 结合 为了 随着 凡是 会同 着眼 鉴于 由于 如果 一旦 依托 对 凡 以 若 除'),
      openersBeforeVerb: w('对于 针对 关于 围绕 通过 结合 为了 随着 凡是 会同 着眼 依托 对 凡 以'),
      // (verbs of matching a thing, "要【对标国家战略需求和本省产业布局】，动态调整…", "要【对接产业需求动态调整专业设置】":
      // the act, not 对 + a topic; s34, over all golds 2 of 2, both cored past the clause before)
      openerVerbs: w('对标 对接 对表 对齐'),
      openerFrameEnds: w(
        '为抓手 为牵引 为引领 为主线 为重点 为核心 为载体 为契机 为突破口 为切入点 为着力点 为导向 为依托 为支撑 为纽带 为平台 为统领 为基础 ' +
          // (the bodies an act is done with: "要会同市场监管、公安等部门，【加大…力度】")
          '部门 单位 机构 ' +
          // (the spirit, resolve or starting point an act is done with: "要以对人民高度负责的【精神】，【扎实做好…】",
          // "要以此次会议为新的【起点】，【切实把…】": s39, over all golds 5 cores on 4 pages take the next clause)
          '精神 决心 意志 起点',
      ),
      // (the means an act is done by, "要通过广播、宣传栏等渠道，【广泛宣传…】", "要利用电视、网络等多种渠道，【向…宣传…】":
      // closed by its noun whatever verb-like word is inside it, 宣传栏; over all golds 6 of 6 core the next clause)
      meansOpeners: w('通过 利用'),
      meansEnds: w('渠道 方式 途径 形式 手段'),
      // (with the adverb that often leads it: "要严格按照…有关规定，【明确…】")
      // (对照 a standard, "要对照…标准，【逐户核准…】"; 从 a standpoint, "要从…的高度，【把…作为…】": over all golds
      // the next clause is the core, 2 of 2 and 4 of 4)
      // (参照 a model, "要参照国家规划的编制原则，【抓紧编制…】": s39, over all golds 3 of 3 core the next clause)
      accordingTo: w('严格按照 严格依照 严格依据 认真按照 严格对照 按照 根据 依据 依照 遵照 参照 对照 本着 按 从'),
      accordingToEnds: w(
        '职责 规定 要求 标准 原则 部署 程序 清单 方案 办法 精神 分工 权限 条件 实际 协议 规范 规划 意见 通知 法律 法规 安排 流程 口径 时限 比例 ' +
          // (a list of the grounds, closed by 等: "要根据村庄类型、人口规模、自然条件等，【科学选择…】")
          '等 ' +
          // (a document named, "要按照《…指南》，【组织…】"; the needs, the list, the capacity a measure is fitted to;
          // the standpoint, "从…高度 / 从…出发")
          '》 需求 目录 承载力 承载能力 任务 高度 角度 层面 出发 ' +
          // (the facts a measure is fitted to, "要根据县域疾病谱和外转病人情况，【重点加强…】", "应当根据老年人的身体
          // 状况和饮食习惯，【提供…】": s34, over all golds 2 of 2 core the next clause)
          '情况 状况 习惯 特点 ' +
          // (the course, level, measure or frame a measure is fitted to, "要根据雨情【发展】，【及时启动…】", "根据疫情风险
          // 【等级】，【动态调整…】", "按照…的【思路】，【分类推进…】": s39, over all golds 9 cores on 8 pages take the next clause)
          '发展 变化 趋势 形势 态势 等级 指标 定位 思路 规模 地点',
      ),
      locative: ['在'],
      locativeEnds: w('过程中 基础上 情况下 期间 方面 领域 行业 阶段 环节 下 中 上 时 后 前 里 内'),
      topicEnds: w('的 时 后'),
      topicNouns: w('问题 事项 情况 隐患 线索 项目 材料 单位 人员 地区 行为'),
      // (学校要保障…时间不少于1【小时】，… / 应达到10【小时】 / 须在160cm【以上】: the act, not a topic or a place)
      notEnds: w('小时 及时 按时 准时 适时 实时 定时 限时 随时 以上 以下'),
      // (the light verbs of 对 + object + verb, 负责 / 加以, and adverbs that stand between an object and its verb:
      // "要对本校安全工作【负总责】，建立…" / "要对…【逐一】登记造册，8月底前…": the clause is the act (s38)
      actWords: w('负总责 负全责 负责 加以 逐一 逐个 逐户 逐项 逐条 逐人 至少 一律 依法 定期'),
    },
    modals: ZH_MODALS,
    addresseeModals: { words: ['要求'], maxLength: 12 },
    weakModals: null,
    clauseStartModals: ['请'],
    prohibitions: ZH_PROHIBITIONS,
    emphasis: ZH_EMPHASIS,
    nounEmphasis: ['重中之重'],
    // ("王海峰特别强调，越是天寒地冻越要【盯紧安全】" / "《方案》特别强调，企业…必须【落实…主体责任】": s39, over all golds 5
    // such cores on 5 pages are the act after the modal, as a reported duty's; 1 keeps the clause, "这里我要特别强调，…",
    // a first person's own marker, not in this list's reach)
    reportedEmphasis: w('特别强调 再次强调 着重强调'),
    governed: [
      // a duty a regulation allocates, "…主管部门【负责本行政区域内…的监督管理工作】": the office is the
      // subject, the act starts at 负责 (as rules.ts's row for it)
      {
        // (also an office by its own name, "…总局【负责监督指导…工作】", as rules.ts's row for it: s40)
        pattern: new RegExp(`(${ZH_DUTY_OFFICE_NAME}|${ZH_DUTY_NAMED_OFFICE})(?=${ZH_DUTY_CUE})`, 'g'),
        keepHead: false,
        categories: ['obligation'],
      },
      // …and a line of a list of duties, "1.市城管局：【负责城区排水防涝工作】，…" (as rules.ts's row for it)
      {
        pattern: new RegExp(`(${ZH_DUTY_LIST_OFFICE}[：:]\\s*)(?=${ZH_DUTY_CUE})`, 'g'),
        keepHead: false,
        categories: ['obligation'],
      },
      // the overall responsibility allocated with no modal, "其主要负责人【对本机构服务安全工作全面负责】", and the
      // answerability for what one submits, "重点排放单位【对排放报告的真实性、完整性、准确性负责】" (as rules.ts's
      // rows for them): the act starts at 对
      {
        pattern: new RegExp(
          `(${ZH_DUTY_OFFICE_NAME}|负责人|党委|政府|单位|机构|企业)(?=对[^，,。；;]{2,30}?(?:全面负责|负总责|(?:真实|准确|完整|合法|合规|有效)性负责))`,
          'g',
        ),
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
    keptAdverbs: w('原则上'),
    // (a rate is 每 + a unit of time or a number, 每季度 / 每5000亩 / 每百户; not 每个 / 每一名, a subject: "每个小区原则上
    // 至少配建…" starts at 原则上). s38, over all golds: 63 such cores leave the subject out, none keeps it.
    quotaLead: /每(?:年|季度|季|月|周|天|日|学期|半年|[\d两二三四五六七八九十百千万])|原则上|至少/y,
    quotaLeadFirst: '每原至',
    quotaNoSubject: w('为 向 与 给 从 将 把 提前'),
    // (s38, over all golds: 11 first clauses of this shape before a later modal, 11 cored on the standard, on 10 pages)
    standardBounds: w('至少 原则上 不少于 不低于 不超过 不高于 不早于 不晚于 不多于'),
    aside: null,
    listAside: null,
    keptAside: null,
    condition: null,
    conditionNotAfter: null,
    savingClause: null,
    coordination: null,
    // 并 that joins a second act (not 并且/并不/并非…, not 合并/撤并…, not one inside a 的-modifier)
    secondAct:
      /(?<![合兼撤归吞])并(?![且不非没未无列重存购入举行网联轨发肩])(?=[^，,。；;：:！!？?的]+(?:[，,。；;：:！!？?]|$))/,
    commas: null,
    abbreviation: null,
    // adverbs open an imperative clause as well as the verbs do (重点 only before a policy verb, "重点排查…":
    // alone it is often a noun, "重点工程进展顺利")
    openingWords: [
      ...w('进一步 及时 一律 坚决 严格 全面 切实 优先 持续 立即 尽快 大力 依法 加快 统筹 主动 积极 把 将'),
      ...ZH_IMPERATIVE_VERBS.map((v) => `重点${v}`),
    ],
    // (…and the verbs that end a means, "要通过广播、短信等方式【直达村组户】" / "通过多种渠道宣传政策": the
    // clause is the act, not an adverbial before a later one)
    actionVerbs: w(
      '直达 送达 传达 推送 宣传 公示 公开 反馈 组建 进行 予以 给予 实行 开展 组织 提供 制定 建立 加强 推进 落实 做好 统筹 研究 规划 建设 审核 核查 处理 查处 指导 监管 评估 检查 督促 协调 配合 报告 办理 发布 部署 推动 完善 开发 打造 配备 发展 确定 核定 设置 设立 编制 会同 联合',
    ),
    goalVerbs: [
      // full coverage as the goal, with no quantity: 到2027年底，…【应装尽装】
      ...ZH_FULL_COVERAGE,
      // a time limit cut: 审批时限压缩至5个工作日以内 (before 减少 / 缩短, their prefixes)
      ...w('压缩至 压缩到 缩短至 缩短到 减少至 减少到 降低至 压缩'),
      // the degree or sum a goal is reached by belongs to it: 累计建成…, 基本建成…, 全面完成…
      ...w('累计建成 累计完成 累计实现 基本建成 全面建成 基本完成 全面完成 基本实现 全面实现 基本形成 基本消除'),
      ...w('全部建成 全部完成 全部实现 全部达到 全部纳入'),
      // …and the bound it is held to: 每个县【至少建成1个服务站】
      ...w(
        '至少建成 至少完成 至少实现 至少新增 至少培育 至少开设 至少配备 至少设立 至少组建 至少建立 至少建设 至少打造 至少招引 至少举办',
      ),
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
    fullCoverage: /全(?:面)?覆盖/,
    countBounds: w('不少于 不低于 超过'),
    // a number that is not a year (比2020年下降13.5%: the quantity is 13.5%)
    quantity: /\d(?!\d*(?:\.\d+)?年)|百分之|[一二两三四五六七八九十百千万亿]+(?:个|家|项|所|次|万|亿|倍|成|批|人次)/,
    objectFront: /[将把](?!于|在|会|要|进一步|继续|逐步|全面|基本|力争|按照|按)/y,
    objectFrontFirst: '将把',
    // (力争 too, "到2025年底，全省【力争】新建…": an aim told as the plan's future; never in a gold core, 0 of 28, s36)
    futureMarkers: w('将要 将会 将 力争'),
    // (anyone, after a ban, "禁止【任何单位和个人】通过…": the act starts after it (s35: 2 of 2 gold cores leave it out);
    // every place, level or kind: 各地 / 各级政府 / 各省（自治区、直辖市） / 各类中介机构, several in a row (各地各部门);
    // not 各种 / 各自, which open the act, nor a bare 各市, which opens 各市场主体)
    addressee: new RegExp(
      `(?:${ZH_ADDRESSEE}(?:、?${ZH_ADDRESSEE})*|其他(?:有关|相关)?(?:成员)?(?:单位|部门)|任何(?:单位和个人|组织和个人|单位|组织|个人|人))(?=[\\u4e00-\\u9fff“])`,
      'y',
    ),
    // (a role, with a short modifier: 养老机构 / 体检医生; not one put by a negation or a past, 无资质单位 / 已转移人员,
    // whose kind is what the ban is about. A body, a firm, staff, a household or vehicles too, 严禁【接收单位】以… /
    // 严禁【巡查人员】擅离… / 严禁【建档立卡贫困户】因… / 禁止【客运车辆】在夜间…: s39, over all golds 9 cores on 8 pages
    // (6 portals) leave such an agent out, none keeps one; s36 had left vehicles out for a held-out batch's -0.0001)
    banAgent: /(?![无非未已])[\u4e00-\u9fff]{0,7}?(?:学校|教师|医生|射手|机构|单位|部门|主体|企业|人员|户|车辆)/y,
    banAgentActs: w(
      '在 以 向 为 对 从 将 把 因 让 使 要求 强迫 迫使 擅自 擅离 违规 违法 私自 有偿 夜间 未经 随意 强制 变相 组织 安排 通行 参与 使用 进入 从事 收取 举办 接送 出具 销售 提供',
    ),
    timeLimit: /(?:分钟|小时|工作日|日|天|周)(?:以)?内$/,
    comparisonBase: /[较比](?:\d{4}年(?:末|底|初|同期)?|上年(?:末|底|同期)?|去年(?:末|底|同期)?|上一年|同期)$/,
    stateGoal:
      /(?:更加|进一步|初步|基本|明显|普遍|显著|全面|不断|逐步)(?:健全|完善|成熟|定型|增强|改善|减少|提高|提升|形成|建立|规范|优化|降低)$/,
  };
}
