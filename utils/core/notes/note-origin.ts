// What a note in the popup says of where it came from: the report (its authority and kind), the
// inspection's year, where it was saved (a page's site or the reader) and when. A quote saved from
// a report's page and again in the reader then reads as two notes, not a duplicate.
import { authorityName } from '../authorities/authority-name';
import { formatLongDate } from '../dates';
import type { Note } from '../schema/storage';
import { KIND_LABELS } from '../vocabulary/kinds';
import { isAllowedSource } from '../sites';

export type NoteOrigin = {
  /** "Portsmouth: Inspection of local authority children's services", else the page's title. */
  report: string;
  /** The year the inspection began, when the note's document states it. */
  year: string | null;
  /** "in the reader" or "on reports.ofsted.gov.uk". */
  where: string;
  /** The day it was saved, in words. */
  when: string;
};

const EXTENSION_PAGE = /^(?:chrome|moz)-extension:/;

/** A report PDF is read only in the reader (the browser's PDF viewer runs no content script), as is a file chosen there. */
const savedInReader = (url: string) => EXTENSION_PAGE.test(url) || isAllowedSource(url);

export function noteOrigin(note: Note): NoteOrigin {
  const { kind, inspection } = note.context;
  const authority = authorityName(note.context.authorityKey, note.context.authority);
  const what = kind ? KIND_LABELS[kind] : null;
  return {
    report: authority && what ? `${authority}: ${what}` : note.title || authority || what || 'A page',
    year: inspection ? inspection.start.slice(0, 4) : null,
    where: savedInReader(note.url) ? 'in the reader' : `on ${new URL(note.url).hostname}`,
    when: formatLongDate(new Date(note.createdAt).toISOString().slice(0, 10)),
  };
}
