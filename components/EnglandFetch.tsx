// The library page's "England's reports" section: off until the reader chooses what to fetch and
// starts; then the run's progress, Pause and Resume, what failed, the storage used, and removing
// everything fetched in one action.
import { useState } from 'preact/hooks';
import { SCOPE_LABELS, type EnglandFetchView } from '../utils/core/model/england-fetch-view';
import type { EnglandScope } from '../utils/core/schema/england-fetch';

export type EnglandFetchProps = {
  view: EnglandFetchView;
  /** How many reports runs have read into the library (what Remove would delete). */
  fetched: number;
  /** "12.4 MB", or null while unknown. */
  storageUsed: string | null;
  message: string | null;
  onStart: (scope: EnglandScope) => void;
  onPause: () => void;
  onResume: () => void;
  onRemove: () => void;
};

function Choice({ onStart }: { onStart: EnglandFetchProps['onStart'] }) {
  const [scope, setScope] = useState<EnglandScope>('latest');
  return (
    <form
      class="england-choice"
      onSubmit={(e) => {
        e.preventDefault();
        onStart(scope);
      }}
    >
      <fieldset>
        <legend>What to fetch for each of England’s 153 authorities</legend>
        {(Object.keys(SCOPE_LABELS) as EnglandScope[]).map((s) => (
          <label key={s} class="inline">
            <input type="radio" name="england-scope" value={s} checked={scope === s} onChange={() => setScope(s)} /> {SCOPE_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <button type="submit">Start</button>
    </form>
  );
}

export function EnglandFetch(props: EnglandFetchProps) {
  const { view } = props;
  const [chosen, setChosen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const active = view.status === 'running' || view.status === 'paused';
  // Offered, then chosen (scope and Start), then the run; a finished run offers another.
  const mode = active || (view.status !== 'none' && !chosen) ? 'run' : chosen ? 'choose' : 'offer';
  return (
    <section class="england" aria-labelledby="england">
      <h2 id="england">England’s reports</h2>
      <p class="muted">
        Ofsted Lens can fetch each authority’s page on reports.ofsted.gov.uk and read its reports from files.ofsted.gov.uk into this library, one
        request every few seconds. Nothing is fetched until you start; nothing is sent anywhere.
      </p>
      {mode === 'offer' ? (
        <button type="button" onClick={() => setChosen(true)}>Fetch England’s reports…</button>
      ) : mode === 'choose' ? (
        <Choice onStart={(scope) => { setChosen(false); props.onStart(scope); }} />
      ) : (
        <div class="england-run" role="group" aria-label="Fetching England’s reports">
          <p class="england-heading">
            <strong>{view.heading}</strong> <span class="muted">· {view.scope}</span>
          </p>
          <progress max={view.total} value={view.done} aria-label="Authorities done">
            {view.done} of {view.total}
          </progress>
          <p class="england-counts" role="status">
            {view.counts}
            {view.timeLeft && <span> · {view.timeLeft}</span>}
          </p>
          {view.retrying && <p class="england-retry">{view.retrying}</p>}
          {view.stoppedBecause && <p class="message england-stopped" role="alert">{view.stoppedBecause}</p>}
          <p class="england-actions">
            {view.status === 'running' && <button type="button" onClick={props.onPause}>Pause</button>}
            {view.status === 'paused' && <button type="button" onClick={props.onResume}>Resume</button>}
            {!active && <button type="button" onClick={() => setChosen(true)}>Fetch again…</button>}
          </p>
          {view.failures.length > 0 && (
            <details class="england-failures">
              <summary>{view.failures.length === 1 ? 'What failed' : `What failed (${view.failures.length})`}</summary>
              <ul>
                {view.failures.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <p class="england-storage muted">
        {props.fetched > 0 ? `${props.fetched} ${props.fetched === 1 ? 'report' : 'reports'} fetched this way in your library. ` : ''}
        {props.storageUsed && `Ofsted Lens uses ${props.storageUsed} of your browser’s storage.`}
      </p>
      {props.message && <p class="message" role="status">{props.message}</p>}
      {(props.fetched > 0 || view.status !== 'none') &&
        (confirming ? (
          <p class="england-actions">
            <span>Remove the {props.fetched === 1 ? 'report' : `${props.fetched} reports`} fetched from Ofsted and stop fetching? Your notes are kept.</span>{' '}
            <button type="button" onClick={() => { setConfirming(false); props.onRemove(); }}>Remove</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </p>
        ) : (
          <button type="button" class="england-remove" onClick={() => setConfirming(true)}>Remove everything fetched</button>
        ))}
    </section>
  );
}
