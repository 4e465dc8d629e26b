import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, noteLink, queryNotes, type NoteQuery } from '../../utils/core/notes/query-notes';
import type { Note } from '../../utils/core/schema/storage';
import { sampleNote } from '../helpers/notes';

const notes = [
  sampleNote(),
  sampleNote({ id: 'note-0002-bbbb', quote: 'Return home interviews are not held promptly.', comment: 'missing children', tags: ['RHI'], createdAt: 10, context: { ...sampleNote().context, authorityKey: 'hull', authority: 'Hull', judgement: 'inCare', grade: 'good' } }),
];

describe('searching and filtering notes', () => {
  it('searches quote, comment and tags, every word, ignoring case and accents', () => {
    expect(queryNotes(notes, { ...EMPTY_QUERY, text: 'EMPLOYMENT low' }).map((n) => n.id)).toEqual(['note-0001-aaaa']);
    expect(queryNotes(notes, { ...EMPTY_QUERY, text: 'missing' }).map((n) => n.id)).toEqual(['note-0002-bbbb']);
    expect(queryNotes(notes, { ...EMPTY_QUERY, text: 'rhi' }).map((n) => n.id)).toEqual(['note-0002-bbbb']);
  });

  it('filters by authority, judgement, grade and tag, and sorts by date', () => {
    expect(queryNotes(notes, { ...EMPTY_QUERY, authorityKey: 'hull' }).map((n) => n.id)).toEqual(['note-0002-bbbb']);
    expect(queryNotes(notes, { ...EMPTY_QUERY, judgement: 'careLeavers' }).map((n) => n.id)).toEqual(['note-0001-aaaa']);
    expect(queryNotes(notes, { ...EMPTY_QUERY, grade: 'good' }).map((n) => n.id)).toEqual(['note-0002-bbbb']);
    expect(queryNotes(notes, { ...EMPTY_QUERY, tag: 'EET' }).map((n) => n.id)).toEqual(['note-0001-aaaa']);
    expect(queryNotes(notes, { ...EMPTY_QUERY, sort: 'oldest' }).map((n) => n.id)).toEqual(['note-0002-bbbb', 'note-0001-aaaa']);
  });

  it('links to the note’s page with a text fragment that scrolls to the quote', () => {
    expect(noteLink(notes[0]!)).toBe(
      'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023#:~:text=The%20number%20of%20care%2Dexperienced%20young,or%20training%20is%20too%20low.',
    );
  });
});

/** The search as it was before each note's folded text was kept: every note folded on every search. */
function searchedAsBefore(all: readonly Note[], query: NoteQuery): string[] {
  const fold = (s: string) => s.toLocaleLowerCase('en-GB').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  return all
    .filter((n) => {
      if (query.tag && !n.tags.includes(query.tag)) return false;
      const haystack = fold(`${n.quote} ${n.comment} ${n.tags.join(' ')}`);
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((n) => n.id);
}

describe('searching many notes, each note’s folded text kept between searches', () => {
  // Plain and accented words, ligatures and capitals, so both ways of folding are exercised.
  const WORDS = ['foster', 'carers', 'Café', 'naïve', 'ﬁnding', 'RÉSUMÉ', 'return', 'home', 'interviews', 'Leavers', 'EET', 'Ångström', 'co-ordinated', 'children’s'];
  const generated = Array.from({ length: 2000 }, (_, i) => {
    const word = (k: number) => WORDS[(i * 7 + k * 13 + (i >> 3)) % WORDS.length]!;
    return sampleNote({
      id: `note-${String(i).padStart(5, '0')}`,
      quote: `${word(1)}${i % 11 === 0 ? '\u00a0' : ' '}${word(2)} and ${word(3)} in paragraph ${i}.`,
      comment: i % 3 === 0 ? `${word(4)} for scrutiny` : '',
      tags: i % 5 === 0 ? [word(5)] : [],
      createdAt: (i * 7919) % 2000,
    });
  });
  const queries = ['foster carers', 'cafe', 'CAFÉ', 'naive', 'finding', 'resume', 'return home', 'leavers eet', 'angstrom', 'co-ordinated', 'children’s', 'paragraph 1', 'scrutiny', 'absent', ''];

  it('finds exactly what folding every note on every search found, typed once and typed again', () => {
    for (const round of [1, 2]) {
      for (const text of queries) {
        expect(queryNotes(generated, { ...EMPTY_QUERY, text }).map((n) => n.id), `${text} (round ${round})`).toEqual(searchedAsBefore(generated, { ...EMPTY_QUERY, text }));
      }
    }
  });

  it('finds an edited note by its new words, not its old ones, whether edited as a new note or in place', () => {
    queryNotes(generated, { ...EMPTY_QUERY, text: 'foster' });
    const replaced = generated.map((n, i) => (i % 2 === 0 ? { ...n, comment: `${n.comment} hedgehog` } : n));
    expect(queryNotes(replaced, { ...EMPTY_QUERY, text: 'hedgehog' }).map((n) => n.id)).toEqual(searchedAsBefore(replaced, { ...EMPTY_QUERY, text: 'hedgehog' }));
    const inPlace = generated.map((n) => ({ ...n, tags: [...n.tags] }));
    queryNotes(inPlace, { ...EMPTY_QUERY, text: 'badger' });
    inPlace[3]!.tags.push('badger');
    inPlace[4]!.quote = 'No foster carers here: a badger.';
    expect(queryNotes(inPlace, { ...EMPTY_QUERY, text: 'badger' }).map((n) => n.id).sort()).toEqual(['note-00003', 'note-00004']);
    expect(queryNotes(inPlace, { ...EMPTY_QUERY, text: 'foster badger' }).map((n) => n.id)).toEqual(searchedAsBefore(inPlace, { ...EMPTY_QUERY, text: 'foster badger' }));
  });
});
