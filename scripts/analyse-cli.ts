// npm run --silent analyse -- FILE... [--summary] [--prior FILE...]
// Prints one JSON document per file (one per line) on stdout; with --summary, a plain-text table
// instead. With --prior, each finding also gets its links to what the earlier documents said. A
// file that cannot be read gets a message on stderr and a non-zero exit; the other files are still
// analysed. On a terminal, stderr shows which file is being read.
//
// `main` takes its writers, so tests run it in-process; scripts/analyse.ts runs it for the shell.
import { basename } from 'node:path';
import { analyseDocument } from '../utils/analyse';
import { toAnalysisResult } from '../utils/analysis-result';
import { linkFindings, type PriorSource } from '../utils/link/link-findings';
import type { ParsedDocument } from '../utils/schema';
import { SummaryTable } from './analyse-summary';
import { readDocument } from './read-document';

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Show progress on stderr: true when stderr is a terminal. */
  progress?: boolean;
};

export const USAGE = 'usage: npm run --silent analyse -- FILE.txt|FILE.html|FILE.pdf ... [--summary] [--prior FILE ...]\n';

type Options = { files: string[]; priorFiles: string[] | null; summary: boolean };

function parseArgs(args: string[]): Options | string {
  const at = args.indexOf('--prior');
  const own = at === -1 ? args : args.slice(0, at);
  const priorFiles = at === -1 ? null : args.slice(at + 1);
  const summary = own.includes('--summary');
  const files = own.filter((a) => a !== '--summary');
  const unknown = [...files, ...(priorFiles ?? [])].find((a) => a.startsWith('--'));
  if (unknown) return `analyse: unknown option ${unknown}\n`;
  if (files.length === 0) return 'analyse: no files given\n';
  if (priorFiles?.length === 0) return 'analyse: --prior needs at least one file after it\n';
  if (summary && priorFiles) return 'analyse: --summary shows no links to earlier documents, so takes no --prior\n';
  return { files, priorFiles, summary };
}

/** `\r[12/84] name` on one line of stderr, redrawn per file and cleared before anything else is written. */
function progressLine(io: Io, total: number) {
  let shown = false;
  const clear = () => {
    if (shown) io.stderr('\r\x1b[K');
    shown = false;
  };
  const show = (n: number, file: string) => {
    if (!io.progress) return;
    io.stderr(`\r\x1b[K[${n}/${total}] ${basename(file)}`);
    shown = true;
  };
  return { show, clear };
}

export async function main(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(options + USAGE);
    return 2;
  }
  const { files, priorFiles, summary } = options;
  const progress = progressLine(io, files.length + (priorFiles?.length ?? 0));
  const out = (text: string) => {
    progress.clear();
    io.stdout(text);
  };
  const err = (text: string) => {
    progress.clear();
    io.stderr(text);
  };
  // pdf.js says what it finds odd in a PDF's fonts on console.warn: through `err`, so those lines
  // do not run into the progress line.
  const warn = console.warn;
  console.warn = (...parts: unknown[]) => err(`${parts.map(String).join(' ')}\n`);

  let failures = 0;
  let done = 0;
  const read = async (file: string): Promise<ParsedDocument | null | undefined> => {
    progress.show(++done, file);
    try {
      return analyseDocument(await readDocument(file));
    } catch (error) {
      failures += 1;
      const reason = error instanceof Error ? error.message : String(error);
      err(`analyse: ${file}: ${reason}\n`);
      return undefined;
    }
  };

  try {
    const priors: PriorSource[] = [];
    for (const file of priorFiles ?? []) {
      const doc = await read(file);
      if (doc) priors.push({ source: file, doc });
    }
    const table = summary ? new SummaryTable(files.map((f) => basename(f))) : null;
    if (table) out(table.header());
    for (const file of files) {
      const doc = await read(file);
      if (table) {
        out(table.row(basename(file), doc === undefined ? 'unreadable' : doc));
        continue;
      }
      if (doc === undefined) continue;
      const links = priorFiles && doc && doc.kind !== 'news' ? linkFindings(doc, priors) : priorFiles ? new Map() : undefined;
      out(`${JSON.stringify(toAnalysisResult(file, doc, links))}\n`);
    }
    if (table) out(table.footer());
  } finally {
    progress.clear();
    console.warn = warn;
  }
  return failures > 0 ? 1 : 0;
}
