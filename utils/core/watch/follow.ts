// Following and unfollowing an authority: pure changes to the watch's state (schema/watch.ts).
import { keptAddress } from '../library-identity';
import type { FollowedAuthority, WatchState } from '../schema/watch';

/** The authority to follow, as the register names it, with its page on reports.ofsted.gov.uk. */
export type Followable = { authorityKey: string; name: string; page: string };

export const isFollowing = (state: WatchState, authorityKey: string): boolean => state.followed.some((f) => f.authorityKey === authorityKey);

/**
 * Follows `authority`; `listed`, the report files its page lists now (when the page is on screen),
 * is what later looks are compared with, so only what appears after counts as new. Without it the
 * first look sets it. Following again changes nothing.
 */
export function follow(state: WatchState, authority: Followable, listed: readonly string[] | null, now: Date): WatchState {
  if (isFollowing(state, authority.authorityKey)) return state;
  const followed: FollowedAuthority = {
    ...authority,
    followedAt: now.toISOString(),
    listed: listed && [...new Set(listed.map(keptAddress))],
  };
  return { ...state, followed: [...state.followed, followed].sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Stops following: its new documents go from the list and the badge too. */
export function unfollow(state: WatchState, authorityKey: string): WatchState {
  if (!isFollowing(state, authorityKey)) return state;
  return {
    ...state,
    followed: state.followed.filter((f) => f.authorityKey !== authorityKey),
    news: state.news.filter((n) => n.authorityKey !== authorityKey),
  };
}
