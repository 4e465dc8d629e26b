// What the library adds to a report depends on where each stored document came from: a page that
// plants a report (here, a council news page carrying an ILACS title and "Inadequate" for
// Portsmouth) must not give the genuine 2023 report a direction of travel.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { priorContext } from '../../utils/core/link/prior-context';
import { withPriorContext, panelModelForDocument } from '../../utils/core/model/panel-model';
import { recordOfRead } from '../../utils/core/library-identity';
import type { ReadVia } from '../../utils/core/provenance';
import type { ParsedDocument, Report } from '../../utils/core/schema/domain';
import type { InspectionRecord } from '../../utils/core/schema/storage';
import { realFixture } from '../helpers/fixtures';
import { CHOSEN_FILE, ON_FILES_API as FILES_API_URL, REPORT_PAGE } from '../helpers/portsmouth-reads';

const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
const REPORT_URL = 'https://files.ofsted.gov.uk/v1/file/50222964';
const READ = { source: REPORT_URL, via: 'extension' } as const;

/** The 2023 report's text moved back a year and graded inadequate throughout: what a hostile page could carry. */
const planted = {
  ...report,
  inspection: { start: '2022-03-07', end: '2022-03-18' },
  grades: Object.fromEntries(Object.keys(report.grades).map((k) => [k, 'inadequate'])),
} as Report;

function record(source: string, doc: ParsedDocument, via: ReadVia, storedAt = 1): InspectionRecord {
  return recordOfRead({ source, via }, doc, storedAt)!;
}

describe('prior context by provenance', () => {
  it('gives no direction of travel from a report planted on a news page, and lists it as news under its site', () => {
    const library = [record('https://www.portsmouth.gov.uk/news/ofsted-2022', planted, 'web-page')];
    const context = priorContext(report, READ, library);
    expect(context.history).toEqual([expect.objectContaining({ kind: 'news', site: 'www.portsmouth.gov.uk', grades: {} })]);
    expect(context.history[0]!.label).toMatch(/reported by www\.portsmouth\.gov\.uk$/);
    expect(withPriorContext(panelModelForDocument(report), report.grades, context).trends).toEqual([]);
  });

  it('takes the direction of travel from the same document when it came from Ofsted’s file host', () => {
    const library = [record('https://files.ofsted.gov.uk/v1/file/1', planted, 'extension')];
    const context = priorContext(report, READ, library);
    expect(context.history).toEqual([expect.objectContaining({ kind: 'ilacs', grades: planted.grades, earlier: true })]);
    const trends = withPriorContext(panelModelForDocument(report), report.grades, context).trends;
    expect(trends.find((t) => t.judgement === 'overall')).toMatchObject({ before: 'inadequate', now: report.grades.overall, direction: 'up' });
  });

  it('gives no grade from a file the reader chose, and says so', () => {
    const context = priorContext(report, READ, [record('https://example.org/copy.pdf', planted, 'extension')]);
    expect(context.history).toEqual([expect.objectContaining({ kind: 'ilacs', grades: {} })]);
    expect(context.history[0]!.label).toMatch(/from a file you opened$/);
  });
});

describe('the report itself, read from another address', () => {
  const report2018 = analyseDocument({ text: readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/portsmouth-ilacs-2018-synthetic.txt'), 'utf8') }) as Report;
  const REPORT_2018_URL = 'https://files.api.ofsted.gov.uk/v1/file/50002412';
  const helpAndProtection = (context: ReturnType<typeof priorContext>) =>
    withPriorContext(panelModelForDocument(report), report.grades, context).trends.find((t) => t.judgement === 'helpAndProtection');

  it('is never one of its own other inspections, nor linked to, wherever the library has it', () => {
    const library = [record(FILES_API_URL, report, 'extension')];
    for (const read of [READ, { source: CHOSEN_FILE, via: 'extension' } as const, { source: REPORT_PAGE, via: 'web-page' } as const]) {
      expect(priorContext(report, read, library)).toEqual({ links: [], history: [] });
    }
  });

  it('gives the direction of travel against the earlier inspection, not against itself', () => {
    const library = [record(REPORT_2018_URL, report2018, 'extension'), record(FILES_API_URL, report, 'extension', 2)];
    const context = priorContext(report, READ, library);
    expect(context.history).toEqual([expect.objectContaining({ label: '2018-09-03', source: REPORT_2018_URL, earlier: true })]);
    expect(helpAndProtection(context)).toMatchObject({ before: 'good', now: 'outstanding', direction: 'up' });
    expect(new Set(context.links.flatMap(([, links]) => links.map((l) => l.source)))).toEqual(new Set([REPORT_2018_URL]));
  });

  it('lists each other inspection once, however many records of it the library is given', () => {
    const library = [
      record('https://files.ofsted.gov.uk/v1/file/50002412', report2018, 'extension', 1),
      record(REPORT_2018_URL, report2018, 'extension', 2),
      record(CHOSEN_FILE, report2018, 'extension', 3),
    ];
    const context = priorContext(report, READ, library);
    expect(context.history.map((h) => [h.label, h.source, h.grades.overall])).toEqual([['2018-09-03', REPORT_2018_URL, 'good']]);
  });

  it('still lists a news page that reports the same inspection as news, apart from the report', () => {
    const news = record('https://www.portsmouth.gov.uk/news/ofsted-2023', report, 'web-page');
    const context = priorContext(report, READ, [news, record(FILES_API_URL, report, 'extension')]);
    expect(context.history).toEqual([expect.objectContaining({ kind: 'news', site: 'www.portsmouth.gov.uk', grades: {} })]);
  });
});

describe('news beside Ofsted’s reports', () => {
  const report2018 = analyseDocument({ text: readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/portsmouth-ilacs-2018-synthetic.txt'), 'utf8') }) as Report;
  const OFSTED_2018 = 'https://files.ofsted.gov.uk/v1/file/50002412';
  const ofsted2018 = record(OFSTED_2018, report2018, 'extension');
  const linksFrom = (context: ReturnType<typeof priorContext>, source: string) =>
    context.links.flatMap(([id, links]) => links.filter((l) => l.source === source).map((l) => [id, l.number, l.sentence, l.relation]));
  const alone = priorContext(report, READ, [ofsted2018]);

  it('links no news of an inspection whose Ofsted report the library holds, however closely it copies it', () => {
    const copy = record('https://www.cypnow.co.uk/news/portsmouth-2018', report2018, 'web-page');
    const context = priorContext(report, READ, [copy, ofsted2018]);
    expect(linksFrom(context, copy.source)).toEqual([]);
    expect(context.links).toEqual(alone.links);
    expect(context.history.map((h) => h.kind)).toEqual(['ilacs', 'news']);
  });

  it('links news of a later inspection after the Ofsted report’s links, never in their place', () => {
    expect(linksFrom(alone, OFSTED_2018).length).toBeGreaterThan(3);
    const planted2022 = record('https://www.cypnow.co.uk/news/portsmouth-2022', planted, 'web-page');
    const context = priorContext(report, READ, [planted2022, ofsted2018]);
    expect(linksFrom(context, OFSTED_2018)).toEqual(linksFrom(alone, OFSTED_2018));
    expect(linksFrom(context, planted2022.source).length).toBeGreaterThan(0);
    for (const [, links] of context.links) {
      const first = links.findIndex((l) => l.source === planted2022.source);
      if (first >= 0) expect(links.slice(first).every((l) => l.source === planted2022.source)).toBe(true);
    }
  });

  it('still links news of an inspection the library has no Ofsted report of', () => {
    const article = analyseDocument({ text: realFixture('portsmouth-news-2018.txt') }) as ParsedDocument;
    const news = record('https://www.childrenfirst.news/portsmouth', article, 'web-page');
    expect(linksFrom(priorContext(report, READ, [news]), news.source).length).toBeGreaterThan(0);
    expect(linksFrom(priorContext(report, READ, [news, ofsted2018]), news.source)).toEqual([]);
  });
});
