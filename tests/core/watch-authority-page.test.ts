// The watch's look at an authority's page (utils/browser/extension/authority-documents.ts): the
// page fetched without cookies (authority-page-fetch.ts, as fetching England's reports does) and
// read by the one provider-page reader, each failure said in words for the popup, and a page that
// lists nothing taken for a changed layout, not for "nothing new".
// Who may ask the background to follow (callers.ts). In linkedom's DOM, as the page is plain HTML.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityDocuments, LAYOUT_CHANGED } from '../../utils/browser/extension/authority-documents';
import { fetchAuthorityPage } from '../../utils/browser/extension/authority-page-fetch';
import { webPageRefusal, type WebPage } from '../../utils/browser/extension/callers';
import type { BackgroundMessage } from '../../utils/core/schema/messages';

const URL_80539 = 'https://reports.ofsted.gov.uk/provider/44/80539';
const HTML = readFileSync(resolve(import.meta.dirname, '../e2e/sites/reports.ofsted.gov.uk/provider/44/80539.html'), 'utf8');
const answer = (body: string, status = 200, type = 'text/html; charset=utf-8') => async () => new Response(body, { status, headers: { 'content-type': type } });

/** The reading page's fetch-and-read, over the given fetch, in linkedom's DOM. */
const through = (fetchImpl: typeof fetch) => (url: string) => fetchAuthorityPage(url, fetchImpl, (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document);

beforeAll(() => {
  (globalThis as { DOMParser?: unknown }).DOMParser = DOMParser;
});
afterAll(() => {
  delete (globalThis as { DOMParser?: unknown }).DOMParser;
});

describe('an authority’s page, looked at by the watch', () => {
  it('lists each report file with its title and dates, fetched without cookies', async () => {
    const asked: RequestInit[] = [];
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      asked.push(init);
      return answer(HTML)();
    }) as unknown as typeof fetch;
    const listed = await authorityDocuments(URL_80539, 'portsmouth', through(fetchImpl));
    expect(listed.map((d) => d.href)).toEqual([50222964, 50178031, 50002412, 50004280].map((id) => `https://files.ofsted.gov.uk/v1/file/${id}`));
    expect(listed[0]!.dates).toEqual(['2023-05-15', '2023-07-03', '2023-07-03']);
    expect(asked[0]).toMatchObject({ credentials: 'omit' });
  });

  it('says why a page could not be read: an error answer, no network', async () => {
    await expect(authorityDocuments(URL_80539, 'portsmouth', through(answer('', 503) as unknown as typeof fetch))).rejects.toThrow('reports.ofsted.gov.uk answered 503');
    const offline = (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    await expect(authorityDocuments(URL_80539, 'portsmouth', through(offline))).rejects.toThrow('reports.ofsted.gov.uk could not be reached');
  });

  it('takes a page that lists no reports for a changed layout, and another authority’s page for no answer', async () => {
    const emptied = HTML.replace(/<ol class="timeline">[\s\S]*<\/ol>/, '<div class="new-layout"></div>');
    await expect(authorityDocuments(URL_80539, 'portsmouth', through(answer(emptied) as unknown as typeof fetch))).rejects.toThrow(LAYOUT_CHANGED);
    await expect(authorityDocuments(URL_80539, 'kent', through(answer(HTML) as unknown as typeof fetch))).rejects.toThrow('names another authority');
  });

  it('fetches nothing but an authority’s page on reports.ofsted.gov.uk', async () => {
    const never = (async () => Promise.reject(new Error('fetched'))) as unknown as typeof fetch;
    await expect(authorityDocuments('https://example.org/provider/44/80539', 'portsmouth', through(never))).rejects.toThrow("not an authority's page on reports.ofsted.gov.uk");
  });
});

describe('who may follow an authority', () => {
  const on = (pageUrl: string): WebPage => ({ kind: 'web-page', tabId: 1, frameId: 0, pageUrl, documentId: null, tabUrl: null });
  const followPortsmouth = { type: 'watch-follow', authorityKey: 'portsmouth', follow: true } as const;

  it('a page of reports.ofsted.gov.uk, with the reports it lists only from an authority’s page', () => {
    expect(webPageRefusal(followPortsmouth, on(URL_80539))).toBeNull();
    expect(webPageRefusal({ ...followPortsmouth, listed: ['https://files.ofsted.gov.uk/v1/file/1'] }, on(URL_80539))).toBeNull();
    expect(webPageRefusal(followPortsmouth, on('https://reports.ofsted.gov.uk/reports/portsmouth'))).toBeNull();
    expect(webPageRefusal({ ...followPortsmouth, listed: ['https://files.ofsted.gov.uk/v1/file/1'] }, on('https://reports.ofsted.gov.uk/reports/portsmouth'))).not.toBeNull();
  });

  it('no other site’s page, and no web page works through the new documents', () => {
    const news = on('https://www.communitycare.co.uk/2023/07/20/portsmouth-good/');
    expect(webPageRefusal(followPortsmouth, news)).not.toBeNull();
    expect(webPageRefusal({ type: 'watch-status', authorityKey: 'portsmouth' }, news)).not.toBeNull();
    const messages: BackgroundMessage[] = [{ type: 'watch-seen' }, { type: 'watch-read', sources: [] }, { type: 'watch-auto-read', on: true }];
    for (const message of messages) {
      expect(webPageRefusal(message, on(URL_80539))).not.toBeNull();
    }
  });
});
