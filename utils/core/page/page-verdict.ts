// The content script's first and cheap decision: is this page one of ours at all? Runs on every
// matched page, so it reads only what it must and returns null as early as it can.
import { recognise } from '../recognise/recognise';
import { isOfstedReportSite, isProviderPageUrl } from '../sites';

export type PageVerdict = 'provider' | 'report' | 'news';

export function pageVerdict(url: string, bodyText: string): PageVerdict | null {
  if (isProviderPageUrl(url)) return 'provider';
  if (!/ofsted/i.test(bodyText) && !isOfstedReportSite(url)) return null;
  const kind = recognise({ url, text: bodyText });
  if (kind === null) return null;
  return kind === 'news' ? 'news' : 'report';
}
