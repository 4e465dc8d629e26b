// An authority's graded history and England-wide context from Ofsted's official outcomes: its ILACS
// inspections newest first with each judgement's direction since the previous one, where its
// latest overall grade stands among the 153 authorities at a date, and its statistical neighbours'
// latest overall grades. Pure: the same answer for the same key and date.
import type { Grade } from '../schema/domain';
import { GRADES_BEST_FIRST } from '../vocabulary/grades';
import { judgementTrends, type Trend } from '../link/trends';
import { AUTHORITIES, FORMER_AUTHORITIES, authorityByKey, type Authority } from './match';
import { OFFICIAL_AS_AT, OFFICIAL_SOURCE, officialInspections, type OfficialInspection } from './official';
import { formatLongDate } from '../dates';

export type InspectionWithDirections = OfficialInspection & {
  /** Each judgement against the same (or, across the 2023 change, the counterpart) judgement of the previous inspection. */
  directions: Trend[];
};

export type GradeCounts = Record<Grade, number>;

export type EnglandPicture = {
  /** How many authorities are counted: the 153 with children's services today. */
  authorities: number;
  /** Their latest overall grades at the date. */
  counts: GradeCounts;
  /** Those with no ILACS inspection by the date (new authorities, or inspected before ILACS only). */
  notInspected: number;
  /** This authority's latest overall grade, and how many of the others have a better, the same, a worse one. */
  standing: { grade: Grade; better: number; same: number; worse: number } | null;
  /** How many of the grades counted come from reports read here, newer than the official statistics. */
  fromReports: number;
};

export type NeighbourGrade = {
  key: string;
  name: string;
  overall: Grade | null;
  /** The first day of the inspection that grade comes from. */
  start: string | null;
  url: string;
  /** Where the grade comes from: Ofsted's official statistics, or a report read here newer than them. */
  from?: 'official' | 'report';
};

/** An authority's newest graded ILACS report read here (fetched from Ofsted): newer than the official statistics, it is used in their place. */
export type ReadLatestGrade = { key: string; start: string; overall: Grade };

/** Where England's picture and the neighbours' grades come from, in words, dated. */
export function englandSourceWords(fromReports: number, newestRead: string | null): string {
  if (fromReports === 0 || !newestRead) return OFFICIAL_SOURCE;
  return `${OFFICIAL_SOURCE}, with ${fromReports === 1 ? '1 authority’s newer grade' : `${fromReports} authorities’ newer grades`} read from Ofsted’s reports (the newest inspection began ${formatLongDate(newestRead)})`;
}

export type AuthorityContext = {
  authority: Authority & { url: string | null };
  /** The date the context is for: the one asked for, or the data's date when that is later. */
  asOf: string;
  history: InspectionWithDirections[];
  /** Inspections of the former authorities this one succeeded (Cumbria's for Cumberland), newest first. */
  predecessors: { key: string; name: string; history: OfficialInspection[] }[];
  england: EnglandPicture;
  neighbours: NeighbourGrade[];
  source: string;
  /** Where England's picture and the neighbours' grades come from (englandSourceWords). */
  englandSource: string;
};

/** The authority's page on reports.ofsted.gov.uk. */
export function providerUrl(authority: Authority): string | null {
  const id = authority.urn ?? authority.dfeCode;
  return id ? `https://reports.ofsted.gov.uk/provider/44/${id}` : null;
}

/** Inspections count from their first day, as in Ofsted's "as at" tables. */
function inspectionsAt(key: string, asOf: string): OfficialInspection[] {
  return officialInspections(key).filter((i) => i.start <= asOf);
}

type LatestOverall = { grade: Grade; start: string; from: 'official' | 'report' };

/** The authority's latest overall grade at the date: the official statistics', or a report read here when that began later. */
function latestOverall(key: string, asOf: string, read: ReadonlyMap<string, ReadLatestGrade>): LatestOverall | null {
  const official = inspectionsAt(key, asOf).filter((i) => i.grades.overall).at(-1);
  const report = read.get(key);
  if (report && report.start <= asOf && (!official || report.start > official.start)) return { grade: report.overall, start: report.start, from: 'report' };
  return official ? { grade: official.grades.overall!, start: official.start, from: 'official' } : null;
}

function withDirections(oldestFirst: readonly OfficialInspection[]): InspectionWithDirections[] {
  return oldestFirst.map((inspection, i) => ({
    ...inspection,
    directions: judgementTrends(inspection.grades, oldestFirst.slice(0, i).map((e) => ({ label: e.start, grades: e.grades }))),
  }));
}

function englandAt(key: string, asOf: string, read: ReadonlyMap<string, ReadLatestGrade>): EnglandPicture {
  const counts: GradeCounts = { outstanding: 0, good: 0, 'requires-improvement': 0, inadequate: 0 };
  let notInspected = 0;
  let fromReports = 0;
  const grades = new Map<string, Grade>();
  for (const authority of AUTHORITIES) {
    const latest = latestOverall(authority.key, asOf, read);
    if (latest) {
      counts[latest.grade] += 1;
      grades.set(authority.key, latest.grade);
      if (latest.from === 'report') fromReports += 1;
    } else notInspected += 1;
  }
  const own = grades.get(key);
  let standing: EnglandPicture['standing'] = null;
  if (own) {
    const rank = GRADES_BEST_FIRST.indexOf(own);
    const better = GRADES_BEST_FIRST.slice(0, rank).reduce((n, g) => n + counts[g], 0);
    const worse = GRADES_BEST_FIRST.slice(rank + 1).reduce((n, g) => n + counts[g], 0);
    standing = { grade: own, better, same: counts[own] - 1, worse };
  }
  return { authorities: AUTHORITIES.length, counts, notInspected, standing, fromReports };
}

/**
 * The context for an authority by its register key, at a date (ISO; the newest data's date when
 * none is given or a later one is): null for a key the register does not hold. `readLatest`: each
 * authority's newest graded report read here; where one began after the official statistics'
 * latest, England's picture and the neighbours take its grade, and the data's date moves on to it.
 */
export function authorityContext(key: string, asOf?: string, readLatest: readonly ReadLatestGrade[] = []): AuthorityContext | null {
  const authority = authorityByKey(key);
  if (!authority) return null;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`authorityContext: "${asOf}" is not an ISO date`);
  const read = new Map(readLatest.map((r) => [r.key, r]));
  const newestRead = readLatest.reduce<string | null>((max, r) => (max === null || r.start > max ? r.start : max), null);
  const newest = newestRead && newestRead > OFFICIAL_AS_AT ? newestRead : OFFICIAL_AS_AT;
  const date = asOf !== undefined && asOf < newest ? asOf : newest;
  const official = date < OFFICIAL_AS_AT ? date : OFFICIAL_AS_AT;
  const predecessors = FORMER_AUTHORITIES.filter((f) => f.succeededBy.includes(key))
    .map((f) => ({ key: f.key, name: f.name, history: inspectionsAt(f.key, official).reverse() }))
    .filter((p) => p.history.length > 0);
  const england = englandAt(key, date, read);
  const neighbours = authority.neighbours.map((neighbourKey): NeighbourGrade => {
    const neighbour = authorityByKey(neighbourKey)!;
    const latest = latestOverall(neighbourKey, date, read);
    return { key: neighbourKey, name: neighbour.name, overall: latest?.grade ?? null, start: latest?.start ?? null, url: providerUrl(neighbour)!, from: latest?.from ?? 'official' };
  });
  const newestUsed = AUTHORITIES.map((a) => latestOverall(a.key, date, read))
    .reduce<string | null>((max, latest) => (latest?.from === 'report' && (max === null || latest.start > max) ? latest.start : max), null);
  return {
    authority: { ...authority, url: providerUrl(authority) },
    asOf: date,
    history: withDirections(inspectionsAt(key, official)).reverse(),
    predecessors,
    england,
    neighbours,
    source: OFFICIAL_SOURCE,
    englandSource: englandSourceWords(england.fromReports, newestUsed),
  };
}
