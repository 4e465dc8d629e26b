// `npm run analyse -- --summary`: one plain-text row per file (name, kind, whether the judgement
// table was read, the grades), for looking over a folder of reports at a glance.
import { givesNoOverallGrade } from '../utils/core/model/panel-model';
import { JudgementKeySchema, type GradesRead, type ParsedDocument } from '../utils/core/schema/domain';

type TableState = GradesRead;

/** Whether the parser read the judgement table; a news article has none, as a letter. */
export function tableState(doc: ParsedDocument): TableState {
  return doc.kind === 'news' ? 'ungraded' : doc.gradesRead;
}

const TABLE_CELL: Record<TableState, string> = { read: 'yes', unsure: 'no', ungraded: '-' };

/**
 * `overall=good leaders=good …`, in the schema's judgement order; `-` when there are none; a 2026
 * report, which has no overall grade, `no overall grade; leaders=good …`.
 */
export function compactGrades(doc: ParsedDocument): string {
  const grades = JudgementKeySchema.options.flatMap((key) => (doc.grades[key] ? [`${key}=${doc.grades[key]}`] : []));
  if (grades.length === 0) return '-';
  return `${givesNoOverallGrade(doc) ? 'no overall grade; ' : ''}${grades.join(' ')}`;
}

/**
 * What a file came to: its document (null when not an Ofsted children's services document),
 * `older-ofsted` for one of Ofsted's of a kind older than those read, `unclassified-ofsted` for one
 * of Ofsted's whose kind Ofsted Lens could not tell, or `unreadable` when it could not be read.
 */
export type Outcome = ParsedDocument | null | 'older-ofsted' | 'unclassified-ofsted' | 'unreadable';

const OLDER_OFSTED = 'ofsted (older kind, not read)';
const UNCLASSIFIED_OFSTED = 'ofsted (kind not told)';
const OUTCOME_WORDS = { unreadable: 'unreadable', 'older-ofsted': OLDER_OFSTED, 'unclassified-ofsted': UNCLASSIFIED_OFSTED } as const;
const KIND_WIDTH = OLDER_OFSTED.length;

/** Lays out rows in columns as each file is read; the file column is as wide as the longest name. */
export class SummaryTable {
  private readonly width: number;
  private readonly kinds = new Map<string, number>();
  private readonly tables = { read: 0, unsure: 0 };

  constructor(names: string[]) {
    this.width = Math.max('file'.length, ...names.map((n) => n.length));
  }

  private line(file: string, kind: string, table: string, grades: string): string {
    return `${file.padEnd(this.width)}  ${kind.padEnd(KIND_WIDTH)}  ${table.padEnd(5)}  ${grades}`.trimEnd() + '\n';
  }

  header(): string {
    return this.line('file', 'kind', 'table', 'grades');
  }

  row(name: string, outcome: Outcome): string {
    const kind = typeof outcome === 'string' ? OUTCOME_WORDS[outcome] : (outcome?.kind ?? 'none');
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
    if (outcome === null || typeof outcome === 'string') return this.line(name, kind, '-', '-');
    const state = tableState(outcome);
    if (state !== 'ungraded') this.tables[state] += 1;
    return this.line(name, kind, TABLE_CELL[state], compactGrades(outcome));
  }

  /** e.g. `84 files: ilacs 30, sif 20, focused-visit 34; judgement table read in 49 of 50 graded reports` */
  footer(): string {
    const files = [...this.kinds.values()].reduce((a, b) => a + b, 0);
    const kinds = [...this.kinds].map(([kind, n]) => `${kind} ${n}`).join(', ');
    const graded = this.tables.read + this.tables.unsure;
    const tables = graded > 0 ? `; judgement table read in ${this.tables.read} of ${graded} graded reports` : '';
    return `\n${files} file${files === 1 ? '' : 's'}: ${kinds}${tables}\n`;
  }
}
