// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter } from '@/entrypoints/content/paint/painter';
import { setBody } from '../../support/dom';

const text = (selector: string) => document.querySelector(selector)!.firstChild as Text;
function rangeIn(selector: string, needle: string): Range {
  const node = text(selector);
  const at = node.data.indexOf(needle);
  const r = document.createRange();
  r.setStart(node, at);
  r.setEnd(node, at + needle.length);
  return r;
}

const BODY = `<p id="a">各地要加强组织领导,确保落实到位。</p><div contenteditable="true" id="editor"><p id="b">必须按时完成整改。</p></div>`;

beforeEach(() => {
  setBody(BODY);
  document.getElementById('hzd-paint-style')?.remove();
});

describe('the wrap path', () => {
  it('wraps painted text in marks, never inside an editor, and leaves the DOM as it was once cleared', () => {
    const before = document.body.innerHTML;
    const painter = createPainter(document, { forceWrap: true });
    expect(painter.mode).toBe('wrap');
    painter.setLayers({ 'hzd-d-obligation': [rangeIn('#a', '加强组织领导'), rangeIn('#b', '按时完成')] });
    const marks = [...document.querySelectorAll('hzd-mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['加强组织领导']);
    expect(marks[0]!.getAttribute('data-hzd-layer')).toBe('hzd-d-obligation');
    expect(document.querySelector('#editor')!.querySelector('hzd-mark')).toBeNull();
    expect(painter.ranges('hzd-d-obligation').map((r) => r.toString())).toEqual(['加强组织领导']);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(text('#a').data).toBe('各地要加强组织领导,确保落实到位。');
  });

  it('tells its listeners after each write to the DOM', () => {
    const painter = createPainter(document, { forceWrap: true });
    const writes = vi.fn();
    const stop = painter.onDomWrite(writes);
    painter.set('hzd-u-yellow', [rangeIn('#a', '确保')]);
    expect(writes).toHaveBeenCalledTimes(1);
    stop();
    painter.clear('hzd-u-yellow');
    expect(writes).toHaveBeenCalledTimes(1);
  });
});

describe('the Highlight API path', () => {
  const registry = new Map<string, { ranges: Range[]; priority: number }>();
  beforeEach(() => {
    registry.clear();
    const win = window as unknown as { CSS: unknown; Highlight: unknown };
    win.CSS = { highlights: registry };
    win.Highlight = class {
      priority = 0;
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    };
  });
  afterEach(() => {
    vi.useRealTimers();
    const win = window as unknown as { CSS?: unknown; Highlight?: unknown };
    delete win.CSS;
    delete win.Highlight;
  });

  it('registers one Highlight per layer, with the editor’s ranges left out, and adds no element', () => {
    const painter = createPainter(document);
    expect(painter.mode).toBe('highlight-api');
    painter.setLayers({
      'hzd-d-obligation': [rangeIn('#a', '加强组织领导'), rangeIn('#b', '按时完成')],
      'hzd-u-green': [rangeIn('#a', '确保')],
    });
    expect(registry.get('hzd-d-obligation')?.ranges.map((r) => r.toString())).toEqual(['加强组织领导']);
    expect(registry.get('hzd-u-green')?.priority).toBeGreaterThan(registry.get('hzd-d-obligation')!.priority);
    expect(document.querySelector('hzd-mark')).toBeNull();
    painter.set('hzd-u-green', []);
    expect(registry.has('hzd-u-green')).toBe(false);
  });

  it('reveal scrolls to the range and flashes it briefly', () => {
    vi.useFakeTimers();
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const painter = createPainter(document);
    painter.reveal(rangeIn('#a', '确保'));
    expect(scrollTo).toHaveBeenCalled();
    expect(registry.get('hzd-flash')?.ranges.map((r) => r.toString())).toEqual(['确保']);
    vi.advanceTimersByTime(2000);
    expect(registry.has('hzd-flash')).toBe(false);
  });
});
