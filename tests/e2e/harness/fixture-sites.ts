// The sites the end-to-end tests visit, under their real host names.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { realFixture } from '../../helpers/fixtures';
import type { Sites } from './https-server';
import { newsHtml, reportHtml, simplePage, unrelatedNewsHtml } from './text-to-html';

const SITES_DIR = resolve(import.meta.dirname, '../sites');
const html = (body: string) => ({ contentType: 'text/html; charset=utf-8', body });

/** A fixture page from tests/e2e/sites/<host>/<path>.html, when one has been written. */
function sitePage(host: string, path: string): string | null {
  const file = resolve(SITES_DIR, host, `${path.replace(/^\//, '')}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

const providerFallback = simplePage(
  "Portsmouth City Council - Children's services - Ofsted",
  `<main><h1>Portsmouth City Council</h1><p>URN: 80429</p><p>Local authority children's services</p>
<ul class="event-list">
<li><p>Children's services inspection</p><p>Inspection date: 15 May 2023</p><p>Published: 18 July 2023</p>
<a class="publication-link" target="_blank" href="https://files.ofsted.gov.uk/v1/file/50222964">Children's services inspection</a></li>
<li><p>Children's services inspection</p><p>Inspection date: 30 April 2018</p>
<a class="publication-link" target="_blank" href="https://files.ofsted.gov.uk/v1/file/50002412">Children's services inspection</a></li>
</ul></main>`,
);

export const PAGES = {
  report: 'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023',
  provider: 'https://reports.ofsted.gov.uk/provider/44/80429',
  school: 'https://reports.ofsted.gov.uk/provider/21/100000',
  childrensHome: 'https://reports.ofsted.gov.uk/provider/16/SC000000',
  malformedReport: 'https://reports.ofsted.gov.uk/reports/damaged',
  news: 'https://www.childrenfirst.news/news/ofsted-rates-portsmouth-good',
  unrelatedNews: 'https://www.communitycare.co.uk/2024/06/12/social-workers-urged-to-support-fathers/',
};

export const HOSTS = [...new Set(Object.values(PAGES).map((url) => new URL(url).hostname))];

export function fixtureSites(): Sites {
  const news = realFixture('portsmouth-news-2018.txt');
  const path = (url: string) => new URL(url).pathname;
  const schoolFallback = simplePage('Portsmouth Primary School - Ofsted', '<main><h1>Portsmouth Primary School</h1><p>URN: 100000</p><p>Overall effectiveness: Good</p><p>The quality of education: Good</p><a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/1">School inspection report</a></main>');
  const homeFallback = simplePage("Seaview Children's Home - Ofsted", "<main><h1>Seaview children's home</h1><p>URN: SC000000</p><p>Overall experiences and progress of children and young people: Good</p><a class=\"publication-link\" href=\"https://files.ofsted.gov.uk/v1/file/2\">Children's home inspection</a></main>");
  return {
    'reports.ofsted.gov.uk': {
      [path(PAGES.report)]: html(reportHtml(realFixture('portsmouth-ilacs-2023.txt'))),
      [path(PAGES.malformedReport)]: html(
        simplePage('Damaged report', "<main><h1>Inspection of ??? local authority children's services</h1><p>Inspection dates: 19 to 15 May 2023</p><table><tr><td>Judgement</td><td>Grade</td></tr><tr><td>Overall effectiveness</td><td>Brilliant</td></tr></table><p>1.</p><p>12. </p></main>"),
      ),
      [path(PAGES.provider)]: html(sitePage('reports.ofsted.gov.uk', path(PAGES.provider)) ?? providerFallback),
      [path(PAGES.school)]: html(sitePage('reports.ofsted.gov.uk', path(PAGES.school)) ?? schoolFallback),
      [path(PAGES.childrensHome)]: html(sitePage('reports.ofsted.gov.uk', path(PAGES.childrensHome)) ?? homeFallback),
    },
    'www.childrenfirst.news': { [path(PAGES.news)]: html(newsHtml(news)) },
    'www.communitycare.co.uk': { [path(PAGES.unrelatedNews)]: html(unrelatedNewsHtml(news)) },
  };
}
