// Which read of a document the library keeps when it has more than one: Ofsted's own (its report
// site or its file hosts) before a file the reader opened, which never replaces it and is only
// noted as another address the report was read from; among reads trusted alike, the newest. Every
// address any of them was read from is kept. A news page's record never merges with a report's.
import { isOfstedSourced } from './provenance';
import { ofstedFileId } from './sites';
import type { InspectionRecord } from './schema/storage';

const trust = (record: InspectionRecord) => (isOfstedSourced(record) ? 1 : 0);
const isNews = (record: InspectionRecord) => record.provenance === 'news';

/** Whether two records may be one: never a news page's and a report's. */
export function mayMerge(a: InspectionRecord, b: InspectionRecord): boolean {
  return isNews(a) === isNews(b);
}

/** Reads of one document (at least one) as one record: the most trusted, newest read (later in `reads` on a tie), with every address. */
export function mergeReads<T extends InspectionRecord>(reads: readonly T[]): T {
  const [first] = reads;
  if (!first) throw new Error('No read to keep.');
  if (reads.some((r) => !mayMerge(r, first))) throw new Error('A news page’s record never merges with a report’s.');
  const kept = reads.reduce((best, r) => (trust(r) > trust(best) || (trust(r) === trust(best) && r.storedAt >= best.storedAt) ? r : best));
  return { ...kept, sources: [...new Set([kept.source, ...reads.flatMap((r) => r.sources)])] };
}

/** What makes two records one document: their identity, and for a report, any report PDF it was read from. */
function keysOf(record: InspectionRecord): string[] {
  const side = isNews(record) ? 'news' : 'report';
  const files = isNews(record) ? [] : record.sources.flatMap((s) => ofstedFileId(s) ?? []).map((id) => `file:${id}`);
  return [`identity:${record.identity}`, ...files].map((key) => `${side} ${key}`);
}

/** The records in groups, each holding every record of one document, in the order given. */
function sameDocumentGroups<T extends InspectionRecord>(records: readonly T[]): T[][] {
  const parent = records.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const firstWith = new Map<string, number>();
  records.forEach((record, i) => {
    for (const key of keysOf(record)) {
      const other = firstWith.get(key);
      if (other === undefined) firstWith.set(key, i);
      else parent[root(i)] = root(other);
    }
  });
  const groups = new Map<number, T[]>();
  records.forEach((record, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), record]));
  return [...groups.values()];
}

/**
 * One record per document: the records to keep (each merged, with the id of the read it keeps) and
 * the ids of the rest, for a library holding more than one record of a document (kept before
 * records had an identity, or two authority keys that became one).
 */
export function oneRecordEach<T extends InspectionRecord & { id?: number }>(records: readonly T[]): { keep: T[]; drop: number[] } {
  const keep: T[] = [];
  const drop: number[] = [];
  for (const group of sameDocumentGroups(records)) {
    const merged = mergeReads(group);
    keep.push(merged);
    for (const r of group) if (r.id !== undefined && r.id !== merged.id) drop.push(r.id);
  }
  return { keep, drop };
}
