// The panel on a news article as a reader meets it (issue 25): who reported it and when, the grades
// it gives as this inspection's, and the grade it gives an earlier inspection as earlier text, never
// a chip. Screenshots of the panel, light and dark, go to OFSTED_LENS_SCREENS when it is set.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { inside, revealClosedShadows } from './harness/closed-shadow';
import { useFixtureBrowser } from './harness/fixture-browser';
import { simplePage } from './harness/text-to-html';

const ARTICLE = 'https://www.cypnow.co.uk/news/2024/03/gateshead-outstanding';
const paragraphs = [
  'Published: 14 March 2024',
  "Gateshead Council's children's services have been rated outstanding in every area by Ofsted after a three-week inspection.",
  'Inspectors said children were seen quickly and that leaders know their families well.',
  'At its last inspection in 2019 the council was rated good.',
];
const html = simplePage(
  'Gateshead children’s services outstanding in every area | CYP Now',
  `<main><article><h1>Gateshead children’s services outstanding in every area</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main>`,
);

const browser = useFixtureBrowser(() => ({ 'www.cypnow.co.uk': { [new URL(ARTICLE).pathname]: { contentType: 'text/html; charset=utf-8', body: html } } }));
beforeAll(() => revealClosedShadows(browser().context));

const inPanel = (page: Page, css: string) => page.locator(inside('ofsted-lens-panel', css));
const SCREENS = process.env.OFSTED_LENS_SCREENS;

async function openArticle(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser().context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(ARTICLE);
  await inPanel(page, 'section.panel').waitFor({ timeout: 15_000 });
  await inPanel(page, 'p.overall').waitFor({ timeout: 15_000 });
  return page;
}

describe('the panel on a news article', () => {
  it('says who reported it and when, gives its grades as this inspection’s, and the earlier grade as earlier text', async () => {
    const page = await openArticle('light');
    const body = (await inPanel(page, '.body').innerText()).replace(/\s+/g, ' ');
    expect(body).toContain('Reported by www.cypnow.co.uk on 14 March 2024');
    expect(body).toContain('Grades the article gives this inspection');
    expect(body).toContain('Earlier grades the article mentions Overall effectiveness: Good (2019)');
    expect(await inPanel(page, 'p.overall').innerText()).toMatch(/Outstanding/);
    // The earlier grade is words in a list, never a grade chip.
    expect(await inPanel(page, 'ul[aria-label="Earlier grades the article mentions"] .chip').count()).toBe(0);
    if (SCREENS) {
      mkdirSync(SCREENS, { recursive: true });
      await page.locator('ofsted-lens-panel').screenshot({ path: resolve(SCREENS, 'news-panel-light.png') });
    }
    await page.close();
  });

  it('follows the dark colour scheme', async () => {
    const page = await openArticle('dark');
    await expect.poll(() => inPanel(page, 'section.panel').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 30, 30)');
    if (SCREENS) await page.locator('ofsted-lens-panel').screenshot({ path: resolve(SCREENS, 'news-panel-dark.png') });
    await page.close();
  });
});
