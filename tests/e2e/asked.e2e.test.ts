// "Show Ofsted Lens on this page", sent from the popup for a tab: the background injects the
// overlay with nothing read, and the overlay reads the page itself: a report gets its panel, and a
// page it does not recognise says so rather than staying silent.
import { beforeAll, describe, expect, it } from 'vitest';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { PANEL_STATE } from './harness/lens-state';

const browser = useFixtureBrowser();
beforeAll(() => revealClosedShadows(browser().context));

async function askOn(url: string) {
  const page = await browser().visit(url);
  const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html`);
  await popup.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Array<{ id?: number }>> }; runtime: { sendMessage: (m: unknown) => Promise<unknown> } } };
    const [tab] = await chrome.tabs.query({ url: target });
    await chrome.runtime.sendMessage({ type: 'show-overlay-on-tab', tabId: tab!.id });
  }, url);
  await popup.close();
  return page;
}

describe('asked from the popup', () => {
  it('on a page it does not recognise, says so in the panel', async () => {
    const page = await askOn(PAGES.unrelatedNews);
    const note = page.locator(inside('ofsted-lens-panel', '.note'));
    await note.waitFor({ timeout: 10_000 });
    expect(await note.innerText()).toContain('found no Ofsted inspection');
    await page.close();
  });

  it('on a report, reads it and shows its grades', async () => {
    const page = await askOn(PAGES.report);
    await expect.poll(() => page.locator(PANEL_STATE).getAttribute('data-overall', { timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toBe('good');
    expect(await page.locator('ofsted-lens-panel').count()).toBe(1);
    await page.close();
  });
});
