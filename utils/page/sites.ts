// Where the content script runs. Ofsted's report site, plus the sector and council newsrooms
// that report children's services inspections; anywhere else the reader asks from the popup or
// the context menu (activeTab), so no broad host permission is needed.
export const OFSTED_REPORT_MATCHES = ['https://reports.ofsted.gov.uk/*'];

export const NEWS_MATCHES = [
  // Council newsrooms and GOV.UK news (Ofsted's own press releases are on www.gov.uk).
  'https://*.gov.uk/*news*',
  'https://*.gov.uk/*press*',
  // Sector children's-services news.
  'https://www.communitycare.co.uk/*',
  'https://www.cypnow.co.uk/*',
  'https://www.childrenfirst.news/*',
  'https://www.lgcplus.com/*',
  'https://www.localgov.co.uk/*',
];

export const CONTENT_MATCHES = [...OFSTED_REPORT_MATCHES, ...NEWS_MATCHES];

/** Where report PDFs are served; the reader fetches from these and nowhere else. */
export const REPORT_FILE_HOSTS = ['https://files.ofsted.gov.uk/*', 'https://files.api.ofsted.gov.uk/*'];

const REPORT_FILE_URL = /^https:\/\/files(?:\.api)?\.ofsted\.gov\.uk\/v1\/file\/\d+(?:[?#].*)?$/;

/** A report PDF's address on one of those hosts: the only sources the reader opens. */
export function isAllowedSource(src: string): boolean {
  return REPORT_FILE_URL.test(src);
}

/** The same sites as origins only: web_accessible_resources takes no path in its match patterns. */
export const CONTENT_ORIGINS = [...new Set(CONTENT_MATCHES.map((pattern) => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*')))];

const PROVIDER_PATH = /^\/provider\/44\/\d+\/?$/;

/** A local authority children's services provider page (remit 44) on reports.ofsted.gov.uk. */
export function isProviderPageUrl(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    return hostname === 'reports.ofsted.gov.uk' && PROVIDER_PATH.test(pathname);
  } catch {
    return false;
  }
}

export function isOfstedReportSite(url: string): boolean {
  try {
    return new URL(url).hostname === 'reports.ofsted.gov.uk';
  } catch {
    return false;
  }
}

/** Ofsted's search for an authority's children's services page, for a news article's link. */
export function ofstedSearchUrl(authority: string): string {
  const params = new URLSearchParams({ q: authority, level_1_types: '3', 'level_2_types[0]': '12' });
  return `https://reports.ofsted.gov.uk/search?${params}`;
}

/** Only web addresses become links Ofsted Lens draws: never javascript:, data: or the like. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
