// The library of every report and article Ofsted Lens has read.
import Dexie from 'dexie';
import { InspectionRecordSchema, type InspectionRecord, type ParsedDocument } from '../schema';
import type { LensDb } from './lens-db';

/** Adds a document, or replaces what was stored from the same source. Returns the record. */
export async function rememberDocument(db: LensDb, source: string, document: ParsedDocument, now = Date.now()): Promise<InspectionRecord | null> {
  if (!document.authorityKey) return null;
  const record = InspectionRecordSchema.parse({
    source,
    kind: document.kind,
    authorityKey: document.authorityKey,
    start: document.inspection?.start ?? '',
    document,
    storedAt: now,
  });
  await db.transaction('rw', db.inspections, async () => {
    const existing = await db.inspections.where('source').equals(source).first();
    await db.inspections.put(existing?.id === undefined ? record : { ...record, id: existing.id });
  });
  return record;
}

/** The authority's inspections, oldest first (undated ones, such as most articles, first of all). */
export async function inspectionsFor(db: LensDb, authorityKey: string): Promise<InspectionRecord[]> {
  const rows = await db.inspections.where('[authorityKey+start]').between([authorityKey, Dexie.minKey], [authorityKey, Dexie.maxKey]).toArray();
  return rows.map(({ id: _id, ...row }) => InspectionRecordSchema.parse(row));
}
