import { describe, expect, it } from 'vitest';
import { describeDeletion, notesOnPages, type Deletion } from '../../utils/core/library-deletion';
import { recordOfRead } from '../../utils/core/library-identity';
import { sampleNote } from '../helpers/notes';
import { ON_FILES, ON_FILES_API, portsmouth2023, REPORT_PAGE } from '../helpers/portsmouth-reads';

const report = { ...recordOfRead({ source: ON_FILES, via: 'extension' }, portsmouth2023(), 1)!, sources: [ON_FILES, ON_FILES_API], id: 4 };
const news = (n: number) => ({ ...recordOfRead({ source: `https://www.cypnow.co.uk/news/${n}`, via: 'web-page' }, { ...portsmouth2023(), kind: 'news', headline: null, points: [], priorReferences: [] } as never, 1)!, id: 10 + n });
const deletion = (fields: Partial<Deletion>): Deletion => ({ target: { kind: 'all' }, records: [], notes: [], notesKept: 0, ...fields });

describe('the notes that go with deleted records', () => {
  const notes = [sampleNote({ id: 'on-files-1', url: ON_FILES }), sampleNote({ id: 'on-api-2', url: ON_FILES_API }), sampleNote({ id: 'on-page-3', url: REPORT_PAGE })];

  it('are those made on any address a deleted record was read from', () => {
    expect(notesOnPages([report], new Set(), notes).map((n) => n.id)).toEqual(['on-files-1', 'on-api-2']);
  });

  it('leave a page a record still kept was read from', () => {
    expect(notesOnPages([report], new Set([ON_FILES_API]), notes).map((n) => n.id)).toEqual(['on-files-1']);
  });
});

describe('what a deletion says it did', () => {
  it('names the one record deleted, by the register’s name', () => {
    expect(describeDeletion(deletion({ target: { kind: 'record', id: 4 }, records: [report] }))).toBe('Deleted “Portsmouth”.');
  });

  it('counts a site’s records, and says their notes are kept', () => {
    expect(describeDeletion(deletion({ target: { kind: 'site', site: 'www.cypnow.co.uk' }, records: [news(1), news(2)], notesKept: 3 }))).toBe(
      'Deleted 2 records from www.cypnow.co.uk. The 3 notes made on their pages are kept.',
    );
    expect(describeDeletion(deletion({ target: { kind: 'site', site: '' }, records: [news(1)], notesKept: 1 }))).toBe('Deleted 1 record of files you opened. The note made on its page is kept.');
  });

  it('says which notes went when the reader asked', () => {
    expect(describeDeletion(deletion({ records: [report, news(1), news(2)], notes: [sampleNote()] }))).toBe('Deleted all 3 records and the note made on their pages.');
    expect(describeDeletion(deletion({ records: [report], notes: [sampleNote(), sampleNote()] }))).toBe('Deleted the only record and the 2 notes made on its page.');
    expect(describeDeletion(deletion({ records: [report] }))).toBe('Deleted the only record.');
  });
});
