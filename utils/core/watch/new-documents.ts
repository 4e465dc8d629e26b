// The daily check's core: given what an authority's page lists now, what it listed at the last look
// and the report files the library holds, which documents are new. No browser, no network.
import { keptAddress } from '../library-identity';
import { ofstedFileId } from '../sites';
import type { FollowedAuthority, NewDocument, WatchState } from '../schema/watch';

/** One document an authority's page lists (a provider page's event: provider-page.ts). */
export type ListedDocument = { href: string; title: string; dates: readonly string[] };

/** The same file whichever file host (files or files.api) a link names. */
const fileOf = (src: string) => ofstedFileId(src) ?? keptAddress(src);

/**
 * The documents on the page that were not there at the last look, that the library does not hold
 * and that are not already listed as new; none at the first look (`before` null), which only
 * notes what is there. `held(src)`: whether the library holds the report file at `src`.
 */
export function newDocuments(listed: readonly ListedDocument[], before: readonly string[] | null, held: (src: string) => boolean, already: readonly NewDocument[]): ListedDocument[] {
  if (before === null) return [];
  const known = new Set([...before, ...already.map((n) => n.src)].map(fileOf));
  const fresh = new Map<string, ListedDocument>();
  for (const document of listed) {
    const file = fileOf(document.href);
    if (!known.has(file) && !fresh.has(file) && !held(document.href)) fresh.set(file, document);
  }
  return [...fresh.values()];
}

/**
 * The state after a look at `authority`'s page: what it lists is the new baseline, and its new
 * documents join the list, unseen. An authority no longer followed is left alone.
 */
export function afterLook(state: WatchState, authority: FollowedAuthority, listed: readonly ListedDocument[], held: (src: string) => boolean, now: Date): { state: WatchState; found: NewDocument[] } {
  const current = state.followed.find((f) => f.authorityKey === authority.authorityKey);
  if (!current) return { state, found: [] };
  const found = newDocuments(listed, current.listed, held, state.news).map((d): NewDocument => ({
    authorityKey: current.authorityKey,
    authority: current.name,
    src: keptAddress(d.href),
    title: d.title,
    dates: [...d.dates],
    foundAt: now.toISOString(),
    seen: false,
    state: 'new',
    failure: null,
  }));
  const baseline = [...new Set(listed.map((d) => keptAddress(d.href)))];
  return {
    state: {
      ...state,
      followed: state.followed.map((f) => (f === current ? { ...f, listed: baseline } : f)),
      news: [...found, ...state.news],
    },
    found,
  };
}
