// The markers and the panel's summary of them, in the reader, on Ofsted's own PDFs of Portsmouth's
// 2023 report with its 2018 report in the library: one marker per earlier inspection per
// paragraph, on its sentence, lasting strengths only when asked, the panel's lists leading to
// their paragraphs, and a marker's link opening the 2018 report at its paragraph.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedRootsReady, inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { portsmouthPdfs, REPORT_2018, REPORT_2023 } from './harness/portsmouth-pdfs';

const browser = useFixtureBrowser(portsmouthPdfs);
beforeAll(() => revealClosedShadows(browser().context));

const readerUrl = (src: string) => `chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(src)}`;
const markerButtons = (page: Page, scope = 'p[data-finding]') => page.locator(scope).locator(inside('ofsted-lens-marker', 'button[aria-expanded]'));
const panel = (page: Page, css: string) => page.locator(inside('ofsted-lens-panel', css));

/** Each paragraph's markers, by their words, for those that have any. */
function markersByParagraph(page: Page): Promise<Record<string, string[]>> {
  return markerButtons(page).evaluateAll((buttons) => {
    const by: Record<string, string[]> = {};
    for (const button of buttons) {
      const host = (button.getRootNode() as ShadowRoot).host;
      const id = host.closest('p')!.id;
      (by[id] ??= []).push(button.textContent!);
    }
    return by;
  });
}

/** Chooses a filter as the reader does: the keyboard on the panel's select. */
async function chooseFilter(page: Page, keys: string[]): Promise<void> {
  await panel(page, 'select').focus();
  for (const key of keys) await page.keyboard.press(key);
}

describe('the 2023 report in the reader, with the 2018 report in the library', () => {
  let page: Page;
  beforeAll(async () => {
    const earlier = await browser().visit(readerUrl(REPORT_2018)); // reading it puts it in the library
    await earlier.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 30_000 });
    await earlier.close();
    page = await browser().visit(readerUrl(REPORT_2023));
    await page.locator('ofsted-lens-marker').first().waitFor({ state: 'attached', timeout: 30_000 });
    await panel(page, 'ul.prior').first().waitFor({ timeout: 10_000 });
    await closedRootsReady(page, 'ofsted-lens-marker');
  });
  afterAll(() => page?.close());

  it('gives a paragraph at most one marker for 2018, none for a lasting strength, and nothing on a host the page could read', async () => {
    const by = await markersByParagraph(page);
    const all = Object.values(by).flat();
    expect(all.length).toBeGreaterThan(3);
    for (const markers of Object.values(by)) expect(markers).toHaveLength(1);
    for (const words of all) expect(words).toMatch(/^2018: (still a concern|improved|declined)$/);
    expect(await page.locator('ofsted-lens-marker').evaluateAll((hosts) => hosts.filter((h) => h.attributes.length > 0 || h.textContent !== '').length)).toBe(0);
  });

  it('puts paragraph 40’s marker after the sentence that refers back to 2018, and opens the earlier words, where they are, and a link to them', async () => {
    const host = page.locator('#p40 ofsted-lens-marker');
    expect(await host.evaluate((h) => h.previousSibling?.textContent)).toMatch(/identified in the 2018 inspection and remains a concern\.$/);
    const inMarker = (css: string) => host.locator(inside('ofsted-lens-marker', css));
    expect(await inMarker('button').innerText()).toBe('2018: still a concern');
    await inMarker('button').click();
    const box = await inMarker('.box').innerText();
    expect(box).toContain('Still a concern since 2018');
    expect(box).toMatch(/In paragraph \d+ of the 2018 report:/);
    expect(box).toContain('The report refers back to 2018.');
    expect(box).not.toMatch(/\d{4}-\d{2}-\d{2}|shared words|care-leavers-eet/);
    const number = /paragraph (\d+) of the 2018/.exec(box)![1];
    expect(await inMarker('a').getAttribute('href')).toBe(`reader.html?src=${encodeURIComponent(REPORT_2018)}#p${number}`);
    await page.keyboard.press('Escape');
    expect(await inMarker('.box').isHidden()).toBe(true);
  });

  it('filters the markers from the panel by keyboard: all with lasting strengths, only what is still a concern, then back', async () => {
    const byDefault = await markerButtons(page).count();
    await chooseFilter(page, ['End']); // All, with lasting strengths
    await expect.poll(() => page.locator('ofsted-lens-marker').count()).toBeGreaterThan(byDefault);
    await closedRootsReady(page, 'ofsted-lens-marker');
    expect(await markerButtons(page).allInnerTexts()).toContain('2018: a strength');
    await chooseFilter(page, ['Home', 'ArrowDown']); // Still a concern
    await expect.poll(async () => new Set(await markerButtons(page).allInnerTexts())).toEqual(new Set(['2018: still a concern']));
    expect(await panel(page, 'select').evaluate((s) => (s as HTMLSelectElement).value)).toBe('persisting');
    await chooseFilter(page, ['Home']);
    await expect.poll(() => markerButtons(page).count()).toBe(byDefault);
  });

  it('lists under the grades what is still to improve since 2018, each matter leading to its paragraph, and compares with 2018', async () => {
    const still = panel(page, 'ul[aria-label="Still to improve since 2018"] li');
    expect(await still.count()).toBeGreaterThan(0);
    const matters = await panel(page, 'ul.prior li > span:first-child').allInnerTexts();
    expect(matters).toContain("Care leavers' education, employment and training");
    await page.evaluate(() => window.scrollTo(0, 0));
    await panel(page, 'ul[aria-label="Still to improve since 2018"] button[aria-label="Show para 40"]').click();
    await expect.poll(() => page.locator('#p40').evaluate((p) => {
      const { top, bottom } = p.getBoundingClientRect();
      return top >= 0 && bottom <= innerHeight;
    })).toBe(true);
    // Focus is on paragraph 40's marker, in its closed root: the document sees its host.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('p')?.id)).toBe('p40');
    expect(await panel(page, '.compare a').getAttribute('href')).toBe(`compare.html?later=${encodeURIComponent(REPORT_2023)}&earlier=${encodeURIComponent(REPORT_2018)}`);
    expect(await panel(page, '.compare a').innerText()).toBe('Compare with 2018');
  });

  it('opens the 2018 report in the reader at the marker’s paragraph', async () => {
    const host = page.locator('#p40 ofsted-lens-marker');
    const inMarker = (css: string) => host.locator(inside('ofsted-lens-marker', css));
    if (await inMarker('.box').isHidden()) await inMarker('button').click();
    const [earlier] = await Promise.all([browser().context.waitForEvent('page'), inMarker('a').click()]);
    const number = /#p(\d+)$/.exec(earlier.url())![1];
    const paragraph = earlier.locator(`#p${number}`);
    await paragraph.waitFor({ timeout: 30_000 });
    // Just below the reader's contents bar, which stays at the top of the window.
    const barBottom = await earlier.locator('.contents').evaluate((bar) => bar.getBoundingClientRect().bottom);
    await expect.poll(() => paragraph.evaluate((p) => p.getBoundingClientRect().top)).toBeLessThan(barBottom + 50);
    expect(await paragraph.evaluate((p) => p.getBoundingClientRect().top)).toBeGreaterThanOrEqual(barBottom);
    await earlier.close();
  });
});
