// The library of every report and article Ofsted Lens has read, in IndexedDB through Dexie.
// Opened only in the background (the extension's own origin), never in a content script, whose
// IndexedDB would belong to the web page. Versioned from the first release.
import Dexie, { type EntityTable } from 'dexie';
import { InspectionRecordSchema, type InspectionRecord, type ParsedDocument } from '../schema';

export type StoredInspection = InspectionRecord & { id?: number };

export class InspectionDb extends Dexie {
  inspections!: EntityTable<StoredInspection, 'id'>;

  constructor(name = 'ofsted-lens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      inspections: '++id, &source, authorityKey, [authorityKey+start], kind',
    });
  }
}

/** Adds a document, or replaces what was stored from the same source. Returns the record. */
export async function rememberDocument(db: InspectionDb, source: string, document: ParsedDocument, now = Date.now()): Promise<InspectionRecord | null> {
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
export async function inspectionsFor(db: InspectionDb, authorityKey: string): Promise<InspectionRecord[]> {
  const rows = await db.inspections.where('[authorityKey+start]').between([authorityKey, Dexie.minKey], [authorityKey, Dexie.maxKey]).toArray();
  return rows.map(({ id: _id, ...row }) => InspectionRecordSchema.parse(row));
}
