// The document or authority's page the overlay works on: the detection script's reading as it
// was handed over (a news page's article read here, with Readability, which only the overlay
// brings), or, when the reader asked for Ofsted Lens on a page the script did not read, a reading
// of the page made here.
import { parseNews } from '../../core/news/parse-news';
import { analyse } from '../../core/analyse';
import { articleOf, pageInput } from '../../core/page/page-input';
import { readProviderPage, type ProviderPage } from '../../core/page/provider-page';
import type { PageReading } from '../../core/page/page-reading';
import type { ParsedDocument } from '../../core/schema/domain';
import { isProviderPageUrl } from '../../core/sites';

export type OverlayReading =
  | { kind: 'provider'; page: ProviderPage }
  | { kind: 'document'; doc: ParsedDocument }
  | { kind: 'unrecognised'; reason: string }
  | { kind: 'none' };

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function readHere(doc: Document, url: string): OverlayReading {
  if (isProviderPageUrl(url)) return { kind: 'provider', page: readProviderPage(doc, url) };
  const { doc: parsed, reason } = analyse(pageInput(doc, url, parseHtml));
  if (parsed) return { kind: 'document', doc: parsed };
  return reason ? { kind: 'unrecognised', reason } : { kind: 'none' };
}

export function overlayReading(reading: PageReading | null, doc: Document, url: string): OverlayReading {
  if (reading === null) return readHere(doc, url);
  if (reading.kind !== 'news') return reading;
  const article = articleOf(doc, reading.page, parseHtml);
  return { kind: 'document', doc: parseNews(article.text, article.title) };
}
