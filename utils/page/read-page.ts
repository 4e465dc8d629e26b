// The overlay's reading of the page it was injected into: a provider page's list of reports, a
// report rendered as HTML, or a news article's body (through Readability, on a copy of the page).
import { Readability } from '@mozilla/readability';
import { analyseDocument } from '../analyse';
import { blockText } from '../dom/block-text';
import type { ParsedDocument } from '../schema';
import { readProviderPage, type ProviderPage } from './provider-page';
import { isOfstedReportSite, isProviderPageUrl } from './sites';

export type PageReading =
  | { kind: 'provider'; page: ProviderPage }
  | { kind: 'document'; doc: ParsedDocument }
  | { kind: 'none' };

function readArticle(doc: Document, url: string): ParsedDocument | null {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  if (!article?.content) return null;
  const body = new DOMParser().parseFromString(article.content, 'text/html').body;
  const parsed = analyseDocument({ url, text: blockText(body), title: article.title ?? undefined });
  return parsed?.kind === 'news' ? parsed : null;
}

export function readPage(doc: Document, url: string): PageReading {
  if (isProviderPageUrl(url)) return { kind: 'provider', page: readProviderPage(doc) };
  const whole = analyseDocument({ url, text: blockText(doc.body), title: doc.title });
  if (whole && whole.kind !== 'news') return { kind: 'document', doc: whole };
  if (isOfstedReportSite(url)) return { kind: 'none' };
  const article = readArticle(doc, url) ?? whole;
  return article ? { kind: 'document', doc: article } : { kind: 'none' };
}
