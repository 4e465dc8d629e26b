// The library's records in the reader's words: where each came from, what it is, and when.
import { formatLongDate } from '../dates';
import type { DocumentKind } from '../schema/domain';
import type { Provenance } from '../schema/storage';
import { KIND_LABELS } from '../vocabulary/kinds';

/** "1 record", "12 records". */
export function counted(n: number, word: string): string {
  // Not toLocaleString: Intl's first call costs tens of ms.
  const digits = String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${digits} ${word}${n === 1 ? '' : 's'}`;
}

/** Where a record came from: "From Ofsted's report PDF on files.ofsted.gov.uk", "Reported by www.cypnow.co.uk". */
export function provenanceInWords(provenance: Provenance, site: string): string {
  switch (provenance) {
    case 'ofsted-pdf':
      return `From Ofsted's report PDF on ${site}`;
    case 'ofsted-site':
      return `From Ofsted's report page on ${site}`;
    case 'news':
      return `Reported by ${site}`;
    case 'user-file':
      return 'From a file you opened';
  }
}

/** A group of records by the site they were read on; '' holds the files the reader opened. */
export function siteInWords(site: string): string {
  return site === '' ? 'Files you opened' : site;
}

/** What a record is, and the inspection's first day when it states one. */
export function kindAndDateInWords(kind: DocumentKind, start: string): string {
  if (kind === 'news') return start ? `News of the inspection starting ${formatLongDate(start)}` : 'News report';
  return start ? `${KIND_LABELS[kind]}, starting ${formatLongDate(start)}` : `${KIND_LABELS[kind]}, no date stated`;
}

/** The day a timestamp fell on, where the reader is, in words: "3 June 2025". */
export function dayInWords(time: number): string {
  const day = new Date(time);
  const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  return formatLongDate(iso);
}

/** A site's Delete button: short on screen ("Delete all 2"), whole to a screen reader ("Delete all 2 records from www.cypnow.co.uk"). */
export function deleteSiteInWords(site: string, records: number): { text: string; label: string } {
  const text = records === 1 ? 'Delete 1 record' : `Delete all ${records}`;
  return { text, label: `${records === 1 ? text : `${text} records`} ${site === '' ? 'of files you opened' : `from ${site}`}` };
}

/** The button that empties the library. */
export function deleteAllInWords(records: number): string {
  return records === 1 ? 'Delete the only record' : `Delete all ${counted(records, 'record')}`;
}
