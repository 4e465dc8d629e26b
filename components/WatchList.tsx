import type { WatchListModel } from '../utils/core/watch/watch-list-model';

export type WatchListProps = {
  model: WatchListModel;
  /** The documents that were unseen when the popup opened: marked New while it stays open. */
  fresh: ReadonlySet<string>;
  onRead: (src: string) => void;
  onAutoRead: (on: boolean) => void;
  onUnfollow: (authorityKey: string) => void;
};

/** The popup's list of what is new from the authorities followed, and the watch's choices. */
export function WatchList({ model, fresh, onRead, onAutoRead, onUnfollow }: WatchListProps) {
  return (
    <section class="watch" aria-label="New from the authorities you follow">
      <h2>New from the authorities you follow</h2>
      {model.rows.length === 0 ? (
        <p class="empty">Nothing new{model.checked ? '' : ' yet: Ofsted Lens looks at their pages once a day'}.</p>
      ) : (
        <ul class="watch-new">
          {model.rows.map((row) => (
            <li key={row.src} class="watch-item">
              <p class="report">
                {fresh.has(row.src) && <><span class="fresh">New</span>{' '}</>}
                {row.authority}: {row.title}
              </p>
              <p class="meta">{row.when}</p>
              <p class="actions">
                {row.status && <span class="watch-status" role="status">{row.status}</span>}
                {row.open && (
                  <a href={row.open} target="_blank" rel="noopener noreferrer">
                    Open
                  </a>
                )}
                {row.canRead && (
                  <button type="button" onClick={() => onRead(row.src)}>
                    {row.status ? 'Try again' : 'Read it'}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {model.failures.map((failure) => (
        <p key={failure} class="message watch-failure" role="alert">
          {failure}
        </p>
      ))}
      <label class="watch-auto">
        <input type="checkbox" name="watch-auto-read" checked={model.autoRead} onChange={(e) => onAutoRead((e.target as HTMLInputElement).checked)} />
        Read new documents automatically
      </label>
      {model.followed.length > 0 && (
        <details class="watch-followed">
          <summary>Following {model.followed.length === 1 ? model.followed[0]!.name : `${model.followed.length} authorities`}</summary>
          <ul>
            {model.followed.map((f) => (
              <li key={f.authorityKey}>
                {f.name}{' '}
                <button type="button" onClick={() => onUnfollow(f.authorityKey)} aria-label={`Unfollow ${f.name}`}>
                  Unfollow
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {model.checked && <p class="meta">{model.checked}</p>}
    </section>
  );
}

/** Follow or unfollow, where an authority is shown (the popup's look-up). */
export function FollowToggle({ name, following, onToggle }: { name: string; following: boolean; onToggle: () => void }) {
  return (
    <button type="button" class="follow" aria-pressed={following} title={following ? `Stop following ${name}` : `Follow ${name}: Ofsted Lens looks at its page once a day for new reports and letters`} onClick={onToggle}>
      {following ? '★ Following' : '☆ Follow'}
    </button>
  );
}
