// Linking Ofsted's own Portsmouth reports, PDF to PDF, as the reader and the library do: the 2023
// report's findings to the 2018 report's, and the 2026 report's to 2023's.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import { analyseDocument } from '../../utils/core/analyse';
import { linkFindings } from '../../utils/core/link/link-findings';
import type { FindingLink, Report } from '../../utils/core/schema/domain';
import { REAL_PDF } from '../helpers/fixtures';

const file = (date: string) => resolve(REAL_PDF, `inspection/80539_portsmouth_cs-inspection_${date}.pdf`);
const read = async (date: string) => analyseDocument(await readDocument(file(date))) as Report;

let r2018: Report;
let r2023: Report;
let r2026: Report;
beforeAll(async () => {
  [r2018, r2023, r2026] = await Promise.all([read('2018-10-15'), read('2023-07-03'), read('2026-08-18')]);
});

/** The finding whose text says `words`, and its links. */
function linksOf(links: Map<string, FindingLink[]>, report: Report, words: RegExp): FindingLink[] {
  const found = report.findings.filter((f) => words.test(f.text));
  expect(found, `one finding says ${words}`).toHaveLength(1);
  return links.get(found[0]!.id) ?? [];
}

describe('the 2023 report against the 2018 report', () => {
  let links: Map<string, FindingLink[]>;
  beforeAll(() => {
    links = linkFindings(r2023, [{ source: file('2018-10-15'), doc: r2018 }]);
  });

  it('links care leavers’ health histories, "highlighted in the 2018 inspection", to 2018’s paragraph on them, as persisting', () => {
    const explicit = linksOf(links, r2023, /health histories.*highlighted in the 2018 inspection/).filter((l) => l.explicit);
    expect(explicit).toHaveLength(1);
    expect(explicit[0]).toMatchObject({ inspection: '2018-09-03', relation: 'persisting', themes: ['care-leavers-health'] });
    expect(explicit[0]!.sentence).toMatch(/information about their health histories, there is more to do/);
  });

  it('links both 2023 paragraphs on care leavers’ education, employment and training to 2018’s, explicitly, as persisting', () => {
    const eet = r2023.findings.filter((f) => links.get(f.id)?.some((l) => l.explicit && l.themes.includes('care-leavers-eet')));
    expect(eet).toHaveLength(2);
    for (const finding of eet) {
      const link = links.get(finding.id)!.find((l) => l.themes.includes('care-leavers-eet'))!;
      expect(link.relation).toBe('persisting');
      expect(link.text).toMatch(/employment, education and training/);
      expect(finding.priorReferences.map((r) => r.year)).toContain(2018);
    }
  });

  it('links the other findings the 2018 report spoke to, each with a relation, to the 2018 report only', () => {
    const all = [...links.values()].flat();
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((l) => l.source))).toEqual(new Set([file('2018-10-15')]));
    expect(new Set(all.map((l) => l.inspection))).toEqual(new Set(['2018-09-03']));
    expect(new Set(all.map((l) => l.relation)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('the 2026 report against the 2023 report', () => {
  it('is the same authority, read from the title "Portsmouth City local authority"', () => {
    expect(r2026.authorityKey).toBe(r2023.authorityKey);
  });

  it('links its findings back to 2023 the same way, never to itself or a later report', () => {
    const links = linkFindings(r2026, [
      { source: file('2023-07-03'), doc: r2023 },
      { source: file('2026-08-18'), doc: r2026 },
    ]);
    const all = [...links.values()].flat();
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((l) => l.inspection))).toEqual(new Set(['2023-05-15']));
  });
});
