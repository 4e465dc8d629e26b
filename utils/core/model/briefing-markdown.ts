// The scrutiny briefing as Markdown, to paste into a committee paper: the same parts in the same
// order as the page, each with where it came from. Page text is escaped where Markdown would read
// it as markup; links go to the reports themselves, as the reader's own addresses mean nothing
// outside the browser.
import { mdCell, mdLine, mdLink } from '../markdown';
import { GRADE_LABELS } from '../vocabulary/grades';
import type { Briefing } from './briefing';

const source = (text: string) => `*Source: ${mdLine(text)}*`;

function gradeLines(briefing: Briefing): string[] {
  const { grades } = briefing;
  const rows = [
    ...(grades.overall ? [['Overall effectiveness', GRADE_LABELS[grades.overall], grades.overallChange ?? '—']] : []),
    ...grades.judgements.map((j) => [j.label, GRADE_LABELS[j.grade], j.change ?? '—']),
  ];
  const table = rows.length > 0 ? ['| Judgement | Grade | Direction |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`), ''] : [];
  return [`## ${mdLine(grades.heading)}`, '', ...grades.notes.flatMap((n) => [mdLine(n), '']), ...table, source(grades.source), ''];
}

function contextLines(briefing: Briefing): string[] {
  const { context } = briefing;
  if (!context) return ['## England and neighbours', '', mdLine(briefing.contextNote ?? ''), ''];
  const england = context.england.map((e) => `${GRADE_LABELS[e.grade]} ${e.count}`).join(', ');
  const notInspected = context.notInspected > 0 ? `; ${context.notInspected} not yet inspected under ILACS` : '';
  return [
    `## England and neighbours at ${mdLine(context.asOf)}`,
    '',
    ...(context.standing ? [mdLine(context.standing), ''] : []),
    `- **England** (latest overall grades of ${context.authorities} authorities): ${england}${notInspected}.`,
    '- **Statistical neighbours** (latest overall grade, and the day its inspection began):',
    ...context.neighbours.map((n) => {
      const line = `${mdLine(n.name)}${n.self ? ' (this authority)' : ''}: ${n.overall ? GRADE_LABELS[n.overall] : 'no overall grade'}${n.date ? `, ${mdLine(n.date)}` : ', not inspected under ILACS'}`;
      return `  - ${n.self ? `**${line}**` : line}`;
    }),
    '',
    source(context.source),
    '',
  ];
}

function improvementLines(briefing: Briefing): string[] {
  const { improvements } = briefing;
  return [
    '## What needs to improve',
    '',
    ...(improvements.note ? [mdLine(improvements.note), ''] : []),
    ...improvements.items.map((i) => `- ${mdLine(i.text)}${i.alsoEarlier ? ` *(${mdLine(i.alsoEarlier)})*` : ''}`),
    ...(improvements.items.length > 0 ? [''] : []),
    source(improvements.source),
    '',
  ];
}

function persistingLines(briefing: Briefing): string[] {
  const { persisting } = briefing;
  return [
    `## ${mdLine(persisting.heading)}`,
    '',
    ...(persisting.note ? [mdLine(persisting.note), ''] : []),
    ...persisting.items.flatMap((item) => [
      `- **${mdLine(item.matter)}**: ${mdLine(item.since.toLowerCase())}`,
      ...item.findings.flatMap((f) => [
        `  - Paragraph ${f.now.number}: ${mdLine(f.now.sentence)}`,
        ...(f.then ? [`    - Then, paragraph ${f.then.number}: ${mdLine(f.then.sentence)}`] : []),
      ]),
    ]),
    ...(persisting.items.length > 0 ? [''] : []),
    ...(persisting.source ? [source(persisting.source), ''] : []),
  ];
}

function noteLines(briefing: Briefing): string[] {
  const { notes } = briefing;
  return [
    '## Your notes on this report',
    '',
    ...(notes.note ? [mdLine(notes.note), ''] : []),
    ...notes.items.flatMap((n) => [
      ...n.quote.split(/\r?\n/).filter((line) => line.trim()).map((line) => `> ${mdLine(line)}`),
      '',
      `${n.where ? `${mdLine(n.where)}. ` : ''}${mdLine(n.saved)}.`,
      ...(n.comment.trim() ? ['', mdLine(n.comment)] : []),
      '',
    ]),
    source(notes.source),
    '',
  ];
}

export function briefingToMarkdown(briefing: Briefing): string {
  const { report } = briefing;
  const lines = [
    `# ${mdLine(briefing.authority)}: scrutiny briefing`,
    '',
    `**${mdLine(report.kindLabel)}**${report.days ? `, ${mdLine(report.days)}` : ''}.`,
    `${mdLine(report.from)}: ${mdLink(report.source)}`,
    '',
    mdLine(briefing.earlier),
    '',
    ...gradeLines(briefing),
    ...contextLines(briefing),
    ...improvementLines(briefing),
    ...persistingLines(briefing),
    ...noteLines(briefing),
    mdLine(briefing.prepared),
  ];
  return `${lines.join('\n')}\n`;
}
