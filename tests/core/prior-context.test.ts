// What the library adds to a report depends on where each stored document came from: a page that
// plants a report (here, a council news page carrying an ILACS title and "Inadequate" for
// Portsmouth) must not give the genuine 2023 report a direction of travel.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { priorContext } from '../../utils/core/link/prior-context';
import { withPriorContext, panelModelForDocument } from '../../utils/core/model/panel-model';
import { provenanceOf, type ReadVia } from '../../utils/core/provenance';
import type { ParsedDocument, Report } from '../../utils/core/schema/domain';
import type { InspectionRecord } from '../../utils/core/schema/storage';
import { realFixture } from '../helpers/fixtures';

const report = analyseDocument({ text: realFixture('portsmouth-ilacs-2023.txt') }) as Report;
const REPORT_URL = 'https://files.ofsted.gov.uk/v1/file/50222964';

/** The 2023 report's text moved back a year and graded inadequate throughout: what a hostile page could carry. */
const planted = {
  ...report,
  inspection: { start: '2022-03-07', end: '2022-03-18' },
  grades: Object.fromEntries(Object.keys(report.grades).map((k) => [k, 'inadequate'])),
} as Report;

function record(source: string, doc: ParsedDocument, via: ReadVia): InspectionRecord {
  return { source, ...provenanceOf(source, via), kind: doc.kind, authorityKey: doc.authorityKey!, start: doc.inspection?.start ?? '', document: doc, storedAt: 1 };
}

describe('prior context by provenance', () => {
  it('gives no direction of travel from a report planted on a news page, and lists it as news under its site', () => {
    const library = [record('https://www.portsmouth.gov.uk/news/ofsted-2022', planted, 'web-page')];
    const context = priorContext(report, REPORT_URL, library);
    expect(context.history).toEqual([expect.objectContaining({ kind: 'news', site: 'www.portsmouth.gov.uk', grades: {} })]);
    expect(context.history[0]!.label).toMatch(/reported by www\.portsmouth\.gov\.uk$/);
    expect(withPriorContext(panelModelForDocument(report), report.grades, context).trends).toEqual([]);
  });

  it('takes the direction of travel from the same document when it came from Ofsted’s file host', () => {
    const library = [record('https://files.ofsted.gov.uk/v1/file/1', planted, 'extension')];
    const context = priorContext(report, REPORT_URL, library);
    expect(context.history).toEqual([expect.objectContaining({ kind: 'ilacs', grades: planted.grades, earlier: true })]);
    const trends = withPriorContext(panelModelForDocument(report), report.grades, context).trends;
    expect(trends.find((t) => t.judgement === 'overall')).toMatchObject({ before: 'inadequate', now: report.grades.overall, direction: 'up' });
  });

  it('gives no grade from a file the reader chose, and says so', () => {
    const context = priorContext(report, REPORT_URL, [record('https://example.org/copy.pdf', planted, 'extension')]);
    expect(context.history).toEqual([expect.objectContaining({ kind: 'ilacs', grades: {} })]);
    expect(context.history[0]!.label).toMatch(/from a file you opened$/);
  });
});
