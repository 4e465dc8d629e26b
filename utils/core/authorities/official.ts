// Ofsted's official outcomes (outcomes.ts, generated) in the project's shapes: an inspection's
// dates, type and grades under the judgement keys the parser gives reports. Imports the tables, so
// only what shows them imports this; the content script never does.
import type { Grade, Grades, JudgementKey } from '../schema/domain';
import { ILACS_OUTCOMES, LATEST_OUTCOMES, OFFICIAL_AS_AT, OFFICIAL_SOURCE, type OutcomeRow } from './outcomes';

export { OFFICIAL_AS_AT, OFFICIAL_SOURCE };

export type OfficialInspection = {
  authorityKey: string;
  /** ISO: the first day of the inspection. */
  start: string;
  /** ISO: the day Ofsted published the report. */
  published: string;
  type: 'standard' | 'short';
  /** From 2023 children in care and care leavers apart (inCare, careLeavers); before, inCareAndCareLeavers. */
  grades: Grades;
};

const GRADES: Record<string, Grade> = { O: 'outstanding', G: 'good', R: 'requires-improvement', I: 'inadequate' };
const BEFORE_2023: readonly JudgementKey[] = ['overall', 'leaders', 'helpAndProtection', 'inCareAndCareLeavers'];
const FROM_2023: readonly JudgementKey[] = ['overall', 'leaders', 'helpAndProtection', 'inCare', 'careLeavers'];

function gradesOf(letters: string): Grades {
  const keys = letters.length === 5 ? FROM_2023 : BEFORE_2023;
  return Object.fromEntries(keys.map((key, i) => [key, GRADES[letters[i]!]!]));
}

function inspectionOf([authorityKey, start, published, type, letters]: OutcomeRow): OfficialInspection {
  return { authorityKey, start, published, type, grades: gradesOf(letters) };
}

/** An authority's ILACS inspections to 31 March 2025, oldest first; none for a key the tables lack. */
export function officialInspections(authorityKey: string): OfficialInspection[] {
  return ILACS_OUTCOMES.filter(([key]) => key === authorityKey).map(inspectionOf);
}

/** Every inspection in the tables (271), by authority, oldest first within each. */
export function allOfficialInspections(): OfficialInspection[] {
  return ILACS_OUTCOMES.map(inspectionOf);
}

/** Ofsted's table of each current authority's latest judgements at 31 March 2025. */
export function latestJudgements(): Map<string, { start: string; published: string; grades: Grades }> {
  return new Map(Object.entries(LATEST_OUTCOMES).map(([key, [start, published, letters]]) => [key, { start, published, grades: gradesOf(letters) }]));
}
