import { describe, expect, it } from 'vitest';
import {
  CATEGORY_STYLES,
  categoryOfLayer,
  colorOfLayer,
  coreLayer,
  directiveLayer,
  FLASH_LAYER,
  knownLayers,
  SENTENCE_STYLES,
  userLayer,
} from '@/utils/highlights/palette';
import { contrastRatio } from '../support/contrast';
import { CATEGORIES, COLORS } from '@/utils/highlights/record';

describe('paint layer names', () => {
  it('name every category and colour once, and read back', () => {
    for (const c of CATEGORIES) expect(categoryOfLayer(directiveLayer(c))).toBe(c);
    for (const c of COLORS) expect(colorOfLayer(userLayer(c))).toBe(c);
    expect(categoryOfLayer(userLayer('blue'))).toBeNull();
    expect(colorOfLayer(directiveLayer('heading'))).toBeNull();
    expect(categoryOfLayer('hzd-d-unknown')).toBeNull();
    expect(colorOfLayer(FLASH_LAYER)).toBeNull();
  });

  it('have a style each, directives below the reader’s colours below the flash', () => {
    const layers = knownLayers();
    // A sentence layer and a core layer per category.
    expect(new Set(layers.map((l) => l.layer)).size).toBe(2 * CATEGORIES.length + COLORS.length + 1);
    const priority = (name: string) => layers.find((l) => l.layer === name)!.priority;
    expect(priority(directiveLayer('target'))).toBeLessThan(priority(coreLayer('target')));
    expect(priority(coreLayer('target'))).toBeLessThan(priority(userLayer('pink')));
    expect(priority(directiveLayer('target'))).toBeLessThan(priority(userLayer('pink')));
    expect(priority(userLayer('pink'))).toBeLessThan(priority(FLASH_LAYER));
  });
});

describe('the skim layer', () => {
  it('core layers are no sentence layers (a click on a core is a click on its sentence)', () => {
    for (const c of CATEGORIES) expect(categoryOfLayer(coreLayer(c))).toBeNull();
  });

  it('the sentence is light at density full, unpainted at key phrases; the core strong and underlined in both', () => {
    for (const density of ['full', 'cores'] as const) {
      const layers = knownLayers(density);
      for (const c of CATEGORIES) {
        const sentence = layers.find((l) => l.layer === directiveLayer(c))!.style;
        const core = layers.find((l) => l.layer === coreLayer(c))!.style;
        expect(core).toEqual(CATEGORY_STYLES[c]);
        expect(core.underline).not.toBe('none');
        expect(sentence.underline).toBe('none');
        if (density === 'full') expect(alpha(sentence.background)).toBeLessThan(alpha(core.background) / 2);
        else expect(sentence.background).toBe('transparent');
      }
    }
  });

  // The page keeps its own text colour; our paint is a translucent background over the page's own.
  const pages = [
    { name: 'light', background: '#ffffff', text: '#333333' },
    { name: 'dark', background: '#121212', text: '#e0e0e0' },
  ];
  for (const page of pages) {
    it(`keeps the page's text readable on a ${page.name} page (WCAG AA 4.5:1), and the core stands out of its sentence`, () => {
      for (const c of CATEGORIES) {
        const sentence = over(SENTENCE_STYLES[c].background, page.background);
        const core = over(CATEGORY_STYLES[c].background, page.background);
        expect(contrastRatio(page.text, sentence)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(page.text, core)).toBeGreaterThanOrEqual(4.5);
        // The light sentence stays close to the page; the core is visibly stronger than it.
        expect(contrastRatio(sentence, page.background)).toBeLessThan(contrastRatio(core, page.background));
      }
    });
  }
});

const rgba = (css: string) => {
  const m = /rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)/.exec(css);
  if (!m) throw new Error(`not rgba(): ${css}`);
  return m.slice(1).map(Number) as [number, number, number, number];
};
const alpha = (css: string) => rgba(css)[3];
/** A translucent rgba() composited over an opaque #rrggbb, as #rrggbb. */
function over(css: string, base: string): string {
  const [r, g, b, a] = rgba(css);
  const under = [1, 3, 5].map((i) => parseInt(base.slice(i, i + 2), 16));
  return `#${[r, g, b]
    .map((c, i) => Math.round(c * a + under[i]! * (1 - a)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}
