// The address a document was loaded from, as its navigation entry names it, and as Firefox names
// the entry of the extension's own pages ("document"), which once had the reader refuse every note.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadedAddress, showsLoadedAddress } from '../../utils/browser/extension/document-address';

function documentAt(shown: string, entryName: string | null): void {
  vi.stubGlobal('location', { href: shown });
  vi.stubGlobal('performance', { getEntriesByType: (type: string) => (type === 'navigation' && entryName !== null ? [{ name: entryName }] : []) });
}

afterEach(() => vi.unstubAllGlobals());

const ARTICLE = 'https://www.childrenfirst.news/news/ofsted-rates-portsmouth-good';
const READER = 'moz-extension://5b0e1c3a-0f1d-4c55-9a7e-0b5e2c1a7f00/reader.html?src=https%3A%2F%2Ffiles.ofsted.gov.uk%2Fv1%2Ffile%2F1';

describe('the address a document was loaded from', () => {
  it('is its navigation entry’s, without the fragment, whatever the page has since named itself', () => {
    documentAt('https://www.childrenfirst.news/news/another-article', 'https://www.childrenfirst.news/sponsored/partner-content/#top');
    expect(loadedAddress()).toBe('https://www.childrenfirst.news/sponsored/partner-content/');
    expect(showsLoadedAddress()).toBe(false);
  });

  it('is shown still when only the fragment has changed', () => {
    documentAt(`${ARTICLE}#comments`, ARTICLE);
    expect(showsLoadedAddress()).toBe(true);
  });

  it('is an extension page’s location where Firefox names its navigation entry "document"', () => {
    documentAt(READER, 'document');
    expect(loadedAddress()).toBe(READER);
    expect(showsLoadedAddress()).toBe(true);
  });

  it('is the location where there is no navigation entry', () => {
    documentAt(READER, null);
    expect(loadedAddress()).toBe(READER);
  });
});
