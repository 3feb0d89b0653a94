/**
 * Renders assets/icon.svg into the PNG sizes the manifest uses (public/icon/<size>.png)
 * with Debian's Chromium. Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
mkdirSync(resolve(root, 'public/icon'), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: resolve(root, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
