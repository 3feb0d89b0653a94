/**
 * `npm start`: the one-command demo.
 *
 * Builds the extension, serves the bundled sample articles (tests/fixtures/pages) at their
 * real addresses from 127.0.0.1 (Chromium uses the local server as its proxy; nothing goes
 * to the network), and opens Chromium with the extension on the seed article.
 *
 *   npm start                          headed Chromium when a display exists
 *   npm start -- --screenshot out.png  headless: writes a screenshot of the painted page
 *   npm start -- --docs                headless: docs/screenshots/{paint,outline}-{light,dark}.png
 *   npm start -- --no-build            skip `wxt build` (use the existing .output/)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/support/server';
import { CHROME_BUILD, CHROMIUM, extensionBrowserArgs } from '../tests/e2e/support/chromium';

const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';
const ROOT = resolve(import.meta.dirname, '..');

/** A dark page style, as a reader's dark-mode extension or a dark site would give. */
const DARK_PAGE_CSS = `
html, body { background: #16181c !important; color: #dadce0 !important; }
body * { background-color: transparent !important; color: inherit !important; border-color: #3c4043 !important; }
a { color: #8ab4f8 !important; }`;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function launch(headless: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'hzd-demo-'));
  const server = await startFixtureServer();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1280, height: 860 } : null,
    args: [...extensionBrowserArgs(CHROME_BUILD, server), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function openPainted(context: BrowserContext, dark: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SEED_URL);
  if (dark) await page.addStyleTag({ content: DARK_PAGE_CSS });
  await page.waitForFunction(() => performance.getEntriesByName('hzd-painted').length > 0, null, { timeout: 20_000 });
  await page.locator('hzd-outline button.tab').waitFor({ timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

async function screenshots(context: BrowserContext, out: string | null): Promise<void> {
  if (out) {
    const page = await openPainted(context, false);
    await page.evaluate(() => scrollTo(0, 380));
    mkdirSync(dirname(resolve(out)), { recursive: true });
    await page.screenshot({ path: out });
    console.log(`wrote ${out}`);
    return;
  }
  const dir = join(ROOT, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    const page = await openPainted(context, theme === 'dark');
    await page.evaluate(() => scrollTo(0, 380));
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(dir, `paint-${theme}.png`) });
    await page.locator('hzd-outline button.tab').click();
    await page.locator('hzd-outline .panel').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(dir, `outline-${theme}.png`) });
    await page.close();
    console.log(`wrote docs/screenshots/paint-${theme}.png, outline-${theme}.png`);
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    console.log('building the extension (wxt build)…');
    // With the performance marks, as `npm run build`: the demo waits for `hzd-painted`.
    const env = { ...process.env, WXT_PERF_MARKS: 'on' };
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const out = option('--screenshot') ?? null;
  const docs = process.argv.includes('--docs');
  const headless = !!out || docs || !process.env.DISPLAY;
  const browser = await launch(headless);
  try {
    if (out || docs) {
      await screenshots(browser.context, out);
      return;
    }
    if (headless) {
      const fallback = 'huazhongdian-demo.png';
      console.log(`no display: writing a screenshot instead (${fallback}); use --screenshot <file> to choose the name`);
      await screenshots(browser.context, fallback);
      return;
    }
    const page = await openPainted(browser.context, false);
    console.log(
      `Chromium shows ${SEED_URL} with the extension. Alt+Shift+O opens the outline. Close the window to stop.`,
    );
    await new Promise<void>((done) => {
      page.context().on('close', () => done());
      process.once('SIGINT', () => done());
    });
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
