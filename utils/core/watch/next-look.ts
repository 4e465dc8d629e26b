// When the daily look is next due: a day after the last look (or the first follow, before any),
// and never sooner than a minute from now, which is also when an overdue look happens.
import type { WatchState } from '../schema/watch';

export const DAY_MS = 24 * 60 * 60 * 1000;
const SOON_MS = 60 * 1000;

export function nextLook(state: WatchState, now: number): number {
  const since = state.lastCheck?.at ?? state.followed.map((f) => f.followedAt).sort()[0];
  const last = since ? Date.parse(since) : NaN;
  return Math.max(now + SOON_MS, Number.isNaN(last) ? now + DAY_MS : last + DAY_MS);
}
