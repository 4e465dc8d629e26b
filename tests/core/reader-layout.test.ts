// The reader's layout of a report's text: the head, the judgement table drawn from the grades the
// parser read (under the vocabulary's names), a contents bar, and no piece of the front page's table.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { readerLayout } from '../../utils/core/model/reader-layout';
import type { ParsedDocument } from '../../utils/core/schema/domain';
import { realFixture } from '../helpers/fixtures';

/** The text as two pages, as the PDF has it: the front page, then the rest from "What needs to improve?". */
const pagesOf = (text: string) => [text.slice(0, text.indexOf('What needs to improve?')), text.slice(text.indexOf('What needs to improve?'))].filter(Boolean);
const layoutOf = (text: string) => readerLayout(pagesOf(text), analyseDocument({ text, pdf: true }) as ParsedDocument);
const portsmouth = () => realFixture('portsmouth-ilacs-2023.txt');

describe('the reader’s layout of a report', () => {
  it('draws the judgement table from the parsed grades, each label whole and named as everywhere else', () => {
    expect(layoutOf(portsmouth()).table.rows.map((row) => [row.label, row.grade])).toEqual([
      ['Impact of leaders', 'good'],
      ['Help and protection', 'outstanding'],
      ['Children in care', 'good'],
      ['Care leavers', 'requires-improvement'],
      ['Overall effectiveness', 'good'],
    ]);
  });

  it('draws no table, and says why, when the parser could not read the table', () => {
    const text = portsmouth().replace('help and protection\tOutstanding', 'help and protection');
    const { table } = layoutOf(text);
    expect(table.rows).toEqual([]);
    expect(table.note).toMatch(/could not read this report’s judgement table/);
  });

  it('puts the authority by the register’s name over the report’s title, the dates and the lead inspector in the head, not among the headings', () => {
    const { head, blocks } = layoutOf(portsmouth());
    expect(head).toMatchObject({
      title: 'Portsmouth',
      subtitle: "Inspection of Portsmouth City Council local authority children's services",
      dates: 'Inspection dates: 15 to 19 May 2023',
      leadInspector: "Christine Kennet, His Majesty's Inspector",
    });
    const headings = blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings.some((h) => /Inspection dates|Lead inspector/.test(h))).toBe(false);
  });

  it('says the head’s dates as every view does, however the report wrote them (“15 May 2023 to 19 May 2023”, a range in two parts)', () => {
    const written = (dates: string) => layoutOf(portsmouth().replace('Inspection dates: 15 to 19 May 2023', `Inspection dates: ${dates}`)).head.dates;
    expect(written('15 May 2023 to 19 May 2023')).toBe('Inspection dates: 15 to 19 May 2023');
    expect(written('8 May 2023 to 12 May 2023 and 15 May 2023 to 16 May 2023')).toBe('Inspection dates: 8 to 12 May 2023 and 15 to 16 May 2023');
  });

  it('leaves no piece of the front page’s table as a heading or a row of its own', () => {
    const front = layoutOf(portsmouth()).blocks.filter((b) => b.page === 1);
    expect(front.map((b) => b.type)).not.toContain('table-row');
    expect(front.flatMap((b) => (b.type === 'heading' ? [b.text] : []))).toEqual([]);
  });

  it('gives a contents bar to each judgement section and to what needs to improve, in the report’s order', () => {
    const { contents, blocks } = layoutOf(portsmouth());
    expect(contents.map((c) => c.label)).toEqual(['What needs to improve', 'Help and protection', 'Children in care', 'Care leavers', 'Impact of leaders']);
    for (const entry of contents) expect(blocks.find((b) => b.id === entry.id)?.type).toBe('heading');
  });

  it('shows a section heading as the report words it, its grade as a chip', () => {
    const heading = layoutOf(portsmouth()).blocks.find((b) => b.type === 'heading' && b.judgement === 'careLeavers');
    expect(heading).toMatchObject({ text: 'The experiences and progress of care leavers', grade: 'requires-improvement' });
  });

  it('lays out page 1 alone, read before the rest: the head and every grade of the table', () => {
    const text = portsmouth();
    const page1 = text.slice(0, text.indexOf('What needs to improve'));
    const layout = layoutOf(page1);
    expect(layout.head.dates).toBe('Inspection dates: 15 to 19 May 2023');
    expect(layout.table.rows).toHaveLength(5);
  });
});
