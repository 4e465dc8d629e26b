// Which document and finding a selection belongs to, for the note that keeps it.
import type { ParsedDocument } from '../schema/domain';
import type { NoteContext } from '../schema/storage';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function noteContext(doc: ParsedDocument | null, quote: string): NoteContext {
  const base: NoteContext = {
    authority: doc?.authority ?? null,
    authorityKey: doc?.authorityKey ?? null,
    kind: doc?.kind ?? null,
    inspection: doc?.inspection ?? null,
    findingNumber: null,
    judgement: null,
    grade: null,
  };
  if (!doc || doc.kind === 'news') return base;
  const wanted = squash(quote).replace(/^\d{1,3}\.\s+/, '');
  const finding = doc.findings.find((f) => squash(f.text).includes(wanted));
  if (!finding) return base;
  return { ...base, findingNumber: finding.number, judgement: finding.judgement, grade: finding.judgement ? (doc.grades[finding.judgement] ?? null) : null };
}
