// What the popup's watch section shows, in words, from the watch's state.
import { formatLongDate } from '../dates';
import { readerHref } from '../model/compare-address';
import type { NewDocument, WatchState } from '../schema/watch';

export type NewDocumentRow = {
  src: string;
  authority: string;
  title: string;
  /** The dates in words: "10 February 2025, published 27 March 2025". */
  when: string;
  /** Where its reading stands, in words; null while it waits to be read. */
  status: string | null;
  /** Whether "Read it" is offered: not yet read, or its reading failed. */
  canRead: boolean;
  /** The reader at it, once it is in the library. */
  open: string | null;
};

export type WatchListModel = {
  followed: { authorityKey: string; name: string }[];
  rows: NewDocumentRow[];
  /** The last daily check in words, or null before the first. */
  checked: string | null;
  /** Each authority whose page the last check could not read, said plainly. */
  failures: string[];
  autoRead: boolean;
};

const dayOf = (iso: string) => formatLongDate(iso.slice(0, 10));

function whenOf(dates: readonly string[]): string {
  const [first] = dates;
  const published = dates.at(-1);
  if (!first) return 'date not given';
  return published && published !== first ? `${formatLongDate(first)}, published ${formatLongDate(published)}` : formatLongDate(first);
}

function statusOf(document: NewDocument): string | null {
  switch (document.state) {
    case 'reading':
      return 'Reading it into your library…';
    case 'read':
      return 'Read into your library.';
    case 'failed':
      return `It could not be read${document.failure ? `: ${document.failure}` : ''}.`;
    default:
      return null;
  }
}

export function watchListModel(state: WatchState): WatchListModel {
  const check = state.lastCheck;
  return {
    followed: state.followed.map(({ authorityKey, name }) => ({ authorityKey, name })),
    rows: state.news.map((n) => ({
      src: n.src,
      authority: n.authority,
      title: n.title,
      when: whenOf(n.dates),
      status: statusOf(n),
      canRead: n.state === 'new' || n.state === 'failed',
      open: n.state === 'read' ? readerHref(n.src) : null,
    })),
    checked: check && `Last checked ${dayOf(check.at)}.`,
    failures: (check?.failures ?? []).map(
      (f) => `${f.authority}: its page on reports.ofsted.gov.uk could not be checked on ${dayOf(check!.at)} (${f.message}). The next daily check will look again.`,
    ),
    autoRead: state.autoRead,
  };
}
