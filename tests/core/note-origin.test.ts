import { describe, expect, it } from 'vitest';
import { noteOrigin } from '../../utils/core/notes/note-origin';
import type { Note } from '../../utils/core/schema/storage';

const note = (url: string, createdAt: number): Note => ({
  id: 'note-00000001', url, title: 'Inspection of Portsmouth City Council', quote: 'Too few care leavers are in work.',
  anchor: { quote: { type: 'TextQuoteSelector', exact: 'Too few', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 7 } },
  context: { authority: 'Portsmouth City Council', authorityKey: 'portsmouth', kind: 'ilacs', inspection: { start: '2023-05-15', end: '2023-05-19' }, findingNumber: 40, judgement: 'careLeavers', grade: 'requires-improvement' },
  comment: '', tags: [], colour: 'yellow', createdAt, updatedAt: createdAt, found: true,
});

describe('where a note in the popup came from', () => {
  it('tells the same quote saved on the report’s page from one saved in the reader, each with its report (the authority by the register’s name), year and day', () => {
    const onPage = noteOrigin(note('https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023', Date.UTC(2026, 11, 1, 9)));
    const inReader = noteOrigin(note('https://files.ofsted.gov.uk/v1/file/50222964', Date.UTC(2026, 11, 5, 18)));
    const chosenFile = noteOrigin(note('chrome-extension://abcdefghijklmnop/reader.html#file=sha256-abc', 0));
    expect(onPage).toEqual({ report: "Portsmouth: Inspection of local authority children's services", year: '2023', where: 'on reports.ofsted.gov.uk', when: '1 December 2026' });
    expect(inReader).toMatchObject({ year: '2023', where: 'in the reader', when: '5 December 2026' });
    expect(chosenFile.where).toBe('in the reader');
  });

  it('falls back to the page’s title for a note on a page Ofsted Lens did not read', () => {
    const plain = note('https://www.example.org/story', 0);
    plain.context = { authority: null, authorityKey: null, kind: null, inspection: null, findingNumber: null, judgement: null, grade: null };
    expect(noteOrigin(plain)).toMatchObject({ report: 'Inspection of Portsmouth City Council', year: null, where: 'on www.example.org' });
  });
});
