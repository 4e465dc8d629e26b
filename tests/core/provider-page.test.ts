// Reading an authority's page on reports.ofsted.gov.uk, in the markup public scrapers of the site
// select (tests/e2e/sites/EVIDENCE.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readProviderPage } from '../../utils/core/page/provider-page';

const page = (path: string) =>
  parseHTML(readFileSync(resolve(import.meta.dirname, '../e2e/sites/reports.ofsted.gov.uk', path), 'utf8')).document as unknown as Document;

describe('an authority’s children’s services page', () => {
  const provider = readProviderPage(page('provider/44/80539.html'));

  it('names the authority and keys it', () => {
    expect(provider).toMatchObject({ authority: 'Portsmouth City Council', authorityKey: 'portsmouth' });
  });

  it('lists each report with its visible title, its dates and its PDF, newest first', () => {
    expect(provider.events.map((e) => [e.title, e.date, e.href])).toEqual([
      ["Children's services inspection", '2023-05-15', 'https://files.ofsted.gov.uk/v1/file/50222964'],
      [expect.stringMatching(/focused visit/i), '2022-01-26', 'https://files.ofsted.gov.uk/v1/file/50178031'],
      ["Children's services inspection", '2018-09-03', 'https://files.ofsted.gov.uk/v1/file/50002412'],
      ["Children's services inspection", '2014-06-09', 'https://files.ofsted.gov.uk/v1/file/50004280'],
    ]);
    expect(provider.events[0]!.dates).toContain('2023-07-03'); // the publication date, from the hidden span
  });
});

describe('the authority a provider page is keyed by', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../e2e/sites/reports.ofsted.gov.uk/provider/44/80539.html'), 'utf8');
  const at = (url: string, heading?: string) => {
    const document = parseHTML(heading === undefined ? html : html.replace(/<h1 class="heading--title">[^<]*<\/h1>/, heading)).document as unknown as Document;
    return readProviderPage(document, url);
  };

  it.each([
    ['its Ofsted URN', 'https://reports.ofsted.gov.uk/provider/44/80539'],
    ['its DfE code, as Ofsted’s tables link it', 'https://reports.ofsted.gov.uk/provider/44/851'],
  ])('is the register’s, at %s', (_how, url) => {
    expect(at(url)).toMatchObject({ authority: 'Portsmouth City Council', authorityKey: 'portsmouth' });
  });

  it('comes from the address when the heading names no authority, and the register names it', () => {
    expect(at('https://reports.ofsted.gov.uk/provider/44/80465', '<h1></h1>')).toMatchObject({ authority: 'County Durham', authorityKey: 'durham' });
  });

  it('comes from the heading at a number the register does not hold, and is null when the heading names no authority it holds', () => {
    expect(at('https://reports.ofsted.gov.uk/provider/44/99999999')).toMatchObject({ authorityKey: 'portsmouth' });
    expect(at('https://reports.ofsted.gov.uk/provider/44/99999999', '<h1>Westmere County Council</h1>')).toMatchObject({ authority: 'Westmere County Council', authorityKey: null });
  });
});
