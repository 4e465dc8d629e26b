// When an earlier document's inspection took place. A report states its dates; a news article
// often does not, so its year is narrowed from what it does state (the framework its judgement
// wording belongs to, the inspections it calls earlier) and settled by the year the current
// report's own back-references name, when exactly one of them fits.
import type { ParsedDocument } from '../schema/domain';

export type PriorInspection = { year: number | null; label: string };

function yearRange(doc: ParsedDocument): [number, number] {
  if (doc.inspection) {
    const year = Number(doc.inspection.start.slice(0, 4));
    return [year, year];
  }
  const keys = Object.keys(doc.grades);
  let [from, to] = [2000, 2100];
  if (keys.includes('inCareAndCareLeavers')) [from, to] = [2018, 2022];
  else if (keys.includes('inCare') || keys.includes('careLeavers')) [from, to] = [2023, 2100];
  else if (keys.some((k) => k === 'lookedAfter' || k === 'adoption' || k === 'lscb')) [from, to] = [2013, 2018];
  const earlier = doc.kind === 'news' ? doc.priorReferences.map((r) => r.year ?? 0) : [];
  return [Math.max(from, ...earlier.map((y) => y + 1)), to];
}

export function priorInspectionOf(doc: ParsedDocument, referencedYears: readonly number[]): PriorInspection {
  if (doc.inspection) return { year: Number(doc.inspection.start.slice(0, 4)), label: doc.inspection.start };
  const [from, to] = yearRange(doc);
  const fitting = [...new Set(referencedYears)].filter((y) => y >= from && y <= to);
  if (fitting.length === 1) return { year: fitting[0]!, label: String(fitting[0]) };
  return { year: null, label: from === to ? String(from) : `${from}–${to}` };
}

/** Whether a document's inspection can have come before the current one. */
export function isEarlier(prior: PriorInspection, doc: ParsedDocument, currentYear: number): boolean {
  if (prior.year !== null) return prior.year < currentYear;
  return yearRange(doc)[0] < currentYear;
}
