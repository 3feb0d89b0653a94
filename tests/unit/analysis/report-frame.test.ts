/**
 * The report frame (utils/analysis/report-frame.ts): who a sentence says is speaking decides whether
 * the words are a directive. Sentences written for this test, not taken from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compile } from '@/utils/analysis/directive-rules';
import { reportFrame, SpeakerMemory, speakerKind } from '@/utils/analysis/report-frame';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { one, zh } from './helpers';

/** The categories of the directives of an article of these paragraphs. */
const marks = (paragraphs: string[]) => findDirectives(plainArticle(paragraphs, 'zh')).map((d) => d.category);

describe('an authority passing on an instruction', () => {
  it('a commander quoted, in the first person or naming who must act', () => {
    const a = '团长张明说：“我们要把每一次演练都当成实战来打。”';
    expect(zh(a)).toEqual(one('obligation', a));
    const b = '支队政委刘洪说：“各中队要把夜间科目练到位，决不能走过场。”';
    expect(zh(b)).toEqual(one('obligation', b));
  });
  it('an office that spells out a duty after 对此', () => {
    const t = '对此，县委明确，整改不到位的单位要严肃追责。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
  it('an official telling a dated target still sets it', () => {
    const t = '市应急管理局副局长王海介绍，今年将新建应急避难场所300个，到2027年底实现乡镇全覆盖。';
    expect(zh(t)).toEqual(one('target', t));
  });
});

describe('the words of an authority read alone', () => {
  /** The category and score of the one directive of each sentence, as one paragraph each. */
  const scored = (sentences: string[]) =>
    sentences.map((t) => findDirectives(plainArticle([t], 'zh')).map((d) => [d.category, d.score]));
  it('weigh as the same words without their frame, also when a penalty of the frame runs into them', () => {
    // "表示，今年将" (a penalty of the frame) spans its end: the words alone also hold 将
    const words = '今年将新增集中充电端口5万个，年底前实现城区住宅小区充电设施全覆盖。';
    const [framed, alone] = scored([`昆明市住建局表示，${words}`, words]);
    expect(framed).toEqual(alone);
    expect(framed).toEqual([['target', 0.88]]);
    const duty = '各中队要把夜间科目练到位，决不能走过场。';
    const [saidDuty, aloneDuty] = scored([`支队政委刘洪说：“${duty}”`, `${duty}”`]);
    expect(saidDuty).toEqual(aloneDuty);
  });
});

describe('what an authority says that is no instruction', () => {
  it('the office’s own next step, undated', () => {
    expect(zh('该局负责人表示，将加强对各区落实情况的跟踪问效，及时发现问题。')).toEqual([]);
  });
  it('a consequence after a topic, not a duty that opens the words', () => {
    expect(zh('营长赵刚说：“平时练得不扎实的本事，到了演习场上就要露馅。”')).toEqual([]);
  });
  it('a view, not words passed on: 会议认为', () => {
    expect(zh('会议认为，守住耕地红线是关系全局的头等大事。')).toEqual([]);
  });
  it('one of many officials, telling his own plans', () => {
    expect(zh('一位参加培训的乡镇负责人会后对记者说：“我们回去要先把村里的台账理清楚。”')).toEqual([]);
  });
});

describe('a voice: someone whose own words a report quotes', () => {
  it('a soldier of the ranks, a deputy, a graduate', () => {
    expect(zh('下士刘强坦言，起初大家很不习惯，“有时候一天要跑好几个点位”。')).toEqual([]);
    expect(zh('一位来自山区的代表坦言，村里的路不好走，“有时候一个人要管好几个村的水管”。')).toEqual([]);
    expect(zh('一名毕业生有些犹豫：“家里人觉得一定要考公务员。”')).toEqual([]);
  });
  it('a scholar advising, or someone unnamed', () => {
    expect(zh('教授李明认为，各地要因地制宜推进改革。')).toEqual([]);
    expect(zh('有镇干部直言，填表的事情还要再精简。')).toEqual([]);
  });
});

describe('a speaker met before', () => {
  it('a name classed once is the same speaker when it comes back bare', () => {
    const duty = '李卫东说：“各中队要把夜间科目练到位。”';
    // bare, the name is nobody the tables know: its first-person quotation stays held back
    expect(marks(['李卫东说：“我们要把夜间科目练到位。”'])).toEqual([]);
    // titled where the article first named him, in a sentence of its own, he is that official (session 31: "省委书记
    // 某某深入…", then "某某指出，…"; before, only a frame's title counted)
    expect(marks(['支队政委李卫东到场检查。', '李卫东说：“我们要把夜间科目练到位。”'])).toEqual(['obligation']);
    expect(marks(['支队政委李卫东说，这次检查不打招呼。', '李卫东说：“我们要把夜间科目练到位。”'])).toEqual([
      'obligation',
    ]);
    expect(marks(['护林员杨山说，今年雨水多。', '杨山说，每天还要多巡一趟。'])).toEqual([]);
    expect(marks([duty])).toEqual([]);
    expect(marks(['支队政委李卫东说，这次检查不打招呼。', duty])).toEqual(['obligation']);
  });
  it('a pronoun is the last speaker classed, in this paragraph or an earlier one', () => {
    expect(marks(['护林员杨山说，今年雨水多。', '他说，每天都要多巡一趟。'])).toEqual([]);
    expect(marks(['市应急管理局副局长王海介绍，汛期已经开始。', '他强调，各区要把排查做细做实。'])).toEqual([
      'obligation',
    ]);
  });
  it('is the speaker of a frame set in a place or a topic, "在…方面，"', () => {
    expect(
      marks([
        '有网友留言问：“暴雨天怎么办？”',
        '在防汛方面，市应急管理局副局长王海介绍，汛期已经开始。',
        '他强调，各区要把排查做细做实。',
      ]),
    ).toEqual(['obligation']);
  });
});

describe('whoever speaks, the words decide as the speaker allows (property)', () => {
  // duties that open with their modal, each a directive standing alone
  const duties = [
    '各街道要把排查做细做实。',
    '我们要把每一处隐患都盯紧。',
    '各单位必须落实值班制度。',
    '各地不得擅自提高收费标准。',
  ];
  const voices = ['退休教师王大妈', '下士刘强', '一位来自山区的代表', '某大学教授孙某', '有村干部'];
  const authorities = ['市应急管理局副局长王海', '该局负责人', '支队政委刘洪', '县委'];
  const verbs = ['说', '表示', '强调', '指出'];
  const frame = (speaker: string, verb: string, duty: string, quoted: boolean) =>
    quoted ? `${speaker}${verb}：“${duty}”` : `${speaker}${verb}，${duty}`;

  it('a voice’s words are never a directive', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...voices),
        fc.constantFrom(...verbs),
        fc.constantFrom(...duties),
        fc.boolean(),
        (speaker, verb, duty, quoted) => {
          expect(zh(duty)).toHaveLength(1);
          expect(zh(frame(speaker, verb, duty, quoted))).toEqual([]);
        },
      ),
    );
  });
  it('an authority passing on a duty that opens with its modal passes on a directive', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...authorities),
        fc.constantFrom(...verbs),
        fc.constantFrom(...duties),
        fc.boolean(),
        (speaker, verb, duty, quoted) => {
          expect(zh(frame(speaker, verb, duty, quoted))).toHaveLength(1);
        },
      ),
    );
  });
});

describe('reportFrame', () => {
  const verbs = compile('zh').verbs;
  it('reads the speaker, whether the verb passes words on, and where the words start', () => {
    const s = '据了解，该局负责人表示，各区要在月底前完成排查。';
    expect(reportFrame(s, 'zh', verbs)).toEqual({
      speaker: 'authority',
      telling: true,
      ownStep: false,
      contentStart: s.indexOf('各区'),
    });
    expect(reportFrame('专家王某认为，要稳步推进。', 'zh', verbs)).toMatchObject({ speaker: 'voice', telling: false });
  });
  it('is no frame for a measure, a bare name, or English', () => {
    // a clause that opens with a policy verb, or holds a modal, is a measure, not a speaker
    expect(reportFrame('加强对消费者的提醒，引导理性消费。', 'zh', verbs)).toBeNull();
    expect(reportFrame('要加强对群众的提醒，引导理性消费。', 'zh', verbs)).toBeNull();
    expect(reportFrame('王明说，各区要在月底前完成排查。', 'zh', verbs)).toBeNull();
    expect(reportFrame('The minister said, "councils must act".', 'en', verbs)).toBeNull();
  });
  it('classes speakers by the first row that matches', () => {
    expect(speakerKind('一位返乡青年')).toBe('voice'); // a voice before "one of many"
    expect(speakerKind('一位参会的县局负责人')).toBe('anyone');
    expect(speakerKind('有关负责人')).toBe('authority'); // 有关 is no "someone"
    expect(speakerKind('省委书记王某')).toBe('authority');
    expect(speakerKind('恩格斯在《反杜林论》中')).toBe('voice');
    expect(speakerKind('马克思主义学院')).toBeNull();
    // an office is named last, whoever it serves; a cadre is no office
    expect(speakerKind('市民服务中心')).toBe('authority');
    expect(speakerKind('区消费者权益保护委员会')).toBe('authority');
    expect(speakerKind('有基层干部')).toBe('voice');
  });
});

describe('a bare name looked up with its title (SpeakerMemory)', () => {
  // The title is read where the article names him first, in the TITLE_REACH (12,000) characters after the block's
  // start at most: an occurrence starting on the last of them counts, one starting after it does not.
  const recalled = (at: number) => {
    const named = '村党支部书记王德厚';
    const article = '。'.repeat(at - named.length + 3) + named + '一边给记者倒茶。';
    const memory = new SpeakerMemory();
    memory.nextBlock('', article, 0);
    return memory.recall('王德厚');
  };

  it('finds the name starting on the last character of the reach, not one after it', () => {
    expect(recalled(11_999)).toBe('grassroots');
    expect(recalled(12_000)).toBeNull();
  });
});
