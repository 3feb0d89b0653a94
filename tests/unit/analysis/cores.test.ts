import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coresOf } from '@/utils/analysis/cores';
import { CORE_RULES } from '@/utils/analysis/core-rules';
import { addCores, blockLanguage, findDirectives, plainArticle } from '@/utils/analysis/directives';
import type { DirectiveCategory } from '@/utils/highlights/record';
import { toSimplified } from '@/utils/article/hant';

/** The core of a one-sentence directive, as strings. */
const core = (category: DirectiveCategory, text: string, lang: 'zh' | 'en' = blockLanguage(text)) =>
  coresOf(text, { start: 0, end: text.length, category, lang }).map((s) => text.slice(s.start, s.end));

describe('Chinese obligation: the first verb phrase after the modal, to the first clause break', () => {
  it.each([
    ['要始终坚持党性原则，坚持党管宣传。', ['始终坚持党性原则']],
    ['会议要求，各地交通运输部门要提前制定运力保障方案，加强重点时段的运输组织。', ['提前制定运力保障方案']],
    ['一是要聚焦实战化训练，把每一个课目都当作实战来练。', ['聚焦实战化训练']],
    ['金融机构应当履行风险提示义务，对可疑资金交易及时报告。', ['履行风险提示义务']],
    ['校外供餐单位须持证经营，每学期至少接受两次抽检。', ['持证经营']],
    ['这些问题必须正视。', ['正视']],
    ['特别是换届后，更有必要加强对理论政策法规的学习，增强综合能力素质。', ['加强对理论政策法规的学习']],
    ['政府对企业的承诺，一定要兑现，新官要理旧账。', ['兑现']],
    ['《措施》要求加强对零就业家庭的就业援助，确保动态清零。', ['加强对零就业家庭的就业援助']],
  ])('%s', (text, want) => expect(core('obligation', text)).toEqual(want));

  it('skips a comma-closed adverbial right after the modal, but not a verb phrase opening with a preposition', () => {
    expect(core('obligation', '有关地方人民政府和部门应当按照职责，采取加密巡查等措施。')).toEqual([
      '采取加密巡查等措施',
    ]);
    expect(core('obligation', '各级统战部门要在党委领导下,充分发挥参谋、组织、督促的作用,多给党委出主意。')).toEqual([
      '充分发挥参谋、组织、督促的作用',
    ]);
    expect(core('obligation', '住房城乡建设部要会同有关部门加强指导，每年进行评估。')).toEqual([
      '会同有关部门加强指导',
    ]);
    expect(core('obligation', '维修经营者应当按照国家标准和技术规范维修电动自行车，如实记录维修项目。')).toEqual([
      '按照国家标准和技术规范维修电动自行车',
    ]);
    expect(
      core('obligation', '商业银行应当按照监管协议，对监管账户资金的划转进行审核；发现异常的，应当报告。'),
    ).toEqual(['对监管账户资金的划转进行审核']);
  });

  it('without a modal: the first clause that opens with a verb, past frames and topics', () => {
    expect(core('obligation', '——切实加强基层统战工作，真正解决“边缘化”“空心化”问题。')).toEqual([
      '切实加强基层统战工作',
    ]);
    expect(core('obligation', '针对年轻一代的特点,创新工作思路方法,拓宽建言献策渠道。')).toEqual(['创新工作思路方法']);
    expect(core('obligation', '实施中遇到的重大问题，及时报告国务院办公厅。')).toEqual(['及时报告国务院办公厅']);
    expect(core('obligation', '通过加强学习,全面掌握党的理论方针政策;通过调查研究,探寻内在规律。')).toEqual([
      '全面掌握党的理论方针政策',
    ]);
    expect(core('obligation', '二是贯彻落实新修订的条例，充分发挥主阵地作用。')).toEqual(['贯彻落实新修订的条例']);
  });

  it('a doubled modal is one modal: 务必要 / 必须要', () => {
    expect(core('obligation', '各地务必要把安全生产摆在突出位置，层层压实责任。')).toEqual(['把安全生产摆在突出位置']);
  });

  it('words that contain a modal are not one: 重要, 需要的, 没有必要, 要求，, 申请', () => {
    expect(core('obligation', '发挥统战宣传职能部门主体作用,构建适应新形势发展需要的工作体系。')).toEqual([
      '发挥统战宣传职能部门主体作用',
    ]);
    expect(core('obligation', '没有必要设置的收费项目，坚决取消。')).toEqual(['坚决取消']);
    expect(core('obligation', '这是一项重要工作，各地要切实抓好落实。')).toEqual(['切实抓好落实']);
    expect(core('obligation', '各地在执行中遇到的问题，请及时报告民政部。')).toEqual(['及时报告民政部']);
    expect(core('obligation', '申请人提交材料后，窗口要当场受理。')).toEqual(['当场受理']);
  });
});

describe('Chinese prohibition: every marker with its forbidden act', () => {
  it.each([
    [
      '严禁违规燃放烟花爆竹，禁止在人员密集场所举办未经审批的大型活动。',
      ['严禁违规燃放烟花爆竹', '禁止在人员密集场所举办未经审批的大型活动'],
    ],
    ['任何单位和个人不得以高额回报为诱饵向社会公众吸收资金。', ['不得以高额回报为诱饵向社会公众吸收资金']],
    [
      '会议强调，决不能搞形式主义，严禁挤占挪用农田水利建设资金。',
      ['决不能搞形式主义', '严禁挤占挪用农田水利建设资金'],
    ],
    [
      '要严格管控野外火源，清明节前后严禁在林区违规用火，坚决杜绝上坟烧纸等行为。',
      // (坚决 left out as 一律 is: over all golds 4 of 6 cores with 坚决杜绝 leave it out, session 35)
      ['严禁在林区违规用火', '杜绝上坟烧纸等行为'],
    ],
    ['（二）办事指南中未列明的材料，不得要求申请人提交。', ['不得要求申请人提交']],
  ])('%s', (text, want) => expect(core('prohibition', text)).toEqual(want));

  it('an enumerated item without a marker: its act, clause by clause, without the numbering or 或者', () => {
    expect(core('prohibition', '（三）对同一服务重复收费，或者在服务未实际提供时提前收取费用；')).toEqual([
      '对同一服务重复收费',
      '在服务未实际提供时提前收取费用',
    ]);
  });

  it('an adverb before its marker (一律不得, as the golds core it since session 30), or a preceding 也, is left out', () => {
    expect(core('prohibition', '各类收费一律不得与招生入学挂钩，也不得向学生摊派。')).toEqual([
      '不得与招生入学挂钩',
      '不得向学生摊派',
    ]);
    expect(core('prohibition', 'It is illegal to sell unpasteurised milk from a vehicle.', 'en')).toEqual([
      'It is illegal to sell unpasteurised milk from a vehicle',
    ]);
  });

  it('a marker inside quotes names a rule and is not one; 牢不可破 is no prohibition', () => {
    expect(core('prohibition', '各高校要严格落实就业统计“四不准”“三不得”要求。')).toEqual([
      '严格落实就业统计“四不准”“三不得”要求',
    ]);
    expect(core('prohibition', '抓落实，必须确保安全底线牢不可破。')).toEqual(['确保安全底线牢不可破']);
  });
});

describe('Chinese target: the deadline phrase and the goal predicate', () => {
  it.each([
    ['到2026年底，全市新增厨余垃圾处理能力1000吨/日。', ['到2026年底', '新增厨余垃圾处理能力1000吨/日']],
    ['（三）到2025年底，基层高频政务服务事项平均办理时限压减50%以上。', ['到2025年底', '压减50%以上']],
    ['到2027年，乡镇区域养老服务中心覆盖率要达到60%以上。', ['到2027年', '达到60%以上']],
    ['通知明确，1月底前完成对燃气、消防等领域的全覆盖检查。', ['1月底前完成对燃气、消防等领域的全覆盖检查']],
    ['各地要在2025年6月底前完成城市排水设施普查，建立问题清单。', ['在2025年6月底前完成城市排水设施普查']],
    [
      '（四）各地区要在本通知印发之日起3个月内完成办事指南的修订公布。',
      ['在本通知印发之日起3个月内完成办事指南的修订公布'],
    ],
    ['专项行动将持续至今年11月底，力争陈案化解率达到80%以上。', ['至今年11月底', '达到80%以上']],
    ['2025年6月底前，完成全部老旧小区投放点提档升级。', ['2025年6月底前', '完成全部老旧小区投放点提档升级']],
    ['同时，力争培育200家以上国家级智能工厂。', ['培育200家以上国家级智能工厂']],
  ])('%s', (text, want) => expect(core('target', text)).toEqual(want));

  it('"今年以来" looks back: no deadline, the goal alone', () => {
    expect(core('target', '今年以来，全省新增就业达到50万人。')).toEqual(['达到50万人']);
  });
});

describe('Chinese emphasis and headings', () => {
  it('the emphasised clause, not the marker; the clause keeps its own subject', () => {
    expect(core('emphasis', '尤其要做好雨雪冰冻天气应对准备，确保旅客平安出行。')).toEqual([
      '做好雨雪冰冻天气应对准备',
    ]);
    expect(core('emphasis', '关键在于各级领导干部要真正沉下去，面对面听取企业意见。')).toEqual([
      '各级领导干部要真正沉下去',
    ]);
    expect(core('emphasis', '重中之重是防范遏制重特大事故，这是前提。')).toEqual(['防范遏制重特大事故']);
    expect(core('emphasis', '同时需要特别注意，数字化不能代替面对面的群众工作。')).toEqual([
      '数字化不能代替面对面的群众工作',
    ]);
  });

  it('需要强调的是， / 特别要注意的是，: the clause after it', () => {
    expect(core('emphasis', '需要强调的是，各地不能层层加码。')).toEqual(['各地不能层层加码']);
    expect(core('emphasis', '特别要注意的是，汛期不得在河道内采砂。')).toEqual(['汛期不得在河道内采砂']);
  });

  it('a marker that closes its clause with nothing after it: the whole clause', () => {
    expect(core('emphasis', '这一点需要特别特别特别注意!')).toEqual(['这一点需要特别特别特别注意']);
    expect(core('emphasis', '请注意!')).toEqual(['请注意']);
  });

  it('a heading is cored whole, numbering included', () => {
    expect(core('heading', '一、 切实履行统战部牵头协调和监督检查的职能')).toEqual([
      '一、 切实履行统战部牵头协调和监督检查的职能',
    ]);
    expect(core('heading', '——运用网络加强舆论引导。')).toEqual(['——运用网络加强舆论引导']);
  });
});

describe('English: the modal in the core, the subject out', () => {
  it.each([
    ['You must keep records for 7 years.', ['must keep records for 7 years']],
    ['You must keep records of:', ['must keep records of']],
    [
      'Under the Order, federal agencies must coordinate their reviews through a single point of contact.',
      ['must coordinate their reviews through a single point of contact'],
    ],
    ['You need not own the land, but you must have management control of it.', ['must have management control of it']],
    [
      '(d)  The Secretary of the Interior is directed to report annually on progress.',
      ['is directed to report annually on progress'],
    ],
    // a call to action: the call and the act asked for with its "to", not the caller nor the addressee
    [
      'This morning, I am calling on every governor to open a rural clinic before winter.',
      ['calling on', 'to open a rural clinic before winter'],
    ],
    ['We urge the Senate to fund the bridge repairs this year.', ['fund the bridge repairs this year']],
  ])('obligation: %s', (text, want) => expect(core('obligation', text, 'en')).toEqual(want));

  it('skips a comma-delimited parenthetical inside the verb phrase', () => {
    expect(
      core('obligation', '(b)  The Administrator shall, consistent with applicable law, revise the guidance to:', 'en'),
    ).toEqual(['shall', 'revise the guidance to']);
    expect(
      core(
        'obligation',
        'You must report any event that affects, or is likely to affect, the quality of drinking water.',
        'en',
      ),
    ).toEqual(['must report any event that affects', 'the quality of drinking water']);
  });

  it('skips a listed aside after a comma: ", together with …,", ", where possible,"', () => {
    expect(
      core(
        'obligation',
        'Applicants must submit the form, together with supporting documents, by 31 March 2026.',
        'en',
      ),
    ).toEqual(['must submit the form', 'by 31 March 2026']);
    expect(core('obligation', 'Employers should, where possible, offer flexible hours.', 'en')).toEqual([
      'should',
      'offer flexible hours',
    ]);
  });

  it('a coordinated modal is a second span without "and"; a governed act starts after "to"', () => {
    expect(
      core('obligation', '(c)  The Task Force shall meet at least quarterly and shall submit an annual report.', 'en'),
    ).toEqual(['shall meet at least quarterly', 'shall submit an annual report']);
    expect(
      core('obligation', 'The Order requires the Department of Agriculture to publish its findings online.', 'en'),
    ).toEqual(['publish its findings online']);
  });

  it('list items and imperative steps: the verb phrase without the item marker, a leading condition or a trailing "; and"', () => {
    expect(core('obligation', '(ii)  reduce the documentation required for small projects; and', 'en')).toEqual([
      'reduce the documentation required for small projects',
    ]);
    expect(
      core('obligation', 'If you have not already done so, register for the Rural Payments service.', 'en'),
    ).toEqual(['register for the Rural Payments service']);
    expect(core('obligation', 'Enter the length of hedgerow you have planted or laid, in metres.', 'en')).toEqual([
      'Enter the length of hedgerow you have planted or laid',
    ]);
  });

  it('prohibition: the marker and the act, every one; "prohibits X from" keeps the marker, drops the agent', () => {
    expect(core('prohibition', 'Agencies shall not charge permit fees that exceed the actual cost.', 'en')).toEqual([
      'shall not charge permit fees that exceed the actual cost',
    ]);
    expect(
      core('prohibition', 'The Order prohibits agencies from imposing duplicate reporting requirements.', 'en'),
    ).toEqual(['prohibits', 'imposing duplicate reporting requirements']);
  });

  it('target: a fronted deadline as the whole adverbial; a deadline inside the verb phrase stays; "goal of"', () => {
    expect(
      core(
        'target',
        '(a)  Within 90 days of the date of this order, the Administrator shall submit a plan to the President.',
        'en',
      ),
    ).toEqual(['Within 90 days of the date of this order', 'shall submit a plan to the President']);
    expect(core('target', 'You must submit your claim by 30 June each year.', 'en')).toEqual([
      'must submit your claim by 30 June each year',
    ]);
    expect(
      core('target', 'The Order sets a goal of connecting 95 percent of rural households by the end of 2028.', 'en'),
    ).toEqual(['connecting 95 percent of rural households by the end of 2028']);
    expect(core('target', 'train at least 5,000 operators by December 31, 2028.', 'en')).toEqual([
      'train at least 5,000 operators by December 31, 2028',
    ]);
  });

  it('emphasis: the clause after the marker', () => {
    expect(
      core('emphasis', 'It is important that you contact the RPA before the claim deadline, not after it.', 'en'),
    ).toEqual(['you contact the RPA before the claim deadline']);
  });

  it('a heading is cored whole', () => {
    expect(core('heading', 'Sec. 2.  Policy.', 'en')).toEqual(['Sec. 2.  Policy']);
  });
});

describe('tables', () => {
  it('every word of every table is a word: not empty, no white space inside a Chinese one', () => {
    for (const lang of ['zh', 'en'] as const) {
      const r = CORE_RULES[lang]();
      const lists = [
        r.modals.words,
        r.modals.notWords,
        r.prohibitions.words,
        r.prohibitions.notWords,
        r.emphasis.words,
        r.openingWords,
        r.actionVerbs,
        r.goalVerbs,
        r.leadingWords,
        r.openingConnectives,
        r.frame.connectives,
        r.frame.reportingEnds,
        r.adverbial.openers,
        r.adverbial.accordingToEnds,
        r.adverbial.locativeEnds,
        r.adverbial.topicNouns,
      ];
      for (const list of lists)
        for (const word of list)
          expect(word.length > 0 && (lang === 'en' || !/\s/.test(word)), `${lang} "${word}"`).toBe(true);
    }
  });
});

describe('table order', () => {
  it('a word comes before its own prefixes (lookups answer with the first listed word, nothing is sorted at run time)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const r = CORE_RULES[lang]();
      const lists = {
        modals: r.modals.words,
        notModals: r.modals.notWords,
        prohibitions: r.prohibitions.words,
        notProhibitions: r.prohibitions.notWords,
        emphasis: r.emphasis.words,
        leadingWords: r.leadingWords,
        openingConnectives: r.openingConnectives,
        goalVerbs: r.goalVerbs,
      };
      for (const [name, list] of Object.entries(lists))
        list.forEach((word, i) => {
          const longer = list
            .slice(i + 1)
            .filter((x) => x.length > word.length && x.toLowerCase().startsWith(word.toLowerCase()));
          expect(longer, `${lang} ${name}: "${word}" is listed before ${JSON.stringify(longer)}`).toEqual([]);
        });
    }
  });
});

describe('offsets', () => {
  it('work on a normalised view mapped 1:1: cores of the simplified view index the traditional text', () => {
    const hant = '燃氣經營企業必須建立健全全員安全生產責任制，配齊配強專職安全管理人員。';
    const map: Record<string, string> = {
      氣: '气',
      經: '经',
      營: '营',
      須: '须',
      員: '员',
      產: '产',
      責: '责',
      製: '制',
      齊: '齐',
      強: '强',
      專: '专',
      職: '职',
    };
    const view = [...hant].map((ch) => map[ch] ?? ch).join('');
    expect(view.length).toBe(hant.length);
    const spans = coresOf(view, { start: 0, end: view.length, category: 'obligation', lang: 'zh' });
    expect(spans.map((s) => hant.slice(s.start, s.end))).toEqual(['建立健全全員安全生產責任制']);
  });

  it('a zh-Hant article is cored in its simplified view: the same spans as its simplified twin, texts of the original', () => {
    const hant = [
      '燃氣經營企業必須建立健全全員安全生產責任制，配齊配強專職安全管理人員。',
      '嚴禁擅自改動燃氣設施，不得違規轉供燃氣。',
      '各地區要在2025年底前完成老舊管網改造。',
    ];
    const hans = hant.map(toSimplified);
    const twin = findDirectives(plainArticle(hans));
    const article = plainArticle(hant);
    const eager = findDirectives(article);
    const later = findDirectives(article, { cores: false });
    addCores(article, later);
    expect(twin.map((d) => d.category)).toEqual(['obligation', 'prohibition', 'target']);
    for (const found of [eager, later]) {
      expect(found.map((d) => d.core)).toEqual(twin.map((d) => d.core));
      expect(found.map((d) => d.core.map((s) => article.text.slice(s.start, s.end)))).toEqual([
        ['建立健全全員安全生產責任制'],
        ['嚴禁擅自改動燃氣設施', '不得違規轉供燃氣'],
        ['在2025年底前完成老舊管網改造'],
      ]);
    }
  });

  it('every directive of an article carries cores inside its own span, in order, not overlapping', () => {
    const article = plainArticle([
      '一、加强组织领导',
      '会议要求，各地要压实责任，严禁弄虚作假。到2026年底，覆盖率达到90%以上。尤其要注意安全。',
      'You must keep records for 7 years. Agencies shall not charge fees.',
    ]);
    const found = findDirectives(article);
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const d of found) {
      expect(d.core.length).toBeGreaterThan(0);
      let last = d.start;
      for (const s of d.core) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(d.end);
        last = s.end;
      }
    }
  });

  it('{ cores: false } leaves them out, addCores adds the same ones later', () => {
    const article = plainArticle([
      '一、加强组织领导',
      '会议要求，各地要压实责任，严禁弄虚作假。到2026年底，覆盖率达到90%以上。',
      'You must keep records for 7 years. Agencies shall not charge fees.',
    ]);
    const eager = findDirectives(article);
    const later = findDirectives(article, { cores: false });
    expect(later.every((d) => d.core.length === 0)).toBe(true);
    addCores(article, later);
    expect(later.map((d) => d.core)).toEqual(eager.map((d) => d.core));
  });

  it('property: spans lie inside the directive, sorted, disjoint, non-empty, and move with a prefix', () => {
    const alphabet = [
      ...'要必须应当严禁不得到2026年底前，。；、加强落实完成达到90%以上尤其关键在于 must not shall by 30 June,.()a',
    ];
    const categories: DirectiveCategory[] = ['obligation', 'prohibition', 'target', 'emphasis', 'heading'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(...categories),
        fc.string({ maxLength: 8 }),
        (chars, category, prefix) => {
          const text = chars.join('');
          const lang = blockLanguage(text);
          const spans = coresOf(text, { start: 0, end: text.length, category, lang });
          if (/[\u4e00-\u9fffa-z0-9]/.test(text) && spans.length === 0) return false;
          let last = 0;
          for (const s of spans) {
            if (s.start < last || s.end <= s.start || s.end > text.length) return false;
            last = s.end;
          }
          const shifted = coresOf(prefix + text + '尾', {
            lang,
            start: prefix.length,
            end: prefix.length + text.length,
            category,
          });
          return (
            JSON.stringify(shifted.map((s) => [s.start - prefix.length, s.end - prefix.length])) ===
            JSON.stringify(spans.map((s) => [s.start, s.end]))
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
