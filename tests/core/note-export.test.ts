import { describe, expect, it } from 'vitest';
import { notesToBackup, notesToCsv, notesToMarkdown } from '../../utils/core/notes/export';
import { sampleNote } from '../helpers/notes';

const notes = [
  sampleNote(),
  sampleNote({
    id: 'note-0002-bbbb',
    quote: 'Line one, with a comma\nand "a quote"',
    comment: '=HYPERLINK("x")',
    tags: [],
    context: { authority: null, authorityKey: null, kind: null, inspection: null, findingNumber: null, judgement: null, grade: null },
    url: 'https://example.org/article',
    title: 'An article',
  }),
];

describe('exports of a small library, byte for byte', () => {
  it('Markdown: quotes as blockquotes with their authority (by the register’s name), report, days in words and paragraph', () => {
    expect(notesToMarkdown(notes)).toBe(
      [
        '> The number of care-experienced young people in education, employment or training is too low.',
        '',
        "— Portsmouth, Inspection of local authority children's services, inspected 15 to 19 May 2023, paragraph 40, Care leavers (Requires improvement), <https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023>",
        '',
        'For the scrutiny briefing, "EET" section',
        '',
        'Tags: care leavers, EET',
        '',
        '> Line one, with a comma',
        '> and "a quote"',
        '',
        '— An article, <https://example.org/article>',
        '',
        '=HYPERLINK("x")',
        '',
      ].join('\n'),
    );
  });

  it('CSV: the authority by the register’s name; quoted commas, quotes and new lines, CRLF rows, formulas neutralised', () => {
    expect(notesToCsv(notes)).toBe(
      'quote,comment,tags,authority,report,inspection start,paragraph,judgement,grade,url,created\r\n' +
        '"The number of care-experienced young people in education, employment or training is too low.",' +
        '"For the scrutiny briefing, ""EET"" section",care leavers; EET,Portsmouth,' +
        "Inspection of local authority children's services,2023-05-15,40,Care leavers,Requires improvement," +
        'https://reports.ofsted.gov.uk/reports/portsmouth-ilacs-2023,2026-11-01T09:30:00.000Z\r\n' +
        '"Line one, with a comma\nand ""a quote""","\'=HYPERLINK(""x"")",,,,,,,,https://example.org/article,2026-11-01T09:30:00.000Z\r\n',
    );
  });

  it('JSON: a versioned, complete backup', () => {
    const backup = JSON.parse(notesToBackup(notes, 99));
    expect(backup).toEqual({ format: 'ofsted-lens-notes', version: 1, exportedAt: 99, notes });
  });
});
