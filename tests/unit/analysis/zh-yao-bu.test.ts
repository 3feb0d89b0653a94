import { describe, expect, it } from 'vitest';
import { explainSentence } from '@/utils/analysis/explain-sentence';

const category = (s: string) => explainSentence(s, 'zh').verdict?.category ?? null;

describe('要 before 不忘 / 不断 / 不低于 is a modal, not 要不 ("otherwise")', () => {
  it.each([
    '各级干部要不忘为民服务初心，把群众冷暖放在心上。',
    '基层医疗机构要不断提升家庭医生签约服务质量。',
    '今年全市新增就业人数要不低于8万人。',
  ])('marks %s', (s) => {
    expect(category(s)).not.toBe(null);
  });

  it.each(['要不然大家早就搬走了。', '要不是邻居帮忙，他家的房子早被水淹了。'])('leaves %s alone', (s) => {
    expect(category(s)).toBe(null);
  });
});
