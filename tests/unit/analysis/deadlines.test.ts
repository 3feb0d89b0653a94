import { afterEach, describe, expect, it } from 'vitest';
import { deadlineOf } from '@/utils/analysis/deadlines';
import { findDeadlinePhrases } from '@/utils/analysis/deadline-phrases';
import { localDay, parseCount } from '@/utils/analysis/calendar';
import { addDeadlines } from '@/utils/analysis/analyze';
import { findDirectives, plainArticle, type AnalyzableArticle } from '@/utils/analysis/directives';

/** The first deadline of a sentence, resolved against `published`. */
const due = (text: string, published: string | null = '2025-03-10T09:00:00+08:00') => {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  const d = deadlineOf(text, { start: 0, end: text.length }, lang, published);
  return (
    d && {
      text: d.text,
      due: d.due,
      precision: d.precision,
      lastDay: d.lastDay,
      basis: d.basis,
      recurrence: d.recurrence,
      from: d.from,
    }
  );
};

describe('absolute dates', () => {
  it.each([
    ['到2026年底，全市新增处理能力1000吨/日。', '到2026年底', '2026-12-31', 'day', '2026-12-31'],
    ['力争到2027年，覆盖率达到90%以上。', '到2027年', '2027', 'year', '2027-12-31'],
    ['各平台须于2025年7月31日前完成自查整改。', '于2025年7月31日前', '2025-07-31', 'day', '2025-07-31'],
    ['2025年6月底前，完成全部老旧小区投放点提档升级。', '2025年6月底前', '2025-06-30', 'day', '2025-06-30'],
    ['到2025年6月，完成首批试点。', '到2025年6月', '2025-06', 'month', '2025-06-30'],
    ['2026年第一季度前完成验收。', '2026年第一季度前', '2026-03-31', 'day', '2026-03-31'],
    ['2025年秋季学期开学前，各地要报备。', '2025年秋季学期开学前', '2025', 'year', '2025-12-31'],
    ['relabel all existing stock by 31 October 2025', 'by 31 October 2025', '2025-10-31', 'day', '2025-10-31'],
    ['train 5,000 operators by December 31, 2028.', 'by December 31, 2028', '2028-12-31', 'day', '2028-12-31'],
    [
      'connecting 95 percent of households by the end of 2028.',
      'by the end of 2028',
      '2028-12-31',
      'day',
      '2028-12-31',
    ],
    ['replacing all lead service lines by 2035.', 'by 2035', '2035', 'year', '2035-12-31'],
    ['publish the plan by June 2026.', 'by June 2026', '2026-06', 'month', '2026-06-30'],
  ])('%s', (text, phrase, date, precision, lastDay) => {
    expect(due(text)).toMatchObject({ text: phrase, due: date, precision, lastDay, basis: 'absolute' });
  });

  it('a range is due at its end and keeps its start', () => {
    expect(due('2025—2027年每年新增示范项目100个。')).toMatchObject({
      due: '2027',
      from: '2025',
      recurrence: { every: 'year' },
    });
  });
});

describe('relative to the article date', () => {
  it.each([
    ['各地要在6月底前完成检查。', '在6月底前', '2025-06-30'],
    ['年底前完成全部任务。', '年底前', '2025-12-31'],
    ['要在今年年底前达到90%以上。', '在今年年底前', '2025-12-31'],
    ['明年6月底前完成。', '明年6月底前', '2026-06-30'],
    ['须在7月中旬前完成实名信息衔接。', '在7月中旬前', '2025-07-20'],
    ['各地要在本通知印发之日起3个月内完成修订。', '在本通知印发之日起3个月内', '2025-06-10'],
    [
      '(a) Within 90 days of the date of this order, the Secretary shall submit a plan.',
      'Within 90 days of the date of this order',
      '2025-06-08',
    ],
  ])('%s', (text, phrase, date) => {
    expect(due(text)).toMatchObject({ text: phrase, due: date, precision: 'day', basis: 'article-date' });
  });

  it('"今年" alone is the article year, at year precision', () => {
    expect(due('力争今年新增高效节水灌溉面积1500万亩以上。')).toMatchObject({
      due: '2025',
      precision: 'year',
      basis: 'article-date',
    });
  });

  it('a month without a year is its next occurrence on or after the article date', () => {
    expect(due('各地要在3月底前完成。', '2025-03-31T20:00:00+08:00')?.due).toBe('2025-03-31');
    expect(due('各地要在3月底前完成。', '2025-04-01T08:00:00+08:00')?.due).toBe('2026-03-31');
  });
});

describe("the article's own time zone", () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it.each(['Pacific/Kiritimati', 'Asia/Tokyo', 'UTC', 'America/Los_Angeles'])(
    '年底前 in an article published 2025-12-31T23:30+08:00 is 2025-12-31, read from %s',
    (zone) => {
      process.env.TZ = zone;
      expect(due('年底前完成全部任务。', '2025-12-31T23:30:00+08:00')?.due).toBe('2025-12-31');
      // Just after midnight in Beijing is still 2025 in UTC, but the article's day is 1 January 2026.
      expect(due('年底前完成全部任务。', '2026-01-01T00:30:00+08:00')?.due).toBe('2026-12-31');
      expect(localDay('2025-06-30T22:00:00-04:00')).toEqual({ y: 2025, m: 6, d: 30 });
    },
  );
});

describe('recurring deadlines', () => {
  it('每年6月30日前 / by 30 June each year: the next one, and the rule', () => {
    expect(due('每年6月30日前报送上一年度情况。')).toMatchObject({
      due: '2025-06-30',
      basis: 'article-date',
      recurrence: { every: 'year', month: 6, day: 30 },
    });
    expect(due('You must submit your claim by 30 June each year.', '2025-07-01T10:00:00+01:00')).toMatchObject({
      text: 'by 30 June each year',
      due: '2026-06-30',
      recurrence: { every: 'year', month: 6, day: 30 },
    });
  });

  it('每年汛期前 recurs but names no date: kept as text, unresolved', () => {
    expect(due('县级以上人民政府每年汛期前至少组织开展1次应急演练。')).toMatchObject({
      text: '每年汛期前',
      due: null,
      basis: 'unresolved',
      recurrence: { every: 'year' },
    });
  });
});

describe('unresolvable phrases are kept as text, never guessed', () => {
  it.each([
    ['灾后恢复重建规划须于灾害发生后6个月内编制完成。', '于灾害发生后6个月内'],
    ['对群众举报的线索，须在7个工作日内完成核查并反馈。', '在7个工作日内'],
    ['平台调整收费标准的，应当提前至少30日公开征求意见。', '提前至少30日'],
    ['If you change your name, you must tell your council within 28 days.', 'within 28 days'],
    [
      'decide on permits within 60 days of receiving a complete application.',
      'within 60 days of receiving a complete application',
    ],
  ])('%s', (text, phrase) => {
    expect(due(text)).toMatchObject({ text: phrase, due: null, precision: null, lastDay: null, basis: 'unresolved' });
  });

  it('a relative phrase without the article date stays unresolved; an absolute one does not need it', () => {
    expect(due('各地要在6月底前完成检查。', null)).toMatchObject({ due: null, basis: 'unresolved' });
    expect(due('到2026年底，完成改造。', null)).toMatchObject({ due: '2026-12-31', basis: 'absolute' });
    expect(due('年底前完成。', 'not a date')).toMatchObject({ due: null, basis: 'unresolved' });
  });
});

describe('finding phrases', () => {
  const phrases = (text: string, lang: 'zh' | 'en' = 'zh') =>
    findDeadlinePhrases(text, lang).map((p) => text.slice(p.start, p.end));

  it('takes dates that bound an act, not dates that report or look back', () => {
    expect(phrases('在此基础上，要加快建设。')).toEqual([]);
    expect(phrases('今年以来，全省新增就业50万人。')).toEqual([]);
    expect(phrases('2024年，全省粮食产量创新高。')).toEqual([]);
    expect(phrases('到2027年，覆盖率达到95%以上；到2030年，基本匹配。')).toEqual(['到2027年', '到2030年']);
    expect(phrases('Apply by email to the council by 1 May.', 'en')).toEqual(['by 1 May']);
  });

  it('offsets index the string it was given, inside [from, to)', () => {
    const text = '前言。各地要在6月底前完成。';
    const [p] = findDeadlinePhrases(text, 'zh', 3, text.length);
    expect(text.slice(p!.start, p!.end)).toBe('在6月底前');
  });

  it('reads counts in Chinese and English', () => {
    expect([
      parseCount('3'),
      parseCount('十五'),
      parseCount('二十'),
      parseCount('三'),
      parseCount('ninety'),
      parseCount('x'),
    ]).toEqual([3, 15, 20, 3, 90, null]);
  });
});

/** findDirectives + addDeadlines, as analyze() does. */
const withDeadlines = (article: AnalyzableArticle) => {
  const found = findDirectives(article);
  addDeadlines(article, found);
  return found;
};

describe('in the analysis', () => {
  it('a target directive carries its deadline with the phrase span in article offsets; other categories do not', () => {
    const article = {
      ...plainArticle(['各地要加强领导。', '前言。到2026年底，全市垃圾分类覆盖率达到100%。']),
      meta: { language: 'zh', published: '2025-03-01T10:00:00+08:00' },
    };
    const found = withDeadlines(article);
    const target = found.find((d) => d.category === 'target');
    expect(target?.deadline).toMatchObject({ text: '到2026年底', due: '2026-12-31', precision: 'day' });
    expect(article.text.slice(target!.deadline!.start, target!.deadline!.end)).toBe('到2026年底');
    expect(found.filter((d) => d.category !== 'target').every((d) => d.deadline === undefined)).toBe(true);
  });

  it('another directive carries one when its core holds a date that bounds the act, not a scene-setting 今年', () => {
    const en = withDeadlines({
      ...plainArticle(['You must submit your claim by 30 June each year.'], 'en'),
      meta: { language: 'en', published: '2025-07-01T10:00:00+01:00' },
    });
    expect(en[0]?.deadline).toMatchObject({
      text: 'by 30 June each year',
      due: '2026-06-30',
      recurrence: { every: 'year' },
    });
    const zh = withDeadlines({
      ...plainArticle(['今年，各地要加强组织领导，压实工作责任。', '今年年底前，各地要完成全部检查工作。']),
      meta: { language: 'zh', published: '2025-03-01T10:00:00+08:00' },
    });
    expect(zh.map((d) => d.deadline?.due ?? null)).toEqual([null, '2025-12-31']);
  });

  it('findDirectives never reads the article date (the content script reads metadata after the paint); addDeadlines reads it once, and only for a phrase', () => {
    let reads = 0;
    const dated = (paragraphs: string[]) => {
      const a = plainArticle(paragraphs);
      const meta = { language: 'zh', published: '' as string | null };
      Object.defineProperty(meta, 'published', {
        get: () => (reads++, '2025-03-01T10:00:00+08:00'),
      });
      return { ...a, meta };
    };
    const article = dated(['到2026年底，覆盖率达到90%以上。', '各地要在6月底前完成检查。', '要严格落实责任。']);
    const found = findDirectives(article);
    expect(found.every((d) => d.deadline === undefined)).toBe(true);
    expect(reads).toBe(0);
    addDeadlines(article, found);
    expect(reads).toBe(1);
    expect(found.map((d) => d.deadline?.due ?? null)).toEqual(['2026-12-31', '2025-06-30', null]);
    reads = 0;
    const plain = dated(['要严格落实责任，加强组织领导。']);
    addDeadlines(plain, findDirectives(plain));
    expect(reads).toBe(0);
  });
});
