// The overlay's reading of the page it was injected into: what the content script reads (a
// provider page, a report), or else a news article's body through Readability, on a copy of the page.
import { Readability } from '@mozilla/readability';
import { analyseDocument } from '../analyse';
import { blockText } from '../text/block-text';
import type { ParsedDocument } from '../schema';
import { readReportPage, type PageReading } from './read-report-page';
import { isOfstedReportSite, isProviderPageUrl } from '../sites';

function readArticle(doc: Document, url: string): ParsedDocument | null {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) return null;
  const body = new DOMParser().parseFromString(article.content, 'text/html').body;
  const parsed = analyseDocument({ url, text: blockText(body), title: article.title ?? undefined });
  return parsed?.kind === 'news' ? parsed : null;
}

export function readPage(doc: Document, url: string): PageReading {
  if (isProviderPageUrl(url)) return readReportPage(doc, url);
  // One reading of the page's text for reports and news alike.
  const whole = analyseDocument({ url, text: blockText(doc.body), title: doc.title });
  if (whole && whole.kind !== 'news') return { kind: 'document', doc: whole };
  if (isOfstedReportSite(url)) return { kind: 'none' };
  const article = readArticle(doc, url) ?? whole;
  return article ? { kind: 'document', doc: article } : { kind: 'none' };
}
