import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDirectives, plainArticle, type Directive } from '@/utils/analysis/directives';
import { EN_RULES, ZH_RULES } from '@/utils/analysis/rules';

/** Directives of one paragraph (or of several), as [category, text] pairs. */
const marks = (paragraphs: string | (string | { kind: 'heading' | 'paragraph'; text: string })[], language?: string) =>
  findDirectives(plainArticle(typeof paragraphs === 'string' ? [paragraphs] : paragraphs, language)).map((d) => [
    d.category,
    d.text,
  ]);
const categoryOf = (sentence: string, language?: string) => {
  const found = marks(sentence, language);
  return found.length === 1 && found[0]?.[1] === sentence
    ? found[0][0]
    : found.length
      ? `partial:${JSON.stringify(found)}`
      : null;
};

describe('rule tables', () => {
  it('every pattern compiles and has no capturing group (the matcher numbers groups by rule)', () => {
    for (const r of [...ZH_RULES, ...EN_RULES]) {
      const groups = new RegExp(`${r.pattern}|`).exec('')!.length - 1;
      expect({ pattern: r.pattern, groups }).toEqual({ pattern: r.pattern, groups: 0 });
    }
  });
});

describe('Chinese categories', () => {
  it.each([
    ['各地区各部门要切实加强组织领导,确保各项任务落到实处。', 'obligation'],
    ['必须坚持以人民为中心的发展思想。', 'obligation'],
    ['地方各级人民政府应当建立健全工作机制。', 'obligation'],
    ['会议要求,各级党委和政府要压实责任。', 'obligation'],
    ['加强教育培训,提高干部能力。', 'obligation'],
    ['推进各级统战部门网站建设,打造网络平台。', 'obligation'],
    ['二是贯彻落实新修订的条例,充分发挥主阵地作用。', 'obligation'],
    ['把维护党中央权威作为最大的政治。', 'obligation'],
    ['严禁以任何名义向企业摊派费用。', 'prohibition'],
    ['任何单位和个人不得擅自提高收费标准。', 'prohibition'],
    ['决不允许搞变通、打折扣。', 'prohibition'],
    ['到2027年,城镇新增就业1200万人以上,调查失业率控制在5.5%左右。', 'target'],
    ['2025年底前完成城镇老旧小区改造任务。', 'target'],
    ['力争粮食产量稳定在1.3万亿斤以上。', 'target'],
    ['这一点需要特别注意!', 'emphasis'],
    ['请注意!', 'emphasis'],
    ['尤其要防范化解重大风险。', 'emphasis'],
  ])('%s → %s', (sentence, category) => {
    expect(categoryOf(sentence)).toBe(category);
  });

  it('marks numbered heading blocks and short "——" / "（一）" slogans as headings', () => {
    expect(marks([{ kind: 'heading', text: '一、总体要求' }])).toEqual([['heading', '一、总体要求']]);
    expect(marks(['二、 重视和探索运用网络开展统战工作'])).toEqual([
      ['heading', '二、 重视和探索运用网络开展统战工作'],
    ]);
    expect(marks(['——强化政治意识。把党的政治建设摆在首位,增强“四个意识”。'])).toEqual([
      ['heading', '——强化政治意识。'],
      ['obligation', '把党的政治建设摆在首位,增强“四个意识”。'],
    ]);
    expect(marks(['（一）加强组织领导。各地要建立协调机制。'])[0]).toEqual(['heading', '（一）加强组织领导。']);
    // a numbered one-sentence measure is not a head
    expect(marks(['（四）各地区要在本通知印发之日起3个月内完成修订。'])).toEqual([
      ['target', '（四）各地区要在本通知印发之日起3个月内完成修订。'],
    ]);
  });

  it('a sentence that requires and forbids takes the category of its first directive clause', () => {
    expect(categoryOf('各地要压实责任，严禁弄虚作假。')).toBe('obligation');
    expect(categoryOf('驾驶电动自行车应当佩戴安全头盔，最高时速不得超过25公里。')).toBe('obligation');
    expect(categoryOf('加强源头管控，坚决杜绝违规用火。')).toBe('obligation');
    expect(categoryOf('严禁弄虚作假，要压实责任。')).toBe('prohibition');
    // the modal governs the ban in one clause; the enumeration comma is not a clause break
    expect(categoryOf('各地要严禁弄虚作假。')).toBe('prohibition');
    expect(categoryOf('各地要压实责任、严禁弄虚作假。')).toBe('prohibition');
    // a lead-in keeps the category of the list it introduces, for its items
    expect(marks(['物业服务人应当加强巡查，禁止下列行为：', '（一）在楼道内停放电动自行车；'])).toEqual([
      ['prohibition', '物业服务人应当加强巡查，禁止下列行为：'],
      ['prohibition', '（一）在楼道内停放电动自行车；'],
    ]);
    expect(categoryOf('You must register with the council; you must not trade before then.', 'en')).toBe('obligation');
    expect(categoryOf('You must not trade before you register; you must register with the council.', 'en')).toBe(
      'prohibition',
    );
  });

  it('marks sentence by sentence, never the whole paragraph', () => {
    const found = marks('全党做统战工作,并不意味着统战部门的任务变轻了。各级统战部门要发挥作用。');
    expect(found).toEqual([['obligation', '各级统战部门要发挥作用。']]);
  });
});

describe('Chinese false friends and declaratives are not directives', () => {
  it.each([
    '这是一项重要的工作。',
    '主要原因在于投入不足。',
    '只要大家齐心,就没有过不去的坎。',
    '这是发展需要,也是群众需要。',
    '前面说了那么多,方向、重点、要求都有了。',
    '全省会议提了四点要求:',
    '除了上面这些,还有一个事,要单独拿出来说说。',
    '各方积极应对气候变化。',
    '企业相应调整了生产计划。',
    '他们很快适应了新环境。',
    '市场反应平稳。',
    '我们不得不承认差距。',
    '他舍不得离开家乡。',
    '这件事不得了。',
    '文件分为要素、要点两部分。',
    '会议纪要已经印发。',
    '请看摘要。',
    '阐述了改革的必要性。',
    '春天里的布局,需要汗水的浇育,才能结出甜美的果实。',
    '全党做统战工作,并不意味着统战部门的任务变轻了。',
    '网络时代,统战成员大多数成为网民,统战工作如果不赶紧跟到网上去,就会落后。',
    '统战部该如何挑好担子、迈好步子?',
    '就看大伙的了!',
    '我们要不要继续?',
    '近年来,该市加强基层建设,推进改革,取得了显著成效。',
    '据统计,一季度全国规模以上工业增加值同比增长6.1%。',
    '为进一步优化营商环境,现提出如下意见。',
  ])('%s', (sentence) => {
    expect(marks(sentence)).toEqual([]);
  });
});

describe('English categories', () => {
  it.each([
    ['The Secretary of Commerce shall establish a task force.', 'obligation'],
    ['Employers must publish their gender pay gap data.', 'obligation'],
    ['Agencies should prioritize projects in rural areas.', 'obligation'],
    ['The head of each agency is directed to review existing rules.', 'obligation'],
    ['The government will introduce legislation this year.', 'obligation'],
    ['No agency shall enter into a contract with such an entity.', 'prohibition'],
    ['Federal funds may not be used for this purpose.', 'prohibition'],
    ['The practice is prohibited.', 'prohibition'],
    ['Within 90 days of the date of this order, the Secretary shall submit a report.', 'target'],
    ['Emissions will be cut by 68 percent by 2030.', 'target'],
    ['Applicants must submit the form by 31 March 2025.', 'target'],
    ['Please note that applications close on Friday.', 'emphasis'],
    ['It is critical that agencies act quickly.', 'emphasis'],
  ])('%s → %s', (sentence, category) => {
    expect(categoryOf(sentence, 'en')).toBe(category);
  });

  it('marks "Sec. 3. Worker Safety." and heading blocks as headings', () => {
    expect(marks(['Sec. 3. Worker Safety. Agencies shall protect workers.'], 'en')).toEqual([
      ['heading', 'Sec. 3. Worker Safety.'],
      ['obligation', 'Agencies shall protect workers.'],
    ]);
    // (an order's boilerplate section, "Sec. 2. Policy.", is furniture: genre-batch15.test.ts)
    expect(marks(['Sec. 2. Policy. Agencies shall protect workers.'], 'en')).toEqual([
      ['obligation', 'Agencies shall protect workers.'],
    ]);
    expect(marks([{ kind: 'heading', text: 'When to report an incident' }], 'en')).toEqual([
      ['heading', 'When to report an incident'],
    ]);
    // Every section heading of the body is a heading of the outline, a topical one too (the
    // convention of the blind gold files: "Overview", "Contact", "Deadlines" are headings) …
    expect(marks([{ kind: 'heading', text: 'After an incident' }], 'en')).toEqual([['heading', 'After an incident']]);
    // … but furniture, questions and the name of a transmitted document are not.
    expect(marks([{ kind: 'heading', text: '相关阅读' }])).toEqual([]);
    expect(marks([{ kind: 'heading', text: '问：这次调整的背景是什么？' }])).toEqual([]);
    expect(marks([{ kind: 'heading', text: '某市城市供水管理办法' }])).toEqual([]);
    expect(marks([{ kind: 'heading', text: '坚持问题导向 科学谋划更新项目' }])).toEqual([
      ['heading', '坚持问题导向 科学谋划更新项目'],
    ]);
  });

  it.each([
    'The minister visited the school last week.',
    'This is a must-see exhibition.',
    'Should we worry? Nobody knows.',
    'Nothing in this order shall be construed to impair the authority of any agency.',
    'The plan was announced in March.',
    'By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:',
    'Reliable water systems are essential to public health and to the economy.',
  ])('not a directive: %s', (sentence) => {
    expect(marks(sentence, 'en')).toEqual([]);
  });
});

describe('findDirectives: invariants', () => {
  const blockArb = fc.array(
    fc.constantFrom(
      '要加强学习。',
      '严禁摊派。',
      '重要的是团结。',
      '\u3000\u3000',
      '到2030年达到50%。',
      'It must end. ',
      '——强化意识。',
      '好吗?',
      '一是推进;二是落实。',
    ),
    { maxLength: 8 },
  );
  it('directive text is exactly article.text.slice(start, end), in order, inside its block', () => {
    fc.assert(
      fc.property(
        fc.array(
          blockArb.map((a) => a.join('')),
          { maxLength: 5 },
        ),
        (paragraphs) => {
          const article = plainArticle(paragraphs);
          const ds: Directive[] = findDirectives(article);
          let last = 0;
          for (const d of ds) {
            expect(d.text).toBe(article.text.slice(d.start, d.end));
            expect(d.text).toBe(d.text.trim());
            expect(d.start).toBeGreaterThanOrEqual(last);
            const block = article.blocks[d.blockIndex]!;
            expect(d.start).toBeGreaterThanOrEqual(block.start);
            expect(d.end).toBeLessThanOrEqual(block.start + block.text.length);
            expect(d.score).toBeGreaterThan(0);
            expect(d.score).toBeLessThanOrEqual(1);
            last = d.end;
          }
        },
      ),
    );
  });
});
