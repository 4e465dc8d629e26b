// The report files Portsmouth's provider page (PAGES.provider) links to, as files.ofsted.gov.uk
// serves them in the tests that read an authority's listed reports: the real 2023 report and a
// synthetic 2018 one, as PDFs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REAL_PDF, realFixture } from '../../helpers/fixtures';
import { reportPdf } from '../../helpers/report-pdf';
import type { Sites } from './https-server';

export const FILES = 'files.ofsted.gov.uk';
export const REPORT_2023 = `https://${FILES}/v1/file/50222964`;
export const REPORT_2018 = `https://${FILES}/v1/file/50002412`;
// The page also lists a focused visit and the 2014 inspection, whose files this server does not have.
export const MISSING = [`${FILES}/v1/file/50178031`, `${FILES}/v1/file/50004280`];
const SYNTHETIC_2018 = readFileSync(resolve(import.meta.dirname, '../fixtures/portsmouth-ilacs-2018-synthetic.txt'), 'utf8');

export const pdfRoute = (body: Uint8Array) => ({ contentType: 'application/pdf', body });

/** Ofsted's own PDF of Portsmouth's 2023 inspection, byte for byte, read at test time from the shared corpus. */
export const realPortsmouth2023Pdf = () => new Uint8Array(readFileSync(resolve(REAL_PDF, 'inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf')));

/** The synthetic 2018 report (tests/e2e/fixtures), as a PDF. */
export const synthetic2018Pdf = () => reportPdf(SYNTHETIC_2018);

export async function listedReportFiles(): Promise<Sites> {
  return {
    [FILES]: {
      '/v1/file/50222964': pdfRoute(await reportPdf(realFixture('portsmouth-ilacs-2023.txt'))),
      '/v1/file/50002412': pdfRoute(await synthetic2018Pdf()),
    },
  };
}
