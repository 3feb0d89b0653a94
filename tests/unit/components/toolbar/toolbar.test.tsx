// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act as preactAct } from 'preact/test-utils';
import { Toolbar, type ToolbarProps } from '@/components/toolbar/Toolbar';
import { setBody } from '../../support/dom';

const labels: ToolbarProps['labels'] = {
  toolbar: 'Highlight tools',
  color: (c) => `colour ${c}`,
  note: 'Note',
  notePlaceholder: 'Write',
  saveNote: 'Save note',
  copy: 'Copy with source',
  remove: 'Delete',
  close: 'Close',
  tags: 'Tags',
  tagsPlaceholder: 'Add tags',
  removeTag: (t) => `Remove tag ${t}`,
};

/** Runs a synchronous interaction and flushes Preact's updates. */
const act = (fn: () => void): void => void preactAct(fn);

function mount(overrides: Partial<ToolbarProps> = {}) {
  const calls = {
    onColor: vi.fn(),
    onExpand: vi.fn(),
    onNote: vi.fn(),
    onTags: vi.fn(),
    onCopy: vi.fn(),
    onDelete: vi.fn(),
    onClose: vi.fn(),
  };
  const props: ToolbarProps = {
    mode: 'edit',
    color: 'blue',
    note: '',
    tags: [],
    expanded: false,
    top: 10,
    left: 20,
    labels,
    ...calls,
    ...overrides,
  };
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Toolbar {...props} />, root));
  return {
    root,
    props: calls,
    rerender: (next: Partial<ToolbarProps>) => act(() => render(<Toolbar {...props} {...next} />, root)),
  };
}

const q = <T extends Element>(root: Element, selector: string) => root.querySelector(selector) as T;

afterEach(() => {
  setBody('');
});

function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function key(el: Element, k: string, extra: KeyboardEventInit = {}) {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra }));
  });
}

describe('Toolbar', () => {
  it('has a named toolbar with five named colour buttons; the saved colour is pressed', () => {
    const { root } = mount();
    expect(q(root, '[role="toolbar"]').getAttribute('aria-label')).toBe('Highlight tools');
    const swatches = [...root.querySelectorAll('button[data-color]')];
    expect(swatches.map((b) => b.getAttribute('aria-label'))).toEqual([
      'colour yellow',
      'colour green',
      'colour blue',
      'colour pink',
      'colour purple',
    ]);
    expect(swatches.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true', 'false', 'false']);
    expect(q(root, 'button[aria-label="Close"]')).toBeTruthy();
  });

  it('a new passage has no delete button and no pressed colour', () => {
    const { root } = mount({ mode: 'new', color: null });
    expect(root.querySelector('[data-action="delete"]')).toBeNull();
    expect(root.querySelector('[aria-pressed="true"]')).toBeNull();
  });

  it('calls back for colour, note, copy, delete, and Escape closes', () => {
    const { root, props } = mount();
    act(() => q<HTMLButtonElement>(root, 'button[data-color="pink"]').click());
    act(() => q<HTMLButtonElement>(root, '[data-action="note"]').click());
    act(() => q<HTMLButtonElement>(root, '[data-action="copy"]').click());
    act(() => q<HTMLButtonElement>(root, '[data-action="delete"]').click());
    key(q(root, 'button[data-color="pink"]'), 'Escape');
    expect(props.onColor).toHaveBeenCalledWith('pink');
    expect(props.onExpand).toHaveBeenCalledTimes(1);
    expect(props.onCopy).toHaveBeenCalledTimes(1);
    expect(props.onDelete).toHaveBeenCalledTimes(1);
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('edits a multi-line note as plain text: saved with the button or Ctrl+Enter', () => {
    const { root, props } = mount({ expanded: true, note: 'old' });
    const area = q<HTMLTextAreaElement>(root, 'textarea');
    expect(area.value).toBe('old');
    const save = q<HTMLButtonElement>(root, '[data-action="save-note"]');
    expect(save.disabled).toBe(true);
    typeInto(area, 'line 1\n<b>line 2</b>');
    expect(save.disabled).toBe(false);
    act(() => save.click());
    expect(props.onNote).toHaveBeenLastCalledWith('line 1\n<b>line 2</b>');
    key(area, 'Enter', { ctrlKey: true });
    expect(props.onNote).toHaveBeenCalledTimes(2);
    expect(root.querySelector('b')).toBeNull();
  });

  it('adds tags with Enter or a comma and removes them with their chip button', () => {
    const { root, props, rerender } = mount({ expanded: true, tags: ['政策'] });
    const input = q<HTMLInputElement>(root, 'input[data-testid="hzd-tags"]');
    typeInto(input, '统战');
    key(input, 'Enter');
    expect(props.onTags).toHaveBeenLastCalledWith(['政策', '统战']);
    expect(input.value).toBe('');
    typeInto(input, '网络，');
    expect(props.onTags).toHaveBeenLastCalledWith(['政策', '网络']);
    rerender({ tags: ['政策', '网络'] });
    const chipButtons = [...root.querySelectorAll('.chip button')];
    expect(chipButtons.map((b) => b.getAttribute('aria-label'))).toEqual(['Remove tag 政策', 'Remove tag 网络']);
    act(() => (chipButtons[0] as HTMLButtonElement).click());
    expect(props.onTags).toHaveBeenLastCalledWith(['网络']);
  });
  it('is one Tab stop: arrows move along it (wrapping), Home and End to its ends; the saved colour comes first', () => {
    const { root, rerender } = mount();
    const items = () => [...root.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')];
    const stops = () => items().flatMap((b, i) => (b.tabIndex === 0 ? [i] : []));
    const focused = () => items().indexOf(document.activeElement as HTMLButtonElement);
    // edit mode: five colours, note, copy, delete, close; the pressed colour (blue) is the stop.
    expect(items()).toHaveLength(9);
    expect(stops()).toEqual([2]);
    rerender({ focusRequest: 1 });
    expect(focused()).toBe(2);
    key(items()[2]!, 'ArrowRight');
    expect([focused(), ...stops()]).toEqual([3, 3]);
    key(items()[3]!, 'End');
    expect(focused()).toBe(8);
    key(items()[8]!, 'ArrowRight');
    expect(focused()).toBe(0);
    key(items()[0]!, 'ArrowLeft');
    expect(focused()).toBe(8);
    key(items()[8]!, 'Home');
    expect([focused(), ...stops()]).toEqual([0, 0]);
    key(items()[0]!, 'ArrowDown');
    expect(focused()).toBe(1);
    // A re-render keeps the stop; only a new request takes the focus.
    (document.activeElement as HTMLElement).blur();
    rerender({ focusRequest: 1, note: 'changed' });
    expect([focused(), ...stops()]).toEqual([-1, 1]);
    rerender({ focusRequest: 2 });
    expect(focused()).toBe(1);
  });

  it('a new passage starts at its first colour; a Tab into the toolbar moves the stop there', () => {
    const { root } = mount({ mode: 'new', color: null });
    const items = [...root.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')];
    expect(items).toHaveLength(8);
    expect(items.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1]);
    act(() => items[6]!.focus());
    expect(items.map((b) => b.tabIndex)).toEqual([-1, -1, -1, -1, -1, -1, 0, -1]);
  });
});
