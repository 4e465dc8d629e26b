// Reading a page's performance marks over a bare CDP session. Playwright's own page.evaluate
// and waitForFunction first inject its utility script (about 300 KB) into the page, which runs
// on the page's main thread inside the very window being measured; one Runtime.evaluate of a
// short expression does not.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export type Evaluate = (expression: string) => Promise<unknown>;

/** Evaluates in a Playwright page's main world. */
export async function pageEvaluator(context: BrowserContext, page: Page): Promise<Evaluate> {
  const session = await context.newCDPSession(page);
  return async (expression) => {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  };
}

/** Evaluates in a target Playwright does not expose as a page, such as an extension's toolbar popup. */
export async function targetEvaluator(browserSession: CDPSession, targetId: string): Promise<Evaluate> {
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  return (expression) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const reply = JSON.parse(event.message) as { id?: number; result?: { result: { value: unknown }; exceptionDetails?: { text: string } }; error?: { message: string } };
        if (reply.id !== id) return;
        browserSession.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error || reply.result?.exceptionDetails) reject(new Error(reply.error?.message ?? reply.result?.exceptionDetails?.text));
        else resolve(reply.result!.result.value);
      };
      browserSession.on('Target.receivedMessageFromTarget', onMessage);
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } });
      browserSession.send('Target.sendMessageToTarget', { sessionId, message }).catch(reject);
    });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Start times of the named marks, once all are present; polled from Node five times a second. */
export async function waitForMarks(evaluate: Evaluate, names: string[], timeoutMs = 10_000): Promise<Record<string, number>> {
  const expression = `JSON.stringify(Object.fromEntries(${JSON.stringify(names)}.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])))`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await sleep(200);
    const marks = JSON.parse((await evaluate(expression)) as string) as Record<string, number | null>;
    if (Object.values(marks).every((t) => t !== null)) return marks as Record<string, number>;
    if (Date.now() > deadline) throw new Error(`Marks not all set within ${timeoutMs} ms: ${JSON.stringify(marks)}`);
  }
}
