// The caps on what a page may send and what the library answers (utils/core/schema/caps.ts) never
// refuse a real report: every real PDF in ../shared/fixtures/real-pdf, read as the extension reads
// it, passes as the document a page remembers and asks the library's context for, each figure is
// a fifth of its cap or less, and each report's context from all its authority's other documents
// is answered whole (no sentence cut, no link or row dropped).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import { recordOfRead } from '../../utils/core/library-identity';
import { priorContext } from '../../utils/core/link/prior-context';
import { recognise } from '../../utils/core/recognise/recognise';
import { parseReport } from '../../utils/core/report/parse-report';
import { CAPS } from '../../utils/core/schema/caps';
import type { Report } from '../../utils/core/schema/domain';
import { BackgroundMessageSchema } from '../../utils/core/schema/messages';
import type { InspectionRecord } from '../../utils/core/schema/storage';
import { REAL_PDF } from '../helpers/fixtures';

const files = (JSON.parse(readFileSync(join(REAL_PDF, 'gold.json'), 'utf8')) as Array<{ file: string }>).map((entry) => entry.file);
const sourceOf = (file: string) => `https://files.ofsted.gov.uk/v1/file/${files.indexOf(file) + 1}`;

/** Each real PDF recognised as ours, parsed as the reader and the detection script parse it: not yet through the schema. */
const reports = new Map<string, Report>();
beforeAll(async () => {
  for (const file of files) {
    const input = await readDocument(join(REAL_PDF, file));
    const kind = recognise(input);
    if (kind !== null && kind !== 'news') reports.set(file, parseReport(input.text, kind));
  }
}, 300_000);

const characters = (report: Report) => JSON.stringify(report).length;

describe('the caps, against every real PDF', () => {
  it('let every real report through as a page’s message to remember it and to ask for its context', () => {
    expect(reports.size).toBeGreaterThan(150);
    for (const [file, report] of reports) {
      const remember = BackgroundMessageSchema.safeParse({ type: 'remember-document', source: sourceOf(file), document: report });
      const context = BackgroundMessageSchema.safeParse({ type: 'prior-context', source: sourceOf(file), report });
      expect([file, remember.error?.message, context.error?.message]).toEqual([file, undefined, undefined]);
    }
  });

  it('are five times the largest real figure or more', () => {
    const all = [...reports.values()];
    const largest = (values: number[]) => Math.max(...values);
    const figures = {
      findings: largest(all.map((r) => r.findings.length)),
      paragraph: largest(all.flatMap((r) => [...r.findings.map((f) => f.text.length), ...r.improvements.map((i) => i.length)])),
      documentText: largest(all.map(characters)),
      improvements: largest(all.map((r) => r.improvements.length)),
      priorReferences: largest(all.flatMap((r) => r.findings.map((f) => f.priorReferences.length))),
      name: largest(all.flatMap((r) => [r.authority?.length ?? 0, r.leadInspector?.length ?? 0])),
    };
    for (const [cap, figure] of Object.entries(figures)) expect([cap, figure * 5 <= CAPS[cap as keyof typeof figures]]).toEqual([cap, true]);
  });

  it('answer each real report’s context from its authority’s other documents whole', () => {
    const records = [...reports].flatMap(([file, report]) => recordOfRead({ source: sourceOf(file), via: 'extension' }, report, 1) ?? []);
    const byAuthority = new Map<string, InspectionRecord[]>();
    for (const record of records) byAuthority.set(record.authorityKey, [...(byAuthority.get(record.authorityKey) ?? []), record]);
    let answered = 0;
    for (const [file, report] of reports) {
      if (!report.authorityKey) continue;
      const library: InspectionRecord[] = byAuthority.get(report.authorityKey) ?? [];
      const context = priorContext(report, { source: sourceOf(file), via: 'extension' }, library);
      // Every other document of the authority is in its history, and no linked sentence was cut.
      expect([file, context.history.length]).toEqual([file, library.length - 1]);
      for (const [, links] of context.links) {
        expect(links.length).toBeLessThan(CAPS.linksPerFinding);
        for (const link of links) expect(link.sentence.endsWith('…') && link.sentence.length === CAPS.linkedSentence).toBe(false);
      }
      answered += context.links.length;
    }
    expect(answered).toBeGreaterThan(100);
  }, 120_000);
});
