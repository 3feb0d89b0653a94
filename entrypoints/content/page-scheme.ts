/**
 * Whether the page under our in-page UI is dark, so the toolbar, the note editor, the toast and
 * the outline all match the page the reader is looking at (not the system's scheme, which a
 * page without a dark style ignores: the browser paints it light).
 */

/** Perceived lightness below which a background counts as dark (0–255, Rec. 709 weights). */
const DARK_BELOW = 110;

/** True when the page's visible background is dark. */
export function pageIsDark(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(
      win.getComputedStyle(el).backgroundColor,
    );
    if (!rgba) continue;
    const alpha = rgba[4] === undefined ? 1 : Number(rgba[4]);
    if (alpha < 0.5) continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < DARK_BELOW;
  }
  // No background of its own: the browser's canvas, dark only where the page allows a dark
  // scheme (CSS `color-scheme` or its <meta>) and the system asks for it.
  const declared = win.getComputedStyle(doc.documentElement).colorScheme;
  const schemes = (
    declared && declared !== 'normal'
      ? declared
      : (doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '')
  ).split(/[\s,]+/);
  if (!schemes.includes('dark')) return false;
  return !schemes.includes('light') || (win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
}
