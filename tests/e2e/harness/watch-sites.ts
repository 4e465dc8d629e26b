// The fixture sites for the watch's tests: Portsmouth's page on reports.ofsted.gov.uk (PAGES.provider)
// as the fixture has it, and then as it is once Ofsted has published a new focused-visit letter,
// whose PDF files.ofsted.gov.uk serves: Ofsted's own letter of Portsmouth's 2025 focused visit,
// byte for byte, read at test time from the shared corpus. The letter's entry is the fixture's own
// focused-visit entry with the letter's dates; its file id (50270001) is invented.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REAL_PDF } from '../../helpers/fixtures';
import { fixtureSites, PAGES } from './fixture-sites';
import type { Route, Sites } from './https-server';
import { FILES, pdfRoute } from './listed-reports';

export const NEW_LETTER = `https://${FILES}/v1/file/50270001`;
const LETTER_PDF = 'focused-visit/80539_portsmouth_focused-visit_2025-03-27.pdf';

const FIXTURE_LETTER = { file: '50178031', visit: '26 January 2022', published: '01 March 2022' };

/** The new letter's entry: the fixture's own focused-visit entry, with the new letter's file and dates. */
function letterEntry(body: string): string {
  const entry = [...body.matchAll(/<li class="timeline__day">[\s\S]*?<\/li>/g)].map((m) => m[0]).find((li) => li.includes(FIXTURE_LETTER.file));
  if (!entry) throw new Error('The provider page fixture has no focused-visit entry to model the new letter on.');
  return entry
    .replace(`https://${FILES}/v1/file/${FIXTURE_LETTER.file}`, NEW_LETTER)
    .replace(FIXTURE_LETTER.visit, '25 February 2025')
    .replaceAll(FIXTURE_LETTER.published, '27 March 2025');
}

/** The page with the new letter first, as Ofsted lists newest first. */
function withNewLetter(page: Route): Route {
  const body = String(page.body);
  if (!body.includes('<ol class="timeline">')) throw new Error('The provider page fixture has no timeline to add the letter to.');
  return { ...page, body: body.replace('<ol class="timeline">', `<ol class="timeline">\n        ${letterEntry(body)}`) };
}

/**
 * The sites, and `publishLetter()`, which puts the letter on Portsmouth's page from then on (the
 * server reads its routes at each request).
 */
export function watchSites(): { sites: () => Sites; publishLetter: () => void } {
  const reports = { ...fixtureSites()['reports.ofsted.gov.uk']! };
  const path = new URL(PAGES.provider).pathname;
  const before = reports[path]!;
  return {
    sites: () => ({
      'reports.ofsted.gov.uk': reports,
      [FILES]: { [new URL(NEW_LETTER).pathname]: pdfRoute(new Uint8Array(readFileSync(resolve(REAL_PDF, LETTER_PDF)))) },
    }),
    publishLetter: () => {
      reports[path] = withNewLetter(before);
    },
  };
}
