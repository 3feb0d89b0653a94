/**
 * The classes the seventh blind batch showed, each with sentences written for this test, not taken
 * from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { addCores, findDirectives, plainArticle } from '@/utils/analysis/directives';
import { zh, en, one } from './helpers';

/** The core texts of the one directive found in `text`. */
function coreTexts(text: string, language = 'zh'): string[] {
  const article = plainArticle([text], language);
  const found = findDirectives(article);
  addCores(article, found);
  return (found[0]?.core ?? []).map((c) => text.slice(c.start, c.end));
}

describe('a requirement denied, not set', () => {
  it('Chinese: "并不是要…", "并非要求…", "并不要求…" ask nothing; "要…" beside them still does', () => {
    expect(zh('这次改革并不是要取消乡镇卫生院的门诊。')).toEqual([]);
    expect(zh('新规并非要求每家小店都安装监控。')).toEqual([]);
    expect(zh('办法并不要求老年人使用手机预约。')).toEqual([]);
    const s = '各医院要保留人工挂号窗口。';
    expect(zh(s)).toEqual(one('obligation', s));
  });

  it('English: "does not require …", "will not be required to …" are no duties; "requires … to" is', () => {
    expect(en('The new code does not require small cafes to hire a safety officer.')).toEqual([]);
    expect(en("The rule doesn't require anyone to replace a working boiler.")).toEqual([]);
    expect(en('Tenants will not be required to pay for the inspection.')).toEqual([]);
    expect(en('Charities are not required to register a second time.')).toEqual([]);
    const s = 'The new code requires small cafes to display allergy information.';
    expect(en(s)).toEqual(one('obligation', s));
  });
});

describe("a document's furniture: its preamble and the lines that link it", () => {
  it('"现就…有关事项通知如下" with a long topic and "相关文件：…的通知" ask nothing; the measures below do', () => {
    expect(zh('经市政府同意，现就加快推进城乡供水一体化和农村饮水安全巩固提升有关事项通知如下。')).toEqual([]);
    expect(zh('相关文件：市农业农村局关于印发《加快推进高标准农田建设实施方案》的通知')).toEqual([]);
    expect(zh('附件：2.加快推进农村公路建设重点任务清单')).toEqual([]);
    const s = '各区要加快推进城乡供水一体化。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe('a goal of full coverage, 应X尽X', () => {
  it('after a deadline it is a target (its 应 is no modal), and its core keeps 应', () => {
    const s = '到2028年底，符合条件的农村低收入人口应保尽保。';
    expect(zh(s)).toEqual(one('target', s));
    expect(coreTexts(s)).toEqual(['到2028年底', '应保尽保']);
    const t = '2027年6月底前，全市中小学食堂应检尽检。';
    expect(zh(t)).toEqual(one('target', t));
    expect(coreTexts(t)).toEqual(['2027年6月底前', '应检尽检']);
    // a modal before it still makes the duty
    const u = '对符合条件的困难老人，应当做到应助尽助。';
    expect(zh(u)).toEqual(one('obligation', u));
  });
});

describe('the duties a regulation allocates', () => {
  it('"…主管部门负责…工作。" and "…等部门按照各自职责，做好…" are duties, cored from the act', () => {
    const s = '市级人民政府林业主管部门负责全市古树名木的保护管理工作。';
    expect(zh(s)).toEqual(one('obligation', s));
    expect(coreTexts(s)).toEqual(['负责全市古树名木的保护管理工作']);
    const t = '公安、交通运输等部门按照各自职责，做好校车安全相关工作。';
    expect(zh(t)).toEqual(one('obligation', t));
    expect(coreTexts(t)).toEqual(['做好校车安全相关工作']);
    // an official's title and what someone is in charge of are no duties
    expect(zh('市林业部门负责人介绍，全市已登记古树名木3200余株。')).toEqual([]);
    expect(zh('这些古树由市林业部门负责的专班统一登记。')).toEqual([]);
  });
});

describe('a quotation opened by another verb than 说', () => {
  it('"有居民直言：“…还要…”", "他感叹道：“…要…”" are someone\'s words; an official\'s "各地必须" still carries', () => {
    expect(zh('有居民直言：“证明开了一大摞，报销还要来回跑三趟。”')).toEqual([]);
    expect(zh('一位店主感叹道：“检查一年要迎好几轮，生意都要耽误。”')).toEqual([]);
    const s = '该负责人直言：“各地必须在月底前完成排查。”';
    expect(zh(s).length).toBe(1);
  });
});

describe('a clarification that asks nothing', () => {
  it('"需要指出的是，…不在…之内" is none; with a ban or a duty after it, it stays a directive', () => {
    expect(zh('需要指出的是，普惠性的补贴政策不在这次清理范围之内。')).toEqual([]);
    expect(zh('需要特别指出的是，这次调整只涉及新建小区。')).toEqual([]);
    const s = '需要指出的是，各地不得借机增加收费项目。';
    expect(zh(s).length).toBe(1);
  });
});

describe('a part of a figure told before', () => {
  it('"其中，…N多个。" is a count; "其中，各地要…" is still a measure', () => {
    expect(zh('其中，支持县城污水管网改造项目300多个。')).toEqual([]);
    expect(zh('其中，推进老旧小区改造项目46个。')).toEqual([]);
    const s = '其中，各区要优先推进老旧小区改造。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe("the speaker's plan, then the addressees' duty", () => {
  it('"我们将…，各地要在N个月内完成…" sets a duty; "我们将…" alone is the speaker\'s next step', () => {
    const s = '我们将加大对县城供水项目的资金支持，各省要在6个月内完成项目储备。';
    expect(zh(s)).toEqual(one('target', s));
    expect(zh('我们将加大对县城供水项目的资金支持力度。')).toEqual([]);
  });
});

describe('English briefing: an order given, told of "he" or "she"', () => {
  it('"He has also directed the Secretary … to …" is a duty ("directed" and its act the core, as for "The President has directed")', () => {
    const s = 'She has also directed the Secretary of Transportation to reopen the bridge to emergency vehicles.';
    expect(en(s)).toEqual(one('obligation', s));
    expect(coreTexts(s, 'en')).toEqual(['directed', 'to reopen the bridge to emergency vehicles']);
    expect(en('He has also visited the shelters in the county twice this week.')).toEqual([]);
  });
});

describe('English: what someone will be given, and a promise of support', () => {
  it('"Councils will receive £…", "the government will be there for …" are no duties; "will publish" beside them is', () => {
    expect(en('Local councils will receive £40 million over two years for the scheme.')).toEqual([]);
    expect(en('The Secretary has been clear that the government will be there for every flooded town.')).toEqual([]);
    const s = 'Councils will receive the funding and must publish a spending plan.';
    expect(en(s)).toEqual(one('obligation', s));
  });
});

describe('English: a condition of the law\'s kind, "Where …, X must …"', () => {
  it('is a duty; "Where you must register and what it costs." is still a summary', () => {
    const s = 'Where a tenancy ends early, the letting agent must return the deposit within 10 days.';
    expect(en(s).map(([c]) => c)).toEqual(['target']);
    const t = 'Where the boiler is older than 15 years, the owner should arrange a safety check.';
    expect(en(t)).toEqual(one('obligation', t));
    expect(en('Where you must register and what it costs.')).toEqual([]);
  });
});

describe('English: a goal told with the ones who are to reach it', () => {
  it('"Our objective is for every … to reach … by …": the core is the act after "to"', () => {
    const s = 'Our objective is for every council home in England to reach EPC band C by 1 October 2031.';
    expect(en(s).map(([c]) => c)).toEqual(['target']);
    expect(coreTexts(s, 'en')).toEqual(['reach EPC band C by 1 October 2031']);
  });
});

describe('立足 after a modal is the act, not an adverbial', () => {
  it('"要立足…，找准…": the core is the 立足 clause; "要围绕…，推进…" still skips its adverbial', () => {
    expect(coreTexts('各县要立足本地气候条件和种植传统，找准特色产业方向。')).toEqual(['立足本地气候条件和种植传统']);
    expect(coreTexts('要围绕县域主导产业，推进冷链物流设施建设。')).toEqual(['推进冷链物流设施建设']);
  });
});

describe('English: an "including …" or "such as …" aside inside the verb phrase', () => {
  it('is skipped, and the phrase resumes after it', () => {
    const s =
      'Operators must keep a log of every inspection, including photographs and test results, for at least 3 years.';
    expect(coreTexts(s, 'en')).toEqual(['must keep a log of every inspection', 'for at least 3 years']);
    const t = 'Operators must keep a log of every inspection, including photographs and test results.';
    expect(coreTexts(t, 'en')).toEqual(['must keep a log of every inspection']);
  });
});

describe('a target that counts what is added', () => {
  it('"…前，全市新增…不少于N" is cored from 新增 (the subject out); "新增就业人数保持在…" from the level', () => {
    expect(coreTexts('2027年6月30日前，全市新增公共充电桩不少于3000个。')).toEqual([
      '2027年6月30日前',
      '新增公共充电桩不少于3000个',
    ]);
    expect(coreTexts('到2027年底，全省城镇新增就业人数保持在80万人以上。')).toEqual(['到2027年底', '保持在80万人以上']);
  });
});

describe('a time limit cut, after a modal', () => {
  it('"各市要将…时限压缩至N个工作日以内，实行…": the cut from after the modal, not the next clause', () => {
    expect(coreTexts('各市要将不动产登记办理时限压缩至3个工作日以内，推行“一网通办”。')).toEqual([
      '将不动产登记办理时限压缩至3个工作日以内',
    ]);
    expect(coreTexts('企业开办时间压缩至1个工作日以内。')).toEqual(['压缩至1个工作日以内']);
  });
});

describe('English briefing: a pseudo-cleft that frames a duty', () => {
  it('"What the Governor told the mayors is that every shelter must …" is a duty; "What you must bring." a summary', () => {
    const s =
      'What the Governor told the mayors today is that every shelter must treat late arrivals as a top priority.';
    expect(en(s)).toEqual(one('obligation', s));
    expect(en('What you must bring to the appointment.')).toEqual([]);
  });
});
