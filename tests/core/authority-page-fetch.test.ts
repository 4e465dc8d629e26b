// An authority's page fetched once in the reading page and read with the panel's own parser: each
// failure answered with its status, and only the extension itself answered.
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import type { Sender } from '../../utils/browser/extension/callers';
import { answerAuthorityPageRequests, fetchAuthorityPage } from '../../utils/browser/extension/authority-page-fetch';

const URL_ = 'https://reports.ofsted.gov.uk/provider/44/80539';
const PAGE = `<html><body><h1 class="heading--title">Portsmouth City Council</h1><ol class="timeline"><li class="timeline__day"><div class="event">
  <p class="timeline__date"><time>15 May 2023</time></p><a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50222964">Children's services inspection <span class="nonvisual">Children's services inspection, pdf - 03 July 2023</span></a></div></li></ol></body></html>`;
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const answer = (status: number, body = '') => vi.fn(async () => new Response(body, { status })) as unknown as typeof fetch;

describe('an authority’s page, fetched once', () => {
  it('lists its reports, asked for without cookies', async () => {
    const fetchImpl = answer(200, PAGE);
    const reply = await fetchAuthorityPage(URL_, fetchImpl, parse);
    expect(reply.failure).toBeNull();
    expect(reply.page).toMatchObject({ authorityKey: 'portsmouth', events: [{ date: '2023-05-15', title: "Children's services inspection", href: 'https://files.ofsted.gov.uk/v1/file/50222964' }] });
    expect(fetchImpl).toHaveBeenCalledWith(URL_, expect.objectContaining({ credentials: 'omit' }));
  });

  it('answers a server error or a 404 with its status, and no answer with none', async () => {
    expect((await fetchAuthorityPage(URL_, answer(503), parse)).failure).toMatchObject({ status: 503, mayRetry: true });
    expect((await fetchAuthorityPage(URL_, answer(404), parse)).failure).toMatchObject({ status: 404 });
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
    expect((await fetchAuthorityPage(URL_, offline, parse)).failure).toEqual({ status: null, message: 'the network failed', mayRetry: true });
  });

  it('fetches nothing that is not an authority’s page on reports.ofsted.gov.uk', async () => {
    const fetchImpl = answer(200, PAGE);
    const reply = await fetchAuthorityPage('https://example.com/provider/44/80539', fetchImpl, parse);
    expect(reply.failure).toMatchObject({ mayRetry: false });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('the reading page answers the background, never a content script', async () => {
    const ID = 'abcdefghijklmnopabcdefghijklmnop';
    const extension = { id: ID, origin: `chrome-extension://${ID}/` };
    const read = vi.fn(async () => ({ page: null, failure: null }));
    const listener = answerAuthorityPageRequests(read, extension);
    const request = { target: 'offscreen', type: 'read-authority-page', url: URL_ };
    const contentScript: Sender = { id: ID, url: 'https://reports.ofsted.gov.uk/provider/44/80539', tab: { id: 3 } } as Sender;
    expect(listener(request, contentScript, vi.fn())).toBe(false);
    const sendResponse = vi.fn();
    expect(listener(request, { id: ID, url: `chrome-extension://${ID}/background.js` }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
    expect(read).toHaveBeenCalledWith(URL_);
  });
});
