// An authority's graded history and England-wide context from Ofsted's official outcomes: its ILACS
// inspections newest first with each judgement's direction since the previous one, where its
// latest overall grade stands among the 153 authorities at a date, and its statistical neighbours'
// latest overall grades. Pure: the same answer for the same key and date.
import type { Grade } from '../schema/domain';
import { GRADES_BEST_FIRST } from '../vocabulary/grades';
import { judgementTrends, type Trend } from '../link/trends';
import { AUTHORITIES, FORMER_AUTHORITIES, authorityByKey, type Authority } from './match';
import { OFFICIAL_AS_AT, OFFICIAL_SOURCE, officialInspections, type OfficialInspection } from './official';

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
};

export type NeighbourGrade = {
  key: string;
  name: string;
  overall: Grade | null;
  /** The first day of the inspection that grade comes from. */
  start: string | null;
  url: string;
};

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

function latestOverall(key: string, asOf: string): OfficialInspection | null {
  return inspectionsAt(key, asOf).filter((i) => i.grades.overall).at(-1) ?? null;
}

function withDirections(oldestFirst: readonly OfficialInspection[]): InspectionWithDirections[] {
  return oldestFirst.map((inspection, i) => ({
    ...inspection,
    directions: judgementTrends(inspection.grades, oldestFirst.slice(0, i).map((e) => ({ label: e.start, grades: e.grades }))),
  }));
}

function englandAt(key: string, asOf: string): EnglandPicture {
  const counts: GradeCounts = { outstanding: 0, good: 0, 'requires-improvement': 0, inadequate: 0 };
  let notInspected = 0;
  const grades = new Map<string, Grade>();
  for (const authority of AUTHORITIES) {
    const grade = latestOverall(authority.key, asOf)?.grades.overall;
    if (grade) {
      counts[grade] += 1;
      grades.set(authority.key, grade);
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
  return { authorities: AUTHORITIES.length, counts, notInspected, standing };
}

/**
 * The context for an authority by its register key, at a date (ISO; the data's date, 31 March
 * 2025, when none is given or a later one is): null for a key the register does not hold.
 */
export function authorityContext(key: string, asOf: string = OFFICIAL_AS_AT): AuthorityContext | null {
  const authority = authorityByKey(key);
  if (!authority) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`authorityContext: "${asOf}" is not an ISO date`);
  const date = asOf < OFFICIAL_AS_AT ? asOf : OFFICIAL_AS_AT;
  const predecessors = FORMER_AUTHORITIES.filter((f) => f.succeededBy.includes(key))
    .map((f) => ({ key: f.key, name: f.name, history: inspectionsAt(f.key, date).reverse() }))
    .filter((p) => p.history.length > 0);
  return {
    authority: { ...authority, url: providerUrl(authority) },
    asOf: date,
    history: withDirections(inspectionsAt(key, date)).reverse(),
    predecessors,
    england: englandAt(key, date),
    neighbours: authority.neighbours.map((neighbourKey) => {
      const neighbour = authorityByKey(neighbourKey)!;
      const latest = latestOverall(neighbourKey, date);
      return { key: neighbourKey, name: neighbour.name, overall: latest?.grades.overall ?? null, start: latest?.start ?? null, url: providerUrl(neighbour)! };
    }),
    source: OFFICIAL_SOURCE,
  };
}
