// One inspection, one record: what a document in the library is (library-identity.ts), and which
// of several reads of it the library keeps (library-merge.ts). Ofsted's provider pages link report
// PDFs on files.api.ofsted.gov.uk, other links use files.ofsted.gov.uk: the same file id is the
// same report, and so is a reader's own copy of it; a news page is only ever itself.
import { describe, expect, it } from 'vitest';
import { identityOfRead, isReadFrom, libraryIdentity, recordOfRead, reportFileAddresses, type Read } from '../../utils/core/library-identity';
import { mergeReads, oneRecordEach } from '../../utils/core/library-merge';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import type { InspectionRecord } from '../../utils/core/schema/storage';
import { allInadequate, CHOSEN_FILE, NEWS_PAGE, ON_FILES as FILES, ON_FILES_API as FILES_API, portsmouth2023, REPORT_PAGE, startingOn, THIS_REPORT } from '../helpers/portsmouth-reads';

const report = portsmouth2023();
const undated = startingOn(report, null);
/** What a hostile page could carry. */
const planted = allInadequate(report);

function record(read: Read, doc: ParsedDocument, storedAt: number, sources?: string[]): InspectionRecord {
  const made = recordOfRead(read, doc, storedAt)!;
  return sources ? { ...made, sources } : made;
}

describe('what a document in the library is', () => {
  it('is the same report from either file host, the reader’s chosen file and Ofsted’s report site', () => {
    const reads: Read[] = [
      { source: FILES, via: 'extension' },
      { source: FILES_API, via: 'extension' },
      { source: CHOSEN_FILE, via: 'extension' },
      { source: REPORT_PAGE, via: 'web-page' },
    ];
    expect(reads.map((read) => identityOfRead(read, report))).toEqual([THIS_REPORT, THIS_REPORT, THIS_REPORT, THIS_REPORT]);
  });

  it('is a report PDF’s file id, on either host, when the report states no first day', () => {
    expect(identityOfRead({ source: FILES, via: 'extension' }, undated)).toBe('ofsted-file:50222964');
    expect(identityOfRead({ source: `${FILES_API}?download=1`, via: 'extension' }, undated)).toBe('ofsted-file:50222964');
  });

  it('is a news page’s own address, even when the page carries the genuine report’s text', () => {
    expect(identityOfRead({ source: NEWS_PAGE, via: 'web-page' }, planted)).toBe(NEWS_PAGE);
    expect(identityOfRead({ source: NEWS_PAGE, via: 'web-page' }, report)).toBe(NEWS_PAGE);
    // A page on a file host, read by a content script, is that page: never the file's report.
    expect(identityOfRead({ source: FILES, via: 'web-page' }, report)).toBe(FILES);
  });

  it('is the address itself for a report with no first day that is not a report PDF', () => {
    expect(identityOfRead({ source: CHOSEN_FILE, via: 'extension' }, undated)).toBe(CHOSEN_FILE);
    expect(identityOfRead({ source: REPORT_PAGE, via: 'web-page' }, undated)).toBe(REPORT_PAGE);
  });

  it('tells a report’s kinds apart: a focused visit on the same day is another document', () => {
    const visit = { source: FILES, provenance: 'ofsted-pdf', kind: 'focused-visit', authorityKey: 'portsmouth', start: '2023-05-15' } as const;
    expect(libraryIdentity(visit)).toBe('report:portsmouth:focused-visit:2023-05-15');
  });

  it('keeps a report PDF under its address without query or fragment, and any other address as it came', () => {
    const kept = recordOfRead({ source: `${FILES_API}?download=1#page=3`, via: 'extension' }, undated, 1)!;
    expect([kept.source, kept.sources]).toEqual([FILES_API, [FILES_API]]);
    expect(recordOfRead({ source: CHOSEN_FILE, via: 'extension' }, report, 1)!.source).toBe(CHOSEN_FILE);
    expect(recordOfRead({ source: `${NEWS_PAGE}?page=2`, via: 'web-page' }, planted, 1)!.source).toBe(`${NEWS_PAGE}?page=2`);
  });

  it('keeps nothing of a document without an authority', () => {
    expect(recordOfRead({ source: FILES, via: 'extension' }, { ...report, authorityKey: null } as ParsedDocument, 1)).toBeNull();
  });
});

describe('the addresses of one report PDF', () => {
  it('are the same file id on both hosts, and nothing for any other address', () => {
    expect(reportFileAddresses(FILES)).toEqual([FILES, FILES_API]);
    expect(reportFileAddresses(FILES_API)).toEqual([FILES_API, FILES]);
    expect(reportFileAddresses(CHOSEN_FILE)).toEqual([]);
    expect(reportFileAddresses(NEWS_PAGE)).toEqual([]);
  });

  it('find a record read from the other host, and by no address but a report PDF’s', () => {
    const stored = record({ source: FILES, via: 'extension' }, report, 1, [FILES, CHOSEN_FILE]);
    expect(isReadFrom(stored, FILES_API)).toBe(true);
    expect(isReadFrom(stored, 'https://files.api.ofsted.gov.uk/v1/file/50002412')).toBe(false);
    expect(isReadFrom(stored, CHOSEN_FILE)).toBe(false);
  });
});

describe('which read of a report the library keeps', () => {
  const fromFiles = record({ source: FILES, via: 'extension' }, report, 1);
  const fromFilesApi = record({ source: FILES_API, via: 'extension' }, { ...report, leadInspector: 'Read later' } as ParsedDocument, 2);
  const chosen = record({ source: CHOSEN_FILE, via: 'extension' }, planted, 3);

  it('keeps the newest of reads trusted alike, with every address', () => {
    const kept = mergeReads([fromFiles, fromFilesApi]);
    expect(kept).toMatchObject({ source: FILES_API, provenance: 'ofsted-pdf', site: 'files.api.ofsted.gov.uk', storedAt: 2 });
    expect(kept.document).toMatchObject({ leadInspector: 'Read later' });
    expect(kept.sources).toEqual([FILES_API, FILES]);
  });

  it('never lets a file the reader chose replace Ofsted’s copy, read before or after it: it is only another address', () => {
    for (const reads of [[fromFiles, chosen], [chosen, fromFiles]]) {
      const kept = mergeReads(reads);
      expect(kept).toMatchObject({ source: FILES, provenance: 'ofsted-pdf', document: report, storedAt: 1 });
      expect(kept.sources.sort()).toEqual([CHOSEN_FILE, FILES].sort());
    }
  });

  it('lets Ofsted’s copy replace a file the reader chose before', () => {
    const earlierChoice = record({ source: CHOSEN_FILE, via: 'extension' }, planted, 0);
    expect(mergeReads([earlierChoice, fromFiles])).toMatchObject({ provenance: 'ofsted-pdf', document: report, sources: [FILES, CHOSEN_FILE] });
  });

  it('refuses to merge a news page with a report', () => {
    const news = record({ source: NEWS_PAGE, via: 'web-page' }, planted, 9);
    expect(() => mergeReads([fromFiles, news])).toThrow(/never merges/);
  });
});

describe('one record per document in a library that holds several', () => {
  const withId = (r: InspectionRecord, id: number) => ({ ...r, id });

  it('merges the records of one report, keeps a news page posing as it apart, and says which to delete', () => {
    const records = [
      withId(record({ source: FILES, via: 'extension' }, report, 1), 1),
      withId(record({ source: NEWS_PAGE, via: 'web-page' }, planted, 5), 2),
      withId(record({ source: FILES_API, via: 'extension' }, report, 3), 3),
      withId(record({ source: CHOSEN_FILE, via: 'extension' }, planted, 4), 4),
    ];
    const { keep, drop } = oneRecordEach(records);
    expect(keep.map((r) => [r.id, r.identity, r.provenance, r.sources])).toEqual([
      [3, THIS_REPORT, 'ofsted-pdf', [FILES_API, FILES, CHOSEN_FILE]],
      [2, NEWS_PAGE, 'news', [NEWS_PAGE]],
    ]);
    expect(drop.sort()).toEqual([1, 4]);
  });

  it('merges reads of one report PDF whose first day was read once and not the other time', () => {
    const { keep, drop } = oneRecordEach([
      withId(record({ source: FILES_API, via: 'extension' }, undated, 1), 1),
      withId(record({ source: FILES, via: 'extension' }, report, 2), 2),
    ]);
    expect(keep.map((r) => [r.id, r.identity, r.sources])).toEqual([[2, THIS_REPORT, [FILES, FILES_API]]]);
    expect(drop).toEqual([1]);
  });

  it('leaves two reports read at one page of Ofsted’s site apart: only a report PDF’s file id joins records by address', () => {
    const earlier = startingOn(report, '2018-09-03');
    const { keep, drop } = oneRecordEach([
      withId(record({ source: REPORT_PAGE, via: 'web-page' }, earlier, 1), 1),
      withId(record({ source: REPORT_PAGE, via: 'web-page' }, report, 2), 2),
    ]);
    expect(keep.map((r) => r.identity)).toEqual(['report:portsmouth:ilacs:2018-09-03', THIS_REPORT]);
    expect(drop).toEqual([]);
  });
});
