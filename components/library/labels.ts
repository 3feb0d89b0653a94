import { t } from '@/platform/i18n';
import type { ColorId, DirectiveCategory } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';

const COLOR_KEYS = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
} as const;

const CATEGORY_KEYS = {
  heading: 'categoryHeading',
  obligation: 'categoryObligation',
  prohibition: 'categoryProhibition',
  target: 'categoryTarget',
  emphasis: 'categoryEmphasis',
} as const;

/** The reader's own name for a colour, else the built-in one. */
export function colorName(color: ColorId, settings?: Settings | null): string {
  return settings?.colorNames[color]?.trim() || t(COLOR_KEYS[color]);
}

export function defaultColorName(color: ColorId): string {
  return t(COLOR_KEYS[color]);
}

export function categoryName(category: DirectiveCategory): string {
  return t(CATEGORY_KEYS[category]);
}
