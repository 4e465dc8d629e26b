// npm run --silent analyse -- FILE... [--summary] [--verbose] [--prior FILE...]
// Prints one JSON document per file (one per line) on stdout; with --summary, a plain-text table
// instead. With --prior, each finding also gets its links to what the earlier documents said. A
// file that cannot be read gets a message on stderr and a non-zero exit; the other files are still
// analysed. On a terminal, stderr shows which file is being read. pdf.js's warnings about a PDF
// (its fonts) are counted per file in one line at the end; --verbose shows each, under its file.
//
// npm run --silent analyse -- --authority NAME [--as-of DATE]
// Prints one JSON document: the authority's official inspection history and England-wide context
// (utils/core/authorities/context.ts). NAME is any name the register matches, or an Ofsted URN or DfE
// code; a name it does not match is a usage error.
//
// `main` takes its writers, so tests run it in-process; scripts/analyse.ts runs it for the shell.
import { basename } from 'node:path';
import { analyse } from '../utils/core/analyse';
import { toAnalysisResult } from '../utils/core/analysis-result';
import { authorityContext } from '../utils/core/authorities/context';
import { authoritiesSharing, authorityByDfeCode, authorityByUrn, findAuthority, type Authority } from '../utils/core/authorities/match';
import { linkFindings, type PriorSource } from '../utils/core/link/link-findings';
import type { PageInput } from '../utils/core/recognise/detectors';
import { OLDER_KIND_REASON } from '../utils/core/recognise/recognise';
import type { ParsedDocument } from '../utils/core/schema/domain';
import { SummaryTable, type Outcome } from './analyse-summary';
import { readDocument } from './read-document';

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Show progress on stderr: true when stderr is a terminal. */
  progress?: boolean;
};

export const USAGE =
  'usage: npm run --silent analyse -- FILE.txt|FILE.html|FILE.pdf ... [--summary] [--verbose] [--prior FILE ...]\n' +
  '       npm run --silent analyse -- --authority NAME [--as-of YYYY-MM-DD]\n';

type Options = { files: string[]; priorFiles: string[] | null; summary: boolean; verbose: boolean };
type AuthorityOptions = { authority: string; asOf: string | undefined };

/** `--authority NAME [--as-of DATE]`, alone; null when the arguments do not ask for an authority. */
function parseAuthorityArgs(args: string[]): AuthorityOptions | string | null {
  const at = args.indexOf('--authority');
  const asOfAt = args.indexOf('--as-of');
  if (at === -1 && asOfAt === -1) return null;
  if (at === -1) return 'analyse: --as-of is for --authority\n';
  const authority = args[at + 1];
  if (authority === undefined || authority.startsWith('--') || !authority.trim()) return 'analyse: --authority needs a name after it\n';
  const asOf = asOfAt === -1 ? undefined : args[asOfAt + 1];
  if (asOfAt !== -1 && (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))) return 'analyse: --as-of needs a date as YYYY-MM-DD\n';
  const rest = args.filter((_, i) => i !== at && i !== at + 1 && (asOfAt === -1 || (i !== asOfAt && i !== asOfAt + 1)));
  if (rest.length > 0) return `analyse: --authority takes no files or other options (${rest[0]})\n`;
  return { authority, asOf };
}

/** The register's authority for a name, an Ofsted URN or a DfE code; or why there is none. */
function authorityNamed(name: string): Authority | string {
  const number = /^\s*(\d+)\s*$/.exec(name)?.[1];
  const found = number ? (authorityByUrn(number) ?? authorityByDfeCode(number)) : findAuthority(name);
  if (found) return found;
  const sharing = authoritiesSharing(name);
  if (sharing.length > 0) return `analyse: "${name}" is the name of more than one authority (${sharing.map((a) => a.name).join(', ')}): give one of them\n`;
  return `analyse: no authority in the register is called "${name}" (England's 153 children's services authorities, by name, Ofsted URN or DfE code)\n`;
}

function parseArgs(args: string[]): Options | string {
  const at = args.indexOf('--prior');
  const own = at === -1 ? args : args.slice(0, at);
  const priorFiles = at === -1 ? null : args.slice(at + 1);
  const summary = own.includes('--summary');
  const verbose = own.includes('--verbose');
  const files = own.filter((a) => a !== '--summary' && a !== '--verbose');
  const unknown = [...files, ...(priorFiles ?? [])].find((a) => a.startsWith('--'));
  if (unknown) return `analyse: unknown option ${unknown}\n`;
  if (files.length === 0) return 'analyse: no files given\n';
  if (priorFiles?.length === 0) return 'analyse: --prior needs at least one file after it\n';
  if (summary && priorFiles) return 'analyse: --summary shows no links to earlier documents, so takes no --prior\n';
  return { files, priorFiles, summary, verbose };
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

function summaryOutcome(read: { doc: ParsedDocument | null; reason: string | null } | undefined): Outcome {
  if (read === undefined) return 'unreadable';
  if (read.doc !== null || read.reason === null) return read.doc;
  return read.reason === OLDER_KIND_REASON ? 'older-ofsted' : 'unclassified-ofsted';
}

/** e.g. `analyse: pdf.js warned 3 times while reading 2 files (--verbose shows each): a.pdf 2, b.pdf 1` */
function warningsLine(warned: ReadonlyMap<string, number>): string {
  const total = [...warned.values()].reduce((a, b) => a + b, 0);
  const files = [...warned].map(([file, n]) => `${basename(file)} ${n}`).join(', ');
  const times = total === 1 ? 'once' : `${total} times`;
  return `analyse: pdf.js warned ${times} while reading ${warned.size} file${warned.size === 1 ? '' : 's'} (--verbose shows each): ${files}\n`;
}

export async function main(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const authorityOptions = parseAuthorityArgs(args);
  if (typeof authorityOptions === 'string') {
    io.stderr(authorityOptions + USAGE);
    return 2;
  }
  if (authorityOptions) {
    const authority = authorityNamed(authorityOptions.authority);
    if (typeof authority === 'string') {
      io.stderr(authority);
      return 2;
    }
    io.stdout(`${JSON.stringify(authorityContext(authority.key, authorityOptions.asOf))}\n`);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.stderr(options + USAGE);
    return 2;
  }
  const { files, priorFiles, summary, verbose } = options;
  const progress = progressLine(io, files.length + (priorFiles?.length ?? 0));
  const out = (text: string) => {
    progress.clear();
    io.stdout(text);
  };
  const err = (text: string) => {
    progress.clear();
    io.stderr(text);
  };
  const warned = new Map<string, number>();

  let failures = 0;
  let done = 0;
  /** The file's document (null when not ours, with why when it is Ofsted's), with what it was read from; undefined when it could not be read. */
  const read = async (file: string): Promise<{ input: PageInput; doc: ParsedDocument | null; reason: string | null } | undefined> => {
    progress.show(++done, file);
    try {
      const input = await readDocument(file);
      if (input.pdfWarnings.length > 0) warned.set(file, input.pdfWarnings.length);
      if (verbose) for (const warning of input.pdfWarnings) err(`analyse: ${file}: pdf.js: ${warning}\n`);
      return { input, ...analyse(input) };
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
      const doc = (await read(file))?.doc;
      if (doc) priors.push({ source: file, doc });
    }
    const table = summary ? new SummaryTable(files.map((f) => basename(f))) : null;
    if (table) out(table.header());
    for (const file of files) {
      const outcome = await read(file);
      if (table) {
        out(table.row(basename(file), summaryOutcome(outcome)));
        continue;
      }
      if (outcome === undefined) continue;
      const { doc, reason } = outcome;
      const links = priorFiles && doc && doc.kind !== 'news' ? linkFindings(doc, priors) : priorFiles ? new Map() : undefined;
      out(`${JSON.stringify(toAnalysisResult(file, doc, links, reason))}\n`);
    }
    if (table) out(table.footer());
    if (!verbose && warned.size > 0) err(warningsLine(warned));
  } finally {
    progress.clear();
  }
  return failures > 0 ? 1 : 0;
}
