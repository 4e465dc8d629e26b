// Never silent on an Ofsted document (issue 23): a PDF from files.ofsted.gov.uk carrying Ofsted's
// judgement table, and a page on reports.ofsted.gov.uk titled as a children's services report,
// that Ofsted Lens cannot classify, each say so, in the reader and in the page's panel; an
// ordinary PDF keeps the reader's plain "not a report" line. Screenshots of each message, light
// and dark, go to $OFSTED_LENS_SCREENS (when set) to be looked at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportPdf } from '../helpers/report-pdf';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { fixtureSites } from './harness/fixture-sites';
import { simplePage } from './harness/text-to-html';

const REASON = 'Ofsted Lens could not tell what kind of Ofsted document this is.';
const FILES = 'files.ofsted.gov.uk';
const TABLE_ONLY_PDF = `https://${FILES}/v1/file/91`;
const RECIPE_PDF = `https://${FILES}/v1/file/92`;
const UNCLASSIFIED_PAGE = 'https://reports.ofsted.gov.uk/reports/northshire-unclassified';

// Synthetic: Ofsted's judgement table under a heading that names no kind of document, no title,
// no dates, no lead inspector.
const TABLE_ONLY = [
  'Annex: the judgements',
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tGood',
  'The experiences and progress of children who need help and protection\tGood',
  'The experiences and progress of children in care\tRequires improvement to be good',
  'Overall effectiveness\tGood',
  'These are the grades the inspection gave.',
].join('\n');

const pdf = (body: Uint8Array) => ({ contentType: 'application/pdf', body });
const browser = useFixtureBrowser(async () => ({
  [FILES]: {
    '/v1/file/91': pdf(await reportPdf(TABLE_ONLY)),
    '/v1/file/92': pdf(await reportPdf('Lemon drizzle cake\nBeat the butter and sugar until pale, then fold in the flour.')),
  },
  'reports.ofsted.gov.uk': {
    ...fixtureSites()['reports.ofsted.gov.uk'],
    // Synthetic: a report's title with the rest of its head lost.
    [new URL(UNCLASSIFIED_PAGE).pathname]: {
      contentType: 'text/html; charset=utf-8',
      body: simplePage(
        'Northshire',
        '<main><h1>Inspection of Northshire local authority children’s services</h1><p>This document has lost its head, its dates and its judgement table.</p></main>',
      ),
    },
  },
}));
beforeAll(() => revealClosedShadows(browser().context));

const SCREENS = process.env.OFSTED_LENS_SCREENS;
async function screenshot(page: Page, name: string) {
  if (!SCREENS) return;
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`) });
}

const readerUrl = (src: string) => `chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(src)}`;

async function openInReader(src: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser().context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(readerUrl(src));
  await page.locator('.report, .status[data-state="error"]').first().waitFor({ timeout: 15_000 });
  return page;
}

describe('the reader on an Ofsted PDF it cannot classify', () => {
  it.each(['light', 'dark'] as const)('says it could not tell what kind of Ofsted document it is, and shows no grades (%s)', async (scheme) => {
    const page = await openInReader(TABLE_ONLY_PDF, scheme);
    const status = page.locator('.status[data-state="not-recognised"]');
    expect(await status.innerText()).toBe(REASON);
    await page.waitForTimeout(500);
    expect(await page.locator('ofsted-lens-panel').count()).toBe(0);
    await screenshot(page, `reader-unclassified-${scheme}`);
    await page.close();
  });

  it('keeps the plain "not a report" line for a PDF that is not Ofsted’s kind of document at all', async () => {
    const page = await openInReader(RECIPE_PDF);
    const text = await page.locator('.status[data-state="not-recognised"]').innerText();
    expect(text).toContain('This PDF is not an Ofsted inspection report');
    expect(text).not.toContain(REASON);
    await page.close();
  });
});

describe('the panel on an Ofsted page it cannot classify', () => {
  it.each(['light', 'dark'] as const)('shows the message instead of nothing (%s)', async (scheme) => {
    const page = await browser().context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(UNCLASSIFIED_PAGE);
    const note = page.locator(inside('ofsted-lens-panel', 'p.note'));
    await note.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await note.innerText()).toBe(REASON);
    expect(await page.locator(inside('ofsted-lens-panel', 'li[data-judgement]')).count()).toBe(0);
    await screenshot(page, `panel-unclassified-${scheme}`);
    await page.close();
  });
});
