import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { GAP, placeToolbar } from '@/components/toolbar/position';

const VIEW = { width: 1280, height: 900 };
const BAR = { width: 300, height: 36 };

describe('placeToolbar', () => {
  it('centres the toolbar above the selection when there is room', () => {
    const p = placeToolbar({ top: 400, bottom: 420, left: 500, right: 700 }, BAR, VIEW);
    expect(p).toEqual({ top: 400 - GAP - 36, left: 600 - 150, side: 'above' });
  });

  it('goes below a selection at the top of the window', () => {
    const p = placeToolbar({ top: 10, bottom: 30, left: 500, right: 700 }, BAR, VIEW);
    expect(p.side).toBe('below');
    expect(p.top).toBe(30 + GAP);
  });

  it('stays inside the window at the left and right edges', () => {
    expect(placeToolbar({ top: 400, bottom: 420, left: 0, right: 20 }, BAR, VIEW).left).toBe(GAP);
    expect(placeToolbar({ top: 400, bottom: 420, left: 1260, right: 1280 }, BAR, VIEW).left).toBe(1280 - 300 - GAP);
  });

  it('is always inside the viewport when the toolbar fits in it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 3000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -500, max: 1800 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 20, max: 300 }),
        (top, height, left, width, barWidth, barHeight) => {
          const bar = { width: barWidth, height: barHeight };
          const p = placeToolbar({ top, bottom: top + height, left, right: left + width }, bar, VIEW);
          expect(p.left).toBeGreaterThanOrEqual(GAP);
          expect(p.left + barWidth).toBeLessThanOrEqual(VIEW.width - GAP + 1);
          expect(p.top).toBeGreaterThanOrEqual(GAP);
          expect(p.top + barHeight).toBeLessThanOrEqual(VIEW.height - GAP + 1);
        },
      ),
    );
  });

  it('never covers the selection when it can be placed above or below it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 880 }), fc.integer({ min: 1, max: 60 }), (top, height) => {
        const box = { top, bottom: top + height, left: 100, right: 200 };
        const p = placeToolbar(box, BAR, VIEW);
        const roomAbove = top - GAP - BAR.height >= GAP;
        const roomBelow = box.bottom + GAP + BAR.height <= VIEW.height - GAP;
        if (!roomAbove && !roomBelow) return;
        const overlaps = p.top < box.bottom && p.top + BAR.height > box.top;
        expect(overlaps).toBe(false);
      }),
    );
  });
});
