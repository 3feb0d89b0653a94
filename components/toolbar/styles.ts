/**
 * Styles of the highlight toolbar, toast and orphan notice, for our shadow root. Fixed
 * text, no page or user content. Swatches use the painter's ink colours of the user layers.
 */
import { USER_STYLES } from '@/utils/highlights/palette';

export const TOOLBAR_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.hzd-toolbar, .hzd-toast, .hzd-orphans {
  font: 13px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1f1f1f;
  background: #fff;
  border: 1px solid #d0d0d0;
  border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18);
  pointer-events: auto;
}
.hzd-toolbar { position: absolute; z-index: 2147483647; padding: 4px; max-width: 360px; }
.bar { display: flex; align-items: center; gap: 4px; flex-wrap: nowrap; }
.sep { width: 1px; height: 20px; background: #ddd; margin: 0 2px; }
button { font: inherit; cursor: pointer; border: 1px solid transparent; background: transparent; color: inherit; border-radius: 6px; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.swatch { width: 22px; height: 22px; border-radius: 50%; border: 1px solid rgba(0,0,0,.25); padding: 0; }
.swatch[aria-pressed="true"] { box-shadow: 0 0 0 2px #fff, 0 0 0 4px #1f1f1f; }
${Object.entries(USER_STYLES)
  .map(([name, style]) => `.c-${name} { background: ${style.ink}; }`)
  .join('\n')}
.text { padding: 3px 8px; white-space: nowrap; }
.text:hover, .icon:hover { background: #f0f0f0; }
.text:disabled { opacity: .5; cursor: default; }
.primary { color: #0b57d0; }
.danger { color: #b3261e; }
.icon { width: 24px; height: 24px; padding: 0; font-size: 16px; line-height: 1; }
.panel { display: flex; flex-direction: column; gap: 6px; padding: 6px 4px 2px; width: 340px; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field span { font-size: 12px; color: #555; }
textarea, input[type=text] { font: inherit; width: 100%; border: 1px solid #c4c4c4; border-radius: 6px; padding: 4px 6px; background: #fff; color: #1f1f1f; }
textarea { resize: vertical; min-height: 54px; white-space: pre-wrap; }
.row { display: flex; justify-content: flex-end; }
.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.chip { display: inline-flex; align-items: center; gap: 2px; background: #eef3fb; border-radius: 12px; padding: 0 2px 0 8px; font-size: 12px; }
.chip .icon { width: 18px; height: 18px; font-size: 13px; }
.tags { display: flex; flex-direction: column; gap: 4px; }
.hzd-toast { position: fixed; z-index: 2147483647; bottom: 16px; left: 50%; transform: translateX(-50%); display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 12px; max-width: min(90vw, 520px); }
.hzd-toast.error { border-color: #b3261e; }
.hzd-orphans { position: fixed; z-index: 2147483646; bottom: 16px; left: 16px; display: flex; align-items: center; gap: 6px; padding: 4px 4px 4px 10px; font-size: 12px; opacity: .92; }
.msg { overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  .hzd-toolbar, .hzd-toast, .hzd-orphans { background: #2b2b2b; color: #eee; border-color: #555; }
  textarea, input[type=text] { background: #1f1f1f; color: #eee; border-color: #666; }
  .text:hover, .icon:hover { background: #3a3a3a; }
  .chip { background: #34405a; }
  .primary { color: #8ab4f8; }
  .danger { color: #f28b82; }
}
`;
