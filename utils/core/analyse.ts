// Recognise then parse: the one entry point the CLI, the content scripts and the reader share.
import { parseNews } from './news/parse-news';
import type { PageInput } from './recognise/detectors';
import { recognise } from './recognise/recognise';
import { parseReport } from './report/parse-report';
import type { ParsedDocument } from './schema';

export function analyseDocument(input: PageInput): ParsedDocument | null {
  const kind = recognise(input);
  if (kind === null) return null;
  if (kind === 'news') return parseNews(input.text, input.title);
  return parseReport(input.text, kind);
}
