// axe-core on a page of the built extension or on a web page with Ofsted Lens's UI on it.
//
// Ofsted Lens draws on web pages (and in the reader) inside closed shadow roots, which axe, like any
// script, cannot enter from the document. The DevTools protocol can: each closed root is resolved
// in the page's main world and set as its host's own `shadowRoot` there, so axe walks it as an
// open one. The DOM, its styles and its layout are the same in every world, so what axe measures
// (contrast, names, roles, order) is what the reader meets. Only a harness run does this: the
// product's roots stay closed.
//
// axe 4.14 cannot place the panel's text on its page (its grid gives no stack for it, open root or
// closed, fixed or in flow), so it files every text of the panel as "incomplete" color-contrast with
// no reason, and checks none. Those texts, and only those, are measured here with axe's own colour
// functions: the text's colour over the opaque background of its nearest element that has one,
// within its own root (the panel and the chips draw their own backgrounds). A text with no such
// background is counted as unchecked, never passed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { inEachClosedRoot } from './closed-shadow';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule's failure: its nodes (as axe's selectors, through shadow roots) and, for the first, axe's account of why. */
export type AxeViolation = { id: string; impact: string; count: number; help: string; targets: string[]; why: string };
/** axe's violations, and how many texts' contrast neither axe nor the measure above could tell. */
export type AxeReport = { violations: AxeViolation[]; uncheckedContrast: number };

/** Rules about a whole document, which a web page's own markup answers for, not Ofsted Lens's panel on it. */
const PAGE_RULES = ['landmark-one-main', 'page-has-heading-one', 'document-title', 'html-has-lang', 'region', 'bypass'];

const OPEN_FOR_AXE = `function () {
  const root = this;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
}`;

/** Evaluated in the page after axe.run, with `incomplete` its incomplete results (elementRef: true). */
const MEASURE_UNDETERMINED = `(incomplete) => {
  const { Color, flattenColors, getOwnBackgroundColor, hasValidContrastRatio } = axe.commons.color;
  const parse = (css) => { const colour = new Color(); colour.parseString(css); return colour; };
  const nodes = (incomplete.find((r) => r.id === 'color-contrast')?.nodes ?? []).filter((n) => !n.any.some((c) => c.data?.messageKey));
  const failed = [];
  let unchecked = 0;
  for (const { element, target } of nodes) {
    // Drawn again since axe looked (the panel redraws as the library answers): no colours to read.
    if (!element.isConnected) { unchecked++; continue; }
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
      const bg = getOwnBackgroundColor(getComputedStyle(node));
      if (bg.alpha > 0) layers.push(bg);
      if (bg.alpha === 1) break;
    }
    if (layers.length === 0 || layers.at(-1).alpha < 1) { unchecked++; continue; }
    const bg = layers.reverse().reduce((under, over) => flattenColors(over, under));
    const style = getComputedStyle(element);
    const fg = flattenColors(parse(style.color), bg);
    const { isValid, contrastRatio, expectedContrastRatio } = hasValidContrastRatio(bg, fg, parseFloat(style.fontSize), parseInt(style.fontWeight, 10) >= 700);
    if (!isValid) failed.push({ target: JSON.stringify(target), why: 'contrast ' + contrastRatio.toFixed(2) + ' (' + fg.toHexString() + ' on ' + bg.toHexString() + '), expected ' + expectedContrastRatio });
  }
  return { failed, unchecked };
}`;

/**
 * axe's violations on `page`: on an extension page (`scope: 'document'`) the whole document; on a
 * web page (`scope: 'ours'`) only Ofsted Lens's own elements (`ofsted-lens-*` hosts and what their
 * roots hold), without the rules that judge the whole page.
 */
export async function axeReport(page: Page, scope: 'document' | 'ours'): Promise<AxeReport> {
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
        const { violations, incomplete } = await axe.run(context, { resultTypes: ['violations', 'incomplete'], elementRef: true, rules });
        const measured = (${MEASURE_UNDETERMINED})(incomplete);
        const found = violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', count: v.nodes.length, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)), why: v.nodes[0]?.failureSummary ?? '' }));
        if (measured.failed.length > 0) found.push({ id: 'color-contrast-measured', impact: 'serious', count: measured.failed.length, help: 'Text whose contrast axe could not tell, measured over its own background', targets: measured.failed.map((f) => f.target), why: measured.failed[0].why });
        return { violations: found, uncheckedContrast: measured.unchecked };
      })()`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`axe-core failed in ${page.url()}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as AxeReport;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
