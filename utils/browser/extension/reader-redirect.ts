// Browser-API side (not core): while the reader allows it, a report PDF opened from
// files.ofsted.gov.uk or files.api.ofsted.gov.uk, by a link or its address, opens in Ofsted Lens's
// reader instead of the browser's PDF viewer.
//
// How: webRequest.onBeforeRequest on the two report-file hosts' top-level loads points the tab at
// the reader (tabs.update; an extension may open its own pages in a tab). Chosen because it needs
// the least and shows Ofsted Lens to no page:
// - `webRequest` carries no install warning in Chrome or Firefox, and its events come only for hosts
//   Ofsted Lens already holds (the two report-file hosts), so it sees no other site's traffic;
//   webNavigation.onBeforeNavigate would be warned as "Read your browsing history" and see every
//   navigation everywhere.
// - A declarativeNetRequest redirect was tried and rejected: Chrome follows a redirect to an
//   extension page only if that page is web-accessible to the *initiator*, so a report link clicked
//   on reports.ofsted.gov.uk (or a council's site, or a search result) was blocked
//   (ERR_BLOCKED_BY_CLIENT) unless reader.html were web-accessible to every site, which would let any
//   page detect Ofsted Lens.
// In Chrome (MV3) the listener cannot block, so the PDF's request has started when the tab is
// pointed at the reader; in Firefox (MV2) it blocks and cancels the load (`webRequestBlocking`,
// also without a warning), so the PDF is not fetched twice there.
//
// The listener is registered as the background starts, as MV3 needs for its events to wake the
// service worker, and does nothing unless the option is on. The browser tests run Chromium, so the
// Firefox path is not covered by them.
import { browser } from 'wxt/browser';
import { readerHref } from '../../core/model/compare-address';
import { isAllowedSource, REPORT_FILE_HOSTS } from '../../core/sites';
import { openReportsInReaderAllowed } from './settings';

/** The reader's address for a report PDF (a source isAllowedSource accepts), at a finding's paragraph when given. */
export function readerUrl(src: string, paragraph: number | null = null): string {
  return `${browser.runtime.getURL('/')}${readerHref(src, paragraph) ?? 'reader.html'}`;
}

type TopLevelRequest = { url: string; tabId: number; initiator?: string; originUrl?: string };

/**
 * Ofsted Lens's own pages may open the PDF itself (the reader's "Open the original PDF" and its
 * page links): those navigations start from the extension's origin and are let through, so asking
 * for the original never loops back into the reader.
 */
function startedByOfstedLens(request: TopLevelRequest): boolean {
  const own = browser.runtime.getURL('/');
  return [request.initiator, request.originUrl].some((from) => from !== undefined && `${from}/`.startsWith(own));
}

function isReaderFor(url: string | undefined, src: string): boolean {
  if (!url?.startsWith(browser.runtime.getURL('/reader.html'))) return false;
  return new URL(url).searchParams.get('src') === src;
}

/**
 * Whether this request is the tab itself opening the report, to be sent to the reader:
 * - A page may ask Chrome to prerender a report link (speculation rules), which sends the same
 *   top-level request, with the same tab id, while the tab stays on that page: pointing the tab at
 *   the reader then would navigate it without a click. Only a tab going to (or that has just
 *   reached) the report is sent on.
 * - Chrome's listener cannot hold the PDF back, so the PDF may be shown (and become a history
 *   entry) before the reader replaces it. Back from the reader then goes to that PDF: a tab showing
 *   the reader for this very report is let through to it, or Back would never leave the reader.
 */
async function tabIsOpening(request: TopLevelRequest): Promise<boolean> {
  const tab = await browser.tabs.get(request.tabId).catch(() => null);
  if (!tab || isReaderFor(tab.url, request.url)) return false;
  return (tab.pendingUrl ?? tab.url) === request.url;
}

async function openInReaderInstead(request: TopLevelRequest): Promise<{ cancel?: boolean }> {
  // Only a report's address (what the reader opens); anything else on the two hosts loads as usual.
  if (request.tabId < 0 || !isAllowedSource(request.url) || startedByOfstedLens(request)) return {};
  if (!(await openReportsInReaderAllowed())) return {};
  if (!import.meta.env.FIREFOX && !(await tabIsOpening(request))) return {};
  void browser.tabs.update(request.tabId, { url: readerUrl(request.url) }).catch(() => undefined);
  return { cancel: true }; // Firefox only: Chrome's listener is not blocking and its answer is ignored.
}

/** Call once, synchronously, as the background starts. */
export function openReportPdfsInReader(): void {
  const onBeforeRequest = browser.webRequest.onBeforeRequest as unknown as {
    addListener(listener: (request: TopLevelRequest) => Promise<{ cancel?: boolean }>, filter: { urls: string[]; types: string[] }, extra?: string[]): void;
  };
  const filter = { urls: REPORT_FILE_HOSTS, types: ['main_frame'] };
  const listener = (request: TopLevelRequest) => openInReaderInstead(request).catch(() => ({}));
  if (import.meta.env.FIREFOX) onBeforeRequest.addListener(listener, filter, ['blocking']);
  else onBeforeRequest.addListener(listener, filter);
}
