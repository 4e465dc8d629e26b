// Portsmouth's 2023 report and the addresses the same report can be read from, for the tests of
// the library's one record per inspection; and what a hostile page or a doctored file could carry.
import { analyseDocument } from '../../utils/core/analyse';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from './fixtures';

export const portsmouth2023 = () => analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as ParsedDocument;

export const ON_FILES = 'https://files.ofsted.gov.uk/v1/file/50222964';
export const ON_FILES_API = 'https://files.api.ofsted.gov.uk/v1/file/50222964';
export const REPORT_PAGE = 'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023';
/** Where the reader notes a file it was given, by the SHA-256 of its bytes (entrypoints/reader). */
export const CHOSEN_FILE = `chrome-extension://abcdefghijklmnop/reader.html#file=sha256-${'5e'.repeat(32)}`;
export const NEWS_PAGE = 'https://www.portsmouth.gov.uk/news/ofsted-2023';
export const THIS_REPORT = 'report:portsmouth:ilacs:2023-05-15';

/** The report's text as another inspection's, starting on `start`. */
export const startingOn = (doc: ParsedDocument, start: string | null) =>
  ({ ...doc, inspection: start ? { start, end: start } : null }) as ParsedDocument;

/** The report's text with every grade made inadequate. */
export const allInadequate = (doc: ParsedDocument) =>
  ({ ...doc, grades: Object.fromEntries(Object.keys(doc.grades).map((k) => [k, 'inadequate'])) }) as ParsedDocument;
