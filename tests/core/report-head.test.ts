// The panel's first paint reads only a report's head (REPORT_HEAD_CHARS), and the overlay then
// reads the whole page and corrects the panel. For every report we have, the head must already
// show what the whole shows, except judgements a report states only in its body (a PDF's wrapped
// table row, when such a text is put on a page), which the head may lack but never gets wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { modelFor } from '../../utils/browser/extension/first-paint';
import { readReportHead, readReportPage, REPORT_HEAD_CHARS } from '../../utils/core/page/read-report-page';
import { reportHtml } from '../e2e/harness/text-to-html';
import { REAL_FIXTURES, realFixture } from '../helpers/fixtures';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const texts = [
  ...['synthetic', 'frameworks', 'near-misses'].flatMap((dir) =>
    readdirSync(resolve(FIXTURES, dir)).filter((f) => f.endsWith('.txt')).map((f) => resolve(FIXTURES, dir, f)),
  ),
  resolve(REAL_FIXTURES, 'portsmouth-ilacs-2023.txt'),
];
const URL = 'https://reports.ofsted.gov.uk/reports/under-test';

describe.each(texts.map((path) => ({ name: path.split('/').slice(-2).join('/'), path })))('$name', ({ path }) => {
  it("shows from the report's head what the whole report shows, short of body-only judgements", () => {
    const doc = parseHTML(reportHtml(readFileSync(path, 'utf8'))).document as unknown as Document;
    const whole = modelFor(readReportPage(doc, URL));
    const head = modelFor(readReportHead(doc, URL));
    if (!whole || !head) return expect(head).toEqual(whole);
    expect({ ...head, judgements: [] }).toEqual({ ...whole, judgements: [] });
    expect(whole.judgements).toEqual(expect.arrayContaining(head.judgements));
  });
});

it('shows every judgement of the real report from its head, a few findings into it', () => {
  const text = realFixture('portsmouth-ilacs-2023.txt');
  expect(text.length).toBeGreaterThan(8 * REPORT_HEAD_CHARS);
  const doc = parseHTML(reportHtml(text)).document as unknown as Document;
  const head = readReportHead(doc, URL);
  expect(head.kind === 'document' && head.doc.kind === 'ilacs' && head.doc.findings.length).toBeLessThan(5);
  expect(modelFor(head)).toEqual(modelFor(readReportPage(doc, URL)));
  expect(modelFor(head)?.judgements).toHaveLength(4);
});

// Site chrome pushing the report down: the head then holds the table cut before its overall grade,
// or (a little more) too little to recognise; both are read whole before the panel is painted.
it.each([
  { notices: 54, cut: 'the judgement table cut before its overall grade' },
  { notices: 56, cut: 'too little of the report to recognise it' },
])('reads the whole page before painting when the head holds $cut', ({ notices }) => {
  const text = realFixture('portsmouth-ilacs-2023.txt');
  const preamble = Array.from({ length: notices }, (_, i) => `<p>Site notice ${i}: cookies, feedback and the service's other pages.</p>`).join('');
  const doc = parseHTML(reportHtml(text).replace('<body>', `<body>${preamble}`)).document as unknown as Document;
  const cut = readReportPage(doc, URL, REPORT_HEAD_CHARS);
  expect(cut.kind === 'document' && cut.doc.grades.overall).toBeFalsy();
  const head = readReportHead(doc, URL);
  expect(head.kind === 'document' && head.doc.grades.overall).toBe('good');
  expect(modelFor(head)).toEqual(modelFor(readReportPage(doc, URL)));
});
