// The reading page's side (offscreen.html: a document, so it has a DOM parser, which Chrome's service
// worker lacks): fetching an authority's page on reports.ofsted.gov.uk once and reading its list of
// reports with the panel's own parser (provider-page.ts). authority-documents.ts asks for it.
import { readProviderPage } from '../../core/page/provider-page';
import { isProviderPageUrl } from '../../core/sites';
import { AuthorityPageRequestSchema, type AuthorityPageReply } from '../../core/schema/messages';
import type { Extension } from './callers';
import { fromExtensionOnly, type Listener } from './extension-listeners';

const FETCH_TIMEOUT_MS = 30_000;

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** One request, no retries (the caller retries on its own schedule); every failure answered with its status. */
export async function fetchAuthorityPage(url: string, fetchImpl: typeof fetch = fetch, parse: (html: string) => Document = parseHtml): Promise<AuthorityPageReply> {
  if (!isProviderPageUrl(url)) return { page: null, failure: { status: null, message: `not an authority's page on reports.ofsted.gov.uk: ${url}`, mayRetry: false } };
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = (error as { name?: string }).name === 'TimeoutError';
    return { page: null, failure: { status: null, message: timedOut ? 'it took too long' : 'the network failed', mayRetry: true } };
  }
  if (!response.ok) return { page: null, failure: { status: response.status, message: `the server answered ${response.status}`, mayRetry: true } };
  const html = await response.text().catch(() => null);
  if (html === null) return { page: null, failure: { status: null, message: 'the answer stopped part-way', mayRetry: true } };
  return { page: readProviderPage(parse(html), url), failure: null };
}

/** The reading page's listener for the background's requests to read an authority's page; nobody else is answered. */
export function answerAuthorityPageRequests(read: (url: string) => Promise<AuthorityPageReply> = (url) => fetchAuthorityPage(url), extension?: Extension): Listener {
  return fromExtensionOnly((raw, _sender, sendResponse) => {
    const request = AuthorityPageRequestSchema.safeParse(raw);
    if (!request.success) return false;
    void read(request.data.url).then(sendResponse);
    return true;
  }, extension);
}
