import { describe, expect, it } from 'vitest';
import { compile } from '@/utils/analysis/directive-rules';
import { headingWorthy, isHeadingBlock } from '@/utils/analysis/headings';

const zh = compile('zh');
const isHead = (t: string) => isHeadingBlock('paragraph', t, 'zh', zh) && headingWorthy(t);

describe('a crosshead set as a plain paragraph: label, colon, phrase (ZH_LABEL_CROSSHEAD)', () => {
  it.each([
    '走访：村口的“问题清单”清零了',
    '■ 2027年展望：粮食产量稳定在1.3万亿斤以上',
    '看点三：老城区更新提速',
    '群众评价：办事不再来回跑',
  ])('reads %s as a heading', (t) => {
    expect(isHead(t)).toBe(true);
  });

  it.each([
    '责任编辑：王某某',
    '附件：2027年重点任务分工表',
    '上一篇：我市召开春耕生产推进会',
    '交通运输部：严禁货车超限超载上路行驶', // a ban: a measure, not a head
    '农业农村部：各地要在5月底前完成春播', // a modal and a deadline
    '现场：记者看到，堤坝上站满了人。', // sentences, not a head
    '会上，市长说：今年要干好五件大事', // a comma before the colon
  ])('does not read %s as a heading', (t) => {
    expect(isHead(t)).toBe(false);
  });
});
