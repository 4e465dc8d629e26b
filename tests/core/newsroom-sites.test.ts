// Which pages of a site the reader added get the detection script: its news and press sections.
// Match patterns cannot say "a whole path segment", so the script checks the address again.
import { describe, expect, it } from 'vitest';
import { isBuiltInSite, isNewsroomPage, newsroomMatches, siteOrigin } from '../../utils/core/sites';

describe('a site the reader added', () => {
  it('is matched on its news and press pages only, not the whole site', () => {
    expect(newsroomMatches('https://www.portsmouth.gov.uk')).toEqual([
      'https://www.portsmouth.gov.uk/news/*',
      'https://www.portsmouth.gov.uk/*/news/*',
      'https://www.portsmouth.gov.uk/newsroom/*',
      'https://www.portsmouth.gov.uk/*/newsroom/*',
      'https://www.portsmouth.gov.uk/press*',
      'https://www.portsmouth.gov.uk/*/press*',
    ]);
  });

  it('is matched whole when the site is itself a newsroom', () => {
    expect(newsroomMatches('https://news.kent.gov.uk')).toEqual(['https://news.kent.gov.uk/*']);
  });

  it.each([
    ['reads', 'https://www.portsmouth.gov.uk/news/ofsted-rates-childrens-services-good/', true],
    ['reads', 'https://www.hants.gov.uk/aboutthecouncil/news', true],
    ['reads', 'https://www.leeds.gov.uk/press-releases/ofsted-outstanding', true],
    ['reads', 'https://www.birmingham.gov.uk/press/2024/ofsted', true],
    ['reads', 'https://www.example.gov.uk/council/pressreleases/item', true],
    ['reads', 'https://news.kent.gov.uk/articles/ofsted-report', true],
    ['leaves alone', 'https://www.nhs.uk/mental-health/conditions/depression/', false],
    ['leaves alone', 'https://www.example.gov.uk/health/depression-support/press-ups', false], // "press-ups" is not a press office
    ['leaves alone', 'https://www.example.gov.uk/express-delivery', false],
    ['leaves alone', 'https://www.example.gov.uk/pressure-care', false],
    ['leaves alone', 'https://www.example.gov.uk/newsletter-signup', false],
    ['leaves alone', 'https://www.example.gov.uk/council-tax/pay', false],
  ] as const)('%s %s', (_what, url, read) => {
    expect(isNewsroomPage(url)).toBe(read);
  });
});

describe('the sites Ofsted Lens has from its install', () => {
  it('are Ofsted’s report site and the sector news sites, by origin', () => {
    expect(isBuiltInSite('https://reports.ofsted.gov.uk/provider/44/80539')).toBe(true);
    expect(isBuiltInSite('https://www.communitycare.co.uk/2023/07/20/x/')).toBe(true);
    expect(isBuiltInSite('https://www.portsmouth.gov.uk/news/x')).toBe(false);
    expect(isBuiltInSite('http://reports.ofsted.gov.uk/')).toBe(false);
  });

  it('knows a site by its https origin only', () => {
    expect(siteOrigin('https://www.portsmouth.gov.uk/news/x?y=1#z')).toBe('https://www.portsmouth.gov.uk');
    expect(siteOrigin('http://www.portsmouth.gov.uk/news/x')).toBeNull();
    expect(siteOrigin('not a url')).toBeNull();
  });
});
