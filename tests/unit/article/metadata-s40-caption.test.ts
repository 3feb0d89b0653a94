/**
 * Metadata classes of session 40 (s40-markup): a photo's caption among the body's first blocks
 * (scripts/markup-robustness.ts `caption`, `imgsplit`). Each on a made-up page with the shape of the class.
 */
import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/utils/article/detect';
import { documentFrom, prose } from './helpers';

const zhPage = (lead: string) =>
  detectArticle(
    documentFrom(
      '<html><head><title>某市部署防汛备汛工作</title></head><body><h1>某市部署防汛备汛工作</h1>' +
        `<div class="info">来源：某某网站 2024-04-21 10:00</div><div class="article">${lead}${prose(6)}</div></body></html>`,
    ),
    'https://www.example.com.cn/news/2024/0421/c1.html',
  )?.meta;
const PICTURE = '<p style="text-align: center;"><img src="/upload/pump.jpg"></p>';

describe("a photo's credit in its caption names who took the picture, not the author", () => {
  it('"（记者 甲 摄）" after the first paragraph is no dateline', () =>
    expect(
      zhPage(
        `<p>4月21日，某市召开防汛备汛工作会议，安排部署今年重点任务。</p>${PICTURE}<p class="pictext">图为工作人员检修排涝设备。（记者 王某某 摄）</p>`,
      )?.author ?? null,
    ).toBeNull());
  it('"摄影" too; the dateline before it still names the reporters', () =>
    expect(
      zhPage(
        `<p>新华社某地4月21日电（记者 李某 赵某某）某市召开防汛备汛工作会议。</p>${PICTURE}<p>（新华社记者 王某某 摄影）</p>`,
      )?.author,
    ).toBe('李某、赵某某'));
});
