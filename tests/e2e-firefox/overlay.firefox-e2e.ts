// The overlay in Firefox: the Firefox build in the system's Firefox, visiting the fixture sites
// under their real host names, so the shipped content-script matches and the injected overlay are
// tested as Firefox runs them (an MV2 background page, not a service worker).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, PAGES_NOT_OURS } from '../e2e/harness/fixture-sites';
import { useFirefox } from './harness/firefox';
import { chipGrades, panelSays } from './harness/lens-state';

const firefox = useFirefox();
const PANEL = 'ofsted-lens-panel';

const panelAttributes = (page: Page) => panelSays(firefox(), page);

describe('the overlay on the real Portsmouth 2023 report, served as a report page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await firefox().newPage(PAGES.report);
    await page.waitForSelector(PANEL, { timeout: 15_000 });
  });
  afterAll(() => page.close());

  it('says what it recognised, inside the panel’s closed root', async () => {
    expect(await panelAttributes(page)).toEqual({ kind: 'ilacs', authority: 'portsmouth', overall: 'good' });
  });

  it('shows the authority, the dates in words, and each judgement with its grade', async () => {
    const [section] = await firefox().inShadow(page, PANEL, 'section');
    // The page's name at first, the register's once the authority's context has come.
    expect(section?.text).toContain('Portsmouth');
    expect(section?.text).toContain('Inspected 15 to 19 May 2023');
    const rows = await firefox().inShadow(page, PANEL, 'li[data-judgement]');
    expect(rows.map((r) => r.text.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Impact of leaders Good\b/),
      expect.stringMatching(/^Help and protection Outstanding\b/),
      expect.stringMatching(/^Children in care Good\b/),
      expect.stringMatching(/^Care leavers Requires improvement\b/),
    ]);
  });

  it('puts a grade chip beside each judgement heading and table row', async () => {
    // Five table rows and four judgement headings (overall has no heading of its own).
    await page.waitForFunction(() => document.querySelectorAll('ofsted-lens-chip').length === 9, { timeout: 10_000 });
    // The grade of the chip beside the care leavers' heading, read inside its closed root.
    const careLeavers = await page.$$eval('h2', (hs) =>
      hs.filter((h) => h.querySelector('ofsted-lens-chip')).findIndex((h) => h.textContent?.includes('The experiences and progress of care leavers')),
    );
    expect((await chipGrades(firefox(), page, 'h2 ofsted-lens-chip'))[careLeavers]).toBe('requires-improvement');
  });

  it('keeps its shadow root closed to the page', async () => {
    expect(await page.$eval(PANEL, (el) => el.shadowRoot)).toBeNull();
  });
});

describe('the overlay on the real news article about Portsmouth’s 2018 inspection', () => {
  it('shows what the article states: overall good and its three judgements good', async () => {
    const page = await firefox().newPage(PAGES.news);
    await page.waitForSelector(PANEL, { timeout: 15_000 });
    expect(await panelAttributes(page)).toEqual({ kind: 'news', authority: 'portsmouth', overall: 'good' });
    const rows = await firefox().inShadow(page, PANEL, 'li[data-judgement]');
    expect(rows.map((r) => r.text.replace(/\s+/g, ' ').trim())).toEqual([
      'Impact of leaders Good',
      'Help and protection Good',
      'Children in care and care leavers Good',
    ]);
    await page.close();
  });
});

describe('the overlay on a local authority’s provider page', () => {
  it('lists the authority’s inspection reports', async () => {
    const page = await firefox().newPage(PAGES.provider);
    await page.waitForSelector(PANEL, { timeout: 15_000 });
    expect(await panelAttributes(page)).toEqual({ kind: 'provider', authority: 'portsmouth', overall: null });
    // Each once: an inspection from its year in the history once that has come, the rest listed.
    const links = await firefox().inShadow(page, PANEL, 'table.picture thead a, ul[aria-label="Other documents"] a');
    const hrefs = links.map((a) => a.attributes.href);
    // Four reports listed, each linked once (2023's perhaps to its page, read earlier in this file).
    expect(hrefs).toHaveLength(4);
    expect(new Set(hrefs).size).toBe(4);
    expect(hrefs).toContain('https://files.ofsted.gov.uk/v1/file/50002412');
    await page.close();
  });
});

describe('pages that are not ours get nothing', () => {
  for (const [name, url] of PAGES_NOT_OURS) {
    it(`${name}: no panel, no chips, no page errors`, async () => {
      const page = await firefox().newPage(url);
      // The same content script puts the panel on the report page within this time (above).
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(await page.$$eval('ofsted-lens-panel, ofsted-lens-chip', (els) => els.length)).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pageErrors?: string[] }).__pageErrors ?? [])).toEqual([]);
      await page.close();
    });
  }
});
