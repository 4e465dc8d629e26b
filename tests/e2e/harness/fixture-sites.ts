// The sites the end-to-end tests visit, under their real host names.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { realFixture } from '../../helpers/fixtures';
import type { Sites } from './https-server';
import { newsHtml, PAGE_PROBE, reportHtml, simplePage, unrelatedNewsHtml } from './text-to-html';

const SITES_DIR = resolve(import.meta.dirname, '../sites');
const html = (body: string) => ({ contentType: 'text/html; charset=utf-8', body });

/**
 * A page from tests/e2e/sites/<host>/<path>.html (see that folder's EVIDENCE.md for its markup),
 * served with the page probe first in its head, as the generated pages have it.
 */
function sitePage(host: string, path: string): string {
  const page = readFileSync(resolve(SITES_DIR, host, `${path.replace(/^\//, '')}.html`), 'utf8');
  if (!/<head[^>]*>/.test(page)) throw new Error(`${host}${path}: no <head> to put the page probe in.`);
  return page.replace(/<head[^>]*>/, (head) => `${head}${PAGE_PROBE}`);
}

export const PAGES = {
  report: 'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023',
  provider: 'https://reports.ofsted.gov.uk/provider/44/80539',
  school: 'https://reports.ofsted.gov.uk/provider/21/100000',
  childrensHome: 'https://reports.ofsted.gov.uk/provider/2/SC000000',
  search: 'https://reports.ofsted.gov.uk/search',
  malformedReport: 'https://reports.ofsted.gov.uk/reports/damaged',
  news: 'https://www.childrenfirst.news/news/ofsted-rates-portsmouth-good',
  unrelatedNews: 'https://www.communitycare.co.uk/2024/06/12/social-workers-urged-to-support-fathers/',
};

/** The fixture pages that are not ours, each named by what it is: the overlay must show nothing on any. */
export const PAGES_NOT_OURS = [
  ['a school’s page', PAGES.school],
  ['a children’s home page', PAGES.childrensHome],
  ['an unrelated story on a children’s services news site', PAGES.unrelatedNews],
  ['a damaged report page that names no authority and no real grade', PAGES.malformedReport],
  ['Ofsted’s search results for local authority children’s services', PAGES.search],
] as const;

export const HOSTS = [...new Set(Object.values(PAGES).map((url) => new URL(url).hostname))];

export function fixtureSites(): Sites {
  const news = realFixture('portsmouth-news-2018.txt');
  const path = (url: string) => new URL(url).pathname;
  return {
    'reports.ofsted.gov.uk': {
      [path(PAGES.report)]: html(reportHtml(realFixture('portsmouth-ilacs-2023.txt'))),
      [path(PAGES.malformedReport)]: html(
        simplePage('Damaged report', "<main><h1>Inspection of ??? local authority children's services</h1><p>Inspection dates: 19 to 15 May 2023</p><table><tr><td>Judgement</td><td>Grade</td></tr><tr><td>Overall effectiveness</td><td>Brilliant</td></tr></table><p>1.</p><p>12. </p></main>"),
      ),
      [path(PAGES.provider)]: html(sitePage('reports.ofsted.gov.uk', path(PAGES.provider))),
      [path(PAGES.school)]: html(sitePage('reports.ofsted.gov.uk', path(PAGES.school))),
      [path(PAGES.childrensHome)]: html(sitePage('reports.ofsted.gov.uk', path(PAGES.childrensHome))),
      [path(PAGES.search)]: html(sitePage('reports.ofsted.gov.uk', path(PAGES.search))),
    },
    'www.childrenfirst.news': { [path(PAGES.news)]: html(newsHtml(news)) },
    'www.communitycare.co.uk': { [path(PAGES.unrelatedNews)]: html(unrelatedNewsHtml(news)) },
  };
}
