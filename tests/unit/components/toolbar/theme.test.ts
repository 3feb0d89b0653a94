import { describe, expect, it } from 'vitest';
import { TOOLBAR_THEMES } from '@/components/toolbar/styles';
import { contrastRatio } from '../../support/contrast';

describe('the toolbar’s themes meet WCAG 2.2 AA contrast', () => {
  it('the formula: black on white is 21:1, #767676 on white 4.54:1', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  for (const [name, theme] of Object.entries(TOOLBAR_THEMES)) {
    it(`${name}: text 4.5:1 (labels, buttons, fields, chips), controls and focus ring 3:1`, () => {
      const ratios = {
        text: contrastRatio(theme.text, theme.background),
        muted: contrastRatio(theme.muted, theme.background),
        primary: contrastRatio(theme.primary, theme.background),
        danger: contrastRatio(theme.danger, theme.background),
        'text in a field': contrastRatio(theme.text, theme.field),
        'text on a chip': contrastRatio(theme.text, theme.chip),
        'text on hover': contrastRatio(theme.text, theme.hover),
      };
      for (const [what, ratio] of Object.entries(ratios)) expect(ratio, what).toBeGreaterThanOrEqual(4.5);
      // A colour swatch (the yellow one is ~1.3:1 on white by its fill alone) and a field
      // are seen by their edge; the focus ring by itself.
      expect(contrastRatio(theme.control, theme.background), 'swatch and field edge').toBeGreaterThanOrEqual(3);
      expect(contrastRatio(theme.control, theme.field), 'field edge on the field').toBeGreaterThanOrEqual(3);
      expect(contrastRatio(theme.focus, theme.background), 'focus ring').toBeGreaterThanOrEqual(3);
    });
  }
});
