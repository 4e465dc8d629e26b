// The popup's search, filters and sort over the notes, in memory (10,000 notes filter in a few ms).
import { authorityName } from '../authorities/authority-name';
import type { Grade, JudgementKey } from '../schema/domain';
import type { Note } from '../schema/storage';

export type NoteQuery = {
  text: string;
  authorityKey: string | null;
  judgement: JudgementKey | null;
  grade: Grade | null;
  tag: string | null;
  sort: 'newest' | 'oldest' | 'position';
};

export const EMPTY_QUERY: NoteQuery = { text: '', authorityKey: null, judgement: null, grade: null, tag: null, sort: 'newest' };

const NOT_PLAIN = /[^\t\n\r\u0020-\u007e]/;
/** Lower case without accents; printable ASCII (most notes) has no accent to take off, nor any other form. */
const fold = (s: string) => (!NOT_PLAIN.test(s) ? s.toLocaleLowerCase('en-GB') : s.toLocaleLowerCase('en-GB').normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));

type Folded = { quote: string; comment: string; tags: readonly string[]; tagsSeen: string; text: string };
/**
 * Each note's searchable text folded once and kept between keystrokes (folding 10,000 notes is
 * most of a search), checked against the note's own fields so an edited note is folded again.
 */
const foldedNotes = new WeakMap<Note, Folded>();

function searchable(note: Note): string {
  const kept = foldedNotes.get(note);
  if (kept && kept.quote === note.quote && kept.comment === note.comment && kept.tags === note.tags && kept.tagsSeen === note.tags.join(' ')) return kept.text;
  const tagsSeen = note.tags.join(' ');
  const text = fold(`${note.quote} ${note.comment} ${tagsSeen}`);
  foldedNotes.set(note, { quote: note.quote, comment: note.comment, tags: note.tags, tagsSeen, text });
  return text;
}

export function queryNotes(notes: readonly Note[], query: NoteQuery): Note[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  const matches = notes.filter((n) => {
    if (query.authorityKey && n.context.authorityKey !== query.authorityKey) return false;
    if (query.judgement && n.context.judgement !== query.judgement) return false;
    if (query.grade && n.context.grade !== query.grade) return false;
    if (query.tag && !n.tags.includes(query.tag)) return false;
    if (words.length === 0) return true;
    const haystack = searchable(n);
    return words.every((w) => haystack.includes(w));
  });
  const byPosition = (a: Note, b: Note) => a.url.localeCompare(b.url) || a.anchor.position.start - b.anchor.position.start;
  const sorters = { newest: (a: Note, b: Note) => b.createdAt - a.createdAt, oldest: (a: Note, b: Note) => a.createdAt - b.createdAt, position: byPosition };
  return matches.sort(sorters[query.sort]);
}

/** The values the filters can take, from the notes themselves. */
export function filterOptions(notes: readonly Note[]) {
  const authorities = new Map<string, string>();
  const tags = new Set<string>();
  for (const n of notes) {
    if (n.context.authorityKey) authorities.set(n.context.authorityKey, authorityName(n.context.authorityKey, n.context.authority) ?? n.context.authorityKey);
    n.tags.forEach((t) => tags.add(t));
  }
  return { authorities: [...authorities].sort((a, b) => a[1].localeCompare(b[1])), tags: [...tags].sort() };
}

/** A link that opens the note's page scrolled to its quote (a URL text fragment). */
export function noteLink(note: Note): string {
  const words = note.quote.replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length <= 10 ? enc(words.join(' ')) : `${enc(words.slice(0, 5).join(' '))},${enc(words.slice(-5).join(' '))}`;
  return `${note.url.split('#')[0]}#:~:text=${fragment}`;
}
