// What the compare page reads from the library: the authorities it holds documents of, and one
// authority's documents, found by a document's address or the authority's key.
import { inspectionsFor, recordReadFrom } from './inspection-db';
import type { LensDb } from './lens-db';
import type { InspectionRecord } from '../../core/schema/storage';

export type LibraryAuthority = { key: string; documents: number; name: string | null };

/** Each authority the library holds a document of, with how many, and the name its first one gives. */
export async function libraryAuthorities(db: LensDb): Promise<LibraryAuthority[]> {
  const keys = (await db.inspections.orderBy('authorityKey').uniqueKeys()) as string[];
  return Promise.all(
    keys.map(async (key) => {
      const documents = () => db.inspections.where('authorityKey').equals(key);
      const [count, first] = await Promise.all([documents().count(), documents().first()]);
      return { key, documents: count, name: first?.document.authority ?? null };
    }),
  );
}

/** Every document of the authority the document read from `source` (any address its record keeps) is about; null when the library does not hold it. */
export async function authorityDocumentsOf(db: LensDb, source: string): Promise<InspectionRecord[] | null> {
  const record = await recordReadFrom(db, source);
  return record ? inspectionsFor(db, record.authorityKey) : null;
}
