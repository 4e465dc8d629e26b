// What Ofsted Lens shows on a page, read inside its closed roots: the hosts in the page's light DOM
// carry nothing the page could read, so neither do the tests read them there. Needs
// revealClosedShadows on the page (closed-shadow.ts).
import type { Page } from 'playwright-core';
import { inside } from './closed-shadow';

/** The panel's element that says what was recognised, in its data attributes. */
export const PANEL_STATE = inside('ofsted-lens-panel', '[data-kind]');

/** What the panel recognised: the document's kind, the authority's key and the overall grade. */
export async function panelSays(page: Page): Promise<{ kind: string | null; authority: string | null; overall: string | null }> {
  const state = page.locator(PANEL_STATE);
  await state.waitFor({ state: 'attached', timeout: 15_000 });
  return { kind: await state.getAttribute('data-kind'), authority: await state.getAttribute('data-authority-key'), overall: await state.getAttribute('data-overall') };
}

/** The grade shown by each chip whose host `host` matches, from its class (`chip chip-good`). */
export const chipGrades = (page: Page, host: string) =>
  page.locator(inside(host, '.chip')).evaluateAll((chips) => chips.map((chip) => /\bchip-([a-z-]+)/.exec(chip.className)?.[1] ?? null));
