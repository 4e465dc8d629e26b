// Notes out of Ofsted Lens: Markdown ready to paste into a briefing, CSV a spreadsheet opens
// correctly, and a complete JSON backup that imports back.
import { authorityName } from '../authorities/authority-name';
import { dateRangeInWords } from '../dates';
import { JUDGEMENT_LABELS } from '../vocabulary/judgements';
import { KIND_LABELS } from '../vocabulary/kinds';
import { GRADE_LABELS } from '../vocabulary/grades';
import type { Note } from '../schema/storage';
import type { NotesBackup } from '../schema/backup';
import { mdLink, mdText } from '../markdown';

function source(note: Note): string {
  const c = note.context;
  const parts = [
    authorityName(c.authorityKey, c.authority),
    c.kind ? KIND_LABELS[c.kind] : null,
    c.inspection ? `inspected ${dateRangeInWords(c.inspection.start, c.inspection.end)}` : null,
    c.findingNumber ? `paragraph ${c.findingNumber}` : null,
    c.judgement ? `${JUDGEMENT_LABELS[c.judgement]}${c.grade ? ` (${GRADE_LABELS[c.grade]})` : ''}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

/** Markdown: each quote as a blockquote, then where it is from, the comment and tags. */
export function notesToMarkdown(notes: readonly Note[]): string {
  return notes
    .map((note) => {
      const quote = note.quote.split(/\r?\n/).map((line) => `> ${mdText(line)}`).join('\n');
      const from = `— ${mdText(source(note) || note.title)}, ${mdLink(note.url)}`;
      const comment = note.comment ? `\n\n${mdText(note.comment)}` : '';
      const tags = note.tags.length ? `\n\nTags: ${mdText(note.tags.join(', '))}` : '';
      return `${quote}\n\n${from}${comment}${tags}\n`;
    })
    .join('\n');
}

const CSV_COLUMNS = ['quote', 'comment', 'tags', 'authority', 'report', 'inspection start', 'paragraph', 'judgement', 'grade', 'url', 'created'] as const;

function csvCell(value: string): string {
  // Cells that a spreadsheet would run as a formula are written as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV (RFC 4180, CRLF line ends) with a header row. */
export function notesToCsv(notes: readonly Note[]): string {
  const rows = notes.map((n) => [
    n.quote,
    n.comment,
    n.tags.join('; '),
    authorityName(n.context.authorityKey, n.context.authority) ?? '',
    n.context.kind ? KIND_LABELS[n.context.kind] : '',
    n.context.inspection?.start ?? '',
    n.context.findingNumber ? String(n.context.findingNumber) : '',
    n.context.judgement ? JUDGEMENT_LABELS[n.context.judgement] : '',
    n.context.grade ? GRADE_LABELS[n.context.grade] : '',
    n.url,
    new Date(n.createdAt).toISOString(),
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function notesToBackup(notes: readonly Note[], now = Date.now()): string {
  const backup: NotesBackup = { format: 'ofsted-lens-notes', version: 1, exportedAt: now, notes: [...notes] };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
