// npm run --silent analyse -- FILE...
// Prints one JSON document per file (one per line) on stdout. A file that cannot be read gets a
// message on stderr and a non-zero exit; the other files are still analysed.
import { analyseDocument } from '../utils/analyse';
import { toAnalysisResult } from '../utils/analysis-result';
import { readDocument } from './read-document';

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent analyse -- FILE.txt|FILE.html|FILE.pdf ...\n');
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    try {
      const input = await readDocument(file);
      process.stdout.write(`${JSON.stringify(toAnalysisResult(file, analyseDocument(input)))}\n`);
    } catch (error) {
      failures += 1;
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`analyse: ${file}: ${reason}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
