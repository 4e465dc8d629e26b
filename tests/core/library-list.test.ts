import { describe, expect, it } from 'vitest';
import { libraryList, summaryOf, type LibrarySummary } from '../../utils/core/model/library-list';
import { counted, dayInWords, kindAndDateInWords, provenanceInWords } from '../../utils/core/model/library-words';
import { recordOfRead } from '../../utils/core/library-identity';
import { analyseDocument } from '../../utils/core/analyse';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';
import { CHOSEN_FILE, ON_FILES, ON_FILES_API, portsmouth2023 } from '../helpers/portsmouth-reads';

const NOON = (day: number) => Date.UTC(2025, 5, day, 12);
let nextId = 1;
const summary = (fields: Partial<LibrarySummary>): LibrarySummary => {
  const id = nextId++;
  const source = `https://files.ofsted.gov.uk/v1/file/${id}`;
  return {
    id, provenance: 'ofsted-pdf', site: 'files.ofsted.gov.uk', kind: 'ilacs', authorityKey: 'portsmouth', start: '2023-05-15',
    storedAt: NOON(3), source, addresses: [source], authority: 'Portsmouth City Council', headline: null, ...fields,
  };
};

describe('the library’s records in words', () => {
  it('says where each came from', () => {
    expect(provenanceInWords('ofsted-pdf', 'files.ofsted.gov.uk')).toBe("From Ofsted's report PDF on files.ofsted.gov.uk");
    expect(provenanceInWords('ofsted-site', 'reports.ofsted.gov.uk')).toBe("From Ofsted's report page on reports.ofsted.gov.uk");
    expect(provenanceInWords('news', 'www.cypnow.co.uk')).toBe('Reported by www.cypnow.co.uk');
    expect(provenanceInWords('user-file', '')).toBe('From a file you opened');
  });

  it('says what each is and when its inspection began, or that it states no date', () => {
    expect(kindAndDateInWords('ilacs', '2023-05-15')).toBe("Inspection of local authority children's services, starting 15 May 2023");
    expect(kindAndDateInWords('focused-visit', '')).toBe('Focused visit (no grade), no date stated');
    expect(kindAndDateInWords('news', '')).toBe('News report');
    expect(kindAndDateInWords('news', '2018-09-03')).toBe('News of the inspection starting 3 September 2018');
  });

  it('gives the day a record was read, and counts in words', () => {
    expect(dayInWords(NOON(3))).toBe('3 June 2025');
    expect(counted(1, 'record')).toBe('1 record');
    expect(counted(2000, 'record')).toBe('2,000 records');
  });
});

describe('the list of the library', () => {
  const report = summary({ source: ON_FILES, addresses: [ON_FILES_API, ON_FILES] });
  const earlier = summary({ start: '2018-09-03', storedAt: NOON(4), source: 'https://files.ofsted.gov.uk/v1/file/50002412', addresses: ['https://files.ofsted.gov.uk/v1/file/50002412'] });
  const durham = summary({ authorityKey: 'durham', authority: 'Durham County Council', storedAt: NOON(1) });
  const news = summary({ provenance: 'news', site: 'www.cypnow.co.uk', kind: 'news', start: '', source: 'https://www.cypnow.co.uk/news/x', addresses: ['https://www.cypnow.co.uk/news/x'], headline: 'Portsmouth rated good' });
  const headless = summary({ provenance: 'news', site: 'www.childrenfirst.news', kind: 'news', start: '', source: 'https://www.childrenfirst.news/a', addresses: ['https://www.childrenfirst.news/a'] });
  const file = summary({ provenance: 'user-file', site: '', source: CHOSEN_FILE, addresses: [CHOSEN_FILE], start: '2014-03-10' });
  const page = summary({ provenance: 'ofsted-site', site: 'reports.ofsted.gov.uk', source: 'https://reports.ofsted.gov.uk/r', addresses: ['https://reports.ofsted.gov.uk/r'] });
  const all = [news, file, report, headless, earlier, durham, page];
  const notes = new Map([[ON_FILES, 2], [ON_FILES_API, 1], ['https://www.cypnow.co.uk/news/x', 1], ['https://elsewhere.example/', 5]]);

  it('groups records by site: Ofsted’s own first, then the others by name, the files you opened last', () => {
    const list = libraryList(all, notes, 'authority');
    expect(list.groups.map((g) => [g.heading, g.rows.length])).toEqual([
      ['files.ofsted.gov.uk', 3],
      ['reports.ofsted.gov.uk', 1],
      ['www.childrenfirst.news', 1],
      ['www.cypnow.co.uk', 1],
      ['Files you opened', 1],
    ]);
    expect(list.records).toBe(7);
    expect(list.counts).toBe('7 records from 4 sites and files you opened; 4 notes on their pages.');
    expect(list.deleteAllText).toBe('Delete all 7 records');
    expect(libraryList([news], notes, 'authority')).toMatchObject({ counts: '1 record from 1 site; 1 note on its page.', deleteAllText: 'Delete the only record' });
  });

  it('sorts a site’s records by authority (by the register’s names) and newest inspection first, or by when they were read', () => {
    const titles = (sort: 'authority' | 'newest-read') => libraryList(all, notes, sort).groups[0]!.rows.map((r) => `${r.title} ${r.what.slice(-4)}`);
    expect(titles('authority')).toEqual(['County Durham 2023', 'Portsmouth 2023', 'Portsmouth 2018']);
    expect(titles('newest-read')).toEqual(['Portsmouth 2018', 'Portsmouth 2023', 'County Durham 2023']);
  });

  it('words each row: the authority by the register’s name (not as the report saved it) or headline, what and when, where from, when read, other addresses and notes', () => {
    const [ofsted, , childrenFirst, cypNow, files] = libraryList(all, notes, 'authority').groups;
    expect(ofsted!.rows.find((r) => r.id === report.id)).toEqual({
      id: report.id, title: 'Portsmouth', what: "Inspection of local authority children's services, starting 15 May 2023",
      from: "From Ofsted's report PDF on files.ofsted.gov.uk", address: ON_FILES, read: 'read 3 June 2025', also: 'also read from 1 other address', notes: 3,
    });
    expect(cypNow!.rows[0]).toMatchObject({ title: 'Portsmouth rated good', what: 'News report about Portsmouth', from: 'Reported by www.cypnow.co.uk', also: null, notes: 1 });
    expect(childrenFirst!.rows[0]!.title).toBe('https://www.childrenfirst.news/a');
    expect(files!.rows[0]).toMatchObject({ from: 'From a file you opened', address: null });
    expect(ofsted).toMatchObject({ counts: '3 records · 3 notes', notes: 3, deleteText: 'Delete all 3', deleteLabel: 'Delete all 3 records from files.ofsted.gov.uk' });
    expect(files).toMatchObject({ counts: '1 record', deleteText: 'Delete 1 record', deleteLabel: 'Delete 1 record of files you opened' });
  });

  it('counts only the notes on the records’ own pages', () => {
    expect(libraryList(all, notes, 'authority').notes).toBe(4);
    expect(libraryList([], notes, 'authority')).toMatchObject({ groups: [], records: 0, notes: 0, counts: '0 records.' });
  });

  // Its speed is the bench's to measure (library page open, 1,000 reports); here only that every record is counted.
  it('lists 2,000 records of 150 authorities from 7 sites', () => {
    const many = Array.from({ length: 2000 }, (_, i) => summary({ authorityKey: `a${i % 150}`, authority: `Authority ${i % 150}`, site: `site${i % 7}.example`, storedAt: NOON(1) + i }));
    const list = libraryList(many, notes, 'authority');
    expect(list.records).toBe(2000);
  });
});

describe('a record’s summary', () => {
  it('is the record’s fields, the document’s authority and headline, and its addresses sorted', () => {
    const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as ParsedDocument;
    const record = recordOfRead({ source: 'https://www.cypnow.co.uk/news/x', via: 'web-page' }, article, NOON(5))!;
    expect(summaryOf({ ...record, id: 9 })).toEqual({
      id: 9, provenance: 'news', site: 'www.cypnow.co.uk', kind: 'news', authorityKey: 'portsmouth', start: record.start, storedAt: NOON(5),
      source: 'https://www.cypnow.co.uk/news/x', addresses: ['https://www.cypnow.co.uk/news/x'], authority: article.authority, headline: "Ofsted rates Portsmouth 'good'",
    });
    const report = recordOfRead({ source: ON_FILES, via: 'extension' }, portsmouth2023(), NOON(5))!;
    expect(summaryOf({ ...report, id: 1, sources: [ON_FILES, ON_FILES_API] })).toMatchObject({ headline: null, addresses: [ON_FILES_API, ON_FILES] });
  });
});
