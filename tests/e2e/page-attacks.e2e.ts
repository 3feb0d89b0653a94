/**
 * A hostile page against our in-page UI (issue 12, point 1), in Chromium and in Firefox.
 *
 * The reader has a highlight with a note and a tag on the seed page. The page's own script
 * (support/page-attack.ts) tries, with no user action, to open the toolbar on it, read the
 * note and tags, delete it, save a highlight of its choosing and switch a category off in the
 * outline. It must get nothing: no shadow root, no note or tag text, no new record, no
 * deletion, no settings change.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import { launchChromium, type ExtensionBrowser } from './support/chromium';
import { launchFirefox, type FirefoxExtensionBrowser } from './support/firefox';
import { SEED_URL, seedDraft } from './support/seed';
import { attackInPage, type AttackReport } from './support/page-attack';
import { highlighterUi } from './support/in-page-ui';

const NOTE = 'SECRET-NOTE 机密批注';
const TAG = 'SECRET-TAG 内部';
const OTHER = '功成不必在我';

interface Stored {
  id: string;
  note: string;
  tags: string[];
  deleted?: boolean;
  quote: { exact: string };
}
interface State {
  records: Stored[];
  categories: Record<string, boolean>;
}

/** What the attack must leave as it found it. */
function expectNothingGained(report: AttackReport, before: State, after: State): void {
  // Soft: every gain is listed, not just the first.
  expect.soft(report).toEqual({ rootsSeen: [], clicked: [], secretSeen: false });
  expect.soft(after.records.map((r) => r.id).sort()).toEqual(before.records.map((r) => r.id).sort());
  expect.soft(after.records.find((r) => r.id === 'attack-1')).toMatchObject({ note: NOTE, tags: [TAG] });
  expect.soft(after.records.some((r) => r.quote.exact === OTHER)).toBe(false);
  expect.soft(after.categories).toEqual(before.categories);
}

type Ask = <T>(message: object) => Promise<T>;

/** Unwraps a reply of the background, as an extension page received it. */
function dataOf<T>(reply: unknown): T {
  const r = reply as { ok: boolean; data: T };
  if (!r.ok) throw new Error(JSON.stringify(reply));
  return r.data;
}

/** The reader's saved highlight with its note and tag. */
const saveSecret = (ask: Ask) =>
  ask({ type: 'highlights/save', draft: seedDraft('attack-1', { note: NOTE, tags: [TAG] }) });

/** The seed page's records and the category switches, as the background has them. */
const stateOf = async (ask: Ask): Promise<State> => ({
  records: await ask<Stored[]>({ type: 'highlights/list', url: SEED_URL }),
  categories: (await ask<{ categories: Record<string, boolean> }>({ type: 'settings/get' })).categories,
});

const ATTACK = { savedLayer: 'hzd-u-green', secrets: [NOTE, TAG], selectText: OTHER };

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe('a page script against our UI in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium(server);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const ask: Ask = async (message) => {
    const page = await browser.openExtensionPage('popup.html?tab=999999');
    try {
      return dataOf(await page.evaluate((m) => chrome.runtime.sendMessage(m), message));
    } finally {
      await page.close();
    }
  };

  test('gets no note, no tag, no new record, no deletion and no settings change', async () => {
    await saveSecret(ask);
    const page = await browser.context.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(() => (CSS.highlights.get('hzd-u-green') as unknown as Set<Range> | undefined)?.size);
    await page.locator('hzd-outline').waitFor({ state: 'attached' });
    const before = await stateOf(ask);

    const report = await page.evaluate(attackInPage, ATTACK);

    expectNothingGained(report, before, await stateOf(ask));
    await page.close();
  });

  test('what the reader types in the note reaches none of the page’s listeners (bubble phase)', async () => {
    await saveSecret(ask);
    const page = await browser.context.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(() => (CSS.highlights.get('hzd-u-green') as unknown as Set<Range> | undefined)?.size);
    await page.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'])
        document.addEventListener(type, (e) => heard.push(`${type}:${(e as KeyboardEvent).key ?? ''}`));
    });
    // The reader opens the saved highlight and its note with the mouse, and types.
    const point = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('hzd-u-green') as unknown as Set<Range>)][0]!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return [r.left + 4, r.top + r.height / 2] as const;
    });
    await page.mouse.click(...point);
    const ui = highlighterUi(page);
    await ui.click('[data-action="note"]');
    await ui.waitFor('[data-testid="hzd-note"]');
    await ui.type('[data-testid="hzd-note"]', 'x');
    await page.keyboard.type('yz');
    await expect.poll(() => ui.property('[data-testid="hzd-note"]', 'value')).toBe(`${NOTE}xyz`);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    await page.close();
  });
});

describe('a page script against our UI in Firefox', () => {
  let firefox: FirefoxExtensionBrowser;
  beforeAll(async () => {
    firefox = await launchFirefox(server);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  const ask: Ask = async (message) => {
    const page = await firefox.openExtensionPage('popup.html?tab=999999');
    try {
      return dataOf(await page.evaluate((m: object) => browser.runtime.sendMessage(m), message));
    } finally {
      await page.close();
    }
  };

  test('gets no note, no tag, no new record, no deletion and no settings change', async () => {
    await saveSecret(ask);
    const page = await firefox.browser.newPage();
    await page.goto(SEED_URL);
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('hzd-u-green')?.size,
      { timeout: 15_000 },
    );
    await page.waitForSelector('hzd-outline', { timeout: 15_000 });
    const before = await stateOf(ask);

    const report = await page.evaluate(attackInPage, ATTACK);

    expectNothingGained(report, before, await stateOf(ask));
    await page.close();
  });
});

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
declare const browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
