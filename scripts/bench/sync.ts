/**
 * How many typical highlights fit in chrome.storage.sync (100 KB, minus the settings reserve)
 * with the compact encoding, against a plain-JSON baseline (one item per record, the full
 * record as JSON) and against JSON deflated with a preset dictionary and packed as base64 or
 * base91 (sync-deflate.ts) — all measured in the same run with the same records.
 *
 * A typical highlight here: a 60-character Chinese quote with 32 characters of context each
 * side, a short note on half of them, 2 tags, on one of 10 pages of people.com.cn / news.cn /
 * gov.cn with article metadata, made on one of two devices, a third of them edited later.
 *
 * With a browser-sync passphrase (utils/sync/browser-sync-sealed.ts) the same records are packed
 * against the sealed size of each item (AES-GCM, base64): the count printed as "sealed", with
 * the CPU cost of what a round adds (open every item, seal the changed one) beside a plain
 * round's encode and decode, interleaved in one run.
 *
 * Run: npx tsx scripts/bench/sync.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Highlight } from '@/utils/highlights/record';
import { COLORS } from '@/utils/highlights/record';
import { decodeFromSync } from '@/utils/sync/browser-sync-decoding';
import { encodeForSync } from '@/utils/sync/browser-sync-encoding';
import { SYNC_LIMITS } from '@/utils/sync/sync-quota';
import { compareClocks, formatClock } from '@/utils/sync/hlc';
import { deflateFit } from './sync-deflate';
import { syncItemBytes } from '@/utils/sync/sync-quota';
import { isSyncItemKey } from '@/utils/sync/browser-sync-items';
import { openItems, sealedItemBytes, sealItems } from '@/utils/sync/browser-sync-sealed';
import { createCryptoMeta } from '@/utils/sync/crypto';

/**
 * Quote text: the paragraphs of the Chinese news and policy articles in tests/fixtures/pages
 * (gov.cn, people.com.cn, xinhua, chinanews, ... — about twenty articles, each paragraph once),
 * joined. A quote and its context are a random window of it, so the text varies the way real
 * articles do; the word model of the encoding was built from general word frequencies (jieba),
 * not from this text.
 */
const FIXTURES = resolve(import.meta.dirname, '../../tests/fixtures/pages');

function articleParagraphs(): { text: string; articles: number } {
  const seen = new Set<string>();
  let articles = 0;
  for (const file of readdirSync(FIXTURES).sort()) {
    if (!file.endsWith('.html')) continue;
    const raw = readFileSync(resolve(FIXTURES, file));
    const html = new TextDecoder(file.includes('.gbk.') ? 'gbk' : 'utf-8').decode(raw);
    const { document } = parseHTML(html);
    let used = false;
    for (const p of document.querySelectorAll('p')) {
      const text = (p.textContent ?? '').replace(/\s+/g, '');
      // Article paragraphs: mostly Chinese, long enough to quote from.
      const isProse = /[，。,]/.test(text) && !text.includes('|'); // not a link bar or footer
      if (!isProse || (text.match(/\p{Script=Han}/gu) ?? []).length < 30 || seen.has(text)) continue;
      seen.add(text);
      used = true;
    }
    if (used) articles++;
  }
  return { text: [...seen].join(''), articles };
}

const CORPUS = articleParagraphs();
const TEXT = CORPUS.text;
/** Longest context the bench asks for: quotes start this far from either end of the text. */
const MAX_CONTEXT = 64;

const PAGES = [
  ['http://politics.people.com.cn/n1/2024/0305/c1001-40189213.html', 'people.com.cn', '人民日报'],
  ['http://opinion.people.com.cn/n1/2024/0311/c1003-40192544.html', 'people.com.cn', '人民日报'],
  ['http://finance.people.com.cn/n1/2024/0318/c1004-40197855.html', 'people.com.cn', '人民网'],
  ['https://www.news.cn/politics/20240312/4a6d8f3c2b1e4c7a9f0d5e6b7c8a9d0e/c.html', 'news.cn', '新华社'],
  ['https://www.news.cn/fortune/20240320/9b8c7d6e5f4a4b3c2d1e0f9a8b7c6d5e/c.html', 'news.cn', '新华社'],
  ['https://www.gov.cn/zhengce/content/202403/content_6939261.htm', 'gov.cn', '中国政府网'],
  ['https://www.gov.cn/zhengce/zhengceku/202403/content_6940187.htm', 'gov.cn', '国务院办公厅'],
  ['https://www.gov.cn/yaowen/liebiao/202403/content_6938754.htm', 'gov.cn', '新华社'],
  ['http://www.people.com.cn/n1/2024/0325/c32306-40202817.html', 'people.com.cn', '人民日报'],
  ['https://www.news.cn/local/20240328/1f2e3d4c5b6a47988796a5b4c3d2e1f0/c.html', 'news.cn', '新华网'],
] as const;
const TITLES = [
  '政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上',
  '以高质量发展为首要任务 奋力开创新局面',
  '国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见',
  '中共中央政治局召开会议 讨论政府工作报告',
  '多部门联合发布措施 推动大规模设备更新和消费品以旧换新',
  '国务院关于印发《推动大规模设备更新和消费品以旧换新行动方案》的通知',
  '国务院办公厅关于加快构建废弃物循环利用体系的意见',
  '李强主持召开国务院常务会议 研究部署推动高质量发展相关工作',
  '坚定不移推进全面深化改革',
  '各地扎实推进春耕生产 确保粮食安全',
];
const NOTES = ['', '重点：与去年相比新增', '', '开会时讨论这一条', '', '数据可引用'];
const TAGS = [
  ['政策', '重点任务'],
  ['营商环境', '改革'],
  ['民生', '就业'],
  ['绿色发展', '能源'],
];

/** Deterministic pseudo-random numbers so the figures are repeatable. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** `pageCount` pages take turns; beyond the ten sample pages, urls get an `?id=` to make them distinct. */
export function makeTypicalLibrary(count: number, seed = 1, contextChars = 32, pageCount = 10): Highlight[] {
  const rand = rng(seed);
  const devices = [uuid(rand), uuid(rand)];
  const start0 = 1_709_600_000_000;
  const out: Highlight[] = [];
  for (let i = 0; i < count; i++) {
    const page = i % pageCount;
    const p = page % PAGES.length;
    const [sampleUrl, site, source] = PAGES[p]!;
    const url = page < PAGES.length ? sampleUrl : `${sampleUrl}?id=${page}`;
    const title = TITLES[p]!;
    const at = Math.floor(rand() * (TEXT.length - 60 - 2 * MAX_CONTEXT)) + MAX_CONTEXT;
    const created = start0 + i * 3_600_000 + Math.floor(rand() * 1000);
    const updated = rand() < 0.33 ? created + Math.floor(rand() * 5 * 86_400_000) : created;
    const isGov = site === 'gov.cn';
    out.push({
      id: uuid(rand),
      url,
      title,
      site: new URL(url).hostname,
      article: {
        title,
        published: `2024-03-${String(5 + p * 2).padStart(2, '0')} 08:${String(10 + p).padStart(2, '0')}`,
        source,
        editor: '（责编：王子锋、岳弘彬）',
        author: isGov ? null : '记者 张晓东',
        keywords: ['高质量发展', '政府工作报告', '改革'],
        channel: ['时政'],
        language: 'zh-CN',
        issuer: isGov ? '国务院' : null,
        docNumber: isGov ? `国发〔2024〕${p}号` : null,
      },
      quote: {
        exact: TEXT.slice(at, at + 60),
        prefix: TEXT.slice(at - contextChars, at),
        suffix: TEXT.slice(at + 60, at + 60 + contextChars),
      },
      position: { start: 400 + at, end: 460 + at },
      color: COLORS[i % 3]!,
      note: NOTES[i % NOTES.length]!,
      tags: TAGS[i % TAGS.length]!,
      category: i % 4 === 0 ? 'obligation' : null,
      created,
      updated,
      clock: formatClock({ wallMs: updated, counter: 0, deviceId: devices[i % 2]! }),
      deleted: false,
    });
  }
  return out;
}

/** Baseline: one storage.sync item per record, key `hl:<id>`, value the record as JSON. */
function baselineFit(records: readonly Highlight[]): number {
  const budget = SYNC_LIMITS.quotaBytes - SYNC_LIMITS.reserveBytes;
  const maxItems = SYNC_LIMITS.maxItems - SYNC_LIMITS.reserveItems;
  let bytes = 0;
  let n = 0;
  for (const r of records) {
    const size = syncItemBytes(`hl:${r.id}`, r);
    if (size > SYNC_LIMITS.maxItemBytes || bytes + size > budget || n + 1 > maxItems) break;
    bytes += size;
    n++;
  }
  return n;
}

export interface SyncBenchResult {
  budgetBytes: number;
  baselineCount: number;
  baselineBytesPerRecord: number;
  encodedCount: number;
  encodedBytesPerRecord: number;
  encodedItems: number;
  roundTripOk: boolean;
  /** The compact encoding packed against the sealed size (passphrase on). */
  sealedCount: number;
  sealedBytesPerRecord: number;
  /** JSON + DEFLATE with a preset dictionary, packed as base64 / base91, same rules. */
  deflateBase64Count: number;
  deflateBase91Count: number;
  deflateRoundTripOk: boolean;
}

export function runSyncBench(librarySize = 2000, contextChars = 32, pageCount = 10): SyncBenchResult {
  const records = makeTypicalLibrary(librarySize, 1, contextChars, pageCount);
  const budgetBytes = SYNC_LIMITS.quotaBytes - SYNC_LIMITS.reserveBytes;
  const baselineCount = baselineFit(records);
  const baselineBytes = records.slice(0, baselineCount).reduce((s, r) => s + syncItemBytes(`hl:${r.id}`, r), 0);
  const enc = encodeForSync(records);
  const sealed = encodeForSync(records, { storedBytes: sealedItemBytes });
  const decoded = decodeFromSync(JSON.parse(JSON.stringify(enc.items)) as Record<string, unknown>);
  const excluded = new Set(enc.excludedIds);
  const expected = new Map(records.filter((r) => !excluded.has(r.id)).map((r) => [r.id, JSON.stringify(r)]));
  const roundTripOk =
    decoded.errors.length === 0 &&
    decoded.records.length === expected.size &&
    decoded.records.every((r) => expected.get(r.id) === JSON.stringify(r));
  // The encoder keeps the newest records; the deflate baseline gets them in the same order.
  const newestFirst = [...records].sort((a, b) => compareClocks(b.clock, a.clock));
  const base64 = deflateFit(newestFirst, 'base64');
  const base91 = deflateFit(newestFirst, 'base91');
  return {
    deflateBase64Count: base64.count,
    deflateBase91Count: base91.count,
    deflateRoundTripOk: base64.roundTripOk && base91.roundTripOk,
    budgetBytes,
    baselineCount,
    baselineBytesPerRecord: Math.round(baselineBytes / Math.max(baselineCount, 1)),
    encodedCount: enc.included,
    encodedBytesPerRecord: Math.round(enc.bytes / Math.max(enc.included, 1)),
    encodedItems: Object.keys(enc.items).length,
    roundTripOk,
    sealedCount: sealed.included,
    sealedBytesPerRecord: Math.round(sealed.bytes / Math.max(sealed.included, 1)),
  };
}

/**
 * What the passphrase adds to a round, against the round's own encode and decode: the key from
 * the passphrase (once, when it is entered), opening every item (every round), sealing the one
 * item a new highlight changes (the diff is on the opened items). Medians of 15, interleaved.
 */
async function sealedRoundCost(): Promise<void> {
  const records = makeTypicalLibrary(2000, 1, 32, 10);
  const t0 = performance.now();
  const { key } = await createCryptoMeta('a passphrase for the bench');
  const deriveMs = performance.now() - t0;
  const items = encodeForSync(records, { storedBytes: sealedItemBytes }).items;
  const stored = JSON.parse(JSON.stringify(await sealItems(key, items))) as Record<string, unknown>;
  const plain: number[] = [];
  const open: number[] = [];
  const sealOne: number[] = [];
  for (let i = 0; i < 15; i++) {
    let t = performance.now();
    decodeFromSync(JSON.parse(JSON.stringify(items)) as Record<string, unknown>);
    encodeForSync(records, { storedBytes: sealedItemBytes });
    plain.push(performance.now() - t);
    t = performance.now();
    await openItems(key, stored, isSyncItemKey);
    open.push(performance.now() - t);
    t = performance.now();
    await sealItems(key, { h0: items.h0 });
    sealOne.push(performance.now() - t);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(1);
  console.log(
    `a round's CPU (2,000-record library, ${Object.keys(items).length} items): encode + decode ${median(plain)} ms; the passphrase adds: open every item ${median(open)} ms, seal one ${median(sealOne)} ms; the key (PBKDF2, once per passphrase entry) ${deriveMs.toFixed(0)} ms`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = runSyncBench();
  console.log(
    `storage.sync budget: ${r.budgetBytes} bytes (${SYNC_LIMITS.quotaBytes} quota - ${SYNC_LIMITS.reserveBytes} reserve)`,
  );
  console.log('typical highlight: 60-char Chinese quote, 32 chars of context each side, short note, 2 tags, 10 pages');
  console.log(
    `quote and context: random windows of ${TEXT.length} characters of article text from ${CORPUS.articles} page fixtures (tests/fixtures/pages); word model from jieba's general word frequencies`,
  );
  console.log(`plain JSON, one item per record: ${r.baselineCount} highlights (${r.baselineBytesPerRecord} B each)`);
  console.log(
    `compact encoding:                ${r.encodedCount} highlights (${r.encodedBytesPerRecord} B each, ${r.encodedItems} items incl. manifest)`,
  );
  console.log(
    `JSON + DEFLATE, preset dictionary:  base64 ${r.deflateBase64Count}, base91 ${r.deflateBase91Count} highlights (round trip ${r.deflateRoundTripOk ? 'ok' : 'FAILED'})`,
  );
  console.log(
    `gain: x${(r.encodedCount / Math.max(r.baselineCount, 1)).toFixed(2)} over plain JSON, x${(r.encodedCount / Math.max(r.deflateBase91Count, 1)).toFixed(2)} over DEFLATE + base91 (x${(r.encodedCount / Math.max(r.deflateBase64Count, 1)).toFixed(2)} over base64); lossless round trip: ${r.roundTripOk ? 'ok' : 'FAILED'}`,
  );
  console.log(
    `compact encoding, sealed (passphrase on): ${r.sealedCount} highlights (${r.sealedBytesPerRecord} B each as stored), x${(r.sealedCount / Math.max(r.encodedCount, 1)).toFixed(2)} of plain`,
  );
  await sealedRoundCost();
  console.log(`goal >= 400: ${r.encodedCount >= 400 ? 'met' : 'NOT met'}`);
  console.log('same records with other context lengths (plain JSON / DEFLATE base64 / DEFLATE base91 / compact):');
  for (const context of [64, 16, 0]) {
    const c = runSyncBench(2000, context);
    console.log(
      `  context ${String(context).padStart(2)} chars: ${c.baselineCount} / ${c.deflateBase64Count} / ${c.deflateBase91Count} / ${c.encodedCount} (${c.encodedBytesPerRecord} B each)`,
    );
  }
  console.log('same, 32 chars of context, spread over more pages (page metadata is written once per page per item):');
  for (const pages of [40, 100]) {
    const c = runSyncBench(2000, 32, pages);
    console.log(
      `  ${String(pages).padStart(3)} pages: ${c.baselineCount} / ${c.deflateBase64Count} / ${c.deflateBase91Count} / ${c.encodedCount} (${c.encodedBytesPerRecord} B each)`,
    );
  }
}
