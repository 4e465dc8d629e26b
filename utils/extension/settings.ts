// Browser-API side (not core): the reader's choices, in the extension's local storage.
import { browser } from 'wxt/browser';

/** Off until the reader says yes: fetch and read the report PDFs an authority's page lists. */
export const READ_LISTED_REPORTS = 'readListedReports';

export async function readListedReportsAllowed(): Promise<boolean> {
  const stored = await browser.storage.local.get(READ_LISTED_REPORTS);
  return stored[READ_LISTED_REPORTS] === true;
}

export async function setReadListedReports(allowed: boolean): Promise<void> {
  await browser.storage.local.set({ [READ_LISTED_REPORTS]: allowed });
}

/** Off until the reader says yes: report PDFs opened from Ofsted's file hosts open in the reader. */
export const OPEN_REPORTS_IN_READER = 'openReportsInReader';

export async function openReportsInReaderAllowed(): Promise<boolean> {
  const stored = await browser.storage.local.get(OPEN_REPORTS_IN_READER);
  return stored[OPEN_REPORTS_IN_READER] === true;
}

export async function setOpenReportsInReader(allowed: boolean): Promise<void> {
  await browser.storage.local.set({ [OPEN_REPORTS_IN_READER]: allowed });
}
