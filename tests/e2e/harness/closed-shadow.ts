// Browser tests reading Ofsted Lens's own UI, whose shadow roots are closed: a page's scripts get
// null from host.shadowRoot, and Playwright's locators pierce open roots only. The DevTools
// protocol sees closed roots. This harness finds them there and hands each to a selector engine in
// the page's main world, through a map that only tests make, so a test can write
// `page.locator(inside('ofsted-lens-panel', '.authority'))`. It also says when the content
// script's world exists, which the product no longer marks anywhere a page could see.
//
// Clicks stay real mouse input (trusted, as Ofsted Lens requires): Playwright's `.click()`, whose
// hit-target check starts from the element's own root (getRootNode), closed or not, so it needs no
// `{ force: true }`.
import { selectors, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

const ENGINE = 'lens_closed';
/** The main-world WeakMap, host element → its closed root, under this Symbol.for key. Test-only. */
const ROOTS_KEY = 'ofsted-lens.test.closed-roots';
const POLL_MS = 100;
const GROUP = 'ofsted-lens-closed-shadow';

/**
 * Evaluated in the page's main world, where Playwright runs a registered engine. The body is
 * `{"host": css, "css": css}`: each host in the scope (the scope itself included) whose closed root
 * the harness has handed over, and in that root every match of `css`. Plain JavaScript, as a
 * string, so nothing the test runner adds when it compiles this file goes into the page.
 */
const ENGINE_SOURCE = `(() => {
  const rootOf = (host) => globalThis[Symbol.for(${JSON.stringify(ROOTS_KEY)})]?.get(host);
  const queryAll = (scope, body) => {
    const { host, css } = JSON.parse(body);
    const hosts = [...(typeof scope.matches === 'function' && scope.matches(host) ? [scope] : []), ...scope.querySelectorAll(host)];
    return hosts.flatMap((h) => [...(rootOf(h)?.querySelectorAll(css) ?? [])]);
  };
  return { query: (scope, body) => queryAll(scope, body)[0] ?? null, queryAll };
})()`;

// Registered once per test file (each has its own module graph), before its browser starts.
await selectors.register(ENGINE, { content: ENGINE_SOURCE });

/** A selector for `css` inside the closed shadow root of each `host` (a CSS selector for the host element). */
export function inside(host: string, css: string): string {
  return `${ENGINE}=${JSON.stringify({ host, css })}`;
}

type DomNode = {
  backendNodeId: number;
  localName?: string;
  shadowRootType?: string;
  shadowRoots?: DomNode[];
  children?: DomNode[];
  contentDocument?: DomNode;
};

/** Every closed shadow root in the page's frame, as [host's local name, root's backend node id]. */
async function closedRoots(session: CDPSession): Promise<Array<{ host: string; root: number }>> {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const found: Array<{ host: string; root: number }> = [];
  const walk = (node: DomNode) => {
    for (const shadow of node.shadowRoots ?? []) {
      if (shadow.shadowRootType === 'closed') found.push({ host: node.localName ?? '', root: shadow.backendNodeId });
      walk(shadow);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return found;
}

/**
 * Whether the page holds one of Ofsted Lens's hosts (all are `ofsted-lens-*` elements, in the light
 * DOM) whose root the map lacks: a cheap look from the main world before the whole document is
 * asked of the protocol, which takes some 25 ms on the report page.
 */
const UNGIVEN_HOSTS = `(() => {
  const roots = globalThis[Symbol.for(${JSON.stringify(ROOTS_KEY)})];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode(); el; el = walker.nextNode()) if (el.localName.startsWith('ofsted-lens-') && !roots?.has(el)) return true;
  return false;
})()`;

/** Hands each closed root not handed over yet to the main world's map; `given` remembers which. */
async function exposeNew(session: CDPSession, given: Set<number>): Promise<void> {
  const { result } = await session.send('Runtime.evaluate', { expression: UNGIVEN_HOSTS, returnByValue: true });
  if (result.value !== true) return;
  for (const { root } of await closedRoots(session)) {
    if (given.has(root)) continue;
    // Resolved without a context: the node's frame's main world, where the engine runs.
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: root, objectGroup: GROUP });
    await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { const key = Symbol.for(${JSON.stringify(ROOTS_KEY)}); (globalThis[key] ??= new WeakMap()).set(this.host, this); }`,
    });
    given.add(root);
  }
  await session.send('Runtime.releaseObjectGroup', { objectGroup: GROUP });
}

const watched = new WeakSet<Page>();

function watch(page: Page): void {
  if (watched.has(page)) return;
  watched.add(page);
  void (async () => {
    const session = await page.context().newCDPSession(page);
    // A node's backend id is never reused, so a root is handed over once, and a new page's afresh.
    const given = new Set<number>();
    while (!page.isClosed()) {
      // Between a page and the next (a navigation, a reload) the protocol may refuse: asked again next time.
      await exposeNew(session, given).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })().catch(() => undefined); // the page or its context closed while attaching
}

/**
 * Keeps the closed roots of a page, or of every page of a context (those open and those to come),
 * readable by `inside(...)` locators: the roots come and go as Ofsted Lens draws, so they are
 * looked for again every POLL_MS while the page is open. A test that asserts what a page's own
 * scripts can reach must not call this on that page first.
 */
export function revealClosedShadows(target: BrowserContext | Page): void {
  if ('pages' in target) {
    target.pages().forEach(watch);
    target.on('page', watch);
  } else {
    watch(target);
  }
}

/**
 * Resolves once the page has a `host` element and every one it has is readable by `inside(...)`:
 * before reading what does not wait (a count, `allInnerTexts`, `evaluateAll`), as the roots are
 * handed over a moment after they appear.
 */
export async function closedRootsReady(page: Page, host: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ([host, key]) => {
      const hosts = [...document.querySelectorAll(host)];
      const roots = (globalThis as unknown as Record<symbol, WeakMap<Element, ShadowRoot> | undefined>)[Symbol.for(key)];
      return hosts.length > 0 && hosts.every((h) => roots?.has(h));
    },
    [host, ROOTS_KEY] as const,
    { timeout },
  );
}

/**
 * Runs `fn` (a function's source, called with the root as `this`) on each closed root whose host
 * is a `host` element, and returns what each gave, by value, through the protocol alone: nothing is
 * handed to the page. For a test about what the page itself can see.
 */
export async function inClosedRoots<T>(page: Page, host: string, fn: string): Promise<T[]> {
  return inEachClosedRoot(page, fn, host);
}

/** Runs `fn` as inClosedRoots does, on every closed root in the page, or on those whose host is a `host` element. */
export async function inEachClosedRoot<T>(page: Page, fn: string, host?: string): Promise<T[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const values: T[] = [];
    for (const found of await closedRoots(session)) {
      if (host !== undefined && found.host !== host) continue;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: found.root, objectGroup: GROUP });
      const { result } = await session.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
      values.push(result.value as T);
    }
    await session.send('Runtime.releaseObjectGroup', { objectGroup: GROUP });
    return values;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The text of each closed root whose host is a `host` element, read through the protocol alone. */
export async function closedRootTexts(page: Page, host: string): Promise<string[]> {
  return (await inClosedRoots<string | null>(page, host, 'function () { return this.textContent; }')).map(String);
}

/**
 * Resolves once Ofsted Lens's content script has a world in the page's main frame: Chrome makes
 * that isolated world, named for the extension and with its origin, as the first of its scripts
 * runs there. Seen through the protocol (which reports the worlds already there as it is
 * enabled); the product marks nothing in the page for it.
 */
export async function contentScriptWorld(page: Page, extensionId: string, timeout = 15_000): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const found = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`No Ofsted Lens content script ran in ${page.url()} within ${timeout} ms.`)), timeout);
      session.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { type?: string; frameId?: string } | undefined;
        if (aux?.type === 'isolated' && aux.frameId === frameTree.frame.id && context.origin === `chrome-extension://${extensionId}`) resolve();
      });
    });
    await session.send('Runtime.enable');
    await found.finally(() => clearTimeout(timer));
  } finally {
    await session.detach().catch(() => undefined);
  }
}
