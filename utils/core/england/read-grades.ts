// Each authority's newest graded inspection report read by fetching England's reports: what England's
// picture, an authority's standing and its neighbours' grades take where it is newer than the
// official statistics (authorities/context.ts).
import type { ParsedDocument } from '../schema/domain';
import type { EnglandReadGrades } from '../schema/england-fetch';

/** The list with `doc` in it, when it is an ILACS report with an overall grade newer than its authority's; else null. */
export function withReadGrade(list: EnglandReadGrades, doc: ParsedDocument): EnglandReadGrades | null {
  if (doc.kind !== 'ilacs' || !doc.authorityKey || !doc.inspection || !doc.grades.overall) return null;
  const key = doc.authorityKey;
  const start = doc.inspection.start;
  const held = list.find((r) => r.key === key);
  if (held && held.start >= start) return null;
  return [...list.filter((r) => r.key !== key), { key, start, overall: doc.grades.overall }];
}
