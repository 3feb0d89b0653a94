/**
 * Selecting page text in a test the way a reader does: a real mouse drag (Playwright or
 * Puppeteer page), or, for tabs in the background, a selection set by script.
 */
interface Driven {
  evaluate(fn: (needle: string) => unknown, needle: string): Promise<unknown>;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
}

/** Viewport points just inside the first and last character of `text` in the page (scrolled into view). */
export async function pointsOf(page: Driven, text: string): Promise<{ from: [number, number]; to: [number, number] }> {
  const points = (await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const charRect = (i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getClientRects()[0]!;
      };
      node.parentElement!.scrollIntoView({ block: 'center' });
      const first = charRect(at);
      const last = charRect(at + needle.length - 1);
      return {
        from: [first.left + 1, first.top + first.height / 2] as [number, number],
        to: [last.right - 1, last.top + last.height / 2] as [number, number],
      };
    }
    return null;
  }, text)) as { from: [number, number]; to: [number, number] } | null;
  if (!points) throw new Error(`text not on the page: ${text}`);
  return points;
}

/** A real mouse drag over `text`. */
export async function dragSelect(page: Driven, text: string): Promise<void> {
  const { from, to } = await pointsOf(page, text);
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, { steps: 4 });
  await page.mouse.move(...to, { steps: 4 });
  await page.mouse.up();
}

/** Selects `text` programmatically (for tabs in the background; a page script can do the same). */
export async function setSelection(page: Driven, text: string): Promise<void> {
  const ok = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!ok) throw new Error(`text not on the page: ${text}`);
}
