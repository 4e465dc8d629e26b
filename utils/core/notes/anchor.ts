// Where a note sits in a document's text, as W3C Web Annotation selectors (a text quote with
// prefix and suffix, and a text position), and finding it again after the text has changed:
// position first, checked against the quote; then approximate matching of the quote (Myers'
// algorithm, from approx-string-match, the library Hypothesis uses), ranked by how well the
// prefix and suffix around each candidate still fit and how near it is to where it was.
import search from 'approx-string-match';
import type { NoteAnchor } from '../schema/storage';

const CONTEXT = 32;

export function describeAnchor(text: string, start: number, end: number): NoteAnchor {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

export type Located = { start: number; end: number; exact: boolean };

function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  const match = search(a, b, b.length)[0];
  return match ? 1 - match.errors / b.length : 0;
}

export function locateAnchor(text: string, anchor: NoteAnchor): Located | null {
  const { exact, prefix, suffix } = anchor.quote;
  const { start, end } = anchor.position;
  if (text.slice(start, end) === exact) return { start, end, exact: true };
  if (!exact) return null;

  const maxErrors = Math.min(256, Math.floor(exact.length / 4));
  const candidates = exact.length > 4 ? search(text, exact, maxErrors) : [];
  let index = text.indexOf(exact);
  while (index !== -1) {
    candidates.push({ start: index, end: index + exact.length, errors: 0 });
    index = text.indexOf(exact, index + 1);
  }

  let best: (Located & { score: number }) | null = null;
  for (const c of candidates) {
    const quoteFit = 1 - c.errors / exact.length;
    const prefixFit = similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
    const suffixFit = similarity(text.slice(c.end, c.end + suffix.length), suffix);
    const nearness = 1 - Math.min(1, Math.abs(c.start - start) / Math.max(1, text.length));
    const score = 50 * quoteFit + 20 * prefixFit + 20 * suffixFit + 2 * nearness;
    if (!best || score > best.score) best = { start: c.start, end: c.end, exact: c.errors === 0, score };
  }
  return best ? { start: best.start, end: best.end, exact: best.exact } : null;
}
