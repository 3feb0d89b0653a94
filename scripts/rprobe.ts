import { startFixtureServer } from '../tests/e2e/support/server';
import { launchChromium } from '../tests/e2e/support/chromium';
import { makeLibrary } from './bench/popup';
const server = await startFixtureServer();
const b = await launchChromium(server, { extensionDir: process.argv[2] });
const records = makeLibrary();
const seed = await b.openExtensionPage('options.html');
const old = process.argv[3] === 'old';
if (old) {
  await seed.evaluate(async (items) => { await (globalThis as any).chrome.storage.local.set(Object.fromEntries(items.map((r: any) => [`h:${r.id}`, r]))); }, records);
  await b.stopServiceWorker();
} else for (let i = 0; i < records.length; i += 5000) await seed.evaluate((batch) => (globalThis as any).chrome.runtime.sendMessage({ type: 'highlights/import', records: batch }), records.slice(i, i + 5000));
for (const m of [{ type: 'highlights/recent', limit: 60 }, { type: 'highlights/recent', limit: 60 }, { type: 'highlights/list' }, { type: 'highlights/list' }, {type:'highlights/query', query:{text:'城市更新'}, limit: 50}, {type:'highlights/query', query:{text:'城市更新'}, limit: 50}, {type:'highlights/count', query:{text:'城市更新'}}, {type:'highlights/pages', minRecords: 60}]) {
  const t = await seed.evaluate(async (msg) => { const t0 = performance.now(); const r: any = await (globalThis as any).chrome.runtime.sendMessage(msg); return [performance.now() - t0, r.ok, JSON.stringify(r).length]; }, m);
  console.log(m.type, JSON.stringify(t));
}
const w = await b.worker();
for (let i = 0; i < 3; i++) console.log('getAll in worker', await w.evaluate(() => new Promise((ok) => { const t0 = performance.now(); const r = indexedDB.open('hzd-library'); r.onsuccess = () => { const q = r.result.transaction('records').objectStore('records').getAll(); q.onsuccess = () => { const t1 = performance.now(); const n = q.result.length; JSON.stringify(q.result.map((x: any) => x.h)); ok([t1 - t0, performance.now() - t1, n]); }; }; })));
await b.close(); await server.close();
