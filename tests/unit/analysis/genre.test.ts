/**
 * The genre's classes (issue 13), each with sentences written for this test, not taken from
 * any fixture page: document structures, English guidance, Q&A, speeches, zh-Hant.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { looksTraditional, toSimplified } from '@/utils/article/hant';

type Para = string | { kind: 'heading' | 'paragraph' | 'listItem'; text: string };
const marks = (paragraphs: Para | Para[], language?: string) =>
  findDirectives(plainArticle(Array.isArray(paragraphs) ? paragraphs : [paragraphs], language)).map((d) => [
    d.category,
    d.text,
  ]);

describe('document structures', () => {
  it('decimal section numbers are headings, also when they run into their paragraph', () => {
    expect(
      marks(['2 应急响应', '2.1 分级响应', '2.3.1 先期处置。接报后，事发地乡镇人民政府要立即组织力量开展处置。']),
    ).toEqual([
      ['heading', '2 应急响应'],
      ['heading', '2.1 分级响应'],
      ['heading', '2.3.1 先期处置。'],
      ['obligation', '接报后，事发地乡镇人民政府要立即组织力量开展处置。'],
    ]);
    // A number with a unit is no section number.
    expect(marks('3个工作组分别负责现场救援、医疗救治和后勤保障。')).toEqual([]);
  });

  it('第X章 heads a section; 第X条 is a rule with its own category', () => {
    expect(
      marks([
        { kind: 'heading', text: '第二章 管理职责' },
        '第五条　经营单位应当建立安全检查制度。',
        '第六条　禁止在供水管道上私接管线。',
      ]),
    ).toEqual([
      ['heading', '第二章 管理职责'],
      ['obligation', '第五条　经营单位应当建立安全检查制度。'],
      ['prohibition', '第六条　禁止在供水管道上私接管线。'],
    ]);
  });

  it('items under a lead-in take its category; items of a list of members do not', () => {
    expect(marks(['第九条　禁止下列行为：', '（一）擅自占用消防通道；', '（二）损坏公共照明设施。'])).toEqual([
      ['prohibition', '第九条　禁止下列行为：'],
      ['prohibition', '（一）擅自占用消防通道；'],
      ['prohibition', '（二）损坏公共照明设施。'],
    ]);
    expect(
      marks(
        [
          'Each operator shall, within 12 months, update its plan to:',
          '(i) list every storage tank;',
          '(ii) name a safety officer.',
        ],
        'en',
      ),
    ).toEqual([
      ['target', 'Each operator shall, within 12 months, update its plan to:'],
      ['obligation', '(i) list every storage tank;'],
      ['obligation', '(ii) name a safety officer.'],
    ]);
    expect(
      marks(['The board shall include the following members:', '(i) the Chair of the county council;'], 'en'),
    ).toEqual([['obligation', 'The board shall include the following members:']]);
  });

  it('commencement, interpretation, repeal, definitions, consequences and permissions are no directives', () => {
    for (const sentence of [
      '第三十条　本细则自2026年1月1日起施行。',
      '本办法由市住房和城乡建设局负责解释。',
      '2019年印发的《某市物业管理办法》同时废止。',
      '第二条　本规定所称共享单车，是指通过互联网租赁的自行车。',
      '第二十一条　违反本规定第九条，擅自占用消防通道的，由消防救援机构责令改正，处五百元以上罚款。',
      '对违反规定、情节严重的企业，依法予以查处。',
      '县级以上人民政府可以根据实际需要设立专项资金。',
      '第十一条　鼓励社会资本参与老旧小区改造。',
    ])
      expect(marks(sentence), sentence).toEqual([]);
  });

  it('a transmittal asks to implement; its preamble only states a purpose', () => {
    expect(marks('《某省城市排水管理办法》已经省政府同意，现印发给你们，请结合实际认真组织实施。')).toEqual([
      ['obligation', '《某省城市排水管理办法》已经省政府同意，现印发给你们，请结合实际认真组织实施。'],
    ]);
    expect(marks('为进一步做好城市排水防涝工作，经市人民政府同意，现就有关事项制定如下实施方案。')).toEqual([]);
  });
});

describe('English guidance', () => {
  it('imperative steps are obligations, also after an opening condition', () => {
    expect(
      marks(
        [
          { kind: 'listItem', text: 'Book an appointment at your nearest test centre.' },
          { kind: 'listItem', text: 'Bring your passport and a recent utility bill.' },
          { kind: 'listItem', text: 'If you have moved house, update your address online first.' },
        ],
        'en',
      ).map(([c]) => c),
    ).toEqual(['obligation', 'obligation', 'obligation']);
  });

  it('a date without a year and N working days are deadlines', () => {
    expect(marks('You must send your annual return by 31 January each year.', 'en')).toEqual([
      ['target', 'You must send your annual return by 31 January each year.'],
    ]);
    expect(marks('Notify the licensing office within 10 working days of any change.', 'en')).toEqual([
      ['target', 'Notify the licensing office within 10 working days of any change.'],
    ]);
  });

  it('permissions, consequences, descriptions of duties, nouns and habits are no directives', () => {
    for (const sentence of [
      'You do not need to renew your licence every year.',
      'You need not attend the hearing in person.',
      'If you miss the deadline, your grant may be reduced by 5%.',
      'If the inspector finds a fault, you may have to pay for a second visit.',
      'Late applications will not be considered.',
      'This page explains what you must do before you open a food stall.',
      'Contact details for the licensing team are on the council website.',
      'The office usually replies within 5 working days.',
      'Too often, a small charity must fill in the same form three times.',
      'No parent should have to choose between work and caring for a sick child.',
      '"We have to queue for hours every morning," one resident said.',
    ])
      expect(marks(sentence, 'en'), sentence).toEqual([]);
  });

  it('what a document says is its content; what a person said is not', () => {
    expect(marks('The plan says every county should open a training centre by 2028.', 'en')).toEqual([
      ['target', 'The plan says every county should open a training centre by 2028.'],
    ]);
    expect(marks('It is vital that councils act now, the professor said.', 'en')).toEqual([]);
  });
});

describe('Q&A pages', () => {
  it('questions are no headings; 一是…。二是… points and 须于…前 deadlines are', () => {
    expect(
      marks([
        { kind: 'heading', text: '问：新规对企业有哪些要求？' },
        '答：主要有两方面。',
        '一是健全内部管理制度。企业要明确专人负责数据安全。',
        '二是丰富培训形式。',
        '各企业须于2026年3月31日前完成首轮自查。',
      ]),
    ).toEqual([
      ['obligation', '一是健全内部管理制度。'],
      ['obligation', '企业要明确专人负责数据安全。'],
      ['obligation', '二是丰富培训形式。'],
      ['target', '各企业须于2026年3月31日前完成首轮自查。'],
    ]);
  });

  it("an official's own next steps are no directive", () => {
    expect(marks('答：下一步，我们将会同有关部门加强跟踪评估，及时总结推广经验。')).toEqual([]);
  });

  it('a step with 需要 + an adverb is a directive; 不需要 is a permission; 进行了 reports what was done', () => {
    expect(marks('办理人需要事先通过线上平台或者街道便民窗口预约登记。')).toEqual([
      ['obligation', '办理人需要事先通过线上平台或者街道便民窗口预约登记。'],
    ]);
    expect(marks('申请人需要按时向住房保障部门提交年度复核材料。')).toEqual([
      ['obligation', '申请人需要按时向住房保障部门提交年度复核材料。'],
    ]);
    expect(marks('答：持本人社保卡即可办理，不需要另行填写纸质申请表。')).toEqual([]);
    expect(marks('聚焦企业反映的难点，市税务局有关负责人进行了解读。')).toEqual([]);
    // 进行了解 (to find out) is no report
    expect(marks('推进老旧小区改造，对居民意愿进行了解。')).toEqual([
      ['obligation', '推进老旧小区改造，对居民意愿进行了解。'],
    ]);
  });
});

describe('speeches and commentary', () => {
  it('一定要, 务必 (even with an exclamation) and 决不能 are directives', () => {
    expect(marks('各级干部一定要把群众的冷暖放在心上。')).toEqual([
      ['obligation', '各级干部一定要把群众的冷暖放在心上。'],
    ]);
    expect(marks('同志们务必以更加扎实的作风，把各项任务落到实处！')).toEqual([
      ['obligation', '同志们务必以更加扎实的作风，把各项任务落到实处！'],
    ]);
    expect(marks('决不能把惠民资金挪作他用。')).toEqual([['prohibition', '决不能把惠民资金挪作他用。']]);
  });

  it('complaints, assessments, reports of documents, views and ordinary people are not', () => {
    for (const sentence of [
      '有的地方审批环节过多，群众办一个证还要跑好几趟。',
      '基层干部一周要参加五六场会议，疲于应付。',
      '这项改革十分必要，也十分紧迫。',
      '这类检查没有必要年年搞。',
      '规划纲要提出了今后五年的主要目标任务。',
      '全会对深化医药卫生体制改革作出重要部署。',
      '专家认为，稳就业是当前经济工作的头等大事。',
      '市民王女士对记者说，现在去医院看病要提前一周预约。',
      '外卖骑手老张说：“每天出车前都要检查电池。”',
    ])
      expect(marks(sentence), sentence).toEqual([]);
  });
});

describe("a document's form above its title", () => {
  it('the form name (…人民政府令, …部令 第N号) is no section heading', () => {
    expect(
      marks([
        { kind: 'heading', text: '苏州市人民政府令' },
        { kind: 'heading', text: '交通运输部令 第12号' },
        { kind: 'heading', text: '第一章 总则' },
      ]),
    ).toEqual([['heading', '第一章 总则']]);
  });
});

describe('speeches: calls to action (blind batch 3 part B classes)', () => {
  const en = (text: string) => marks(text, 'en');
  it('a call on someone to act and an address followed by an order are directives', () => {
    expect(en('Tonight I am calling on every state legislature to fund school meals in full.')).toEqual([
      ['obligation', 'Tonight I am calling on every state legislature to fund school meals in full.'],
    ]);
    expect(en('We urge the county boards to publish their flood maps.')).toEqual([
      ['obligation', 'We urge the county boards to publish their flood maps.'],
    ]);
    expect(en('So to every landlord who is watching tonight: Fix the heating before the first frost.')).toEqual([
      ['obligation', 'So to every landlord who is watching tonight: Fix the heating before the first frost.'],
    ]);
    expect(en('And to all the mayors here: Train ten new nurses by the end of this year.')).toEqual([
      ['target', 'And to all the mayors here: Train ten new nurses by the end of this year.'],
    ]);
  });

  it('greetings, narrative, rhetoric and elliptical promises are not', () => {
    expect(en('And to all the volunteers in this hall: thank you for everything.')).toEqual([]);
    expect(en('To every family that lost a home: we see you.')).toEqual([]);
    expect(en('Let me tell you about a welder I met in Ohio.')).toEqual([]);
    expect(en('Think about that.')).toEqual([]);
    expect(en('Can we get this done? With this Congress, I believe we will.')).toEqual([]);
    expect(en('Veterans should never have to fight for the care they earned.')).toEqual([]);
    expect(en('Farmers should not have to choose between feed and fuel.')).toEqual([]);
  });

  it('put opens an order; "Put simply," and "Put another way," are figures of speech', () => {
    expect(en('Put those savings into the new reading rooms.')).toEqual([
      ['obligation', 'Put those savings into the new reading rooms.'],
    ]);
    expect(en('Put the signed consent form in the prepaid envelope.')).toEqual([
      ['obligation', 'Put the signed consent form in the prepaid envelope.'],
    ]);
    expect(en('Put simply, the old scheme cost more than it saved.')).toEqual([]);
    expect(en('Put another way, the waiting list doubled in two years.')).toEqual([]);
  });

  it("a guidance page's lede pointing to what it explains is no duty", () => {
    expect(
      en('Find out what you must do if you employ seasonal workers, and how to claim the allowance back.'),
    ).toEqual([]);
    expect(en('Find out how to register a boat trailer before you need to tow it.')).toEqual([]);
  });
});

describe('reported speech, complaints and reports (blind batch 3 classes)', () => {
  it("a direct quotation is the speaker's words; a document's requirement reported by an official is a directive", () => {
    for (const sentence of [
      '社区网格员小周说：“我们每天都要把楼栋走一遍，有情况要及时上报。”',
      '带队的连长回忆：“我们一进山就要重新校准方位，耽误了不少时间。”',
      '校长林海波说：“课后服务要有内容，老师要把心思花在孩子身上。”',
    ])
      expect(marks(sentence), sentence).toEqual([]);
    const reported = '该负责人表示，《办法》明确，物业企业要建立公共收益公示制度。';
    expect(marks(reported)).toEqual([['obligation', reported]]);
    const quotedOrder = '该负责人说：“各地必须在汛前完成隐患排查。”';
    expect(marks(quotedOrder)).toEqual([['obligation', quotedOrder]]);
  });

  it('complaints, problem descriptions and views with 要 are no directives', () => {
    for (const sentence of [
      '有市民在留言板上抱怨：办个居住证先要开三份证明，最后还是要回原单位盖章。',
      '一些县区的审批事项还要在几个窗口之间来回流转，办理时限偏长。',
      '他说，有些项目前期论证还要反复修改，老旧小区改造的短板依然突出。',
      '不少校长觉得，减少作业量之后，学校最需要的是教研力量的支持。',
    ])
      expect(marks(sentence), sentence).toEqual([]);
    // A state of things that opens a measure, or qualifies its addressee, and a complaint named as the
    // object of a measure, leave the measure a directive.
    for (const sentence of [
      '当前安全生产风险依然突出，各地要压紧压实责任。',
      '防汛形势依然严峻，隐患仍然突出；各地要落实巡查责任。',
      '问题依然突出的地区要加大整治力度。',
      '对群众抱怨较多的办事窗口，要限期整改。',
    ])
      expect(marks(sentence), sentence).toEqual([['obligation', sentence]]);
  });

  it('只要…就 promises, quoted slogans of a tendency and avoided losses are no directives', () => {
    for (const sentence of [
      '只要各方坚持目标不变、加强协作，就一定能够实现预期成效。',
      '个别地方出现了“只管发证、不要监管”的做法。',
      '汛期全县提前转移群众860人，避免人员伤亡近百人。',
    ])
      expect(marks(sentence), sentence).toEqual([]);
    // A condition followed by a duty stays a directive.
    expect(marks('只要发现险情，就要立即组织群众撤离。')).toEqual([
      ['obligation', '只要发现险情，就要立即组织群众撤离。'],
    ]);
  });

  it('a limit per day/week/term is a target', () => {
    const limit = '每名学生每周体育锻炼时间不少于5小时。';
    expect(marks(limit)).toEqual([['target', limit]]);
  });
});

describe('traditional Chinese (zh-Hant)', () => {
  it('is matched in simplified characters; texts and offsets are those of the original', () => {
    const paragraphs = ['各地區必須在年底前完成老舊管網改造。', '嚴禁擅自改動燃氣設施。', '關鍵在於壓實企業主體責任。'];
    const article = plainArticle(paragraphs);
    const found = findDirectives(article);
    expect(found.map((d) => d.category)).toEqual(['target', 'prohibition', 'emphasis']);
    for (const d of found) {
      expect(d.text).toBe(article.text.slice(d.start, d.end));
      expect(paragraphs).toContain(d.text);
    }
  });

  it('toSimplified keeps every code unit in place', () => {
    expect(toSimplified('應當確保著力落實，什麼、要麼')).toBe('应当确保着力落实，什么、要么');
    expect(toSimplified('已是简体的句子')).toBe('已是简体的句子');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const t = toSimplified(s);
        expect(t.length).toBe(s.length);
        expect(toSimplified(t)).toBe(t);
        // Only CJK ideographs change; everything else (surrogates included) stays.
        for (let i = 0; i < s.length; i++)
          if (t.charCodeAt(i) !== s.charCodeAt(i)) expect(/[\u3400-\u9fff\uf900-\ufaff]/.test(s[i]!)).toBe(true);
      }),
    );
  });

  it('tells a zh-Hant text from a simplified one that quotes a name', () => {
    expect(looksTraditional('國務院辦公廳關於進一步加強城市燃氣安全管理工作的通知')).toBe(true);
    expect(looksTraditional('这是一篇简体文章，提到了台灣的一个地名。')).toBe(false);
  });
});
