import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuthorityPanelContext } from '../utils/core/model/authority-history';

export type AuthorityLookupProps = {
  /** The register's names for the type-ahead; empty until they load. */
  names: readonly string[];
  onFocus: () => void;
  onLookup: (name: string) => void;
  /** Takes the result away, so the notes below come back up. */
  onClear: () => void;
  result: { context: AuthorityPanelContext } | { message: string } | null;
  /** Draws the context (the panel's own drawing, so both show the same). */
  draw: ((doc: Document, context: AuthorityPanelContext) => Node) | null;
  /** Drawn beside the authority's name (the watch's Follow). */
  follow?: (context: AuthorityPanelContext) => ComponentChildren;
};

/** Any authority by name: a type-ahead over the register, Enter or Show to look it up. */
export function AuthorityLookup({ names, onFocus, onLookup, onClear, result, draw, follow }: AuthorityLookupProps) {
  const [name, setName] = useState('');
  const shown = useRef<HTMLDivElement>(null);
  const context = result && 'context' in result ? result.context : null;
  useEffect(() => {
    shown.current?.replaceChildren(...(context && draw ? [draw(document, context)] : []));
  }, [context, draw]);
  return (
    <section class="lookup" aria-label="Look up an authority">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onLookup(name);
        }}
      >
        <label for="authority-name">Look up any local authority</label>
        <div class="lookup-row">
          <input
            id="authority-name"
            name="authority"
            list="authority-names"
            autocomplete="off"
            placeholder="e.g. Stoke, County Durham"
            value={name}
            onFocus={onFocus}
            onInput={(e) => {
              const value = (e.target as HTMLInputElement).value;
              setName(value);
              // Picked from the list: shown at once.
              if (names.includes(value)) onLookup(value);
            }}
          />
          <button type="submit">Show</button>
        </div>
        <datalist id="authority-names">
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </form>
      {result && 'message' in result && (
        <p class="message" role="status">
          {result.message}
        </p>
      )}
      {result && (
        <div class="lookup-head">
          {context && (
            <h2 class="lookup-name">
              {context.url ? (
                <a href={context.url} target="_blank" rel="noopener noreferrer">
                  {context.name}
                </a>
              ) : (
                context.name
              )}
            </h2>
          )}
          {context && follow?.(context)}
          <button
            type="button"
            class="clear"
            onClick={() => {
              setName('');
              onClear();
            }}
          >
            Clear
          </button>
        </div>
      )}
      <div ref={shown} aria-live="polite" />
    </section>
  );
}
