// What a document in the library is, whatever address it was read from. Ofsted's provider pages
// link report PDFs on files.api.ofsted.gov.uk and other links use files.ofsted.gov.uk (the same
// file id on both); the reader opens either, and a reader can drop their own copy of the report:
// each is the same inspection, and the library keeps one record of it. A news page is only ever
// itself, so one posing as a report never joins (or replaces) the genuine report's record.
import { provenanceOf, type ReadVia } from './provenance';
import { ofstedFileAddresses, ofstedFileId, reportFileAddress } from './sites';
import type { ParsedDocument } from './schema/domain';
import { InspectionRecordSchema, type InspectionRecord } from './schema/storage';

export type Identified = Pick<InspectionRecord, 'source' | 'provenance' | 'kind' | 'authorityKey' | 'start'>;

/**
 * `report:<authority>:<kind>:<first day>` for a report (never news) that states both; else the
 * file id of a report PDF, the same on both file hosts; else (news, any page) the address itself.
 */
export function libraryIdentity(read: Identified): string {
  if (read.provenance === 'news' || read.kind === 'news') return read.source;
  if (read.authorityKey && read.start) return `report:${read.authorityKey}:${read.kind}:${read.start}`;
  const file = ofstedFileId(read.source);
  return file ? `ofsted-file:${file}` : read.source;
}

/** A document read now: where from, and who read it (provenance.ts). */
export type Read = { source: string; via: ReadVia };

/**
 * The address the library keeps a read under: a report PDF's without query or fragment (which a
 * link could vary at will, for the same file); any other as it came (a page's comes without its
 * fragment, callers.ts; a file chosen in the reader is named by one, `reader.html#file=sha256-…`).
 */
export function keptAddress(source: string): string {
  return reportFileAddress(source) ?? source;
}

/** Whether the record was read from `address`: any address it keeps, not only the one it is listed under. */
export function keepsAddress(record: { sources: readonly string[] }, address: string): boolean {
  return record.sources.includes(keptAddress(address));
}

/** The identity of a document as read from `read.source`, whether or not the library keeps it. */
export function identityOfRead(read: Read, document: ParsedDocument): string {
  const source = keptAddress(read.source);
  return libraryIdentity({
    source,
    ...provenanceOf(source, read.via),
    kind: document.kind,
    authorityKey: document.authorityKey ?? '',
    start: document.inspection?.start ?? '',
  });
}

/** The record one read makes; null for a document with no authority, which the library does not keep. */
export function recordOfRead(read: Read, document: ParsedDocument, storedAt: number): InspectionRecord | null {
  if (!document.authorityKey) return null;
  const source = keptAddress(read.source);
  return InspectionRecordSchema.parse({
    identity: identityOfRead(read, document),
    source,
    sources: [source],
    ...provenanceOf(source, read.via),
    kind: document.kind,
    authorityKey: document.authorityKey,
    start: document.inspection?.start ?? '',
    document,
    storedAt,
  });
}

/** A report PDF's address and the same file's on each file host; none for any other address. */
export function reportFileAddresses(address: string): string[] {
  const file = ofstedFileId(address);
  return file ? [...new Set([address, ...ofstedFileAddresses(file)])] : [];
}

/**
 * Whether the record was read from the report PDF at `address`, on either file host (whatever its
 * identity: a report whose first day one reading missed). Any other document is found by its identity.
 */
export function isReadFrom(record: Pick<InspectionRecord, 'sources'>, address: string): boolean {
  const file = ofstedFileId(address);
  return file !== null && record.sources.some((s) => ofstedFileId(s) === file);
}
