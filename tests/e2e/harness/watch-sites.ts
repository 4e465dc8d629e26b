// The fixture sites for the watch's tests: Portsmouth's page on reports.ofsted.gov.uk (PAGES.provider)
// as the fixture has it, and then as it is once Ofsted has published new documents, whose PDFs
// files.ofsted.gov.uk serves, byte for byte, read at test time from the shared corpus: Ofsted's own
// letter of Portsmouth's 2025 focused visit, and its report of Portsmouth's 2026 inspection. Each
// new entry is the fixture's own focused-visit entry with the document's title, file and dates;
// the file ids (5027000x) are invented.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REAL_PDF } from '../../helpers/fixtures';
import { fixtureSites, PAGES } from './fixture-sites';
import type { Route, Sites } from './https-server';
import { FILES, pdfRoute } from './listed-reports';

type Published = { file: string; pdf: string; title: string; started: string; published: string };

export const NEW_DOCUMENTS = {
  letter: { file: '50270001', pdf: 'focused-visit/80539_portsmouth_focused-visit_2025-03-27.pdf', title: 'Children&#039;s services focused visit', started: '25 February 2025', published: '27 March 2025' },
  report: { file: '50270002', pdf: 'inspection/80539_portsmouth_cs-inspection_2026-08-18.pdf', title: 'Children&#039;s services inspection', started: '06 July 2026', published: '18 August 2026' },
} satisfies Record<string, Published>;

export const fileUrl = (document: Published) => `https://${FILES}/v1/file/${document.file}`;
export const NEW_LETTER = fileUrl(NEW_DOCUMENTS.letter);

const FIXTURE_VISIT = { file: '50178031', title: 'Children&#039;s services focused visit', started: '26 January 2022', published: '01 March 2022' };

/** The entry for `document`: the fixture's own focused-visit entry, with the document's title, file and dates. */
function entryFor(body: string, document: Published): string {
  const entry = [...body.matchAll(/<li class="timeline__day">[\s\S]*?<\/li>/g)].map((m) => m[0]).find((li) => li.includes(FIXTURE_VISIT.file));
  if (!entry) throw new Error('The provider page fixture has no focused-visit entry to model new documents on.');
  return entry
    .replace(`https://${FILES}/v1/file/${FIXTURE_VISIT.file}`, fileUrl(document))
    .replaceAll(FIXTURE_VISIT.title, document.title)
    .replace(FIXTURE_VISIT.started, document.started)
    .replaceAll(FIXTURE_VISIT.published, document.published);
}

/** The page with `document` first, as Ofsted lists newest first. */
function withDocument(page: Route, document: Published, fixture: string): Route {
  const body = String(page.body);
  if (!body.includes('<ol class="timeline">')) throw new Error('The provider page fixture has no timeline to add to.');
  return { ...page, body: body.replace('<ol class="timeline">', `<ol class="timeline">\n        ${entryFor(fixture, document)}`) };
}

/**
 * The sites, and `publish(document)`, which puts it on Portsmouth's page from then on (the server
 * reads its routes at each request); `publishLetter()` publishes the focused-visit letter.
 */
export function watchSites(): { sites: () => Sites; publish: (document: Published) => void; publishLetter: () => void } {
  const reports = { ...fixtureSites()['reports.ofsted.gov.uk']! };
  const path = new URL(PAGES.provider).pathname;
  const fixture = String(reports[path]!.body);
  const publish = (document: Published) => {
    reports[path] = withDocument(reports[path]!, document, fixture);
  };
  return {
    sites: () => ({
      'reports.ofsted.gov.uk': reports,
      [FILES]: Object.fromEntries(Object.values(NEW_DOCUMENTS).map((d) => [`/v1/file/${d.file}`, pdfRoute(new Uint8Array(readFileSync(resolve(REAL_PDF, d.pdf))))])),
    }),
    publish,
    publishLetter: () => publish(NEW_DOCUMENTS.letter),
  };
}
