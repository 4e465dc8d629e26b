// Browser-API side (not core): the newest graded report read for each authority by fetching
// England's reports (core/england/read-grades.ts), kept in the extension's storage for the panel,
// the reader and the popup's look-up.
import { browser } from 'wxt/browser';
import type { ReadLatestGrade } from '../../core/authorities/context';
import { EnglandReadGradesSchema } from '../../core/schema/england-fetch';

export const ENGLAND_READ_GRADES_KEY = 'englandReadGrades';

type Area = { get(key: string): Promise<Record<string, unknown>> };

/** None when nothing has been fetched, or the storage cannot be read. */
export async function readLatestGrades(storage?: Area): Promise<ReadLatestGrade[]> {
  try {
    const stored = await (storage ?? (browser.storage.local as unknown as Area)).get(ENGLAND_READ_GRADES_KEY);
    const parsed = EnglandReadGradesSchema.safeParse(stored[ENGLAND_READ_GRADES_KEY]);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
