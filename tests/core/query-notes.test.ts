import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, noteLink, queryNotes } from '../../utils/core/notes/query-notes';
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
