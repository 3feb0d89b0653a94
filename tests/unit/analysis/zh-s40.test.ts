/**
 * Session 40, Chinese judgement on unseen pages (dev set 55), by class: who speaks (a view or an account given to the
 * press, a speaker's own unit's next step, a 通报's narrative of a cadre's conduct), a duty after a case's topic, a
 * judgement of what a measure is, a result told as done, an office's duty allocated by its own name, a dated goal after a
 * document's frame, a furniture label and an office's case title. Sentences written for these tests, not taken from any
 * page; the counts behind each class are in gold-conventions.md and the rule tables' comments.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { explainSentence } from '@/utils/analysis/explain-sentence';
import { headingWorthy, isSlogan } from '@/utils/analysis/headings';
import { core, zh } from './helpers';

const category = (s: string) => explainSentence(s, 'zh').verdict?.category ?? null;
const zhParagraphs = (...paragraphs: string[]) =>
  findDirectives(plainArticle(paragraphs, 'zh-CN')).map((d) => [d.category, d.text]);

describe('a new rule told after the change it makes', () => {
  it('is the rule, in its last clause', () => {
    expect(category('新规还增加了雨雪天气的通行规定，驾驶人在结冰路段应当减速慢行。')).toBe('obligation');
  });
  it('a change told as done stays a report', () => {
    expect(category('去年全市公交运力提高了一成，候车时间缩短了三分之一。')).toBe(null);
  });
});

describe('a duty after a breach named as its topic', () => {
  it.each([
    '对违反规定擅自收费的，各区要立即责令退还。',
    '对违反规定、搞形式主义的，必须严肃追究相关人员责任。',
    '对违反禁令的，市场监管部门要依法从严查处。',
  ])('%s is an obligation', (s) => {
    expect(category(s)).toBe('obligation');
  });

  it('a penalty after a breach stays no directive', () => {
    expect(category('违反本办法规定的，由市场监管部门责令改正，处5000元以下罚款。')).toBe(null);
    expect(category('违反规定的，依法承担相应责任。')).toBe(null);
  });
});

describe('a view or an account given by an official', () => {
  it('is no directive when told to the press, whatever its figures', () => {
    expect(
      zh('市交通局负责人告诉记者，明年全市还要新建公交首末站12座，改造候车亭300个，公交分担率将提高约5%。'),
    ).toEqual([]);
  });
  it('is no directive when he gives his view or advice', () => {
    expect(zh('市发展改革委主任李建平认为，各县必须把项目储备放在更加突出的位置。')).toEqual([]);
  });
  it('what he passes on as said stays a directive', () => {
    expect(zh('市发展改革委主任李建平强调，各县要在6月底前完成项目储备。')).toHaveLength(1);
  });
  it('a reminder passes a duty on', () => {
    expect(zh('市应急管理局局长王立新提醒，各单位必须在汛前完成隐患排查。')).toHaveLength(1);
  });
});

describe('a scholar named at a sentence’s start is the one a later 他 means', () => {
  it('also after a sentence that speaks of him by 他', () => {
    expect(
      zhParagraphs(
        '市水务局副局长张海涛介绍，今年要完成50座小型水库除险加固。',
        '河海大学水文水资源学院教授陈立群长期研究山洪防治。在他看来，预警要早、转移要快。他建议，各地应当建立山洪预警村级广播网络，把转移名单落实到户。',
      ).map(([, t]) => t),
    ).toEqual(['市水务局副局长张海涛介绍，今年要完成50座小型水库除险加固。']);
  });
});

describe('a speaker’s own unit’s next step told with 要', () => {
  it('is his plan, not a duty', () => {
    expect(category('下一步我们要把闲置厂房盘活，决不能让土地再空着。')).toBe(null);
    expect(category('下一步，我们村要把集体经济做大。')).toBe(null);
  });
  it('a duty told to others after 下一步 stays', () => {
    expect(category('下一步，各区要把闲置厂房盘活。')).toBe('obligation');
  });
});

describe('a 通报’s narrative of a cadre’s conduct', () => {
  it('tells what he did in his post, no duty', () => {
    expect(category('2020年3月起，王建国在分管招商工作期间，要求全局干部每天上报走访企业照片不少于5张。')).toBe(null);
  });
  it('the reasoning behind a measure told as a view is no duty either', () => {
    expect(category('我们的考虑是，既要放得开，又不能管不住。')).toBe(null);
  });
  it('a practice described with 有的会议要求 is no duty', () => {
    expect(category('有的会议要求层层参会，村干部一坐就是半天。')).toBe(null);
  });
});

describe('a judgement of what a measure is', () => {
  it.each([
    '区长王立新在讲话中指出，“两路两侧”整治是推进城乡融合、加快补齐民生短板的重要抓手，也是保障和改善民生的重要举措。',
    '发展县域商业，是促进农村消费、推动城乡融合的重要举措。',
  ])('%s asks nothing', (s) => {
    expect(category(s)).toBe(null);
  });
  it('a duty beside it stays', () => {
    expect(category('老旧小区改造是城市更新的重要内容，各区要加快推进。')).toBe('obligation');
  });
});

describe('what a finding will serve, a result avoided', () => {
  it('is told, not asked', () => {
    expect(category('排查数据将作为各地调整救助政策的重要依据。')).toBe(null);
    expect(category('主汛期到来前，乡镇干部逐户转移群众，避免了人员伤亡。')).toBe(null);
  });
  it('also as a later sentence of its paragraph', () => {
    expect(
      zh('民政部门开展了全面摸底排查。排查数据将作为各地调整救助政策的重要依据。各地要在6月底前完成建档。').map(
        ([, t]) => t,
      ),
    ).toEqual(['各地要在6月底前完成建档。']);
  });
  it('a duty to use the result stays', () => {
    expect(category('各地要把考核结果作为干部选拔任用的重要依据。')).toBe('obligation');
    expect(category('要采取有效措施，避免发生人员伤亡。')).not.toBe(null);
  });
});

describe('a form named 数据统计表 is no 据统计', () => {
  it('keeps the dated duty a target', () => {
    expect(category('各市级团委要于10月15日前将活动总结和数据统计表报送省团委。')).toBe('target');
  });
});

describe('an office given a duty by its own name', () => {
  const s = '第五条　省农业农村厅负责指导全省农机安全监督管理工作。';
  it('is an obligation, cored from 负责', () => {
    expect(category(s)).toBe('obligation');
    expect(core('obligation', s)).toEqual(['负责指导全省农机安全监督管理工作']);
  });
  it('not the office that interprets a document', () => {
    expect(category('本办法由市交通运输局负责解释。')).toBe(null);
  });
});

describe('a dated goal', () => {
  it('after a document’s frame, in words with no figures, is a target', () => {
    expect(category('《规划》提出，到2030年，城乡供水保障体系更加完善，农村饮水安全水平明显提升。')).toBe('target');
  });
  it('told as a state reached is cored on the state, its subject left out', () => {
    const s = '《规划》明确，到2030年，城乡供水保障体系更加完善，农村饮水安全水平明显提升。';
    expect(core('target', s)).toEqual(['到2030年', '更加完善']);
  });
  it('after this year and a comma, with 要 and a goal verb, is a target', () => {
    expect(category('今年，全市要实现3万左右农村低收入人口稳定增收、80个左右村集体经济达标。')).toBe('target');
  });
  it('an act that is no goal stays a duty', () => {
    expect(category('今年，全市要着力扩大有效投资。')).toBe('obligation');
  });
});

describe('a speaker’s or a document’s 特别强调 before the duty it passes on', () => {
  it('takes the duty’s category', () => {
    expect(category('区长刘明特别强调，施工过程中要把安全放在首位。')).toBe('obligation');
    expect(category('《通知》再次强调，严禁以任何名义向学生收取费用。')).toBe('prohibition');
  });
  it('stays an emphasis with a marker of its own, or nothing else to ask', () => {
    expect(category('会议特别强调，防汛工作的重中之重是确保群众安全。')).toBe('emphasis');
    expect(category('他特别强调，安全生产没有旁观者。')).toBe('emphasis');
    expect(category('这里我要特别强调，干部必须带头守规矩。')).toBe('emphasis');
  });
});

describe('furniture and case titles are no headings', () => {
  it.each(['链接：黄河花园口站历史水位', '背景链接：什么是河长制'])('%s', (t) => {
    expect(headingWorthy(t)).toBe(false);
  });
  it('an office’s case title in a 通报 is no slogan head', () => {
    expect(isSlogan('3.青山市云溪县住建局“材料多、会议多”问题突出。', 'zh')).toBe(false);
  });
  it('a numbered head naming a problem to solve stays one', () => {
    expect(isSlogan('3.解决城市内涝问题。', 'zh')).toBe(true);
    expect(headingWorthy('三、着力破解基层治理中的突出问题')).toBe(true);
  });
});
