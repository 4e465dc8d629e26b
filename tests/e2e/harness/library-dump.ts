// Everything the user's library holds, read straight from the extension's IndexedDB in its service
// worker (or, in Firefox, one of its pages), so a test can compare it before and after a page has
// tried something.
import type { Worker } from 'playwright-core';

export type LibraryDump = { notes: unknown[]; inspections: unknown[] };

/**
 * The reading, as source text: evaluated where the extension's database is, a promise of the
 * LibraryDump. A string, so it runs as well in an extension page that allows no eval of functions.
 */
export const LIBRARY_DUMP = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ofsted-lens');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction(['notes', 'inspections'], 'readonly');
    const notes = tx.objectStore('notes').getAll();
    const inspections = tx.objectStore('inspections').getAll();
    tx.oncomplete = () => {
      open.result.close();
      resolve({ notes: notes.result, inspections: inspections.result });
    };
    tx.onerror = () => reject(tx.error);
  };
})`;

export function dumpLibrary(worker: Worker): Promise<LibraryDump> {
  return worker.evaluate(LIBRARY_DUMP) as Promise<LibraryDump>;
}
