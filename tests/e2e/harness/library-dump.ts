// Everything the user's library holds, read straight from the extension's IndexedDB in its service
// worker, so a test can compare it before and after a page has tried something.
import type { Worker } from 'playwright-core';

export type LibraryDump = { notes: unknown[]; inspections: unknown[] };

export function dumpLibrary(worker: Worker): Promise<LibraryDump> {
  return worker.evaluate(
    () =>
      new Promise<LibraryDump>((resolve, reject) => {
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
      }),
  );
}
