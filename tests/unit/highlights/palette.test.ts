import { describe, expect, it } from 'vitest';
import {
  categoryOfLayer,
  colorOfLayer,
  directiveLayer,
  FLASH_LAYER,
  knownLayers,
  userLayer,
} from '@/utils/highlights/palette';
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
    expect(new Set(layers.map((l) => l.layer)).size).toBe(CATEGORIES.length + COLORS.length + 1);
    const priority = (name: string) => layers.find((l) => l.layer === name)!.priority;
    expect(priority(directiveLayer('target'))).toBeLessThan(priority(userLayer('pink')));
    expect(priority(userLayer('pink'))).toBeLessThan(priority(FLASH_LAYER));
  });
});
