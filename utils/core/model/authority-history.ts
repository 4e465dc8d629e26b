// An authority's graded history as the panel and the popup show it: Ofsted's official inspections
// merged with the reports the library has read, newest first, each judgement's direction, England's
// overall grades at the date and the statistical neighbours'. Imports the official tables, so only
// what shows them imports this (overlay, reader, popup); the content script never does.
import { authorityContext, type EnglandPicture, type NeighbourGrade, type ReadLatestGrade } from '../authorities/context';
import { OFFICIAL_SOURCE } from '../authorities/official';
import { ofstedSearchUrl } from '../sites';
import { monthYear } from '../dates';
import { identityOfRead, type Read } from '../library-identity';
import { judgementTrends, type Trend } from '../link/trends';
import { isOfstedSourced } from '../provenance';
import type { DocumentKind, Grade, Grades, JudgementKey, ParsedDocument } from '../schema/domain';
import type { InspectionRecord } from '../schema/storage';

/** A report read here: what it is (library-identity.ts), its source, kind, first day and the grades it states. */
export type ReadInspection = { identity: string; source: string; kind: DocumentKind; start: string | null; grades: Grades; current?: boolean };

export type Disagreement = { judgement: JudgementKey; report: Grade; official: Grade };

export type HistoryRow = {
  /** ISO first day, null for a report read here that states none. */
  start: string | null;
  /** 'ilacs' for every official row; a report read here keeps its kind (a SIF report, say). */
  kind: DocumentKind;
  /** The report's own grades when it was read here, else the official table's. */
  grades: Grades;
  /** Where the row comes from: Ofsted's official table, a report read here, or both for the same inspection. */
  from: 'official' | 'report' | 'both';
  /** The report read here (its address), when there is one. */
  reportUrl: string | null;
  /** The official row's grades where they differ from the report's: both are shown. */
  disagreements: Disagreement[];
  /** Each judgement against the previous graded inspection in this history. */
  directions: Trend[];
  /** The document on screen. */
  current: boolean;
};

export type AuthorityPanelContext = {
  key: string;
  name: string;
  url: string | null;
  /** The date England's picture is for. */
  asOf: string;
  source: string;
  history: HistoryRow[];
  england: EnglandPicture;
  /** The statistical neighbours' latest overall grades at `asOf`, each with the day its inspection began. */
  neighbours: NeighbourGrade[];
  /** The authority itself as a neighbour row, so it is shown among them. */
  self: NeighbourGrade;
  /** Where England's picture and the neighbours' grades come from: the official statistics, and any newer reports read here. */
  englandSource: string;
};

/** A report and an official row are the same inspection when their first days are this close. */
const SAME_INSPECTION_DAYS = 21;
const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

function disagreementsOf(report: Grades, official: Grades): Disagreement[] {
  return (Object.keys(official) as JudgementKey[])
    .filter((k) => report[k] && official[k] && report[k] !== official[k])
    .map((judgement) => ({ judgement, report: report[judgement]!, official: official[judgement]! }));
}

/**
 * The context for an authority by its register key; null for a key the register lacks. `read`: the
 * library's records (and the document on screen, `current`); those without grades are left out.
 * `asOf`: the date England's picture is for (a report's inspection), the newest data's date by default.
 * `readLatest`: each authority's newest graded report read here, which England's picture and the
 * neighbours take where it is newer than the official statistics.
 */
export function authorityPanelContext(key: string, read: readonly ReadInspection[], asOf?: string, readLatest: readonly ReadLatestGrade[] = []): AuthorityPanelContext | null {
  const official = authorityContext(key, undefined, readLatest);
  if (!official) return null;
  const atDate = (asOf && authorityContext(key, asOf, readLatest)) || official;
  const graded = read.filter((r) => Object.keys(r.grades).length > 0 && r.kind !== 'news');
  // One row per inspection: the document on screen first, then the library's, each identity once.
  const seen = new Set<string>();
  const reports = [...graded].sort((a, b) => Number(b.current ?? false) - Number(a.current ?? false)).filter((r) => !seen.has(r.identity) && seen.add(r.identity));

  const rows: Omit<HistoryRow, 'directions'>[] = official.history.map((o) => ({
    start: o.start, kind: 'ilacs', grades: o.grades, from: 'official', reportUrl: null, disagreements: [], current: false,
  }));
  for (const report of reports) {
    const same = report.start && report.kind === 'ilacs'
      ? rows.find((row) => row.from === 'official' && days(row.start!, report.start!) <= SAME_INSPECTION_DAYS)
      : undefined;
    if (same) {
      // The report's grades are the document's; the official row's are shown beside them where they differ.
      Object.assign(same, { grades: report.grades, from: 'both', reportUrl: report.source, disagreements: disagreementsOf(report.grades, same.grades), current: report.current ?? false });
    } else {
      rows.push({ start: report.start, kind: report.kind, grades: report.grades, from: 'report', reportUrl: report.source, disagreements: [], current: report.current ?? false });
    }
  }
  const oldestFirst = rows.filter((r) => r.start).sort((a, b) => a.start!.localeCompare(b.start!));
  const history = oldestFirst
    .map((row, i) => ({ ...row, directions: judgementTrends(row.grades, oldestFirst.slice(0, i).map((e) => ({ label: monthYear(e.start!), grades: e.grades }))) }))
    .reverse()
    .concat(rows.filter((r) => !r.start).map((row) => ({ ...row, directions: [] })));

  const latestOwn = atDate.history.find((o) => o.grades.overall);
  const ownRead = readLatest.find((r) => r.key === key && r.start <= atDate.asOf && (!latestOwn || r.start > latestOwn.start));
  const url = official.authority.url ?? ofstedSearchUrl(official.authority.name);
  return {
    key, name: official.authority.name, url: official.authority.url, asOf: atDate.asOf,
    source: OFFICIAL_SOURCE, history, england: atDate.england, neighbours: atDate.neighbours,
    self: ownRead
      ? { key, name: official.authority.name, overall: ownRead.overall, start: ownRead.start, url, from: 'report' }
      : { key, name: official.authority.name, overall: latestOwn?.grades.overall ?? null, start: latestOwn?.start ?? null, url },
    englandSource: atDate.englandSource,
  };
}

/** The library's records as reports read here: only those from Ofsted's own hosts give grades. */
export function readFromLibrary(records: readonly InspectionRecord[]): ReadInspection[] {
  return records.filter(isOfstedSourced).map((r) => ({ identity: r.identity, source: r.source, kind: r.kind, start: r.start || null, grades: r.document.grades }));
}

/** The document on screen, read as `read` says, as a report read here (a news article's grades are not a report's). */
export function readCurrent(read: Read, doc: ParsedDocument): ReadInspection[] {
  if (doc.kind === 'news') return [];
  return [{ identity: identityOfRead(read, doc), source: read.source, kind: doc.kind, start: doc.inspection?.start ?? null, grades: doc.grades, current: true }];
}

const READ_FROM_REPORT = 'Read from the report';

/**
 * Under the history picture, where each column's grades come from, one sentence per source:
 * "Ofsted official statistics, as at 31 March 2025: 2018, 2023." "Read from the report: 2014 (this report)."
 */
export function columnSources(context: Pick<AuthorityPanelContext, 'history' | 'source'>): string[] {
  const columns = context.history.filter((r) => r.start).reverse();
  const yearsFrom = (from: HistoryRow['from']) => columns.filter((c) => c.from === from).map((c) => `${c.start!.slice(0, 4)}${c.current ? ' (this report)' : ''}`);
  const sentences: string[] = [];
  const official = yearsFrom('official');
  if (official.length > 0) sentences.push(`${context.source}: ${official.join(', ')}.`);
  const report = yearsFrom('report');
  if (report.length > 0) sentences.push(`${READ_FROM_REPORT}: ${report.join(', ')}.`);
  const both = yearsFrom('both');
  if (both.length > 0) sentences.push(`${READ_FROM_REPORT}, and in ${context.source.replace(/^Ofsted official statistics/, 'Ofsted’s official statistics')}: ${both.join(', ')}.`);
  return sentences;
}

/**
 * When the history holds the 2018–2022 judgement of children in care and care leavers together and a
 * later one judging them apart: why the later pair's directions run from the one earlier grade.
 */
export function splitJudgementNote(history: readonly HistoryRow[]): string | null {
  const combined = history.filter((r) => r.start && r.grades.inCareAndCareLeavers).map((r) => r.start!);
  const split = history.some((r) => r.start && (r.grades.inCare || r.grades.careLeavers) && combined.some((c) => c < r.start!));
  if (!split) return null;
  const year = combined.sort().at(-1)!.slice(0, 4);
  return `Since 2023 children in care and care leavers are judged apart; until then they were one judgement. Their directions since ${year} are taken from that one grade.`;
}
