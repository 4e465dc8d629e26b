// A hostile page on a sector news site plants records in the reader's library: a made-up copy of
// Portsmouth's report (March 2022, inadequate throughout) that reloads itself under new addresses,
// each read and kept as news. Until the library could be cleaned, nothing the reader could do took
// them out. Now the options page lists them, with their site and addresses, and one click on that
// site's Delete takes them all, leaving the library, and what the reader shows on the genuine
// report, as they were before the attack.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { notesToBackup } from '../../utils/core/notes/export';
import { sampleNote } from '../helpers/notes';
import { closedRootTexts, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { dumpLibrary, type LibraryDump } from './harness/library-dump';
import { FILES, pdfRoute, realPortsmouth2023Pdf, REPORT_2023 } from './harness/listed-reports';
import { HOSTILE, HOSTILE_SITE, selfReloadingPage } from './harness/self-reloading-page';

const RELOADS = 3;

const browser = useFixtureBrowser(() => ({
  [FILES]: { [new URL(REPORT_2023).pathname]: pdfRoute(realPortsmouth2023Pdf()) },
  [HOSTILE_SITE]: { [new URL(HOSTILE).pathname]: { contentType: 'text/html; charset=utf-8', body: selfReloadingPage(RELOADS) } },
}));
beforeAll(() => revealClosedShadows(browser().context));

const library = () => dumpLibrary(browser().context.serviceWorkers()[0]!);
const hostileRecords = (dump: LibraryDump) => dump.inspections.filter((r) => (r as { site: string }).site === HOSTILE_SITE);

/** What the reader shows beside the genuine report: its panel's text, with the library's other inspections. */
async function readerPanel(): Promise<string> {
  const reader = await browser().visit(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(REPORT_2023)}`);
  await reader.locator('.report[data-complete="yes"]').waitFor({ timeout: 20_000 });
  // The official history comes first, the library's other inspections after it.
  await expect.poll(async () => (await closedRootTexts(reader, 'ofsted-lens-panel')).join('\n'), { timeout: 15_000 }).toContain('Graded inspections');
  await reader.waitForTimeout(1500);
  const text = (await closedRootTexts(reader, 'ofsted-lens-panel')).join('\n');
  await reader.close();
  return text;
}

describe('a page that plants records in the library, reloading itself', () => {
  let before: LibraryDump;
  let panelBefore: string;
  let options: Page;

  it('leaves records the reader can find on the options page, by its site and addresses', async () => {
    panelBefore = await readerPanel();
    const popup = await browser().visit(`chrome-extension://${browser().extensionId}/popup.html?scope=all`);
    await popup.locator('input[name="import"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(notesToBackup([sampleNote({ url: REPORT_2023 })])) });
    await popup.locator('.note').first().waitFor({ timeout: 10_000 });
    await popup.close();
    before = await library();
    expect(before.inspections).toHaveLength(1);

    const hostile = await browser().visit(HOSTILE);
    await hostile.waitForURL(`${HOSTILE}?n=${RELOADS}`, { timeout: 30_000 });
    await hostile.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(async () => hostileRecords(await library()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    await hostile.waitForTimeout(1000);
    await hostile.close();
    const planted = hostileRecords(await library()).map((r) => (r as { source: string }).source);

    options = await browser().visit(`chrome-extension://${browser().extensionId}/options.html`);
    const site = options.getByRole('region', { name: HOSTILE_SITE, exact: true });
    await site.locator('.record').first().waitFor({ timeout: 10_000 });
    expect((await site.locator('.record-address').allInnerTexts()).sort()).toEqual([...planted].sort());
    for (const from of await site.locator('.record-from').allInnerTexts()) expect(from).toMatch(/^Reported by www\.cypnow\.co\.uk · read /);
  });

  it('is undone with one click on its site’s Delete: the library and the reader’s panel are as before the attack, the note kept', async () => {
    await options.getByRole('button', { name: new RegExp(`^Delete (all \\d+ records|1 record) from ${HOSTILE_SITE.replace(/\./g, '\\.')}$`) }).click();
    await options.locator('.undo', { hasText: `from ${HOSTILE_SITE}.` }).waitFor({ timeout: 10_000 });
    expect(await library()).toEqual(before);
    expect(await options.getByRole('region', { name: HOSTILE_SITE, exact: true }).count()).toBe(0);
    await options.close();
    const panelAfter = await readerPanel();
    expect(panelAfter).not.toContain(HOSTILE_SITE);
    expect(panelAfter).toBe(panelBefore);
  });
});
