/**
 * Where the floating toolbar goes: centred above the selection, or below it when there is
 * no room above, always kept inside the viewport. Viewport coordinates in, viewport
 * coordinates out (the caller adds the scroll offset for absolute positioning).
 */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'above' | 'below';
}

export const GAP = 8;

export function placeToolbar(anchor: Box, toolbar: Size, viewport: Size, gap: number = GAP): Placement {
  const centre = (anchor.left + anchor.right) / 2;
  const maxLeft = Math.max(gap, viewport.width - toolbar.width - gap);
  const left = Math.round(Math.min(maxLeft, Math.max(gap, centre - toolbar.width / 2)));

  const maxTop = Math.max(gap, viewport.height - gap - toolbar.height);
  const aboveTop = anchor.top - gap - toolbar.height;
  const belowTop = anchor.bottom + gap;
  const fitsAbove = aboveTop >= gap && aboveTop <= maxTop;
  const fitsBelow = belowTop >= gap && belowTop <= maxTop;
  // Above is the habit of most readers' tools; below when above is cut off. A selection
  // partly out of the window gets the toolbar clamped to the nearest window edge.
  let side: Placement['side'];
  if (fitsAbove) side = 'above';
  else if (fitsBelow) side = 'below';
  else side = anchor.top < gap ? 'below' : 'above';
  const wanted = side === 'above' ? aboveTop : belowTop;
  return { top: Math.round(Math.min(maxTop, Math.max(gap, wanted))), left, side };
}
