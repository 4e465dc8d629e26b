// Ofsted's own PDFs of Portsmouth's 2018 and 2023 inspections, byte for byte, served under
// files.ofsted.gov.uk at their real addresses: read at test time from the shared corpus, never
// copied into the project.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REAL_PDF } from '../../helpers/fixtures';
import type { Sites } from './https-server';

const FILES = 'files.ofsted.gov.uk';
export const REPORT_2018 = `https://${FILES}/v1/file/50002412`;
export const REPORT_2023 = `https://${FILES}/v1/file/50222964`;

const realPdf = (name: string) => ({ contentType: 'application/pdf', body: new Uint8Array(readFileSync(resolve(REAL_PDF, 'inspection', name))) });

/** The site serving both, for useFixtureBrowser. */
export const portsmouthPdfs = (): Sites => ({
  [FILES]: {
    '/v1/file/50002412': realPdf('80539_portsmouth_cs-inspection_2018-10-15.pdf'),
    '/v1/file/50222964': realPdf('80539_portsmouth_cs-inspection_2023-07-03.pdf'),
  },
});
