// The popup's part of the watch: the list of what is new from the followed authorities (opening it
// takes them off the badge) and Follow beside an authority looked up. Every change goes through the
// background, which keeps the state, the badge and the daily alarm.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FollowToggle, WatchList } from '../../components/WatchList';
import { isFollowing } from '../../utils/core/watch/follow';
import { watchListModel } from '../../utils/core/watch/watch-list-model';
import type { BackgroundMessage } from '../../utils/core/schema/messages';
import type { WatchState } from '../../utils/core/schema/watch';
import { onWatchChange, readWatch } from '../../utils/browser/extension/watch-store';

const send = (message: BackgroundMessage) => void browser.runtime.sendMessage(message).catch(() => undefined);

/** The watch's state as stored, kept up to date while the popup is open. */
function useWatch(): WatchState | null {
  const [state, setState] = useState<WatchState | null>(null);
  useEffect(() => {
    void readWatch().then(setState, () => undefined);
    return onWatchChange(setState);
  }, []);
  return state;
}

export function WatchSection() {
  const state = useWatch();
  // Taken at the first state shown, in the render itself, so the first drawing already marks them New.
  const fresh = useRef<Set<string> | null>(null);
  if (state && !fresh.current) fresh.current = new Set(state.news.filter((n) => !n.seen).map((n) => n.src));
  const told = useRef(false);
  useEffect(() => {
    if (told.current || !fresh.current || fresh.current.size === 0) return;
    told.current = true;
    send({ type: 'watch-seen' });
  }, [state]);
  if (!state || (state.followed.length === 0 && state.news.length === 0)) return null;
  return (
    <WatchList
      model={watchListModel(state)}
      fresh={fresh.current ?? new Set()}
      onRead={(src) => send({ type: 'watch-read', sources: [src] })}
      onAutoRead={(on) => send({ type: 'watch-auto-read', on })}
      onUnfollow={(authorityKey) => send({ type: 'watch-follow', authorityKey, follow: false })}
    />
  );
}

/** Follow beside the authority the look-up shows. */
export function LookupFollow({ authorityKey, name }: { authorityKey: string; name: string }) {
  const state = useWatch();
  if (!state) return null;
  const following = isFollowing(state, authorityKey);
  return <FollowToggle name={name} following={following} onToggle={() => send({ type: 'watch-follow', authorityKey, follow: !following })} />;
}
