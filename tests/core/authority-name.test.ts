// One name for an authority in every view: the register's, by its key, whatever a report, an
// article or a note saved it as; the saved name only where the register does not know it.
import { describe, expect, it } from 'vitest';
import { authorityName } from '../../utils/core/authorities/authority-name';
import { catalogue, filterChoices, type StoredRecord } from '../../utils/core/model/library-catalogue';
import { authorityOptions } from '../../utils/core/model/compare-model';
import { panelModelForDocument } from '../../utils/core/model/panel-model';
import { filterOptions } from '../../utils/core/notes/query-notes';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import type { Note } from '../../utils/core/schema/storage';

const SOURCE = 'https://files.ofsted.gov.uk/v1/file/50222964';
const document = {
  kind: 'ilacs', framework: 'ilacs-2023', authority: 'Portsmouth City Council', authorityKey: 'portsmouth', inspection: { start: '2023-05-15', end: '2023-05-19' },
  grades: { overall: 'good' }, gradesRead: 'read', leadInspector: null, improvements: [], findings: [],
} as StoredRecord['document'];
const record: StoredRecord = { id: 1, identity: 'ofsted-file:50222964', source: SOURCE, sources: [SOURCE], provenance: 'ofsted-pdf', site: 'files.ofsted.gov.uk', kind: 'ilacs', authorityKey: 'portsmouth', start: '2023-05-15', storedAt: 0, document };
const note = (authority: string | null, authorityKey: string | null): Note => ({
  id: `note-${authorityKey ?? 'none'}`, url: SOURCE, title: 'A report', quote: 'Too few care leavers are in work.',
  anchor: { quote: { type: 'TextQuoteSelector', exact: 'Too few', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 7 } },
  context: { authority, authorityKey, kind: 'ilacs', inspection: null, findingNumber: null, judgement: null, grade: null },
  comment: '', tags: [], colour: 'yellow', createdAt: 0, updatedAt: 0, found: true,
});

describe('an authority’s name to show', () => {
  it('is the register’s name for its key, whatever was saved', () => {
    expect(authorityName('portsmouth', 'Portsmouth City Council')).toBe('Portsmouth');
    expect(authorityName('durham', 'Durham County Council')).toBe('County Durham');
    // A former authority is named as the register names it too.
    expect(authorityName('northamptonshire', 'Northamptonshire County Council')).toBe('Northamptonshire');
  });

  it('is the saved name when the register does not know the key, and null with neither', () => {
    expect(authorityName(null, 'Westmere County Council')).toBe('Westmere County Council');
    expect(authorityName('westmere', 'Westmere County Council')).toBe('Westmere County Council');
    expect(authorityName(null, null)).toBeNull();
  });
});

describe('every view names the authority by the register, the saved name kept', () => {
  it('the panel', () => {
    expect(panelModelForDocument(document as ParsedDocument).authority).toBe('Portsmouth');
  });

  it('the library page’s entries and its authority filter', () => {
    const entries = catalogue([record], []);
    expect(entries[0]!.authority).toBe('Portsmouth');
    expect(filterChoices(entries).authority).toEqual([{ value: 'portsmouth', label: 'Portsmouth' }]);
    expect(record.document.authority).toBe('Portsmouth City Council');
  });

  it('the popup’s authority filter', () => {
    expect(filterOptions([note('Portsmouth City Council', 'portsmouth'), note('Westmere Council', 'westmere')]).authorities).toEqual([
      ['portsmouth', 'Portsmouth'],
      ['westmere', 'Westmere Council'],
    ]);
  });

  it('the side-by-side page’s choice of authority', () => {
    expect(authorityOptions([{ key: 'portsmouth', documents: 2, name: 'Portsmouth City Council' }])).toEqual([{ key: 'portsmouth', documents: 2, name: 'Portsmouth' }]);
  });
});
