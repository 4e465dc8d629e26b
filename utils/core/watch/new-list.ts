// The list of new documents as the reader works through it: seen in the popup, read into the
// library, or its reading failed; and the count the toolbar badge shows.
import type { NewDocument, WatchState } from '../schema/watch';

type Outcome = Pick<NewDocument, 'state' | 'failure'>;

/** The popup showed the list: nothing on it is counted on the badge any more. */
export function seenAll(state: WatchState): WatchState {
  return state.news.every((n) => n.seen) ? state : { ...state, news: state.news.map((n) => (n.seen ? n : { ...n, seen: true })) };
}

/**
 * A reading's outcome for the documents at `sources`. Read because the reader asked, a document
 * counts as seen; read automatically, it stays on the badge until the list is opened.
 */
export function withOutcome(state: WatchState, sources: readonly string[], outcome: Outcome, asked = true): WatchState {
  const named = new Set(sources);
  return { ...state, news: state.news.map((n) => (named.has(n.src) ? { ...n, ...outcome, seen: n.seen || asked } : n)) };
}

/** Documents read into the library and seen since leave the list at the next check. */
export function withoutDone(state: WatchState): WatchState {
  const left = state.news.filter((n) => !(n.state === 'read' && n.seen));
  return left.length === state.news.length ? state : { ...state, news: left };
}

/** The documents on the list the reader has not seen: the badge's count. */
export const unseenCount = (state: WatchState): number => state.news.filter((n) => !n.seen).length;

/** The toolbar badge's text: the count, or nothing. */
export const badgeText = (state: WatchState): string => {
  const count = unseenCount(state);
  return count === 0 ? '' : count > 99 ? '99+' : String(count);
};
