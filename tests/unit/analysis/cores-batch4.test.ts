/**
 * Core classes the fourth blind batch showed, with sentences written for this test (not taken
 * from any fixture page).
 */
import { describe, expect, it } from 'vitest';
import { coresOf } from '@/utils/analysis/cores';
import type { DirectiveCategory } from '@/utils/highlights/record';

const core = (category: DirectiveCategory, text: string, lang: 'zh' | 'en' = 'en') =>
  coresOf(text, { start: 0, end: text.length, category, lang }).map((s) => text.slice(s.start, s.end));

describe('English obligations', () => {
  it('"will" after its subject leads the act; an imperative keeps its own verb', () => {
    expect(core('obligation', 'The council will publish the new bin timetable online.')).toEqual([
      'will publish the new bin timetable online',
    ]);
    expect(core('obligation', 'Check that the courier will collect before noon.')).toEqual([
      'Check that the courier will collect before noon',
    ]);
  });

  it('decimal section numbers are numbering', () => {
    expect(core('obligation', '3.2.1 Keep the receipt with the warranty card.')).toEqual([
      'Keep the receipt with the warranty card',
    ]);
  });

  it('a call upon a long list of offices: "to" before an article is a preposition inside it', () => {
    expect(
      core(
        'obligation',
        'I call upon the mayors of our cities and the heads of agencies subject to the oversight of the Congress to open their doors on that day.',
      ),
    ).toEqual(['call upon', 'to open their doors on that day']);
  });

  it('"I direct that …": the operative verb without its subject', () => {
    expect(core('obligation', 'I direct that public buildings be lit in blue on April 2, 2027.')).toEqual([
      'direct that public buildings be lit in blue on April 2, 2027',
    ]);
  });
});

describe('Chinese obligations', () => {
  it('an action verb with an object "…的…人员" is the act, not a topic to skip', () => {
    expect(core('obligation', '施工单位必须配备合格的安全员和专职人员，严禁无证上岗。', 'zh')).toEqual([
      '配备合格的安全员和专职人员',
    ]);
    // a topic still is one
    expect(core('obligation', '检查中发现的重大问题，及时报告主管部门。', 'zh')).toEqual(['及时报告主管部门']);
  });

  it('a verb phrase opening with 立足 / 会同 whose verb is 发展 / 确定 is the act, not an adverbial', () => {
    expect(core('obligation', '要立足山区林果优势发展特色加工，延长产业链条。', 'zh')).toEqual([
      '立足山区林果优势发展特色加工',
    ]);
    expect(core('obligation', '住建部门要会同消防部门合理确定检查频次，公开检查结果。', 'zh')).toEqual([
      '会同消防部门合理确定检查频次',
    ]);
  });

  it('the bracketed caption of an article (第六条（禁止事项）) is part of its numbering', () => {
    // its words are no marker: 禁止 and 要求 in a caption open no act
    expect(core('prohibition', '第六条（禁止事项）任何单位不得占用消防通道。', 'zh')).toEqual(['不得占用消防通道']);
    expect(core('obligation', '第七条（管理要求）物业企业应当定期巡查消防通道。', 'zh')).toEqual(['定期巡查消防通道']);
  });

  it('按照…的比例， is an adverbial before the act', () => {
    expect(core('obligation', '新建小区应当按照不低于总户数百分之十的比例，配建公共充电车位。', 'zh')).toEqual([
      '配建公共充电车位',
    ]);
  });
});
