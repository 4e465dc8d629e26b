// Recognise then parse, the parser's output validated against the schema: the entry point the
// CLI, the overlay and the reader share. (The detection script parses a report without the schema
// module, to stay small; the background validates what it hands over.)
import { parseNews } from './news/parse-news';
import type { PageInput } from './recognise/detectors';
import { recogniseWithReason } from './recognise/recognise';
import { parseReport } from './report/parse-report';
import { ReportSchema, type ParsedDocument } from './schema/domain';
import { plainText } from './text/plain-text';

/** A document read, or none with why, when Ofsted Lens should say why (recognise.ts). */
export type Analysis = { doc: ParsedDocument; reason: null } | { doc: null; reason: string | null };

export function analyse(given: PageInput): Analysis {
  const input = { ...given, text: plainText(given.text) };
  const recognition = recogniseWithReason(input);
  if (recognition.kind === null) return { doc: null, reason: recognition.reason };
  const { kind } = recognition;
  const doc = kind === 'news' ? parseNews(input.text, input.title, input.url) : ReportSchema.parse(parseReport(input.text, kind));
  return { doc, reason: null };
}

export function analyseDocument(input: PageInput): ParsedDocument | null {
  return analyse(input).doc;
}
