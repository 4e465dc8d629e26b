// Ofsted Lens's IndexedDB, through Dexie: the library of inspections read, and the reader's notes.
// Opened only in the extension's own origin (the background and the popup), never in a content
// script, whose IndexedDB would belong to the web page. Versioned from the first release: a new
// version only adds; every earlier version stays declared so Dexie can upgrade any database it meets.
import Dexie, { type EntityTable } from 'dexie';
import { libraryIdentity } from '../../core/library-identity';
import { oneRecordEach } from '../../core/library-merge';
import { provenanceOfOlder } from '../../core/provenance';
import type { InspectionRecord, Note } from '../../core/schema/storage';

/**
 * The fields the options page lists a record by (library-list.ts), its addresses and its
 * document's authority: one key holds them all, so the list reads one index and no document.
 */
export const SUMMARY_INDEX = '[site+provenance+kind+authorityKey+start+storedAt+source+sources+document.authority]';

export type StoredInspection = InspectionRecord & { id?: number };

/** Leaves `table` with one record per document, from `rows` (all of its rows, some changed). */
export async function keepOneRecordEach(table: LensDb['inspections'], rows: readonly StoredInspection[]): Promise<void> {
  const { keep, drop } = oneRecordEach(rows);
  // The duplicates go first: the kept records' identities are unique only once they have.
  await table.bulkDelete(drop);
  await table.bulkPut(keep);
}

export class LensDb extends Dexie {
  inspections!: EntityTable<StoredInspection, 'id'>;
  notes!: EntityTable<Note, 'id'>;

  constructor(name = 'ofsted-lens', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      inspections: '++id, &source, authorityKey, [authorityKey+start], kind',
    });
    // 2: notes, indexed for the popup's queries.
    this.version(2).stores({
      notes: '&id, url, context.authorityKey, context.judgement, context.grade, *tags, createdAt, updatedAt',
    });
    // 3: each document says where it came from (provenance.ts); older ones are given it from their address.
    this.version(3).upgrade((tx) =>
      tx.table('inspections').toCollection().modify((row: StoredInspection) => {
        if (!row.provenance) Object.assign(row, provenanceOfOlder(row.source));
      }),
    );
    // 4: one record per document, whatever address it was read from (library-identity.ts): each
    // record has its identity and every address it was read from; records of one are merged.
    this.version(4)
      .stores({ inspections: '++id, &identity, source, *sources, authorityKey, [authorityKey+start], kind' })
      .upgrade(async (tx) => {
        const table = tx.table('inspections') as LensDb['inspections'];
        const rows = (await table.toArray()).map((row) => ({ ...row, identity: libraryIdentity(row), sources: row.sources ?? [row.source] }));
        await keepOneRecordEach(table, rows);
      });
    // 5: the options page lists the library from these indexes' keys alone, never reading a
    // record's document (library-cleaning.ts). A record whose document has no authority's name
    // (or no headline) is absent from that index: the list reads that record whole.
    this.version(5).stores({
      inspections: `++id, &identity, source, *sources, authorityKey, [authorityKey+start], kind, ${SUMMARY_INDEX}, document.headline`,
    });
  }
}
