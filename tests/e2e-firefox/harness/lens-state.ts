// What Ofsted Lens shows on a page, read inside its closed roots as the Chromium tests read it
// (tests/e2e/harness/lens-state.ts): the hosts carry nothing the page could read.
import type { Page } from 'puppeteer-core';
import type { FirefoxWithExtension } from './firefox';

/** What the panel recognised: the document's kind, the authority's key and the overall grade. */
export async function panelSays(firefox: FirefoxWithExtension, page: Page): Promise<{ kind: string | null; authority: string | null; overall: string | null }> {
  const [state] = await firefox.inShadow(page, 'ofsted-lens-panel', '[data-kind]');
  const said = (name: string) => state?.attributes[name] ?? null;
  return { kind: said('data-kind'), authority: said('data-authority-key'), overall: said('data-overall') };
}

/** The grade shown by each chip whose host `host` matches, from its class (`chip chip-good`). */
export const chipGrades = async (firefox: FirefoxWithExtension, page: Page, host: string) =>
  (await firefox.inShadow(page, host, '.chip')).map((chip) => /\bchip-([a-z-]+)/.exec(chip.attributes.class ?? '')?.[1] ?? null);

/** The text of each highlighted note, from the layer of highlights' closed root. */
export const highlighted = async (firefox: FirefoxWithExtension, page: Page) =>
  (await firefox.inShadow(page, 'ofsted-lens-highlights', '[data-quote]')).map((note) => note.attributes['data-quote']);
