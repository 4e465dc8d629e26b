import { AnalysisResultSchema, type AnalysisResult, type FindingLink, type ParsedDocument } from './schema/domain';

/** One flat shape for any document, so a script can read every file's output the same way. */
export function toAnalysisResult(file: string, doc: ParsedDocument | null, links?: Map<string, FindingLink[]>, reason: string | null = null): AnalysisResult {
  const isNews = doc?.kind === 'news';
  return AnalysisResultSchema.parse({
    file,
    kind: doc?.kind ?? null,
    reason: doc ? null : reason,
    framework: doc && !isNews ? doc.framework : null,
    authority: doc?.authority ?? null,
    authorityKey: doc?.authorityKey ?? null,
    inspection: doc?.inspection ?? null,
    leadInspector: doc && !isNews ? doc.leadInspector : null,
    grades: doc?.grades ?? {},
    improvements: doc && !isNews ? doc.improvements : [],
    findings: doc && !isNews ? doc.findings.map((f) => (links ? { ...f, links: links.get(f.id) ?? [] } : f)) : [],
    gradesRead: doc && !isNews ? doc.gradesRead : null,
    headline: isNews ? doc.headline : null,
    points: isNews ? doc.points : [],
    priorReferences: isNews ? doc.priorReferences : doc ? doc.findings.flatMap((f) => f.priorReferences) : [],
    reports: isNews ? doc.reports : null,
    priorGrades: isNews ? doc.priorGrades : [],
    roundUp: isNews ? doc.roundUp : [],
  });
}
