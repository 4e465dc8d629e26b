// Recognise then parse, the parser's output validated against the schema: the entry point the
// CLI, the overlay and the reader share. (The detection script parses a report without the schema
// module, to stay small; the background validates what it hands over.)
import { parseNews } from './news/parse-news';
import type { PageInput } from './recognise/detectors';
import { recogniseWithReason } from './recognise/recognise';
import { parseReport } from './report/parse-report';
import { ReportSchema, type ParsedDocument } from './schema/domain';
import { plainSpaces, plainText } from './text/plain-text';

/** Said of a document read as a report whose parts are beyond the caps (caps.ts): no report holds them. */
export const BEYOND_CAPS = 'Ofsted Lens did not read this document: parts of it are far longer than in any Ofsted report.';

/** A document read, or none with why, when Ofsted Lens should say why (recognise.ts). */
export type Analysis = { doc: ParsedDocument; reason: null } | { doc: null; reason: string | null };

export function analyse(given: PageInput): Analysis {
  const input = { ...given, text: plainText(given.text) };
  const recognition = recogniseWithReason(input);
  if (recognition.kind === null) return { doc: null, reason: recognition.reason };
  const { kind } = recognition;
  if (kind === 'news') return { doc: parseNews(plainSpaces(given.text), input.title, input.url), reason: null };
  const report = ReportSchema.safeParse(parseReport(input.text, kind));
  return report.success ? { doc: report.data, reason: null } : { doc: null, reason: BEYOND_CAPS };
}

export function analyseDocument(input: PageInput): ParsedDocument | null {
  return analyse(input).doc;
}
