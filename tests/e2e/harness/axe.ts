// axe-core on a page of the built extension or on a web page with Ofsted Lens's UI on it.
//
// Ofsted Lens draws on web pages (and in the reader) inside closed shadow roots, which axe, like any
// script, cannot enter from the document. The DevTools protocol can: each closed root is resolved
// in the page's main world and set as its host's own `shadowRoot` there, so axe walks it as an
// open one. The DOM, its styles and its layout are the same in every world, so what axe measures
// (contrast, names, roles, order) is what the reader meets. Only a harness run does this: the
// product's roots stay closed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inEachClosedRoot } from './closed-shadow';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string; count: number; help: string; targets: string[] };

/** Rules about a whole document, which a web page's own markup answers for, not Ofsted Lens's panel on it. */
const PAGE_RULES = ['landmark-one-main', 'page-has-heading-one', 'document-title', 'html-has-lang', 'region', 'bypass'];

const OPEN_FOR_AXE = `function () {
  const root = this;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
}`;

/**
 * axe's violations on `page`: on an extension page (`scope: 'document'`) the whole document; on a
 * web page (`scope: 'ours'`) only Ofsted Lens's own elements (`ofsted-lens-*` hosts and what their
 * roots hold), without the rules that judge the whole page.
 */
export async function axeViolations(page: Page, scope: 'document' | 'ours'): Promise<AxeViolation[]> {
  await inEachClosedRoot(page, OPEN_FOR_AXE);
  const session = await page.context().newCDPSession(page);
  try {
    const loaded = await session.send('Runtime.evaluate', { expression: `${AXE_SOURCE}\n;typeof axe`, returnByValue: true });
    if (loaded.result.value !== 'object') throw new Error(`axe-core did not load in ${page.url()}: ${loaded.exceptionDetails?.text ?? loaded.result.value}`);
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression: `(async () => {
        const scope = ${JSON.stringify(scope)};
        const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ofsted-lens-'));
        const context = scope === 'document' ? document : { include: hosts.map((el) => [el.localName]) };
        const rules = Object.fromEntries((scope === 'document' ? [] : ${JSON.stringify(PAGE_RULES)}).map((id) => [id, { enabled: false }]));
        const { violations } = await axe.run(context, { resultTypes: ['violations'], rules });
        return violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', count: v.nodes.length, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
      })()`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`axe-core failed in ${page.url()}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as AxeViolation[];
  } finally {
    await session.detach().catch(() => undefined);
  }
}
