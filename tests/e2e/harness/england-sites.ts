// The fixture sites for fetching England's reports: three authorities' pages on
// reports.ofsted.gov.uk, laid out as tests/e2e/sites/EVIDENCE.md records Ofsted's (title block,
// `ol.timeline > li.timeline__day > div.event`, `a.publication-link` with its `span.nonvisual`),
// each listing Ofsted's own PDFs of that authority from the shared corpus, served byte for byte
// from files.ofsted.gov.uk (read at test time, never copied). Trafford's page answers 503 once;
// one of Shropshire's letters is listed but not served (404).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REAL_PDF } from '../../helpers/fixtures';
import type { Route, Sites } from './https-server';
import { pdfRoute } from './listed-reports';

type Listed = { date: string; published: string; title: string; id: number; pdf: string | null };
type AuthorityFixture = { key: string; name: string; urn: string; failFirst?: number[]; listed: Listed[] };

const FILES = 'https://files.ofsted.gov.uk/v1/file';
const INSPECTION = 'Children&#039;s services inspection';
const FOCUSED = 'Children&#039;s services focused visit';
const SEND = 'Area SEND full inspection';

export const ENGLAND_AUTHORITIES: AuthorityFixture[] = [
  {
    key: 'derbyshire', name: 'Derbyshire County Council', urn: '80460',
    listed: [
      { date: '12 May 2025', published: '09 June 2025', title: FOCUSED, id: 60046001, pdf: 'focused-visit/80460_derbyshire_focused-visit_2025-06-09.pdf' },
      { date: '14 October 2024', published: '14 November 2024', title: SEND, id: 60046002, pdf: 'not-ours/80460_derbyshire_area-send_2024-11-14.pdf' },
      { date: '27 November 2023', published: '12 January 2024', title: INSPECTION, id: 60046003, pdf: 'inspection/80460_derbyshire_cs-inspection_2024-01-12.pdf' },
      { date: '26 September 2022', published: '26 October 2022', title: FOCUSED, id: 60046004, pdf: 'focused-visit/80460_derbyshire_focused-visit_2022-10-26.pdf' },
      { date: '15 July 2019', published: '19 September 2019', title: INSPECTION, id: 60046005, pdf: 'inspection/80460_derbyshire_cs-inspection_2019-09-19.pdf' },
    ],
  },
  {
    key: 'trafford', name: 'Trafford Council', urn: '80573', failFirst: [503],
    listed: [
      { date: '22 June 2026', published: '03 August 2026', title: INSPECTION, id: 60057301, pdf: 'inspection/80573_trafford_cs-inspection_2026-08-03.pdf' },
      { date: '01 October 2025', published: '30 October 2025', title: FOCUSED, id: 60057302, pdf: 'focused-visit/80573_trafford_focused-visit_2025-10-30.pdf' },
      { date: '05 December 2022', published: '31 January 2023', title: INSPECTION, id: 60057303, pdf: 'inspection/80573_trafford_cs-inspection_2023-01-31.pdf' },
    ],
  },
  {
    // Its 2025 inspection began after the bundled statistics' date: its grade is newer than theirs.
    key: 'shropshire', name: 'Shropshire Council', urn: '80552',
    listed: [
      { date: '10 November 2025', published: '15 December 2025', title: FOCUSED, id: 60055201, pdf: null },
      { date: '16 June 2025', published: '12 August 2025', title: INSPECTION, id: 60055202, pdf: 'inspection/80552_shropshire_cs-inspection_2025-08-12.pdf' },
      { date: '10 July 2024', published: '30 August 2024', title: FOCUSED, id: 60055203, pdf: 'focused-visit/80552_shropshire_focused-visit_2024-08-30.pdf' },
    ],
  },
];

export const pageUrl = (a: AuthorityFixture) => `https://reports.ofsted.gov.uk/provider/44/${a.urn}`;
export const fileUrl = (l: Listed) => `${FILES}/${l.id}`;

function timelineEntry(l: Listed): string {
  return `
        <li class="timeline__day">
          <div class="event">
            <p class="timeline__date"><time>${l.date}</time></p>
            <span class="event__title heading--sub"><a class="publication-link" target="_blank" href="${fileUrl(l)}">
              ${l.title}                <span class="nonvisual">${l.title}, pdf - ${l.published}</span></a>
            </span>
            <div>Published <time>${l.published}</time></div>
          </div>
        </li>`;
}

/** An authority's page: Ofsted Lens e2e fixture, markup per EVIDENCE.md; header and footer assumed. */
export function authorityPage(a: AuthorityFixture): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${a.name} - Find an inspection report - Ofsted</title></head>
<body>
  <!-- Ofsted Lens e2e fixture (tests/e2e/harness/england-sites.ts), laid out as tests/e2e/sites/EVIDENCE.md records. -->
  <header class="header" role="banner"><a class="header__logo" href="/">Ofsted</a></header>
  <main id="main-content" role="main">
    <div class="title-block">
      <h1 class="heading--title">${a.name}</h1>
      <p class="title-block__subheading">URN: ${a.urn}</p>
    </div>
    <h2>Reports</h2>
    <ol class="timeline">${a.listed.map(timelineEntry).join('')}
    </ol>
  </main>
</body>
</html>`;
}

/** Fresh routes each call: a route's failFirst is used up as it answers. */
export function englandSites(): Sites {
  const reports: Record<string, Route> = {};
  const files: Record<string, Route> = {};
  for (const a of ENGLAND_AUTHORITIES) {
    reports[new URL(pageUrl(a)).pathname] = { contentType: 'text/html; charset=utf-8', body: authorityPage(a), ...(a.failFirst ? { failFirst: [...a.failFirst] } : {}) };
    for (const l of a.listed) if (l.pdf) files[new URL(fileUrl(l)).pathname] = pdfRoute(new Uint8Array(readFileSync(resolve(REAL_PDF, l.pdf))));
  }
  return { 'reports.ofsted.gov.uk': reports, 'files.ofsted.gov.uk': files };
}
