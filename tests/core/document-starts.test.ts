// Where each web page's document started, as the background first heard from it: kept by the
// browser's document id, in the session's storage so that a service worker Chrome stops and starts
// again still knows it, and forgotten with the tab.
import { describe, expect, it } from 'vitest';
import { documentStarts } from '../../utils/browser/extension/document-starts';
import { sessionArea as session } from '../helpers/session-area';

const ARTICLE = 'https://www.communitycare.co.uk/2023/07/20/portsmouth-good/';
const SPONSORED = 'https://www.communitycare.co.uk/sponsored/partner-content/';

describe('where a document started', () => {
  it('is the address of its first message, whatever later ones say', async () => {
    const starts = documentStarts(session());
    expect(await starts.startOf('D1', 4, SPONSORED)).toBe(SPONSORED);
    expect(await starts.startOf('D1', 4, ARTICLE)).toBe(SPONSORED);
    expect(await starts.startOf('D2', 4, ARTICLE)).toBe(ARTICLE);
  });

  it('is still known after the service worker is stopped and started again', async () => {
    const area = session();
    await documentStarts(area).startOf('D1', 4, SPONSORED);
    expect(await documentStarts(area).startOf('D1', 4, ARTICLE)).toBe(SPONSORED);
  });

  it('is forgotten with its tab, and only its tab’s documents are', async () => {
    const area = session();
    const starts = documentStarts(area);
    await starts.startOf('D1', 4, SPONSORED);
    await starts.startOf('D2', 5, ARTICLE);
    area.items.unrelated = true;
    await starts.forgetTab(4);
    expect(Object.keys(area.items).sort()).toEqual(['document-start:D2', 'unrelated']);
    expect(await documentStarts(area).startOf('D1', 4, ARTICLE)).toBe(ARTICLE);
  });

  it('is kept in memory where there is no session storage', async () => {
    const starts = documentStarts(undefined);
    await starts.startOf('D1', 4, SPONSORED);
    expect(await starts.startOf('D1', 4, ARTICLE)).toBe(SPONSORED);
  });
});
