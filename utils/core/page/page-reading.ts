// The detection script's one reading of a page it runs on, passed along to the overlay and never
// read again: an authority's page (its list of reports), a report (parsed whole), or a news
// article's page (its text, recognised as news: the overlay brings Readability for its body), or
// an Ofsted document on children's services of no kind it can tell, with why, so that it is said.
import type { PageInput } from '../recognise/detectors';
import { recognise, unrecognisedReason } from '../recognise/recognise';
import { parseReport } from '../report/parse-report';
import type { ParsedDocument } from '../schema/domain';
import { isProviderPageUrl } from '../sites';
import { wholePage } from './whole-page';
import { readProviderPage, type ProviderPage } from './provider-page';

export type PageReading =
  | { kind: 'provider'; page: ProviderPage }
  | { kind: 'document'; doc: ParsedDocument }
  | { kind: 'news'; page: PageInput }
  | { kind: 'unrecognised'; reason: string }
  | { kind: 'none' };

export function readRecognisedPage(doc: Document, url: string): PageReading {
  if (isProviderPageUrl(url)) return { kind: 'provider', page: readProviderPage(doc, url) };
  const page = wholePage(doc, url);
  const kind = recognise(page);
  if (kind === null) {
    const reason = unrecognisedReason(page);
    return reason ? { kind: 'unrecognised', reason } : { kind: 'none' };
  }
  return kind === 'news' ? { kind: 'news', page } : { kind: 'document', doc: parseReport(page.text, kind) };
}
