/**
 * Our in-page UI (the highlighter's toolbar, note editor and toast; the outline panel) lives in
 * CLOSED shadow roots: a page script gets no handle on what is inside, so it can neither read a
 * note nor press a button. This guard adds the rest, on the shadow root itself:
 *
 * - only trusted events (real input) reach our controls: an event a script dispatched is
 *   stopped before any of our handlers sees it;
 * - what the reader types in our fields does not bubble out to the page's listeners (page
 *   shortcuts must not fire either). A page listener in the capture phase still sees key
 *   events pass on their way in, retargeted to our host (ARCHITECTURE.md, "The content script").
 */
const DRIVING = [
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'input',
  'change',
  'submit',
];
const TYPING = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'copy',
  'cut',
];

export function guardShadowRoot(root: ShadowRoot): void {
  const untrusted = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of DRIVING) root.addEventListener(type, untrusted, true);
  const keepInside = (event: Event) => event.stopPropagation();
  for (const type of TYPING) root.addEventListener(type, keepInside);
}
