// Where the detection script runs by itself: Ofsted's report site and the sector's children's
// services news sites. Council newsrooms (and GOV.UK, where Ofsted's press releases are) are
// optional: the reader grants one site at a time from the popup (newsroom-sites.ts), and anywhere
// else asks from the popup or the context menu (activeTab), so no broad host permission is needed.
export const OFSTED_REPORT_MATCHES = ['https://reports.ofsted.gov.uk/*'];

export const SECTOR_NEWS_MATCHES = [
  'https://www.communitycare.co.uk/*',
  'https://www.cypnow.co.uk/*',
  'https://www.childrenfirst.news/*',
  'https://www.lgcplus.com/*',
  'https://www.localgov.co.uk/*',
];

export const CONTENT_MATCHES = [...OFSTED_REPORT_MATCHES, ...SECTOR_NEWS_MATCHES];

/** What the reader may grant at run time, one origin at a time: never granted at install. */
export const OPTIONAL_SITES = ['https://*/*'];

/** Where report PDFs are served; the reader fetches from these and nowhere else. */
export const REPORT_FILE_HOSTS = ['https://files.ofsted.gov.uk/*', 'https://files.api.ofsted.gov.uk/*'];

const REPORT_FILE_URL = /^https:\/\/(files(?:\.api)?\.ofsted\.gov\.uk)\/v1\/file\/(\d+)(?:[?#].*)?$/;

/** A report PDF's address on one of those hosts: the only sources the reader opens. */
export function isAllowedSource(src: string): boolean {
  return REPORT_FILE_URL.test(src);
}

/**
 * The file id of a report PDF's address, or null for any other address. Ofsted's provider pages
 * link files.api.ofsted.gov.uk, other links files.ofsted.gov.uk: the same id is the same file on both.
 */
export function ofstedFileId(src: string): string | null {
  return REPORT_FILE_URL.exec(src)?.[2] ?? null;
}

/**
 * A report PDF's address as the library keeps it: its host and file id, without query or
 * fragment, which name no other file; null for any other address.
 */
export function reportFileAddress(src: string): string | null {
  const match = REPORT_FILE_URL.exec(src);
  return match ? `https://${match[1]}/v1/file/${match[2]}` : null;
}

/** A page's address without its fragment: a fragment alone (`#p12`, `#comments`) never makes another page. */
export function pageAddress(url: string): string {
  return url.split('#')[0]!;
}

/** The same file's address on each of the two hosts. */
export function ofstedFileAddresses(id: string): string[] {
  return REPORT_FILE_HOSTS.map((pattern) => pattern.replace('/*', `/v1/file/${id}`));
}

const OFSTED_HOSTS = /^(?:reports|files|files\.api)\.ofsted\.gov\.uk$/;

/** Ofsted's report site or one of its file hosts: whatever is there is Ofsted's own, never news. */
export function isOfstedHost(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return OFSTED_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

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

const NEWSROOM_HOST = /^(?:news|newsroom|press|media)\./i;
// "news" or "newsroom" as a whole path segment, or a segment starting "press" that names a press
// office's pages: never "depression", "express" or "pressure".
const NEWSROOM_PATH = /\/(?:news|newsroom)(?:\/|$)|\/press(?:[-_]?(?:releases?|office|room|notices?|statements?|centre|center))?(?:\/|$)/i;

/** The origin ("https://host") a granted newsroom is known by, or null for anything but an https page. */
export function siteOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Whether the detection script runs by itself on this site, without the reader granting it. */
export function isBuiltInSite(url: string): boolean {
  const origin = siteOrigin(url);
  return origin !== null && CONTENT_MATCHES.some((pattern) => pattern === `${origin}/*`);
}

/** The pages of a granted site the detection script runs on: its news and press sections, not the whole site. */
export function newsroomMatches(origin: string): string[] {
  const { host } = new URL(origin);
  if (NEWSROOM_HOST.test(host)) return [`https://${host}/*`];
  return ['/news/*', '/*/news/*', '/newsroom/*', '/*/newsroom/*', '/press*', '/*/press*'].map((path) => `https://${host}${path}`);
}

/**
 * A granted site's page the detection script should read. Match patterns cannot say "a whole
 * segment" (`/*\/press*` also matches `/pressure-care`), so the script checks again.
 */
export function isNewsroomPage(url: string): boolean {
  try {
    const { host, pathname } = new URL(url);
    return NEWSROOM_HOST.test(host) || NEWSROOM_PATH.test(pathname);
  } catch {
    return false;
  }
}
