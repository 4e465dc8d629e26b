// Where a document in the library came from, decided by who read it, never by what it says: a
// page that claims to be an Ofsted report is still the site it was on. Only documents from Ofsted's
// own hosts feed the grades, links and direction of travel shown on other reports.
import { isAllowedSource } from './sites';
import type { InspectionRecord, Provenance } from './schema/storage';

const OFSTED_SITE = 'reports.ofsted.gov.uk';

/** How a document reached the library: read by the content script in a web page, or by an extension page or the background. */
export type ReadVia = 'web-page' | 'extension';

export function provenanceOf(source: string, via: ReadVia): { provenance: Provenance; site: string } {
  const { hostname } = new URL(source);
  if (via === 'web-page') return { provenance: hostname === OFSTED_SITE ? 'ofsted-site' : 'news', site: hostname };
  return isAllowedSource(source) ? { provenance: 'ofsted-pdf', site: hostname } : { provenance: 'user-file', site: '' };
}

/** A record stored before provenance was kept: a report PDF's address was read by the extension, anything else by a page. */
export function provenanceOfOlder(source: string): { provenance: Provenance; site: string } {
  return provenanceOf(source, isAllowedSource(source) ? 'extension' : 'web-page');
}

export function isOfstedSourced(record: Pick<InspectionRecord, 'provenance'>): boolean {
  return record.provenance === 'ofsted-site' || record.provenance === 'ofsted-pdf';
}
