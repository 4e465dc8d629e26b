// The options page's list of the library: each record in words, grouped by the site it was read
// on, worked out from the records' summary fields alone (never their documents), so a library of
// thousands of records lists at once.
import { authorityName } from '../authorities/authority-name';
import type { InspectionRecord } from '../schema/storage';
import { isOfstedHost } from '../sites';
import { counted, dayInWords, deleteAllInWords, deleteSiteInWords, kindAndDateInWords, provenanceInWords, siteInWords } from './library-words';

/** What the list knows of a record: its summary fields, and of its document only the authority's name and a headline. */
export type LibrarySummary = Pick<InspectionRecord, 'provenance' | 'site' | 'kind' | 'authorityKey' | 'start' | 'storedAt' | 'source'> & {
  id: number;
  /** Every address it was read from, sorted. */
  addresses: string[];
  authority: string | null;
  headline: string | null;
};

/** A whole record's summary, as the list reads it from the database's indexes. */
export function summaryOf(record: InspectionRecord & { id: number }): LibrarySummary {
  const { id, provenance, site, kind, authorityKey, start, storedAt, source, sources, document } = record;
  const headline = 'headline' in document ? document.headline : null;
  return { id, provenance, site, kind, authorityKey, start, storedAt, source, addresses: [...new Set(sources)].sort(), authority: document.authority, headline };
}

export type LibraryRow = {
  id: number;
  /** The authority for a report; a news page's headline (or address). */
  title: string;
  /** What it is and when: "Inspection of local authority children's services, starting 15 May 2023". */
  what: string;
  /** Where it came from: "Reported by www.cypnow.co.uk". */
  from: string;
  /** The address it was read at; none for a file the reader opened, which has none of its own. */
  address: string | null;
  read: string;
  /** "Also read from 1 other address", when it was. */
  also: string | null;
  /** The notes made on its pages. */
  notes: number;
};

export type LibraryGroup = {
  site: string;
  heading: string;
  /** "2 records · 1 note". */
  counts: string;
  rows: LibraryRow[];
  notes: number;
  /** Its Delete button's words on screen, and whole. */
  deleteText: string;
  deleteLabel: string;
};
export type LibraryList = {
  groups: LibraryGroup[];
  records: number;
  notes: number;
  /** "7 records from 4 sites and files you opened; 3 notes on their pages." */
  counts: string;
  deleteAllText: string;
};

/** Within a site: by authority then the newest inspection first, or the newest read first. */
export type LibrarySort = 'authority' | 'newest-read';

const authorityOf = (s: LibrarySummary) => authorityName(s.authorityKey, s.authority) ?? s.authorityKey;
const nameOf = (s: LibrarySummary) => authorityOf(s).toLowerCase();
const before = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ORDERS: Record<LibrarySort, (a: LibrarySummary, b: LibrarySummary) => number> = {
  authority: (a, b) => before(nameOf(a), nameOf(b)) || before(b.start, a.start) || b.storedAt - a.storedAt || a.id - b.id,
  'newest-read': (a, b) => b.storedAt - a.storedAt || a.id - b.id,
};

/** Ofsted's own hosts first, then the other sites by name, the files the reader opened last. */
function siteOrder(a: string, b: string): number {
  const rank = (site: string) => (site === '' ? 2 : isOfstedHost(`https://${site}/`) ? 0 : 1);
  return rank(a) - rank(b) || before(a, b);
}

/** What a record is called: the authority for a report; a news page's headline, or its address. */
export function titleOf(s: LibrarySummary): string {
  return s.kind === 'news' ? (s.headline ?? s.source) : authorityOf(s);
}

function rowOf(s: LibrarySummary, noteCounts: ReadonlyMap<string, number>): LibraryRow {
  const others = s.addresses.filter((a) => a !== s.source).length;
  const authority = authorityOf(s);
  return {
    id: s.id,
    title: titleOf(s),
    what: s.kind === 'news' ? `${kindAndDateInWords(s.kind, s.start)} about ${authority}` : kindAndDateInWords(s.kind, s.start),
    from: provenanceInWords(s.provenance, s.site),
    address: s.provenance === 'user-file' ? null : s.source,
    read: `read ${dayInWords(s.storedAt)}`,
    also: others > 0 ? `also read from ${counted(others, 'other address')}` : null,
    notes: s.addresses.reduce((sum, address) => sum + (noteCounts.get(address) ?? 0), 0),
  };
}

/** The list: a group per site, each sorted; `noteCounts` gives how many notes each page address has. */
export function libraryList(summaries: readonly LibrarySummary[], noteCounts: ReadonlyMap<string, number>, sort: LibrarySort): LibraryList {
  const bySite = new Map<string, LibrarySummary[]>();
  for (const s of summaries) {
    const group = bySite.get(s.site);
    if (group) group.push(s);
    else bySite.set(s.site, [s]);
  }
  const groups = [...bySite.keys()].sort(siteOrder).map((site) => {
    const rows = bySite.get(site)!.sort(ORDERS[sort]).map((s) => rowOf(s, noteCounts));
    const notes = rows.reduce((sum, r) => sum + r.notes, 0);
    const { text, label } = deleteSiteInWords(site, rows.length);
    const counts = [counted(rows.length, 'record'), notes > 0 ? counted(notes, 'note') : null].filter(Boolean).join(' · ');
    return { site, heading: siteInWords(site), counts, rows, notes, deleteText: text, deleteLabel: label };
  });
  const notes = groups.reduce((sum, g) => sum + g.notes, 0);
  return { groups, records: summaries.length, notes, counts: countsInWords(groups, summaries.length, notes), deleteAllText: deleteAllInWords(summaries.length) };
}

function countsInWords(groups: readonly LibraryGroup[], records: number, notes: number): string {
  const sites = groups.filter((g) => g.site !== '').length;
  const from = [sites > 0 ? counted(sites, 'site') : null, groups.some((g) => g.site === '') ? 'files you opened' : null].filter(Boolean).join(' and ');
  return `${counted(records, 'record')}${from ? ` from ${from}` : ''}${notes > 0 ? `; ${counted(notes, 'note')} on ${records === 1 ? 'its page' : 'their pages'}` : ''}.`;
}
