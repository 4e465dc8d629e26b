// A hostile page on a sector news site tries to bloat the library: a 2.2 MB page posing as a 2022
// copy of Portsmouth's report, its paragraphs repeated, is not stored (nor can its content script,
// compromised, store it or ask the library's context for it), and the genuine 2023 report keeps
// the markers, history and trends it had from the 2018 report; a page reloading itself as ?n=1…12
// stores no more than a few records a minute.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { parseReport } from '../../utils/core/report/parse-report';
import type { Report } from '../../utils/core/schema/domain';
import { REAL_PDF, realFixture } from '../helpers/fixtures';
import { BLOATED, BLOATED_HTML, bloatedReport, bloatingSites, RELOADING } from './harness/bloating-pages';
import { closedRootsReady, inside, revealClosedShadows } from './harness/closed-shadow';
import { evaluateInExtensionWorld } from './harness/extension-world';
import { useFixtureBrowser } from './harness/fixture-browser';
import { PAGES } from './harness/fixture-sites';
import { dumpLibrary } from './harness/library-dump';

const REPORT_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';

const browser = useFixtureBrowser(() => ({
  ...bloatingSites(),
  'files.ofsted.gov.uk': {
    '/v1/file/50002412': { contentType: 'application/pdf', body: new Uint8Array(readFileSync(resolve(REAL_PDF, 'inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf'))) },
  },
}));

const worker = () => browser().context.serviceWorkers()[0]!;
const sources = async () => (await dumpLibrary(worker())).inspections.map((r) => (r as { source: string }).source).sort();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type PriorContextSeen = { markers: string[]; history: string[]; trends: string[] };

/**
 * What the genuine 2023 report shows from the library (each marker's words, the history's rows, the
 * trends), once the library's answer has come (the history and the markers come with it), or
 * nothing of it when none has come in 20 s.
 */
async function genuineReportContext(): Promise<PriorContextSeen> {
  const page = await browser().context.newPage();
  await page.goto(PAGES.report);
  const panel = (css: string) => page.locator(inside('ofsted-lens-panel', css));
  // The earlier inspections the library gave: the history's columns read from a report, beside this one.
  const history = panel('table.picture thead th[data-from="both"]:not([data-current])');
  await history.first().waitFor({ state: 'attached', timeout: 20_000 }).catch(() => undefined);
  if ((await page.locator('ofsted-lens-marker').count()) > 0) await closedRootsReady(page, 'ofsted-lens-marker');
  const seen = {
    markers: await page.locator(inside('ofsted-lens-marker', 'button[aria-expanded]')).allInnerTexts(),
    history: await history.allTextContents(),
    trends: await panel('.trend').allInnerTexts(),
  };
  await page.close();
  return seen;
}

let before: PriorContextSeen;
let bloatedPage: Page;

beforeAll(() => revealClosedShadows(browser().context));

describe('a 2.2 MB page on a sector news site posing as Portsmouth’s 2022 report', () => {
  it('starts from a genuine report with markers, a history row and trends from the 2018 report', async () => {
    // Ofsted's own 2018 report, read in the reader: the genuine report's earlier inspection.
    const reader = await browser().visit(`chrome-extension://${browser().extensionId}/reader.html?src=${encodeURIComponent(REPORT_2018)}`);
    await reader.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 30_000 });
    await expect.poll(sources, { timeout: 15_000 }).toEqual([REPORT_2018]);
    await reader.close();
    before = await genuineReportContext();
    expect(before.markers.length).toBeGreaterThan(3);
    expect(before.markers.every((m) => m.startsWith('2018:'))).toBe(true);
    expect(before.history).toHaveLength(1);
    expect(before.trends.length).toBeGreaterThan(0);
  }, 90_000);

  it('is 2.2 MB, recognised as a report, and not stored', async () => {
    expect(Buffer.byteLength(BLOATED_HTML)).toBeGreaterThan(2_200_000);
    bloatedPage = await browser().visit(BLOATED);
    await bloatedPage.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 15_000 });
    // The small planted page of attacker.e2e.test.ts is stored within a few seconds; this one never is.
    for (let waited = 0; waited < 10_000; waited += 500) {
      expect(await sources()).toEqual([REPORT_2018, PAGES.report]);
      await sleep(500);
    }
  });

  it('cannot be stored, nor bloat the context the library answers, from its compromised content script', async () => {
    const genuine = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt'), url: PAGES.report }) as Report;
    // As the detection script reads it (the schema would refuse it here).
    const bloated = parseReport(bloatedReport(), 'ilacs');
    expect(bloated.findings.length).toBe(genuine.findings.length);
    const replies = await evaluateInExtensionWorld<Record<string, unknown>>(bloatedPage, browser().extensionId, `(async () => {
      const send = (m) => chrome.runtime.sendMessage(m).then((reply) => reply ?? 'no answer', (e) => ({ threw: String(e) }));
      const bloated = ${JSON.stringify(bloated)};
      return {
        remember: await send({ type: 'remember-document', source: ${JSON.stringify(BLOATED)}, document: bloated }),
        context: await send({ type: 'prior-context', source: ${JSON.stringify(BLOATED)}, report: bloated }),
      };
    })()`, 30_000);
    for (const reply of Object.values(replies)) expect(JSON.stringify(reply)).not.toMatch(/links|history/);
    expect(await sources()).toEqual([REPORT_2018, PAGES.report]);
    await bloatedPage.close();
  });

  it('leaves the genuine 2023 report the markers, history and trends it had', async () => {
    expect(await genuineReportContext()).toEqual(before);
  });
});

describe('a page reloading itself as ?n=1…12 on a sector news site', () => {
  it('stores no more than three records in 31 s', async () => {
    const page = await browser().visit(`${RELOADING}?n=1`);
    await page.waitForURL(/\?n=12$/, { timeout: 40_000 });
    await page.locator('ofsted-lens-panel').waitFor({ state: 'attached', timeout: 15_000 });
    await sleep(3_000);
    const stored = (await sources()).filter((s) => s.startsWith(RELOADING));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThanOrEqual(3);
    await page.close();
  }, 90_000);
});
