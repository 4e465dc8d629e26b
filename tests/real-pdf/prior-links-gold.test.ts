// The linker against the hand-labelled gold set (prior-links/*.json, 12 real report pairs): each
// later report's findings linked to the earlier report's paragraphs, as the library does, and
// scored for precision (every link made, judged by the labels and the reviews in
// prior-links/reviewed/) and recall (of the labels, and of those where the later report itself
// refers back). The issue asks for 90% of each; the floors below guard what the linker reaches
// now, above those, so that a change that loses ground fails here.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import { analyseDocument } from '../../utils/core/analyse';
import { carriesOn, changeOf } from '../../utils/core/link/change-cues';
import { linkFindings } from '../../utils/core/link/link-findings';
import { findPriorReferences } from '../../utils/core/link/prior-references';
import type { Report } from '../../utils/core/schema/domain';
import { REAL_PDF } from '../helpers/fixtures';
import { goldPairs, madeLinks, score, scoreTable, type MadeLink, type Score } from './link-gold';

const pairs = goldPairs();
const reports = new Map<string, Promise<Report>>();
const read = (file: string) => {
  if (!reports.has(file)) reports.set(file, readDocument(resolve(REAL_PDF, file)).then((input) => analyseDocument(input) as Report));
  return reports.get(file)!;
};

let made: MadeLink[][];
let total: Score;
beforeAll(async () => {
  made = await Promise.all(
    pairs.map(async (pair) => {
      const [earlier, later] = await Promise.all([read(pair.earlier), read(pair.later)]);
      return madeLinks(later, linkFindings(later, [{ source: `https://files.ofsted.gov.uk/${pair.earlier}`, doc: earlier }]));
    }),
  );
  total = score(pairs.map((pair, i) => ({ gold: pair.links, made: made[i]!, reviewed: pair.reviewed })));
  console.info(`Prior links against the gold set (${pairs.length} pairs):\n${scoreTable(total)}`);
});

describe('the gold set', () => {
  it('holds at least 10 authority pairs and 80 labelled links, ILACS→ILACS and SIF→ILACS, Portsmouth 2018→2023→2026 among them', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    expect(pairs.flatMap((p) => p.links).length).toBeGreaterThanOrEqual(80);
    expect(pairs.map((p) => p.name)).toEqual(expect.arrayContaining(['portsmouth-2018-2023', 'portsmouth-2023-2026']));
    expect(new Set(pairs.map((p) => /_(\d{4})-\d\d-\d\d\.pdf$/.exec(p.earlier)![1]! < '2018'))).toEqual(new Set([true, false]));
  });
});

describe('linking real report pairs', () => {
  it('makes links of which at least 93% are on the same matter as the earlier paragraph they open', () => {
    expect(total.precision).toBeGreaterThanOrEqual(0.93);
  });

  it('gives at least 76% of all its links the relation the labels and reviews give', () => {
    expect(total.relationPrecision).toBeGreaterThanOrEqual(0.76);
  });

  it('finds at least 90% of the labelled links where the later report refers back, and 51% of all labelled links', () => {
    expect(total.explicitRecall).toBeGreaterThanOrEqual(0.9);
    expect(total.recall).toBeGreaterThanOrEqual(0.51);
  });

  it('makes few links no label or review has judged (each counted wrong above)', () => {
    expect(total.unjudged).toBeLessThanOrEqual(Math.ceil(total.made * 0.05));
  });

  it('links each finding to an earlier paragraph at most once, and to the earlier report more than once only from sentences that refer back, state a change or carry a matter on', async () => {
    for (const [i, pair] of pairs.entries()) {
      const earlier = await read(pair.earlier);
      const byFinding = new Map<number, MadeLink[]>();
      for (const link of made[i]!) {
        byFinding.set(link.later, [...(byFinding.get(link.later) ?? []), link]);
        expect(earlier.findings.map((f) => f.number)).toContain(link.earlier);
      }
      for (const links of byFinding.values()) {
        expect(new Set(links.map((l) => l.earlier)).size).toBe(links.length);
        if (links.length === 1) continue;
        for (const link of links) expect(changeOf(link.at!) !== null || carriesOn(link.at!) || findPriorReferences(link.at!).length > 0, link.at).toBe(true);
      }
    }
  });
});
