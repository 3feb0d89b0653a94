import type { Painter } from '@/entrypoints/content/paint/painter';

/** A painter that remembers what it was asked to paint. */
export function fakePainter() {
  const layers = new Map<string, Range[]>();
  const revealed: Range[] = [];
  const styled: string[] = [];
  const painter: Painter = {
    mode: 'highlight-api',
    set: (layer, ranges) => painter.setLayers({ [layer]: ranges }),
    setLayers(changes) {
      for (const [layer, ranges] of Object.entries(changes)) {
        if (ranges.length) layers.set(layer, ranges.slice());
        else layers.delete(layer);
      }
    },
    clear: (layer) => (layer ? void layers.delete(layer) : layers.clear()),
    reveal: (range) => void revealed.push(range),
    hitTest: () => [],
    ranges: (layer) => layers.get(layer)?.slice() ?? [],
    restyle: (density) => void styled.push(density),
    onDomWrite: () => () => undefined,
  };
  const texts = (layer: string) => (layers.get(layer) ?? []).map((r) => r.toString());
  return { painter, layers, revealed, texts, styled };
}
