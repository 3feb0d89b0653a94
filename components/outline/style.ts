/** The outline's stylesheet, injected into its shadow root (no page CSS reaches it, none leaks out). */
export const OUTLINE_CSS = `
html, body { display: contents; }
.hzd-root {
  --bg: #ffffff; --fg: #1f1f1f; --muted: #5f6368; --line: #d0d4d9; --hover: #f1f3f4; --focus: #0b57d0;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--fg);
}
.hzd-root.dark { --bg: #202124; --fg: #e8eaed; --muted: #9aa0a6; --line: #3c4043; --hover: #2d2e31; --focus: #8ab4f8; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.tab {
  position: fixed; right: 0; top: 38vh; z-index: 2147483646;
  display: flex; flex-direction: column; align-items: center; gap: 4px;
  width: 26px; padding: 8px 0; border: 1px solid var(--line); border-right: none;
  border-radius: 8px 0 0 8px; background: var(--bg); color: var(--fg);
  box-shadow: -1px 1px 4px rgba(0,0,0,.18); opacity: .88;
}
.tab:hover, .tab:focus-visible { opacity: 1; }
.tab-text { writing-mode: vertical-rl; font-size: 12px; letter-spacing: 2px; }
.tab-count { font-size: 11px; font-weight: 600; background: #b3261e; color: #fff; border-radius: 8px; min-width: 18px; text-align: center; }
.panel {
  position: fixed; right: 12px; top: 56px; z-index: 2147483646;
  width: min(340px, calc(100vw - 24px)); max-height: calc(100vh - 80px);
  display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 4px 18px rgba(0,0,0,.22);
}
.head { display: flex; align-items: center; justify-content: space-between; padding: 8px 10px 4px 14px; }
h2 { margin: 0; font-size: 15px; font-weight: 600; }
.close { border: none; background: none; font-size: 20px; line-height: 1; padding: 2px 8px; border-radius: 6px; }
.close:hover { background: var(--hover); }
.legend { display: flex; flex-wrap: wrap; gap: 4px; padding: 4px 10px 8px; border-bottom: 1px solid var(--line); }
.switch {
  display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px 2px 4px;
  border: 1px solid var(--line); border-radius: 12px; background: none; font-size: 12px;
}
/* Off: a dashed edge, a hollow sample and the name struck through; the text keeps its contrast. */
.switch[aria-pressed="false"] { border-style: dashed; }
.switch[aria-pressed="false"] .swatch { background: none !important; text-decoration-line: none !important; box-shadow: inset 0 0 0 1px var(--muted); }
.switch[aria-pressed="false"] .name { text-decoration: line-through; }
.swatch { display: inline-block; padding: 0 4px; border-radius: 3px; font-size: 11px; text-decoration-thickness: 2px; }
.count { color: var(--muted); font-variant-numeric: tabular-nums; }
.list { overflow-y: auto; padding: 4px 6px 6px; overscroll-behavior: contain; }
section { margin: 4px 0 8px; }
h3 { margin: 0; font-size: 13px; font-weight: 600; }
h3.intro { padding: 4px 8px; color: var(--muted); font-weight: 500; }
.section { display: block; width: 100%; text-align: start; border: none; background: none; padding: 4px 8px; border-radius: 6px; font-weight: 600; }
ul { list-style: none; margin: 0; padding: 0; }
.entry {
  display: block; width: 100%; text-align: start; border: none; background: none;
  border-inline-start: 3px solid transparent; padding: 3px 8px; margin: 1px 0; border-radius: 0 6px 6px 0;
  font-size: 13px; line-height: 1.45;
}
.section:hover, .entry:hover { background: var(--hover); }
.empty, .hint { margin: 6px 10px; color: var(--muted); font-size: 12px; }
.hint { border-top: 1px solid var(--line); padding-top: 6px; margin: 0 10px 8px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { .panel { animation: hzd-in .12s ease-out; } }
@keyframes hzd-in { from { opacity: 0; transform: translateX(8px); } to { opacity: 1; transform: none; } }
`;
