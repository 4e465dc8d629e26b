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
      const stop = () => {
        clearTimeout(timer);
        browserSession.off('Target.receivedMessageFromTarget', onMessage);
        browserSession.off('Target.detachedFromTarget', onDetached);
      };
      const fail = (error: Error) => {
        stop();
        reject(error);
      };
      const timer = setTimeout(() => fail(new Error(`The target did not answer within ${CALL_TIMEOUT_MS} ms.`)), CALL_TIMEOUT_MS);
      const onDetached = (event: { sessionId: string }) => {
        if (event.sessionId === sessionId) fail(new Error('The target closed before it answered.'));
      };
      const onMessage = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const reply = JSON.parse(event.message) as { id?: number; result?: { result: { value: unknown }; exceptionDetails?: { text: string } }; error?: { message: string } };
        if (reply.id !== id) return;
        if (reply.error || reply.result?.exceptionDetails) fail(new Error(reply.error?.message ?? reply.result?.exceptionDetails?.text));
        else {
          stop();
          resolve(reply.result!.result.value);
        }
      };
      browserSession.on('Target.receivedMessageFromTarget', onMessage);
      browserSession.on('Target.detachedFromTarget', onDetached);
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } });
      browserSession.send('Target.sendMessageToTarget', { sessionId, message }).catch(fail);
    });
}

const CALL_TIMEOUT_MS = 10_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `expression` is true in the page; polled from Node five times a second. */
export async function waitUntil(evaluate: Evaluate, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await sleep(200).then(() => evaluate(expression)))) {
    if (Date.now() > deadline) throw new Error(`Not true within ${timeoutMs} ms: ${expression}`);
  }
}

/** Start times of the named marks, once all are present. */
export async function waitForMarks(evaluate: Evaluate, names: string[], timeoutMs = 10_000): Promise<Record<string, number>> {
  const all = JSON.stringify(names);
  await waitUntil(evaluate, `${all}.every((n) => performance.getEntriesByName(n).length > 0)`, timeoutMs);
  const times = await evaluate(`JSON.stringify(Object.fromEntries(${all}.map((n) => [n, performance.getEntriesByName(n)[0].startTime])))`);
  return JSON.parse(times as string) as Record<string, number>;
}
