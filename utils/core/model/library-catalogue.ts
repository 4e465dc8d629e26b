// The library page's list: every document held, each with its authority and region, what it is,
// when, its grades and where it came from, the reader's notes on its pages; filtered and sorted
// as the reader chooses.
import { authorityByKey } from '../authorities/match';
import { authorityName } from '../authorities/authority-name';
import type { DocumentKind, Grade, Grades, JudgementKey } from '../schema/domain';
import type { InspectionRecord, Note } from '../schema/storage';
import { GRADE_LABELS, GRADES_BEST_FIRST } from '../vocabulary/grades';
import { JUDGEMENT_KEYS, JUDGEMENT_LABELS } from '../vocabulary/judgements';
import { KIND_LABELS } from '../vocabulary/kinds';
import { readerHref } from './compare-address';
import { summaryOf, titleOf, type LibrarySummary } from './library-list';
import { kindAndDateInWords, provenanceInWords } from './library-words';

export type CatalogueNote = { id: string; quote: string; comment: string };

export type CatalogueEntry = {
  id: number;
  source: string;
  provenance: InspectionRecord['provenance'];
  title: string;
  authority: string;
  authorityKey: string;
  /** The register's region; null for a key it does not hold. */
  region: string | null;
  kind: DocumentKind;
  start: string;
  year: string | null;
  /** "Inspection of local authority children's services, starting 15 May 2023". */
  what: string;
  /** null until the document is read (entryOfSummary). */
  grades: Grades | null;
  /** "Overall effectiveness: Good", in the judgements' order. */
  gradeWords: string[];
  from: string;
  /** Where the document opens: the reader for a report PDF, else its own address; null for a file the reader opened. */
  href: string | null;
  notes: CatalogueNote[];
};

export type StoredRecord = InspectionRecord & { id: number };

/** A document's address to open, at a paragraph when given: the reader for a report PDF. */
export function openHref(record: Pick<InspectionRecord, 'source' | 'provenance'>, paragraph?: number | null): string | null {
  if (record.provenance === 'user-file') return null;
  return readerHref(record.source, paragraph) ?? record.source;
}

/** An entry from a record's summary alone (library-list.ts), its grades not yet read: the list shows before any document is read. */
export function entryOfSummary(summary: LibrarySummary, notes: readonly Note[] = []): CatalogueEntry {
  return {
    id: summary.id,
    source: summary.source,
    provenance: summary.provenance,
    title: titleOf(summary),
    authority: authorityName(summary.authorityKey, summary.authority) ?? summary.authorityKey,
    authorityKey: summary.authorityKey,
    region: authorityByKey(summary.authorityKey)?.region ?? null,
    kind: summary.kind,
    start: summary.start,
    year: summary.start ? summary.start.slice(0, 4) : null,
    what: kindAndDateInWords(summary.kind, summary.start),
    grades: null,
    gradeWords: [],
    from: provenanceInWords(summary.provenance, summary.site),
    href: openHref(summary),
    notes: notes.filter((n) => summary.addresses.includes(n.url)).map((n) => ({ id: n.id, quote: n.quote, comment: n.comment })),
  };
}

export function catalogueEntry(record: StoredRecord, notes: readonly Note[] = []): CatalogueEntry {
  const { grades } = record.document;
  return {
    ...entryOfSummary(summaryOf(record), notes),
    grades,
    gradeWords: JUDGEMENT_KEYS.flatMap((j) => (grades[j] ? [`${JUDGEMENT_LABELS[j]}: ${GRADE_LABELS[grades[j]]}`] : [])),
  };
}

/** The notes made on each address. */
function notesByUrl(notes: readonly Note[]): Map<string, Note[]> {
  const byUrl = new Map<string, Note[]>();
  for (const note of notes) byUrl.set(note.url, [...(byUrl.get(note.url) ?? []), note]);
  return byUrl;
}

/** Each record as an entry, with the notes made on any of its addresses. */
export function catalogue(records: readonly StoredRecord[], notes: readonly Note[]): CatalogueEntry[] {
  const byUrl = notesByUrl(notes);
  return records.map((r) => catalogueEntry(r, r.sources.flatMap((s) => byUrl.get(s) ?? [])));
}

/** Each summary as an entry, grades to follow. */
export function catalogueOfSummaries(summaries: readonly LibrarySummary[], notes: readonly Note[]): CatalogueEntry[] {
  const byUrl = notesByUrl(notes);
  return summaries.map((s) => entryOfSummary(s, s.addresses.flatMap((a) => byUrl.get(a) ?? [])));
}

/** '' is any. A grade without a judgement is the overall grade; a judgement without a grade, any graded one. */
export type LibraryFilter = { authority: string; region: string; kind: '' | DocumentKind; year: string; judgement: '' | JudgementKey; grade: '' | Grade };
export const NO_FILTER: LibraryFilter = { authority: '', region: '', kind: '', year: '', judgement: '', grade: '' };

export function matchesFilter(entry: CatalogueEntry, f: LibraryFilter): boolean {
  if (f.authority && entry.authorityKey !== f.authority) return false;
  if (f.region && entry.region !== f.region) return false;
  if (f.kind && entry.kind !== f.kind) return false;
  if (f.year && entry.year !== f.year) return false;
  const judged = entry.grades?.[f.judgement || 'overall'];
  if (f.grade) return judged === f.grade;
  return !f.judgement || judged !== undefined;
}

export type LibraryOrder = 'authority' | 'newest' | 'oldest' | 'grade';
export const ORDER_LABELS: Record<LibraryOrder, string> = { authority: 'By authority', newest: 'Newest first', oldest: 'Oldest first', grade: 'Best overall grade first' };

const before = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const gradeRank = (e: CatalogueEntry) => (e.grades?.overall ? GRADES_BEST_FIRST.indexOf(e.grades.overall) : GRADES_BEST_FIRST.length);
const ORDERS: Record<LibraryOrder, (a: CatalogueEntry, b: CatalogueEntry) => number> = {
  authority: (a, b) => before(a.authority.toLowerCase(), b.authority.toLowerCase()) || before(b.start, a.start) || a.id - b.id,
  newest: (a, b) => before(b.start, a.start) || a.id - b.id,
  oldest: (a, b) => before(a.start || '9', b.start || '9') || a.id - b.id,
  grade: (a, b) => gradeRank(a) - gradeRank(b) || before(b.start, a.start) || a.id - b.id,
};

export function filteredAndSorted(entries: readonly CatalogueEntry[], filter: LibraryFilter, order: LibraryOrder): CatalogueEntry[] {
  return entries.filter((e) => matchesFilter(e, filter)).sort(ORDERS[order]);
}

export type Choice = { value: string; label: string };
export type FilterChoices = Record<'authority' | 'region' | 'kind' | 'year' | 'judgement' | 'grade', Choice[]>;

/** What each filter can choose among: only what the library holds, in order. */
export function filterChoices(entries: readonly CatalogueEntry[]): FilterChoices {
  const authorities = new Map(entries.map((e) => [e.authorityKey, e.authority]));
  const held = <T extends string>(values: readonly T[], of: (e: CatalogueEntry) => T | null) => {
    const present = new Set(entries.map(of));
    return values.filter((v) => present.has(v));
  };
  const judged = new Set(entries.flatMap((e) => Object.keys(e.grades ?? {})));
  return {
    authority: [...authorities].sort((a, b) => before(a[1].toLowerCase(), b[1].toLowerCase())).map(([value, label]) => ({ value, label })),
    region: [...new Set(entries.flatMap((e) => (e.region ? [e.region] : [])))].sort().map((r) => ({ value: r, label: r })),
    kind: held(Object.keys(KIND_LABELS) as DocumentKind[], (e) => e.kind).map((k) => ({ value: k, label: KIND_LABELS[k] })),
    year: [...new Set(entries.flatMap((e) => (e.year ? [e.year] : [])))].sort().reverse().map((y) => ({ value: y, label: y })),
    judgement: JUDGEMENT_KEYS.filter((j) => judged.has(j)).map((j) => ({ value: j, label: JUDGEMENT_LABELS[j] })),
    grade: GRADES_BEST_FIRST.map((g) => ({ value: g, label: GRADE_LABELS[g] })),
  };
}
