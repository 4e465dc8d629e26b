// The comparison as a Markdown document for a scrutiny paper: the authority and both dates, the
// judgement table, what needs to improve then and now, and the linked findings by relation. Page
// text is escaped where Markdown would read it as markup; links go to the reports themselves, as
// the reader's own addresses mean nothing outside the browser.
import { mdCell, mdLine, mdLink } from '../markdown';
import { GRADE_LABELS } from '../vocabulary/grades';
import type { Grade } from '../schema/domain';
import type { CompareModel, CompareSide, LinkedFinding } from './compare-model';
import type { ImprovementMatch } from './improvement-match';

const dateOf = (side: CompareSide) => side.date ?? 'undated';

function title(model: CompareModel): string {
  const { later, earlier } = model;
  return earlier
    ? `# ${mdLine(model.authority)}: inspections of ${dateOf(earlier)} and ${dateOf(later)} compared`
    : `# ${mdLine(model.authority)}: inspection of ${dateOf(later)}`;
}

function sideLine(what: string, side: CompareSide): string {
  return `- **${what}:** ${mdLine(side.kindLabel)}, ${dateOf(side)}, from ${mdLine(side.from)}: ${mdLink(side.source)}`;
}

const gradeWords = (grade: Grade | null) => (grade ? GRADE_LABELS[grade] : '—');

function judgementTable(model: CompareModel): string[] {
  if (model.judgements.length === 0) return [];
  const earlierHead = model.earlier ? dateOf(model.earlier) : 'Earlier';
  return [
    `| Judgement | ${mdCell(earlierHead)} | ${mdCell(dateOf(model.later))} | Direction |`,
    '| --- | --- | --- | --- |',
    ...model.judgements.map((row) => {
      const earlier = row.earlier && row.earlierLabel ? `${gradeWords(row.earlier)} (as ${row.earlierLabel.toLowerCase()})` : gradeWords(row.earlier);
      return `| ${mdCell(row.label)} | ${mdCell(earlier)} | ${mdCell(gradeWords(row.later))} | ${mdCell(row.directionWords || '—')} |`;
    }),
  ];
}

function improvementLines(model: CompareModel): string[] {
  const { later, earlier } = model;
  if (!earlier) return [];
  const of = (status: ImprovementMatch['status']) => model.improvements.filter((m) => m.status === status);
  const section = (heading: string, lines: string[]) => (lines.length > 0 ? [`### ${heading}`, '', ...lines, ''] : []);
  return [
    ...section(
      'Listed then and now',
      of('both').flatMap((m) => [`- **${mdLine(m.matter!)}**`, `  - ${mdLine(earlier.name)}: ${mdLine(m.earlier!)}`, `  - ${mdLine(later.name)}: ${mdLine(m.later!)}`]),
    ),
    ...section(`New in ${mdLine(later.name)}`, of('new').map((m) => `- ${mdLine(m.later!)}`)),
    ...section(`No longer listed (listed in ${mdLine(earlier.name)})`, of('no-longer-listed').map((m) => `- ${mdLine(m.earlier!)}`)),
  ];
}

const paragraph = (name: string, number: number | null) => (number ? `${mdLine(name)}, paragraph ${number}` : mdLine(name));

function findingLines(model: CompareModel, finding: LinkedFinding): string[] {
  return [
    `- **${paragraph(model.later.name, finding.laterNumber)}:** ${mdLine(finding.laterSentence)}`,
    `  - **${paragraph(model.earlier!.name, finding.earlierNumber)}:** ${mdLine(finding.earlierSentence)}`,
  ];
}

export function compareToMarkdown(model: CompareModel): string {
  const lines = [title(model), '', sideLine('Later', model.later), ...(model.earlier ? [sideLine('Earlier', model.earlier)] : []), ''];
  lines.push('## Judgements', '');
  const table = judgementTable(model);
  if (table.length > 0) lines.push(...table, '');
  if (model.gradesNote) lines.push(mdLine(model.gradesNote), '');

  lines.push('## What needs to improve', '');
  if (model.improvementsNote) lines.push(mdLine(model.improvementsNote), '');
  lines.push(...improvementLines(model));

  if (model.earlier) {
    lines.push('## Linked findings', '');
    if (model.findingsNote) lines.push(mdLine(model.findingsNote), '');
    for (const group of model.findings) {
      lines.push(`### ${group.heading}`, '');
      for (const { matter, findings } of group.matters) lines.push(`#### ${mdLine(matter)}`, '', ...findings.flatMap((f) => findingLines(model, f)), '');
    }
  }
  lines.push('Compared by Ofsted Lens from the reports in its library; links between findings are suggested by shared themes and words, so check each against the reports.');
  return `${lines.join('\n')}\n`;
}
