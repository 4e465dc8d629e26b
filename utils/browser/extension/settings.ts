// Browser-API side (not core): the reader's choices, in the extension's local storage. Each is off
// until the reader says yes.
import { browser } from 'wxt/browser';

/** A choice stored under `key`: whether it is on, and how to set it. */
function onOffSetting(key: string) {
  return {
    key,
    allowed: async (): Promise<boolean> => (await browser.storage.local.get(key))[key] === true,
    set: async (allowed: boolean): Promise<void> => browser.storage.local.set({ [key]: allowed }),
  };
}

/** Fetch and read the report PDFs an authority's page lists. */
const readListedReports = onOffSetting('readListedReports');
export const READ_LISTED_REPORTS = readListedReports.key;
export const readListedReportsAllowed = readListedReports.allowed;
export const setReadListedReports = readListedReports.set;

/** Report PDFs opened from Ofsted's file hosts open in the reader. */
const openReportsInReader = onOffSetting('openReportsInReader');
export const OPEN_REPORTS_IN_READER = openReportsInReader.key;
export const openReportsInReaderAllowed = openReportsInReader.allowed;
export const setOpenReportsInReader = openReportsInReader.set;
