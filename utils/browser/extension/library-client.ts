// Browser-API side (not core): how the overlay reaches the library, which lives in the background,
// only while its page shows the address it was loaded from (document-address.ts).
import * as z from 'zod/mini';
import { PriorContextSchema, type ParsedDocument, type PriorContext, type Report } from '../../core/schema/domain';
import { InspectionRecordSchema, type InspectionRecord } from '../../core/schema/storage';
import { ReadListedReplySchema, type ReadListedReply, type BackgroundMessage } from '../../core/schema/messages';
import { sendFromThisDocument } from './document-address';

export async function rememberInBackground(source: string, document: ParsedDocument): Promise<void> {
  const message: BackgroundMessage = { type: 'remember-document', source, document };
  await sendFromThisDocument(message);
}

export async function inspectionsFromBackground(authorityKey: string): Promise<InspectionRecord[]> {
  const message: BackgroundMessage = { type: 'inspections-for', authorityKey };
  const reply: unknown = await sendFromThisDocument(message);
  const parsed = z.array(InspectionRecordSchema).safeParse(reply);
  return parsed.success ? parsed.data : [];
}

export async function priorContextFromBackground(source: string, report: Report): Promise<PriorContext | null> {
  const message: BackgroundMessage = { type: 'prior-context', source, report };
  const parsed = PriorContextSchema.safeParse(await sendFromThisDocument(message));
  return parsed.success ? parsed.data : null;
}

/** Opens a report PDF in the reader, in a new tab, at a finding's paragraph when given. */
export async function openInReader(src: string, paragraph: number | null = null): Promise<void> {
  const message: BackgroundMessage = paragraph === null ? { type: 'open-reader', src } : { type: 'open-reader', src, paragraph };
  await sendFromThisDocument(message);
}

/** Opens the side-by-side page for a report and an earlier one the library holds, in a new tab. */
export async function openCompare(later: string, earlier: string): Promise<void> {
  const message: BackgroundMessage = { type: 'open-compare', later, earlier };
  await sendFromThisDocument(message);
}

/** Opens the scrutiny briefing on the page's own report, or (from an authority's Ofsted page) on the authority's latest report, in a new tab. */
export async function openBriefing(of: { report: string } | { authorityKey: string }): Promise<void> {
  const message: BackgroundMessage = 'report' in of ? { type: 'open-briefing', report: of.report } : { type: 'open-authority-briefing', authorityKey: of.authorityKey };
  await sendFromThisDocument(message);
}

export async function readListedReportsInBackground(sources: string[]): Promise<ReadListedReply> {
  const message: BackgroundMessage = { type: 'read-listed-reports', sources };
  const parsed = ReadListedReplySchema.safeParse(await sendFromThisDocument(message));
  return parsed.success ? parsed.data : { allowed: false, queued: 0 };
}
