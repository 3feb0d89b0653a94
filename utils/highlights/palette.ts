/**
 * The paint layers and their colours: the one place that names a layer.
 *
 * Layer names: `hzd-d-<category>` for the auto-marked directives (the whole sentence),
 * `hzd-d-core-<category>` for their cores (the skim layer's strong part), `hzd-u-<colour>` for the
 * reader's own highlights, `hzd-flash` for the brief flash of a revealed passage. They are
 * the names of the `::highlight()` styles (and of `data-hzd-layer` in the wrap fallback).
 *
 * Directive categories use the Okabe–Ito palette (distinguishable under the common colour
 * blindnesses) as translucent backgrounds, so the page's own text colour stays and the
 * paint reads on light and dark pages alike. Each category also has its own underline
 * style, so two categories never differ by hue alone.
 */
import type { Density } from '@/utils/store/settings';
import { CATEGORIES, COLORS, type ColorId, type DirectiveCategory } from './record';

export interface LayerStyle {
  /** Translucent background over the page's own background. */
  background: string;
  /** Solid colour for underlines, swatches and the outline's markers. */
  ink: string;
  /** CSS text-decoration-style; 'none' for no underline. */
  underline: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy' | 'none';
}

export const CATEGORY_STYLES: Record<DirectiveCategory, LayerStyle> = {
  // Okabe–Ito blue
  heading: { background: 'rgba(0, 114, 178, 0.16)', ink: '#0072B2', underline: 'double' },
  // Okabe–Ito orange
  obligation: { background: 'rgba(230, 159, 0, 0.30)', ink: '#E69F00', underline: 'solid' },
  // Okabe–Ito vermillion
  prohibition: { background: 'rgba(213, 94, 0, 0.24)', ink: '#D55E00', underline: 'wavy' },
  // Okabe–Ito bluish green
  target: { background: 'rgba(0, 158, 115, 0.24)', ink: '#009E73', underline: 'dashed' },
  // Okabe–Ito reddish purple
  emphasis: { background: 'rgba(204, 121, 167, 0.28)', ink: '#CC79A7', underline: 'dotted' },
};

/**
 * The skim layer's light sentence ('full' density): the category's hue at 40 % of the core's
 * strength, no underline, so
 * the core (CATEGORY_STYLES: stronger, underlined) is what the eye catches.
 */
export const SENTENCE_STYLES: Record<DirectiveCategory, LayerStyle> = Object.fromEntries(
  CATEGORIES.map((c) => {
    const { background, ink } = CATEGORY_STYLES[c];
    const light = background.replace(/([\d.]+)\)$/, (_, alpha: string) => `${(Number(alpha) * 0.4).toFixed(3)})`);
    return [c, { background: light, ink, underline: 'none' }];
  }),
) as Record<DirectiveCategory, LayerStyle>;

/** The sentence in 'cores' density: still a range (a click in it offers to save it), not painted. */
const UNPAINTED: LayerStyle = { background: 'transparent', ink: 'transparent', underline: 'none' };

/** The reader's own highlight colours: stronger, no underline (they are the reader's, not ours). */
export const USER_STYLES: Record<ColorId, LayerStyle> = {
  yellow: { background: 'rgba(240, 228, 66, 0.55)', ink: '#F0E442', underline: 'none' },
  green: { background: 'rgba(0, 158, 115, 0.38)', ink: '#009E73', underline: 'none' },
  blue: { background: 'rgba(86, 180, 233, 0.45)', ink: '#56B4E9', underline: 'none' },
  pink: { background: 'rgba(204, 121, 167, 0.45)', ink: '#CC79A7', underline: 'none' },
  purple: { background: 'rgba(117, 84, 204, 0.38)', ink: '#7554CC', underline: 'none' },
};

export const FLASH_STYLE: LayerStyle = { background: 'rgba(255, 176, 0, 0.65)', ink: '#B3261E', underline: 'solid' };

const DIRECTIVE_PREFIX = 'hzd-d-';
const USER_PREFIX = 'hzd-u-';
export const FLASH_LAYER = 'hzd-flash';

export const directiveLayer = (category: DirectiveCategory) => `${DIRECTIVE_PREFIX}${category}`;
export const coreLayer = (category: DirectiveCategory) => `${DIRECTIVE_PREFIX}core-${category}`;
export const userLayer = (color: ColorId) => `${USER_PREFIX}${color}`;

/** The directive category a layer paints, or null. */
export function categoryOfLayer(layer: string): DirectiveCategory | null {
  const name = layer.slice(DIRECTIVE_PREFIX.length) as DirectiveCategory;
  return layer.startsWith(DIRECTIVE_PREFIX) && CATEGORIES.includes(name) ? name : null;
}

/** The reader's colour a layer paints, or null. */
export function colorOfLayer(layer: string): ColorId | null {
  const name = layer.slice(USER_PREFIX.length) as ColorId;
  return layer.startsWith(USER_PREFIX) && COLORS.includes(name) ? name : null;
}

/**
 * Every layer the painter has a style for, lowest priority first. The density decides how the
 * sentence looks: light under its core ('full'), unpainted ('cores'; 'off' paints no range at all).
 */
export function knownLayers(density: Density = 'full'): { layer: string; style: LayerStyle; priority: number }[] {
  const sentence = (c: DirectiveCategory) => (density === 'full' ? SENTENCE_STYLES[c] : UNPAINTED);
  return [
    ...CATEGORIES.map((c) => ({ layer: directiveLayer(c), style: sentence(c), priority: 0 })),
    ...CATEGORIES.map((c) => ({ layer: coreLayer(c), style: CATEGORY_STYLES[c], priority: 1 })),
    ...COLORS.map((c) => ({ layer: userLayer(c), style: USER_STYLES[c], priority: 2 })),
    { layer: FLASH_LAYER, style: FLASH_STYLE, priority: 3 },
  ];
}
