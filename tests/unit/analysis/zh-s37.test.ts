/**
 * Chinese classes of session 37 (s37-zh), each with sentences written for this test, not taken from any page.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';

const kinds = (blocks: { kind: 'heading' | 'paragraph'; text: string }[]) =>
  findDirectives(plainArticle(blocks, 'zh')).map((d) => [d.category, d.text]);
const bold = (text: string) => ({ kind: 'heading' as const, text });
const para = (text: string) => ({ kind: 'paragraph' as const, text });

describe("a transcript's speaker set alone on a bold line is no heading", () => {
  it('the host, an official, a reporter', () => {
    for (const label of ['主持人 王晓明：', '李建国：', '中央广播电视总台记者：', '新华社记者：', '第一财经记者：'])
      expect(kinds([bold(label), para('谢谢大家。')])).toEqual([]);
  });
  it('the answer under the label is read as any paragraph', () => {
    const answer = '各地要在3月底前完成实施方案的制定。';
    expect(kinds([bold('李建国：'), para(answer)])).toEqual([['target', answer]]);
  });
  it('a bold lead-in with a modal is then found as a lead-in', () => {
    const lead = '各地要做到：';
    expect(kinds([bold(lead)]).map(([c]) => c)).not.toContain('heading');
  });
  it('a bold head with no colon, a numbered one, a crosshead with words after its colon stay headings', () => {
    for (const head of ['加快推进设备更新', '一、总体要求：', '现场：堤坝上的守夜人'])
      expect(kinds([bold(head)])).toEqual([['heading', head]]);
  });
});

describe("a document's measure reported with a bare verb after 《…》提出 / 明确 / 规定", () => {
  const zh = (text: string) => kinds([para(text)]);
  it('the verb after the frame opens the measure', () => {
    for (const s of [
      '《方案》还提出，拓展社区养老服务网络。',
      '答：《办法》明确，对符合条件的老年人，继续发放高龄津贴。',
    ])
      expect(zh(s)).toEqual([['obligation', s]]);
  });
  it('a frame with no verb after it asks nothing', () => {
    expect(zh('《办法》明确，传承人享有开展传艺活动的权利。')).toEqual([]);
  });
});
