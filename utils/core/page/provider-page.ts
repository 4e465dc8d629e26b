// A local authority's children's services page on reports.ofsted.gov.uk: the authority, and
// each listed inspection or visit with its date and the link to its report PDF. Reads any DOM
// (the page's, or linkedom's in tests).
import { identityByDfeCode, identityByUrn } from '../authorities/identify';
import { authorityKey } from '../authorities/authority-key';
import { allDates } from '../dates';
import { isAllowedSource } from '../sites';

/** `dates`: every date the event's entry names (inspection, publication); `date` the first. */
export type ProviderEvent = { date: string | null; dates: string[]; title: string; href: string };
export type ProviderPage = { authority: string | null; authorityKey: string | null; events: ProviderEvent[] };

const EVENT_CONTAINER = 'li, tr, article, .event, .timeline__day';

function authorityName(doc: Document): string | null {
  const heading = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!heading) return null;
  return heading.replace(/\s*[-–:]?\s*children['’]s services.*$/i, '').trim() || null;
}

/** A link's visible text: Ofsted's report links repeat their title in a hidden span for screen readers. */
function visibleText(link: HTMLAnchorElement): string {
  const copy = link.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.nonvisual, .visually-hidden, [hidden]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function eventOf(link: HTMLAnchorElement): ProviderEvent {
  const container = link.closest(EVENT_CONTAINER) ?? link.parentElement;
  const context = (container?.textContent ?? '').replace(/\s+/g, ' ');
  const dates = allDates(context);
  return {
    date: dates[0] ?? null,
    dates,
    title: visibleText(link) || 'Report',
    href: link.href,
  };
}

/** The authority a /provider/44/<number> address stands for: Ofsted serves each at its URN and at its DfE code. */
function authorityOfUrl(url: string | undefined): { name: string; key: string } | null {
  const number = url ? /\/provider\/44\/(\d+)\/?(?:[?#]|$)/.exec(url)?.[1] : undefined;
  const found = number ? (identityByUrn(number) ?? identityByDfeCode(number)) : null;
  return found && { name: found.name, key: found.key };
}

/** `url`: the page's address, whose provider number keys the authority before the heading's name does. */
export function readProviderPage(doc: Document, url?: string): ProviderPage {
  const byUrl = authorityOfUrl(url);
  const authority = authorityName(doc) ?? byUrl?.name ?? null;
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a.publication-link, a[href*="ofsted.gov.uk/v1/file/"]')];
  const seen = new Set<string>();
  const events = links
    .filter((a) => isAllowedSource(a.href) && !seen.has(a.href) && seen.add(a.href))
    .map(eventOf);
  return { authority, authorityKey: byUrl?.key ?? (authority ? authorityKey(authority) : null), events };
}
