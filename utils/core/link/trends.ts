// The direction of each judgement since the authority's previous graded inspection. Where the
// frameworks differ, the 2018–2022 "children in care and care leavers" judgement is what both
// of 2023's "children in care" and "care leavers" judgements are compared with.
import type { Grade, Grades, JudgementKey } from '../schema/domain';
import { GRADES_BEST_FIRST } from '../vocabulary/grades';

export type Direction = 'up' | 'down' | 'same';
export type Trend = {
  judgement: JudgementKey;
  before: Grade;
  beforeLabel: string;
  now: Grade;
  direction: Direction;
  /** The earlier judgement the grade was taken from, when it is a counterpart (2018's combined one for 2023's care leavers). */
  beforeJudgement?: JudgementKey;
};
export type GradedInspection = { label: string; grades: Grades };

const COUNTERPARTS: Partial<Record<JudgementKey, JudgementKey[]>> = {
  inCare: ['inCare', 'inCareAndCareLeavers', 'lookedAfter'],
  careLeavers: ['careLeavers', 'inCareAndCareLeavers'],
  inCareAndCareLeavers: ['inCareAndCareLeavers', 'lookedAfter'],
};

function direction(before: Grade, now: Grade): Direction {
  const diff = GRADES_BEST_FIRST.indexOf(before) - GRADES_BEST_FIRST.indexOf(now);
  return diff > 0 ? 'up' : diff < 0 ? 'down' : 'same';
}

/** `earlier`: the authority's earlier graded inspections, oldest first. */
export function judgementTrends(now: Grades, earlier: readonly GradedInspection[]): Trend[] {
  const trends: Trend[] = [];
  for (const [key, grade] of Object.entries(now) as [JudgementKey, Grade][]) {
    const counterparts = COUNTERPARTS[key] ?? [key];
    for (const inspection of [...earlier].reverse()) {
      const match = counterparts.find((k) => inspection.grades[k]);
      if (!match) continue;
      const before = inspection.grades[match]!;
      trends.push({ judgement: key, before, beforeLabel: inspection.label, now: grade, direction: direction(before, grade), ...(match !== key && { beforeJudgement: match }) });
      break;
    }
  }
  return trends;
}
