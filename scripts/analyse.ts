// npm run --silent analyse -- FILE... [--prior FILE...]
// Prints one JSON document per file (one per line) on stdout. With --prior, each finding also
// gets its links to what the earlier documents said. A file that cannot be read gets a message
// on stderr and a non-zero exit; the other files are still analysed.
import { analyseDocument } from '../utils/analyse';
import { toAnalysisResult } from '../utils/analysis-result';
import { linkFindings, type PriorSource } from '../utils/link/link-findings';
import type { ParsedDocument } from '../utils/schema';
import { readDocument } from './read-document';

const USAGE = 'usage: npm run --silent analyse -- FILE.txt|FILE.html|FILE.pdf ... [--prior FILE ...]\n';

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--prior');
  const files = at === -1 ? args : args.slice(0, at);
  const priorFiles = at === -1 ? null : args.slice(at + 1);
  if (files.length === 0 || priorFiles?.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  let failures = 0;
  const read = async (file: string): Promise<ParsedDocument | null | undefined> => {
    try {
      return analyseDocument(await readDocument(file));
    } catch (error) {
      failures += 1;
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`analyse: ${file}: ${reason}\n`);
      return undefined;
    }
  };

  const priors: PriorSource[] = [];
  for (const file of priorFiles ?? []) {
    const doc = await read(file);
    if (doc) priors.push({ source: file, doc });
  }
  for (const file of files) {
    const doc = await read(file);
    if (doc === undefined) continue;
    const links = priorFiles && doc && doc.kind !== 'news' ? linkFindings(doc, priors) : priorFiles ? new Map() : undefined;
    process.stdout.write(`${JSON.stringify(toAnalysisResult(file, doc, links))}\n`);
  }
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
