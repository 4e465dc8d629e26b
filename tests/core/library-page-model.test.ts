import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue, catalogueOfSummaries, filterChoices, filteredAndSorted, NO_FILTER, type StoredRecord } from '../../utils/core/model/library-catalogue';
import { summaryOf } from '../../utils/core/model/library-list';
import { indexTerms, LibrarySearch, parseQuery } from '../../utils/core/model/library-search';
import { terms } from '../../utils/core/link/terms';
import type { Finding, Grades, JudgementKey } from '../../utils/core/schema/domain';
import type { Note } from '../../utils/core/schema/storage';

let nextId = 1;
const finding = (number: number, judgement: JudgementKey | null, text: string): Finding => ({ id: `p${number}`, number, judgement, text, priorReferences: [] });

function report(authorityKey: string, authority: string, start: string, grades: Grades, findings: Finding[]): StoredRecord {
  const id = nextId++;
  const source = `https://files.ofsted.gov.uk/v1/file/${5000 + id}`;
  return {
    id, identity: `ofsted-file:${5000 + id}`, source, sources: [source], provenance: 'ofsted-pdf', site: 'files.ofsted.gov.uk', kind: 'ilacs', authorityKey, start, storedAt: 0,
    document: { kind: 'ilacs', framework: 'ilacs-2023', authority, authorityKey, inspection: { start, end: start }, grades, gradesRead: 'read', leadInspector: null, improvements: [], findings },
  };
}

const portsmouth = report('portsmouth', 'Portsmouth', '2023-05-15', { overall: 'good', helpAndProtection: 'outstanding', careLeavers: 'requires-improvement' }, [
  finding(1, 'helpAndProtection', 'Return home interviews are completed promptly. Children who go missing from home are well supported.'),
  finding(2, 'careLeavers', 'Too many care leavers live in unsuitable accommodation. Personal advisers know them well.'),
  finding(3, 'careLeavers', 'Care leavers benefit from suitable housing that meets their needs.'),
]);
const kent = report('kent', 'Kent', '2022-01-10', { overall: 'outstanding', careLeavers: 'outstanding' }, [
  finding(1, 'careLeavers', 'Care leavers live in safe accommodation of good quality.'),
  finding(2, 'helpAndProtection', 'Home visits are frequent; the return of children home is planned.'),
]);
const leeds = report('leeds', 'Leeds', '2024-03-04', { overall: 'inadequate' }, [finding(7, 'helpAndProtection', 'Return home interviews are not always offered to children who go missing.')]);

const note: Note = {
  id: 'note-0001', url: portsmouth.source, title: 'Portsmouth', quote: 'Return home interviews', anchor: { quote: { type: 'TextQuoteSelector', exact: 'Return home interviews', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 22 } },
  context: { authority: 'Portsmouth', authorityKey: 'portsmouth', kind: 'ilacs', inspection: null, findingNumber: 1, judgement: null, grade: null }, comment: 'Ask about this', tags: [], colour: 'yellow', createdAt: 0, updatedAt: 0, found: true,
};

const records = [portsmouth, kent, leeds];
const entries = catalogue(records, [note]);
const search = new LibrarySearch(entries, records);
beforeAll(() => search.ready);

describe('the library page’s list', () => {
  it('gives each document its authority, region, date in words, grades, where it came from and the notes made on it', () => {
    const [p] = entries;
    expect(p).toMatchObject({ title: 'Portsmouth', region: 'South East', year: '2023', what: "Inspection of local authority children's services, starting 15 May 2023", from: "Ofsted's report PDF on files.ofsted.gov.uk".replace(/^/, 'From ') });
    expect(p!.gradeWords).toEqual(['Overall effectiveness: Good', 'Help and protection: Outstanding', 'Care leavers: Requires improvement']);
    expect(p!.notes).toEqual([{ id: 'note-0001', quote: 'Return home interviews', comment: 'Ask about this' }]);
    expect(p!.href).toBe(`reader.html?src=${encodeURIComponent(portsmouth.source)}`);
    expect(entries[1]!.notes).toEqual([]);
  });

  it('filters by authority, region, year, and by a judgement’s grade (the overall grade when no judgement is chosen)', () => {
    const titles = (f: Partial<typeof NO_FILTER>) => filteredAndSorted(entries, { ...NO_FILTER, ...f }, 'authority').map((e) => e.title);
    expect(titles({ region: 'South East' })).toEqual(['Kent', 'Portsmouth']);
    expect(titles({ authority: 'leeds' })).toEqual(['Leeds']);
    expect(titles({ year: '2022' })).toEqual(['Kent']);
    expect(titles({ grade: 'outstanding' })).toEqual(['Kent']);
    expect(titles({ judgement: 'helpAndProtection', grade: 'outstanding' })).toEqual(['Portsmouth']);
    expect(titles({ judgement: 'careLeavers' })).toEqual(['Kent', 'Portsmouth']);
    expect(titles({ kind: 'news' })).toEqual([]);
  });

  it('sorts by authority, by date either way, or best overall grade first', () => {
    const order = (o: Parameters<typeof filteredAndSorted>[2]) => filteredAndSorted(entries, NO_FILTER, o).map((e) => e.title);
    expect(order('authority')).toEqual(['Kent', 'Leeds', 'Portsmouth']);
    expect(order('newest')).toEqual(['Leeds', 'Portsmouth', 'Kent']);
    expect(order('oldest')).toEqual(['Kent', 'Portsmouth', 'Leeds']);
    expect(order('grade')).toEqual(['Kent', 'Portsmouth', 'Leeds']);
  });

  it('lists from a record’s summary alone before its document is read, grades to follow', () => {
    const [early] = catalogueOfSummaries([summaryOf(portsmouth)], [note]);
    expect(early).toEqual({ ...entries[0]!, grades: null, gradeWords: [] });
    expect(filteredAndSorted([early!], { ...NO_FILTER, grade: 'good' }, 'authority')).toEqual([]);
  });

  it('offers only the authorities, regions and years it holds', () => {
    const choices = filterChoices(entries);
    expect(choices.authority.map((c) => c.label)).toEqual(['Kent', 'Leeds', 'Portsmouth']);
    expect(choices.region.map((c) => c.value)).toEqual(['South East', 'Yorkshire and the Humber']);
    expect(choices.year.map((c) => c.value)).toEqual(['2024', '2023', '2022']);
  });
});

describe('search across the library', () => {
  it('stems words as the linking does, so “interview” finds “interviews”', () => {
    expect(parseQuery('interview "Return home interviews"')).toMatchObject({ words: ['interview'], phrases: [['return', 'home', 'interview']], stems: ['interview', 'return', 'home'] });
    expect(parseQuery('"return of children"').phrases).toEqual([['return', 'of', 'children']]);
    expect(search.search({ text: '"interviews are not"', theme: '' }, NO_FILTER).hits.map((h) => h.title)).toEqual(['Leeds']);
    const result = search.search({ text: 'interview', theme: '' }, NO_FILTER);
    expect(result.hits.map((h) => h.title).sort()).toEqual(['Leeds', 'Portsmouth']);
    expect(result.summary).toBe('2 paragraphs in 2 documents');
  });

  it('indexes the stems terms() gives, word for word', () => {
    for (const text of ["Children's well-being: IRO oversight of families' plans -- isn't consistently recorded.", portsmouth.document.kind === 'news' ? '' : portsmouth.document.findings[1]!.text, "'Staying close' - a 16- and 17-year-old's ‘home’"]) {
      expect(indexTerms(text)).toEqual(terms(text));
    }
  });

  it('finds a phrase only where its words stand together', () => {
    const words = search.search({ text: 'return home', theme: '' }, NO_FILTER).hits.map((h) => h.title).sort();
    const phrase = search.search({ text: '"return home"', theme: '' }, NO_FILTER).hits.map((h) => h.title).sort();
    expect(words).toEqual(['Kent', 'Leeds', 'Portsmouth']);
    expect(phrase).toEqual(['Leeds', 'Portsmouth']);
  });

  it('gives each hit its report, judgement, grade and year, the matched sentence apart, and the reader at its paragraph', () => {
    const [hit] = search.search({ text: 'missing', theme: '' }, { ...NO_FILTER, authority: 'portsmouth' }).hits;
    expect(hit).toMatchObject({ title: 'Portsmouth', where: 'Paragraph 1 · Help and protection · Outstanding · 2023', grade: 'outstanding', year: '2023' });
    expect(hit!.text).toEqual({ before: 'Return home interviews are completed promptly. ', sentence: 'Children who go missing from home are well supported.', after: '' });
    expect(hit!.href).toBe(`reader.html?src=${encodeURIComponent(portsmouth.source)}#p1`);
  });

  it('finds a theme’s paragraphs and says in how many documents it is raised as a concern and as a strength', () => {
    const result = search.search({ text: '', theme: 'care-leavers-accommodation' }, NO_FILTER);
    expect(result.total).toBe(3);
    expect(result.polarity).toBe("Care leavers' accommodation: raised as a concern in 1 document, as a strength in 2");
    expect(result.hits.find((h) => h.polarity === 'concern')?.text.sentence).toBe('Too many care leavers live in unsuitable accommodation.');
  });

  it('counts the documents found by authority, year and grade of the paragraph’s judgement', () => {
    const result = search.search({ text: '', theme: 'missing-return-home' }, NO_FILTER);
    expect(result.byAuthority).toEqual([{ label: 'Leeds', reports: 1 }, { label: 'Portsmouth', reports: 1 }]);
    expect(result.byYear.map((c) => c.label)).toEqual(['2024', '2023']);
    expect(result.byGrade).toEqual([{ label: 'No grade', reports: 1 }, { label: 'Outstanding', reports: 1 }]);
  });

  it('keeps to the filter, and to the chosen judgement’s paragraphs', () => {
    expect(search.search({ text: '', theme: 'care-leavers-accommodation' }, { ...NO_FILTER, grade: 'outstanding' }).hits.map((h) => h.title)).toEqual(['Kent']);
    expect(search.search({ text: 'home', theme: '' }, { ...NO_FILTER, judgement: 'careLeavers' }).total).toBe(0);
  });

  it('says so when every word is too common to search for', () => {
    expect(search.search({ text: 'the children', theme: '' }, NO_FILTER).problem).toMatch(/nearly every report/);
    expect(search.search({ text: '  ', theme: '' }, NO_FILTER).problem).toBeNull();
  });
});
