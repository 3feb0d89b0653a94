/**
 * Reaching our in-page UI from a test the way a reader does. The UI lives in CLOSED shadow
 * roots, so neither the page nor a test selector can look inside; the test finds an element
 * through the browser's own protocol (Chromium: the DevTools protocol's DOM domain with
 * `pierce: true`; Firefox: WebDriver BiDi with `includeShadowTree: 'all'`), takes its box, and
 * then acts with REAL input (mouse and keyboard through the protocol: trusted events).
 * Nothing in the extension is opened for the tests.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const sessionOf = (page: Page) => {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
};

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** One protocol conversation at a time per page: `DOM.getDocument` renumbers the nodes of any other. */
const queues = new WeakMap<Page, Promise<unknown>>();
function serially<T>(page: Page, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(page) ?? Promise.resolve()).then(job, job);
  queues.set(
    page,
    run.catch(() => undefined),
  );
  return run;
}

/** The UI inside one of our hosts (`hzd-highlights`, `hzd-outline`) in a Chromium page. */
export class InPageUi {
  constructor(
    private readonly page: Page,
    private readonly host: string,
  ) {}

  /** Node ids of the elements matching `selector` inside the host's shadow root (none while the host is absent). */
  private async find(selector: string): Promise<number[]> {
    const cdp = await sessionOf(this.page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const shadow = findShadowRoot(root, this.host);
    if (!shadow) return [];
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector });
    return nodeIds;
  }

  /** Runs `fn` (its source) with `this` bound to the node, and returns its JSON value. */
  private async call<T>(nodeId: number, fn: string, ...args: unknown[]): Promise<T> {
    const cdp = await sessionOf(this.page);
    const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const result = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    })) as { result: { value: T } };
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
    return result.result.value;
  }

  count(selector: string): Promise<number> {
    return serially(this.page, async () => (await this.find(selector)).length);
  }

  /** Waits until `selector` matches (or, with `gone`, matches nothing). */
  async waitFor(selector: string, options: { gone?: boolean; timeout?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeout ?? 10_000);
    for (;;) {
      const n = await this.count(selector);
      if (options.gone ? n === 0 : n > 0) return;
      if (Date.now() > deadline)
        throw new Error(`${this.host} ${selector}: ${options.gone ? 'still there' : 'not there'} after the wait`);
      await sleep(50);
    }
  }

  /** Runs `job` on the index-th match once there is one (all in one protocol turn). */
  private async withNth<T>(selector: string, index: number, job: (nodeId: number) => Promise<T>): Promise<T> {
    await this.waitFor(selector);
    return serially(this.page, async () => job(await this.nth(selector, index)));
  }

  private async nth(selector: string, index: number): Promise<number> {
    const ids = await this.find(selector);
    const id = ids[index < 0 ? ids.length + index : index];
    if (id === undefined) throw new Error(`${this.host} ${selector}: no element ${index}`);
    return id;
  }

  texts(selector: string): Promise<string[]> {
    return serially(this.page, async () => {
      const ids = await this.find(selector);
      const out: string[] = [];
      for (const id of ids) out.push(await this.call<string>(id, 'function () { return this.textContent; }'));
      return out;
    });
  }

  text(selector: string, index = 0): Promise<string> {
    return this.withNth(selector, index, (id) => this.call<string>(id, 'function () { return this.textContent; }'));
  }

  attribute(selector: string, name: string, index = 0): Promise<string | null> {
    return this.withNth(selector, index, (id) =>
      this.call<string | null>(id, 'function (name) { return this.getAttribute(name); }', name),
    );
  }

  /** A property of the element, e.g. a field's `value`. */
  property<T>(selector: string, name: string, index = 0): Promise<T> {
    return this.withNth(selector, index, (id) => this.call<T>(id, 'function (name) { return this[name]; }', name));
  }

  /** A computed style of the element, e.g. its `background-color`. */
  style(selector: string, property: string, index = 0): Promise<string> {
    return this.withNth(selector, index, (id) =>
      this.call<string>(id, 'function (p) { return getComputedStyle(this).getPropertyValue(p); }', property),
    );
  }

  /** Whether the element has the keyboard focus inside our shadow root. */
  focused(selector: string, index = 0): Promise<boolean> {
    return this.withNth(selector, index, (id) =>
      this.call<boolean>(id, 'function () { return this.getRootNode().activeElement === this; }'),
    );
  }

  /** The element's box in viewport coordinates, scrolled into view first. */
  box(selector: string, index = 0): Promise<Box> {
    return this.withNth(selector, index, async (nodeId) => {
      const cdp = await sessionOf(this.page);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId }).catch(() => undefined);
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
      const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
      return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
    });
  }

  /** A real mouse click in the middle of the element. */
  async click(selector: string, index = 0): Promise<void> {
    const b = await this.box(selector, index);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }

  /** Clicks into a field and types `text` there with the keyboard (real input events). */
  async type(selector: string, text: string, index = 0): Promise<void> {
    await this.click(selector, index);
    await this.page.keyboard.insertText(text);
  }
}

/**
 * Lets a tool that runs in the page's world (axe-core) walk into our closed shadow roots for
 * one run: through the DevTools protocol, each host found gets an own `shadowRoot` property on
 * its page-world wrapper that returns its root (the roots stay closed; nothing in the extension
 * changes). axe lays out only what is under <body>, so a host outside it (the highlighter's
 * sits under <html>) is moved to the end of <body> for the run. Returns the function that puts
 * everything back.
 */
export async function lendShadowRoots(page: Page, hosts: readonly string[]): Promise<() => Promise<void>> {
  return serially(page, async () => {
    const cdp = await sessionOf(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const lent: string[] = [];
    for (const host of hosts) {
      const hostNode = findHost(root, host);
      const shadow = hostNode?.shadowRoots?.[0];
      if (!hostNode || !shadow) continue;
      const resolve = async (nodeId: number) =>
        ((await cdp.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } }).object.objectId;
      const hostObject = await resolve(hostNode.nodeId);
      await cdp.send('Runtime.callFunctionOn', {
        objectId: hostObject,
        functionDeclaration: `function (root) {
          Object.defineProperty(this, 'shadowRoot', { value: root, configurable: true });
          if (this.parentNode === document.documentElement && document.body) {
            document.body.append(this);
            this.dataset.lentFromRoot = '';
          }
        }`,
        arguments: [{ objectId: await resolve(shadow.nodeId) }],
      });
      lent.push(hostObject);
    }
    return () =>
      serially(page, async () => {
        for (const objectId of lent) {
          await cdp.send('Runtime.callFunctionOn', {
            objectId,
            functionDeclaration: `function () {
              delete this.shadowRoot;
              if ('lentFromRoot' in this.dataset) {
                delete this.dataset.lentFromRoot;
                document.documentElement.append(this);
              }
            }`,
          });
          await cdp.send('Runtime.releaseObject', { objectId });
        }
      });
  });
}

/** The first element named `host` that has a shadow root. */
function findHost(node: DomNode, host: string): DomNode | null {
  if (node.localName === host && node.shadowRoots?.[0]) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, host);
    if (found) return found;
  }
  return null;
}

function findShadowRoot(node: DomNode, host: string): DomNode | null {
  return findHost(node, host)?.shadowRoots?.[0] ?? null;
}

export const highlighterUi = (page: Page) => new InPageUi(page, 'hzd-highlights');
export const outlineUi = (page: Page) => new InPageUi(page, 'hzd-outline');

// ---------------------------------------------------------------- Firefox (WebDriver BiDi)

interface BidiConnection {
  /** Resolves with the whole response message: the command's result is its `result`. */
  send(method: string, params: object): Promise<{ result: { type: string; result: BidiValue } }>;
}
interface BidiValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

/**
 * A real mouse click on an element inside one of our hosts in a Firefox page, found through
 * WebDriver BiDi (which may serialize closed shadow roots for the test driver).
 */
export async function clickInFirefoxUi(
  page: PuppeteerPage,
  host: string,
  selector: string,
  timeout = 10_000,
): Promise<{ label: string | null }> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const deadline = Date.now() + timeout;
  for (;;) {
    const hostNode = await connection.send('script.callFunction', {
      functionDeclaration: '(name) => document.querySelector(name)',
      arguments: [{ type: 'string', value: host }],
      target: { context },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const shadow = (hostNode.result.result.value as { shadowRoot?: BidiValue } | undefined)?.shadowRoot;
    if (shadow?.sharedId) {
      const found = await connection.send('script.callFunction', {
        functionDeclaration: `(root, selector) => {
          const el = root.querySelector(selector);
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          return JSON.stringify({ x: r.x + r.width / 2, y: r.y + r.height / 2, label: el.getAttribute('aria-label') });
        }`,
        arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: selector }],
        target: { context },
        awaitPromise: false,
      });
      if (found.result.result.type === 'string') {
        const point = JSON.parse(found.result.result.value as string) as { x: number; y: number; label: string | null };
        await page.mouse.click(point.x, point.y);
        return { label: point.label };
      }
    }
    if (Date.now() > deadline) throw new Error(`${host} ${selector} not found in Firefox`);
    await sleep(100);
  }
}
