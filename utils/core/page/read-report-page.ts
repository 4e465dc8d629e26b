// The content script's reading of a recognised Ofsted page, before the overlay loads: a provider
// page's list of reports, or a report rendered as HTML. No Readability and no news parser here,
// so the script that runs on every matched page stays small.
import { blockText } from '../text/block-text';
import { recognise } from '../recognise/recognise';
import { parseReport } from '../report/parse-report';
import type { ParsedDocument } from '../schema';
import { readProviderPage, type ProviderPage } from './provider-page';
import { isProviderPageUrl } from '../sites';

export type PageReading =
  | { kind: 'provider'; page: ProviderPage }
  | { kind: 'document'; doc: ParsedDocument }
  | { kind: 'none' };

/**
 * How much of a report the panel's first paint reads. What the panel shows (title, dates, judgement
 * table) lies in the first 3,000 characters of every report we have; the findings come after, and
 * the overlay reads them once the panel is up.
 */
export const REPORT_HEAD_CHARS = 4000;

/** A provider page, or a report (not news: articles need Readability, which the overlay brings). */
export function readReportPage(doc: Document, url: string, textLimit = Infinity): PageReading {
  if (isProviderPageUrl(url)) return { kind: 'provider', page: readProviderPage(doc, url) };
  const text = blockText(doc.body, textLimit);
  const kind = recognise({ url, text, title: doc.title });
  if (kind === null || kind === 'news') return { kind: 'none' };
  return { kind: 'document', doc: parseReport(text, kind) };
}

/**
 * Enough of the page for the panel: a report's head, or the whole page when the head is not enough
 * (nothing recognised in it, or a graded report's table cut before its overall grade).
 */
export function readReportHead(doc: Document, url: string): PageReading {
  const head = readReportPage(doc, url, REPORT_HEAD_CHARS);
  const graded = head.kind === 'document' && (head.doc.kind === 'ilacs' || head.doc.kind === 'sif');
  const cut = head.kind === 'none' || (graded && !head.doc.grades.overall);
  return cut ? readReportPage(doc, url) : head;
}
