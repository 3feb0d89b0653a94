/**
 * What a hostile page script tries against our in-page UI (issue 12, point 1), as one function
 * to run in the page's own world (`page.evaluate` in Playwright and Puppeteer runs there).
 *
 * With no user action at all it: dispatches synthetic mousedown/mouseup/click on a saved
 * highlight (whose range it can see in `CSS.highlights`), reaches into our UI's shadow roots
 * to open the note editor, read the note and tags and press delete; makes a selection of its
 * own, dispatches a mouseup and clicks a colour; switches a category off in the outline; and
 * scans everything it can reach (the document, open shadow roots, field values) for the note.
 * It returns what it got.
 */
export interface AttackReport {
  /** Hosts of ours whose shadow root the page could open. */
  rootsSeen: string[];
  /** Buttons of ours the page found and clicked. */
  clicked: string[];
  /** Whether the secret note or tag text was anywhere the page could read. */
  secretSeen: boolean;
}

export async function attackInPage(args: {
  savedLayer: string;
  secrets: string[];
  selectText: string;
}): Promise<AttackReport> {
  const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
  const report: AttackReport = { rootsSeen: [], clicked: [], secretSeen: false };
  const hosts = () => Array.from(document.querySelectorAll('hzd-highlights, hzd-outline, [data-hzd-ui]'));
  const openRoots = () =>
    hosts()
      .map((host) => ({ name: host.localName, root: host.shadowRoot }))
      .filter((x): x is { name: string; root: ShadowRoot } => x.root !== null);
  const fire = (target: EventTarget, type: string, x: number, y: number) =>
    target.dispatchEvent(
      new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, button: 0 }),
    );
  const click = (name: string, selector: string) => {
    for (const { root } of openRoots()) {
      const el = root.querySelector<HTMLElement>(selector);
      if (!el) continue;
      el.click();
      report.clicked.push(name);
    }
  };
  const scan = () => {
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
        const text =
          n.nodeType === 3
            ? (n as Text).data
            : [
                (n as HTMLInputElement).value ?? '',
                ...Array.from((n as Element).attributes ?? []).map((a) => a.value),
              ].join(' ');
        if (args.secrets.some((s) => text.includes(s))) report.secretSeen = true;
        const shadow = n.nodeType === 1 ? (n as Element).shadowRoot : null;
        if (shadow) visit(shadow);
      }
    };
    visit(document.documentElement);
    if (args.secrets.some((s) => (getSelection()?.toString() ?? '').includes(s))) report.secretSeen = true;
  };

  // 1. Synthetic clicks on the saved highlight, then into the toolbar it opens.
  const saved = Array.from(
    ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(args.savedLayer) ?? new Set()).values(),
  )[0];
  if (saved) {
    saved.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = saved.getClientRects()[0]!;
    const x = rect.left + 4;
    const y = rect.top + rect.height / 2;
    const target = document.elementFromPoint(x, y) ?? document.body;
    for (const type of ['mousedown', 'mouseup', 'click']) fire(target, type, x, y);
    await sleep(400);
    click('note', '[data-action="note"]');
    await sleep(300);
    scan();
    click('delete', '[data-action="delete"]');
    await sleep(300);
  }

  // 2. A selection made by the page, a synthetic mouseup, then a colour.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(args.selectText);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + args.selectText.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const rect = range.getClientRects()[0]!;
    fire(node.parentElement!, 'mousedown', rect.left + 2, rect.top + 2);
    fire(node.parentElement!, 'mouseup', rect.right - 2, rect.top + 2);
    break;
  }
  // Long enough for the toolbar that follows a keyboard selection (it waits for the selection to rest).
  await sleep(800);
  click('colour', '[data-color="blue"]');
  await sleep(300);

  // 3. The outline: open it and switch the first category off.
  click('outline-tab', 'button.tab');
  await sleep(300);
  click('category', 'button.switch');
  await sleep(300);
  scan();
  report.rootsSeen = openRoots().map((x) => x.name);
  return report;
}
