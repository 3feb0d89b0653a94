/**
 * Styles of the highlight toolbar, toast and orphan notice, for our shadow root. Fixed
 * text, no page or user content. Swatches use the painter's ink colours of the user layers.
 *
 * Two themes, chosen by the page under the UI (`.dark` on the wrapper when the page is dark),
 * not by the system's scheme: a page without a dark style stays light in a dark system. Their
 * contrast (text 4.5:1, borders and the focus ring 3:1) is checked by
 * tests/unit/components/toolbar/theme.test.ts.
 */
import { USER_STYLES } from '@/utils/highlights/palette';

export interface ToolbarTheme {
  background: string;
  text: string;
  /** Field labels and other secondary text. */
  muted: string;
  /** The toolbar's own edge (decoration: the shadow sets it off as well). */
  edge: string;
  hover: string;
  field: string;
  /** Edges of text fields and colour swatches: what shows where a control is (3:1). */
  control: string;
  chip: string;
  primary: string;
  danger: string;
  focus: string;
}

export const TOOLBAR_THEMES: Record<'light' | 'dark', ToolbarTheme> = {
  light: {
    background: '#ffffff',
    text: '#1f1f1f',
    muted: '#555555',
    edge: '#d0d0d0',
    hover: '#f0f0f0',
    field: '#ffffff',
    control: '#767676',
    chip: '#eef3fb',
    primary: '#0b57d0',
    danger: '#b3261e',
    focus: '#1a73e8',
  },
  dark: {
    background: '#2b2b2b',
    text: '#eeeeee',
    muted: '#c4c4c4',
    edge: '#555555',
    hover: '#3a3a3a',
    field: '#1f1f1f',
    control: '#9e9e9e',
    chip: '#34405a',
    primary: '#8ab4f8',
    danger: '#f28b82',
    focus: '#8ab4f8',
  },
};

const variables = (theme: ToolbarTheme) =>
  Object.entries(theme)
    .map(([name, value]) => `--${name}: ${value};`)
    .join(' ');

export const TOOLBAR_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.hzd-ui { ${variables(TOOLBAR_THEMES.light)} }
.hzd-ui.dark { ${variables(TOOLBAR_THEMES.dark)} }
.hzd-toolbar, .hzd-toast, .hzd-orphans {
  font: 13px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--text);
  background: var(--background);
  border: 1px solid var(--edge);
  border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18);
  pointer-events: auto;
}
.hzd-toolbar { position: absolute; z-index: 2147483647; padding: 4px; max-width: 360px; }
.bar { display: flex; align-items: center; gap: 4px; flex-wrap: nowrap; }
.sep { width: 1px; height: 20px; background: var(--edge); margin: 0 2px; }
button { font: inherit; cursor: pointer; border: 1px solid transparent; background: transparent; color: inherit; border-radius: 6px; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.swatch { width: 22px; height: 22px; border-radius: 50%; border: 1px solid var(--control); padding: 0; }
.swatch[aria-pressed="true"] { box-shadow: 0 0 0 2px var(--background), 0 0 0 4px var(--text); }
${Object.entries(USER_STYLES)
  .map(([name, style]) => `.c-${name} { background: ${style.ink}; }`)
  .join('\n')}
.text { padding: 3px 8px; white-space: nowrap; }
.text:hover, .icon:hover { background: var(--hover); }
.text:disabled { opacity: .5; cursor: default; }
.primary { color: var(--primary); }
.danger { color: var(--danger); }
.icon { width: 24px; height: 24px; padding: 0; font-size: 16px; line-height: 1; }
.panel { display: flex; flex-direction: column; gap: 6px; padding: 6px 4px 2px; width: 340px; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field span { font-size: 12px; color: var(--muted); }
textarea, input[type=text] { font: inherit; width: 100%; border: 1px solid var(--control); border-radius: 6px; padding: 4px 6px; background: var(--field); color: var(--text); }
textarea { resize: vertical; min-height: 54px; white-space: pre-wrap; }
.row { display: flex; justify-content: flex-end; }
.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.chip { display: inline-flex; align-items: center; gap: 2px; background: var(--chip); border-radius: 12px; padding: 0 2px 0 8px; font-size: 12px; }
.chip .icon { width: 18px; height: 18px; font-size: 13px; }
.tags { display: flex; flex-direction: column; gap: 4px; }
.hzd-toast { position: fixed; z-index: 2147483647; bottom: 16px; left: 50%; transform: translateX(-50%); display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 12px; max-width: min(90vw, 520px); }
.hzd-toast.error { border-color: var(--danger); }
.hzd-orphans { position: fixed; z-index: 2147483646; bottom: 16px; left: 16px; display: flex; align-items: center; gap: 6px; padding: 4px 4px 4px 10px; font-size: 12px; opacity: .92; }
.msg { overflow-wrap: anywhere; }
.hzd-toast:empty, .hzd-orphans:empty { opacity: 0; pointer-events: none; }
`;
