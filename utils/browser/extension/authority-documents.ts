// Browser-API side (not core): the documents an authority's page on reports.ofsted.gov.uk lists,
// fetched by the background and read by the one reader of that page (core/page/provider-page.ts).
// A DOM is needed to read it: Firefox's background page has one; Chrome's service worker has none,
// so there the offscreen document (made for pdf.js) reads the HTML it is handed.
// (Written for the watch; the fetching of England's reports on request may bring its own fuller
// version of this file, and the two are to be made one.)
import { browser } from 'wxt/browser';
import { readProviderPage, type ProviderPage } from '../../core/page/provider-page';
import { isProviderPageUrl } from '../../core/sites';
import { OffscreenPageRequestSchema, ProviderPageSchema, type OffscreenPageRequest } from '../../core/schema/messages';
import { fromExtensionOnly, type Listener } from './extension-listeners';
import { ensureOffscreenDocument, type ReadingApi } from './read-listed-reports';

/** Why an authority's page gave no documents to compare, said to the reader as it is. */
export class AuthorityPageError extends Error {}

export const LAYOUT_CHANGED = 'the page lists no reports Ofsted Lens can read: its layout may have changed';

/** The page's HTML; a failure is said in words (no retry here: the next daily check is the next try). */
export async function fetchAuthorityPage(url: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  if (!isProviderPageUrl(url)) throw new AuthorityPageError(`${url} is not an authority’s page on reports.ofsted.gov.uk`);
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new AuthorityPageError('reports.ofsted.gov.uk could not be reached');
  }
  if (!response.ok) throw new AuthorityPageError(`reports.ofsted.gov.uk answered ${response.status}`);
  if (!/text\/html/i.test(response.headers.get('content-type') ?? '')) throw new AuthorityPageError('reports.ofsted.gov.uk did not answer with a web page');
  return response.text();
}

/** Reads the page's HTML where there is a DOM. */
export function readAuthorityPageHtml(html: string, url: string): ProviderPage {
  return readProviderPage(new DOMParser().parseFromString(html, 'text/html'), url);
}

/** In the offscreen document: reads the pages the background hands it, and answers nobody else. */
export function answerAuthorityPageRequests(): Listener {
  return fromExtensionOnly((raw, _sender, sendResponse) => {
    const request = OffscreenPageRequestSchema.safeParse(raw);
    if (!request.success) return false;
    sendResponse(readAuthorityPageHtml(request.data.html, request.data.url));
    return false;
  });
}

async function readInOffscreenDocument(html: string, url: string): Promise<ProviderPage> {
  const api = browser as unknown as ReadingApi;
  await ensureOffscreenDocument(api);
  const request: OffscreenPageRequest = { target: 'offscreen', type: 'read-authority-page', url, html };
  const page = ProviderPageSchema.safeParse(await api.runtime.sendMessage(request));
  if (!page.success) throw new AuthorityPageError('the page could not be read');
  return page.data;
}

/**
 * The documents the authority's page at `url` lists, checked to be the page of `authorityKey`;
 * a page that lists none, or names another authority, is not read as an empty list.
 */
export async function authorityDocuments(url: string, authorityKey: string, fetchImpl: typeof fetch = fetch): Promise<ProviderPage['events']> {
  const html = await fetchAuthorityPage(url, fetchImpl);
  const page = typeof DOMParser === 'function' ? readAuthorityPageHtml(html, url) : await readInOffscreenDocument(html, url);
  if (page.authorityKey !== authorityKey) throw new AuthorityPageError('the page names another authority');
  if (page.events.length === 0) throw new AuthorityPageError(LAYOUT_CHANGED);
  return page.events;
}
