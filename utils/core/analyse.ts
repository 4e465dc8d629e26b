// Recognise then parse, the parser's output validated against the schema: the entry point the
// CLI, the overlay and the reader share. (The detection script parses a report without the schema
// module, to stay small; the background validates what it hands over.)
import { parseNews } from './news/parse-news';
import type { PageInput } from './recognise/detectors';
import { recognise } from './recognise/recognise';
import { parseReport } from './report/parse-report';
import { ReportSchema, type ParsedDocument } from './schema/domain';
import { plainText } from './text/plain-text';

export function analyseDocument(given: PageInput): ParsedDocument | null {
  const input = { ...given, text: plainText(given.text) };
  const kind = recognise(input);
  if (kind === null) return null;
  if (kind === 'news') return parseNews(input.text, input.title);
  return ReportSchema.parse(parseReport(input.text, kind));
}
