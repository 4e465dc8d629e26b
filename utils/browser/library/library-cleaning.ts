// Cleaning the library from the options page: its records listed from their summaries alone, and
// deleted one at a time, a site's at once, or all, each deletion given back whole for Undo.
import Dexie from 'dexie';
import { notesOnPages, type Deletion, type DeletionTarget } from '../../core/library-deletion';
import { reportFileAddresses } from '../../core/library-identity';
import { summaryOf, type LibrarySummary } from '../../core/model/library-list';
import type { InspectionRecord } from '../../core/schema/storage';
import { keepOneRecordEach, SUMMARY_INDEX, type LensDb, type StoredInspection } from './lens-db';

type SummaryKey = [string, InspectionRecord['provenance'], InspectionRecord['kind'], string, string, number, string, string[], string];

/**
 * Every record's summary, read from the keys of the library's indexes: a library of thousands of
 * reports lists without reading one document.
 */
export async function librarySummaries(db: LensDb): Promise<LibrarySummary[]> {
  return db.transaction('r', db.inspections, async () => {
    const byId = new Map<number, LibrarySummary>();
    await db.inspections.orderBy(SUMMARY_INDEX).eachKey((key, { primaryKey }) => {
      const [site, provenance, kind, authorityKey, start, storedAt, source, sources, authority] = key as SummaryKey;
      const addresses = [...new Set(sources)].sort();
      byId.set(primaryKey as number, { id: primaryKey as number, site, provenance, kind, authorityKey, start, storedAt, source, addresses, authority, headline: null });
    });
    // Only news pages have headlines: the index of them is as long as they are many.
    await db.inspections.orderBy('document.headline').eachKey((headline, { primaryKey }) => {
      const summary = byId.get(primaryKey as number);
      if (summary) summary.headline = headline as string;
    });
    // A record kept without a summary field would be missing from its index, and so from a list it could not be deleted from.
    const unindexed = (await db.inspections.toCollection().primaryKeys()).filter((id): id is number => id !== undefined && !byId.has(id));
    if (unindexed.length > 0) for (const row of await db.inspections.bulkGet(unindexed)) if (row?.id !== undefined) byId.set(row.id, summaryOf({ ...row, id: row.id }));
    return [...byId.values()];
  });
}

/** How many notes each page address has, from the notes' index alone. */
export async function noteCountsByPage(db: LensDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const url of (await db.notes.orderBy('url').keys()) as string[]) counts.set(url, (counts.get(url) ?? 0) + 1);
  return counts;
}

async function targetedRecords(db: LensDb, target: DeletionTarget): Promise<StoredInspection[]> {
  switch (target.kind) {
    case 'record': {
      const record = await db.inspections.get(target.id);
      return record ? [record] : [];
    }
    case 'site':
      return db.inspections.where(SUMMARY_INDEX).between([target.site, Dexie.minKey], [target.site, Dexie.maxKey]).toArray();
    case 'all':
      return db.inspections.toArray();
  }
}

/**
 * Deletes the target's records, and when `withNotes` the notes made on their pages; returns all it
 * deleted, for Undo, and how many notes on their pages it kept.
 */
export async function deleteFromLibrary(db: LensDb, target: DeletionTarget, withNotes: boolean): Promise<Deletion<StoredInspection>> {
  return db.transaction('rw', db.inspections, db.notes, async () => {
    const records = await targetedRecords(db, target);
    await db.inspections.bulkDelete(records.flatMap((r) => (r.id === undefined ? [] : [r.id])));
    const addresses = [...new Set(records.flatMap((r) => r.sources))];
    const stillHeld = new Set((await db.inspections.where('sources').anyOf(addresses).keys()) as string[]);
    const onPages = notesOnPages(records, stillHeld, await db.notes.where('url').anyOf(addresses).toArray());
    if (withNotes) await db.notes.bulkDelete(onPages.map((n) => n.id));
    return { target, records, notes: withNotes ? onPages : [], notesKept: withNotes ? 0 : onPages.length };
  });
}

/**
 * Puts back what a deletion removed, as it was. A document read again since is one record with
 * the one put back, as the library keeps every document (library-merge.ts).
 */
export async function undoDeletion(db: LensDb, deletion: Deletion<StoredInspection>): Promise<void> {
  await db.transaction('rw', db.inspections, db.notes, async () => {
    const { records } = deletion;
    const files = records.filter((r) => r.provenance !== 'news').flatMap((r) => r.sources.flatMap(reportFileAddresses));
    const readAgain = [...(await db.inspections.where('identity').anyOf(records.map((r) => r.identity)).toArray()), ...(await db.inspections.where('sources').anyOf(files).toArray())];
    const present = [...new Map(readAgain.map((r) => [r.id, r])).values()];
    await keepOneRecordEach(db.inspections, [...present, ...records]);
    await db.notes.bulkPut(deletion.notes);
  });
}
