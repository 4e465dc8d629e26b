// The library of every report and article Ofsted Lens has read: one record per document, whatever
// address it was read from (library-identity.ts, library-merge.ts).
import Dexie from 'dexie';
import { keptAddress, libraryIdentity, recordOfRead, reportFileAddresses } from '../../core/library-identity';
import { beyondSiteLimit, isLimited, type NewRecordRate } from '../../core/library-limits';
import { mayMerge, mergeReads } from '../../core/library-merge';
import { isOfstedSourced, type ReadVia } from '../../core/provenance';
import type { ParsedDocument } from '../../core/schema/domain';
import { isOfstedHost } from '../../core/sites';
import { InspectionRecordSchema, type InspectionRecord } from '../../core/schema/storage';
import { keepOneRecordEach, type LensDb, type StoredInspection } from './lens-db';

/**
 * Adds a document, or updates the record of the same document read before, from this address or
 * any other (library-merge.ts says which read is kept). Returns the record kept. `via`: who read
 * it, which with its source says where it came from (provenance.ts). A news site's record is new
 * only as `rate` allows, and the site keeps only its newest records of the authority (library-limits.ts).
 */
export async function rememberDocument(db: LensDb, source: string, document: ParsedDocument, via: ReadVia, now = Date.now(), rate?: NewRecordRate): Promise<InspectionRecord | null> {
  const read = recordOfRead({ source, via }, document, now);
  if (!read) return null;
  return db.transaction('rw', db.inspections, async () => {
    const sameIdentity = await db.inspections.where('identity').equals(read.identity).toArray();
    // A news page's identity is its address, which no report's is; were one ever, neither joins the other.
    if (sameIdentity.some((r) => !mayMerge(r, read))) return null;
    const files = read.provenance === 'news' ? [] : reportFileAddresses(source);
    const sameFile = (await db.inspections.where('sources').anyOf(files).toArray()).filter((r) => mayMerge(r, read));
    const earlier = [...new Map([...sameIdentity, ...sameFile].map((r) => [r.id, r])).values()];
    if (isLimited(read) && earlier.length === 0 && rate && !rate.take(read.site, now)) return null;
    const { id: keptId, ...kept } = mergeReads<StoredInspection>([...earlier, read]);
    const id = keptId ?? earlier[0]?.id;
    await db.inspections.bulkDelete(earlier.flatMap((r) => (r.id === id || r.id === undefined ? [] : [r.id])));
    // A copy: Dexie writes the id it gives into the object it adds.
    await db.inspections.put(id === undefined ? { ...kept } : { ...kept, id });
    if (isLimited(read)) {
      const ofSite = await db.inspections.where('authorityKey').equals(read.authorityKey).filter((r) => isLimited(r) && r.site === read.site).toArray();
      await db.inspections.bulkDelete(beyondSiteLimit(ofSite).flatMap((r) => (r.id === undefined ? [] : [r.id])));
    }
    return kept;
  });
}

/**
 * The authority's inspections, oldest first (undated ones, such as most articles, first of all).
 * A record the schema refuses (one above the caps, kept before there were any) is left out.
 */
export async function inspectionsFor(db: LensDb, authorityKey: string): Promise<InspectionRecord[]> {
  const rows = await db.inspections.where('[authorityKey+start]').between([authorityKey, Dexie.minKey], [authorityKey, Dexie.maxKey]).toArray();
  return rows.flatMap(({ id: _id, ...row }) => {
    const parsed = InspectionRecordSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The record of the document read from `address`, under any address it keeps; undefined when the library holds none. */
export async function recordReadFrom(db: LensDb, address: string): Promise<InspectionRecord | undefined> {
  return db.inspections.where('sources').equals(keptAddress(address)).first();
}

/** Whether the library holds a document read from each of these addresses (any address a record keeps). */
export async function holdsDocuments(db: LensDb, sources: readonly string[]): Promise<boolean> {
  const kept = sources.map(keptAddress);
  const held = await db.inspections.where('sources').anyOf(kept).toArray();
  return kept.every((source) => held.some((row) => row.sources.includes(source)));
}

/**
 * Only the authority's documents from Ofsted's own hosts, with only their addresses there: what a
 * web page's panel is given (not the files the reader chose, nor the news pages read).
 */
export async function ofstedInspectionsFor(db: LensDb, authorityKey: string): Promise<InspectionRecord[]> {
  return (await inspectionsFor(db, authorityKey)).filter(isOfstedSourced).map((r) => ({ ...r, sources: r.sources.filter(isOfstedHost) }));
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
    const rows = (await db.inspections.toArray()).map((row) => {
      const key = row.document.authority ? keyOf(row.document.authority) : null;
      if (!key || key === row.authorityKey) return row;
      moved += 1;
      const rekeyed = { ...row, authorityKey: key, document: { ...row.document, authorityKey: key } };
      return { ...rekeyed, identity: libraryIdentity(rekeyed) };
    });
    // Under one key, a report filed under both is one record.
    if (moved > 0) await keepOneRecordEach(db.inspections, rows);
    await db.notes.toCollection().modify((note) => {
      const key = note.context.authority ? keyOf(note.context.authority) : null;
      if (!key || key === note.context.authorityKey) return;
      note.context = { ...note.context, authorityKey: key };
      moved += 1;
    });
    return moved;
  });
}
