// Runs code in Ofsted Lens's own isolated world in a page, where its content script and overlay run:
// what a compromised content script context could do, for the tests that play the attacker.
import type { Page } from 'playwright-core';

/** Evaluates `expression` (awaited, returned by value) in the extension's world of the page's main frame. */
export async function evaluateInExtensionWorld<T>(page: Page, extensionId: string, expression: string, timeout = 15_000): Promise<T> {
  const session = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await session.send('Page.getFrameTree');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const world = new Promise<number>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`No Ofsted Lens world in ${page.url()} within ${timeout} ms.`)), timeout);
      session.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { type?: string; frameId?: string } | undefined;
        if (aux?.type === 'isolated' && aux.frameId === frameTree.frame.id && context.origin === `chrome-extension://${extensionId}`) resolve(context.id);
      });
    });
    await session.send('Runtime.enable');
    const contextId = await world.finally(() => clearTimeout(timer));
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`In the extension's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
