// The library of every report and article Ofsted Lens has read.
import Dexie from 'dexie';
import { isOfstedSourced, provenanceOf, type ReadVia } from '../../core/provenance';
import type { ParsedDocument } from '../../core/schema/domain';
import { InspectionRecordSchema, type InspectionRecord } from '../../core/schema/storage';
import type { LensDb } from './lens-db';

/**
 * Adds a document, or replaces what was stored from the same source. Returns the record. `via`:
 * who read it, which with its source says where it came from (provenance.ts).
 */
export async function rememberDocument(db: LensDb, source: string, document: ParsedDocument, via: ReadVia, now = Date.now()): Promise<InspectionRecord | null> {
  if (!document.authorityKey) return null;
  const record = InspectionRecordSchema.parse({
    source,
    ...provenanceOf(source, via),
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

/** Whether the library holds a document from each of these sources. */
export async function holdsDocuments(db: LensDb, sources: readonly string[]): Promise<boolean> {
  const held = await db.inspections.where('source').anyOf([...sources]).toArray();
  return sources.every((source) => held.some((row) => row.source === source));
}

/** Only the authority's documents from Ofsted's own hosts: what a web page's panel is given. */
export async function ofstedInspectionsFor(db: LensDb, authorityKey: string): Promise<InspectionRecord[]> {
  return (await inspectionsFor(db, authorityKey)).filter(isOfstedSourced);
}

/**
 * Files each stored document under the key its authority's name has today. Libraries kept before
 * the register of authorities hold keys made from names ('bedford-borough', 'east-riding'), which
 * the register's keys ('bedford', 'east-riding-of-yorkshire') would never meet. A document whose
 * name the register does not know stays as it is; so do notes, whose authority the popup filters by.
 * Returns how many records were moved.
 */
export async function rekeyLibrary(db: LensDb, keyOf: (name: string) => string | null): Promise<number> {
  return db.transaction('rw', db.inspections, db.notes, async () => {
    let moved = 0;
    await db.inspections.toCollection().modify((row) => {
      const key = row.document.authority ? keyOf(row.document.authority) : null;
      if (!key || key === row.authorityKey) return;
      row.authorityKey = key;
      row.document = { ...row.document, authorityKey: key };
      moved += 1;
    });
    await db.notes.toCollection().modify((note) => {
      const key = note.context.authority ? keyOf(note.context.authority) : null;
      if (!key || key === note.context.authorityKey) return;
      note.context = { ...note.context, authorityKey: key };
      moved += 1;
    });
    return moved;
  });
}
