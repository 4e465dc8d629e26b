// The library page's search results: how many, by authority, year and grade, what a theme's
// paragraphs say, and each paragraph with the sentence that matched marked (set as text only),
// opening the reader at that paragraph.
import type { Count, LibraryHit, SearchResult } from '../utils/core/model/library-search';

function Counts({ title, counts }: { title: string; counts: readonly Count[] }) {
  return (
    <div class="counts" data-counts={title}>
      <h3>{title}</h3>
      <ul>
        {counts.slice(0, 8).map((c) => (
          <li key={c.label}>
            <span>{c.label}</span> <span class="n">{c.reports}</span>
          </li>
        ))}
        {counts.length > 8 && <li class="muted">and {counts.length - 8} more</li>}
      </ul>
    </div>
  );
}

function Hit({ hit }: { hit: LibraryHit }) {
  return (
    <li class="hit" data-polarity={hit.polarity ?? 'none'}>
      <p class="hit-head">
        {hit.href ? (
          <a href={hit.href} target="_blank" rel="noopener noreferrer">
            {hit.title}
          </a>
        ) : (
          <span>{hit.title}</span>
        )}{' '}
        <span class="hit-where">{hit.where}</span>
        {hit.polarity && <span class={`polarity ${hit.polarity}`}>{hit.polarity === 'concern' ? 'Concern' : 'Strength'}</span>}
      </p>
      <p class="hit-text">
        {hit.text.before}
        <mark>{hit.text.sentence}</mark>
        {hit.text.after}
      </p>
    </li>
  );
}

export function LibraryHits({ result, onMore }: { result: SearchResult; onMore: () => void }) {
  if (result.problem) return <p class="message" role="status">{result.problem}</p>;
  return (
    <section class="results" aria-labelledby="results">
      <h2 id="results">Search results</h2>
      <p class="summary" role="status">
        {result.summary}
      </p>
      {result.polarity && <p class="polarity-summary">{result.polarity}</p>}
      {result.total > 0 && (
        <div class="facets">
          <Counts title="By authority" counts={result.byAuthority} />
          <Counts title="By year" counts={result.byYear} />
          <Counts title="By grade of the judgement" counts={result.byGrade} />
        </div>
      )}
      <ol class="hits">
        {result.hits.map((hit) => (
          <Hit key={hit.key} hit={hit} />
        ))}
      </ol>
      {result.hits.length < result.total && (
        <button type="button" class="more" onClick={onMore}>
          Show more of {result.total - result.hits.length}
        </button>
      )}
    </section>
  );
}
