// The panel's authority context (utils/core/model/authority-history.ts and its drawing): Ofsted's
// official history merged with the reports read here, England at the inspection's date, the
// neighbours; official data never overwriting what a report says.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawAuthorityContext } from '../../components/authority-context-view';
import { OFFICIAL_SOURCE } from '../../utils/core/authorities/official';
import { analyseDocument } from '../../utils/core/analyse';
import { authorityPanelContext, readCurrent, readFromLibrary } from '../../utils/core/model/authority-history';
import { recordOfRead } from '../../utils/core/library-identity';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';
import { CHOSEN_FILE } from '../helpers/portsmouth-reads';

const REPORT_URL = 'https://files.ofsted.gov.uk/v1/file/50219876';
const READ = { source: REPORT_URL, via: 'extension' } as const;
const portsmouthReport = () => analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as ParsedDocument;
const draw = (context: NonNullable<ReturnType<typeof authorityPanelContext>>) =>
  drawAuthorityContext(parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document, context);

describe('Portsmouth’s context from the official statistics alone', () => {
  const context = authorityPanelContext('portsmouth', [])!;

  it('lists its two ILACS inspections newest first, from the official table, with each judgement’s direction', () => {
    expect(context.source).toBe(OFFICIAL_SOURCE);
    expect(context.history.map((r) => [r.start, r.from, r.grades.overall])).toEqual([
      ['2023-05-15', 'official', 'good'],
      ['2018-09-03', 'official', 'good'],
    ]);
    const help = context.history[0]!.directions.find((d) => d.judgement === 'helpAndProtection');
    expect(help).toMatchObject({ before: 'good', now: 'outstanding', direction: 'up', beforeLabel: 'September 2018' });
    expect(context.history[1]!.directions).toEqual([]);
  });

  it('gives England at the data’s date and its ten neighbours, each linked to reports.ofsted.gov.uk', () => {
    expect(context.asOf).toBe('2025-03-31');
    expect(context.england.authorities).toBe(153);
    expect(context.england.standing?.grade).toBe('good');
    expect(context.neighbours).toHaveLength(10);
    for (const n of context.neighbours) expect(n.url).toMatch(/^https:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/\d+$/);
  });

  it('is drawn with the source, a picture row per judgement with each grade in words, and the neighbours’ links', () => {
    const section = draw(context);
    expect(section.textContent).toContain(OFFICIAL_SOURCE);
    const rows = [...section.querySelectorAll('table.picture tbody tr')].map((r) => r.getAttribute('data-judgement'));
    expect(rows).toEqual(['overall', 'leaders', 'helpAndProtection', 'inCare', 'careLeavers', 'inCareAndCareLeavers']);
    const help = section.querySelector('tr[data-judgement="helpAndProtection"]')!;
    expect([...help.querySelectorAll('td')].map((td) => td.querySelector('.sr')?.textContent)).toEqual(['Good', 'Outstanding']);
    expect(section.querySelectorAll('[data-neighbour] a[href^="https://reports.ofsted.gov.uk/provider/44/"]')).toHaveLength(10);
  });
});

describe('a report read here, merged with the official row for the same inspection', () => {
  it('is one row from both, with the report’s grades and England at the inspection’s date', () => {
    const doc = portsmouthReport();
    const context = authorityPanelContext('portsmouth', readCurrent(READ, doc), doc.inspection!.start)!;
    expect(context.history).toHaveLength(2);
    expect(context.history[0]).toMatchObject({ start: '2023-05-15', from: 'both', reportUrl: REPORT_URL, current: true, disagreements: [] });
    expect(context.asOf).toBe('2023-05-15');
    expect(context.england.standing?.grade).toBe('good');
  });

  it('keeps the report’s grade where the official row disagrees, and shows both and says so', () => {
    const doc = portsmouthReport();
    const grades = { ...doc.grades, helpAndProtection: 'good' as const };
    const context = authorityPanelContext('portsmouth', readCurrent(READ, { ...doc, grades } as ParsedDocument), doc.inspection!.start)!;
    const row = context.history[0]!;
    expect(row.grades.helpAndProtection).toBe('good');
    expect(row.disagreements).toEqual([{ judgement: 'helpAndProtection', report: 'good', official: 'outstanding' }]);
    const section = draw(context);
    expect(section.querySelector('p[data-disagreement]')?.textContent).toBe(
      'Ofsted’s official statistics differ from this report for the same inspection: Help and protection Outstanding in the statistics, Good in the report. The grades above are the report’s.',
    );
    expect(section.querySelector('tr[data-judgement="helpAndProtection"] td:last-child')?.getAttribute('title')).toBe('Good (the official statistics: Outstanding)');
  });

  it('adds a report with no official row (a SIF report of 2014) as read here, and directions run through it', () => {
    const sif = { identity: 'report:portsmouth:sif:2014-03-10', source: 'https://files.ofsted.gov.uk/v1/file/2400000', kind: 'sif' as const, start: '2014-03-10', grades: { overall: 'requires-improvement' as const } };
    const context = authorityPanelContext('portsmouth', [sif])!;
    expect(context.history.map((r) => [r.start, r.from])).toEqual([['2023-05-15', 'official'], ['2018-09-03', 'official'], ['2014-03-10', 'report']]);
    expect(context.history[1]!.directions.find((d) => d.judgement === 'overall')).toMatchObject({ before: 'requires-improvement', direction: 'up', beforeLabel: 'March 2014' });
    // Its column's year links to the report read, and says where its grades come from.
    const section = draw(context);
    expect(section.querySelector('th[data-from="report"] a')?.getAttribute('href')).toBe(sif.source);
    expect([...section.querySelectorAll('[data-sources]')].map((p) => p.textContent)).toEqual([`${OFFICIAL_SOURCE}: 2018, 2023.`, 'Read from the report: 2014.']);
  });

  it('leaves out news and visits, which carry no report’s grades', () => {
    const visit = { identity: 'report:portsmouth:focused-visit:2021-01-01', source: 'https://files.ofsted.gov.uk/v1/file/1', kind: 'focused-visit' as const, start: '2021-01-01', grades: {} };
    const news = { identity: 'https://example.org/news', source: 'https://example.org/news', kind: 'news' as const, start: '2023-05-15', grades: { overall: 'inadequate' as const } };
    expect(authorityPanelContext('portsmouth', [visit, news])!.history.map((r) => r.from)).toEqual(['official', 'official']);
  });

  it('gives none for a key the register lacks', () => {
    expect(authorityPanelContext('testshire', [])).toBeNull();
  });
});

describe('one inspection read here from several addresses', () => {
  const FILES_API_URL = 'https://files.api.ofsted.gov.uk/v1/file/50219876';
  const columns = (context: NonNullable<ReturnType<typeof authorityPanelContext>>) =>
    [...draw(context).querySelectorAll('table.picture thead th[scope="col"]')].map((th) => th.querySelector('a, span:not(.sr)')?.textContent).filter((year) => year !== undefined);

  it('is one row and one column of the picture, the report on screen, when the library has it from the other file host', () => {
    const doc = portsmouthReport();
    const library = readFromLibrary([recordOfRead({ source: FILES_API_URL, via: 'extension' }, doc, 1)!]);
    const context = authorityPanelContext('portsmouth', [...readCurrent(READ, doc), ...library], doc.inspection!.start)!;
    expect(context.history.map((r) => [r.start, r.from, r.current, r.reportUrl])).toEqual([
      ['2023-05-15', 'both', true, REPORT_URL],
      ['2018-09-03', 'official', false, null],
    ]);
    expect(columns(context)).toEqual(['2018', '2023']);
    // Against 2018, never against itself.
    expect(context.history[0]!.directions.find((d) => d.judgement === 'helpAndProtection')).toMatchObject({ before: 'good', direction: 'up' });
  });

  it('is one row for a file the reader chose, on screen, that the library has from Ofsted', () => {
    const doc = portsmouthReport();
    const library = readFromLibrary([recordOfRead({ source: REPORT_URL, via: 'extension' }, doc, 1)!]);
    const context = authorityPanelContext('portsmouth', [...readCurrent({ source: CHOSEN_FILE, via: 'extension' }, doc), ...library], doc.inspection!.start)!;
    expect(context.history.map((r) => [r.start, r.from, r.current])).toEqual([['2023-05-15', 'both', true], ['2018-09-03', 'official', false]]);
  });

  it('is one row when the report on screen comes after the library’s records of it', () => {
    const doc = portsmouthReport();
    const library = readFromLibrary([recordOfRead({ source: FILES_API_URL, via: 'extension' }, doc, 1)!]);
    const context = authorityPanelContext('portsmouth', [...library, ...readCurrent(READ, doc)], doc.inspection!.start)!;
    expect(context.history.filter((r) => r.start === '2023-05-15')).toEqual([expect.objectContaining({ current: true, reportUrl: REPORT_URL })]);
  });

  it('is one row for a SIF report the official table lacks, read from both hosts', () => {
    const sif = (source: string) => ({ identity: 'report:portsmouth:sif:2014-03-10', source, kind: 'sif' as const, start: '2014-03-10', grades: { overall: 'requires-improvement' as const } });
    const context = authorityPanelContext('portsmouth', [sif('https://files.ofsted.gov.uk/v1/file/2400000'), sif('https://files.api.ofsted.gov.uk/v1/file/2400000')])!;
    expect(context.history.map((r) => r.start)).toEqual(['2023-05-15', '2018-09-03', '2014-03-10']);
  });
});
