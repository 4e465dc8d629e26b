// axe-core on two screens of the built extension, light and dark: the reader on Ofsted's own PDF of
// Portsmouth's 2023 inspection, with the 2018 report in the library (the panel beside it, read
// inside its closed root, lists the earlier report's paragraphs), and the popup.
// `npm run shots` checks every screen; this catches a regression in CI, which does not run it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_PDF } from '../helpers/fixtures';
import { axeReport } from './harness/axe';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { readIntoLibrary } from './harness/read-into-library';

const REPORT = 'https://files.ofsted.gov.uk/v1/file/50222964';
const EARLIER = 'https://files.ofsted.gov.uk/v1/file/50002412';
const pdf = (published: string) => ({
  contentType: 'application/pdf',
  body: new Uint8Array(readFileSync(resolve(REAL_PDF, `inspection/80539_portsmouth_cs-inspection_${published}.pdf`))),
});
const browser = useFixtureBrowser(() => ({
  'files.ofsted.gov.uk': { [new URL(REPORT).pathname]: pdf('2023-07-03'), [new URL(EARLIER).pathname]: pdf('2018-10-15') },
}));
beforeAll(async () => {
  revealClosedShadows(browser().context);
  await readIntoLibrary(browser(), [EARLIER]);
}, 60_000);

const extensionPage = (path: string) => `chrome-extension://${browser().extensionId}/${path}`;

describe.each(['light', 'dark'] as const)('in the %s colour scheme', (scheme) => {
  let reader: Page;
  let popup: Page;
  beforeAll(async () => {
    reader = await browser().context.newPage();
    await reader.emulateMedia({ colorScheme: scheme });
    await reader.setViewportSize({ width: 1280, height: 900 });
    await reader.goto(extensionPage(`reader.html?src=${encodeURIComponent(REPORT)}`));
    await reader.locator('.report[data-complete="yes"]').waitFor({ timeout: 30_000 });
    // What axe must reach inside the closed root: the buttons to the 2018 report's paragraphs.
    await reader.locator(inside('ofsted-lens-panel', 'button.para')).first().waitFor({ timeout: 15_000 });
    popup = await browser().context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(extensionPage('popup.html?scope=all'));
    await popup.locator('.lookup').waitFor({ timeout: 10_000 });
  });
  afterAll(async () => {
    await reader.close();
    await popup.close();
  });

  it('the reader and its panel have no axe violation', async () => {
    expect(await axeReport(reader, 'document')).toEqual({ violations: [], uncheckedContrast: 0 });
  });

  it('the popup has no axe violation', async () => {
    expect(await axeReport(popup, 'document')).toEqual({ violations: [], uncheckedContrast: 0 });
  });
});
