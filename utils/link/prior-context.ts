// Everything the library adds to a report on the page: each finding's links to earlier
// inspections, and the authority's other inspections placed before or after it.
import { PriorContextSchema, type InspectionRecord, type PriorContext, type Report } from '../schema';
import { linkFindings } from './link-findings';
import { isEarlier, priorInspectionOf } from './prior-inspection';

export function priorContext(report: Report, source: string, library: readonly InspectionRecord[]): PriorContext {
  const others = library.filter((r) => r.source !== source && r.authorityKey === report.authorityKey);
  const links = linkFindings(report, others.map((r) => ({ source: r.source, doc: r.document })));
  const referencedYears = report.findings.flatMap((f) => f.priorReferences.map((r) => r.year)).filter((y): y is number => y !== null);
  const currentYear = report.inspection ? Number(report.inspection.start.slice(0, 4)) : 9999;
  const history = others
    .map((r) => {
      const when = priorInspectionOf(r.document, referencedYears);
      return { label: when.label, source: r.source, kind: r.kind, grades: r.document.grades, earlier: isEarlier(when, r.document, currentYear), year: when.year ?? 0 };
    })
    .sort((a, b) => a.year - b.year || a.label.localeCompare(b.label))
    .map(({ year: _year, ...entry }) => entry);
  return PriorContextSchema.parse({ links: [...links], history });
}
