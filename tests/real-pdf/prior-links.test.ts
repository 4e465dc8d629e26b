// Linking Ofsted's own Portsmouth reports, PDF to PDF, as the reader and the library do: the 2023
// report's findings to the 2018 report's, and the 2026 report's to 2023's.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import { analyseDocument } from '../../utils/core/analyse';
import { linkFindings } from '../../utils/core/link/link-findings';
import { THEMES } from '../../utils/core/link/themes';
import { JUDGEMENT_LABELS } from '../../utils/core/vocabulary/judgements';
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

describe('the 2023 report’s own references back', () => {
  it('gives paragraph 2’s “improvement since the last inspection” the year 2018, which paragraph 1 names', () => {
    const [p1, p2] = r2023.findings;
    expect(p1!.priorReferences).toEqual([{ year: 2018, sentence: expect.stringMatching(/since the last inspection in 2018\.$/) }]);
    expect(p2!.priorReferences).toEqual([{ year: 2018, sentence: 'This is an improvement since the last inspection.' }]);
  });
});

describe('the 2023 report against the 2018 report', () => {
  let links: Map<string, FindingLink[]>;
  beforeAll(() => {
    links = linkFindings(r2023, [{ source: file('2018-10-15'), doc: r2018 }]);
  });

  it('links care leavers’ health histories, "highlighted in the 2018 inspection" (paragraph 38), to 2018’s paragraph 27 on them, as persisting', () => {
    const [link] = linksOf(links, r2023, /health histories.*highlighted in the 2018 inspection/);
    expect(link).toMatchObject({ inspection: '2018-09-03', year: 2018, number: 27, relation: 'persisting', explicit: true });
    expect(link!.sentence).toMatch(/information about their health histories, there is more to do/);
  });

  it('links care leavers’ education, employment and training, "identified in the 2018 inspection and remains a concern" (paragraph 40), to 2018’s paragraph 29, as persisting', () => {
    const [link] = linksOf(links, r2023, /identified in the 2018 inspection and remains a concern/);
    expect(link).toMatchObject({ number: 29, relation: 'persisting', explicit: true });
    expect(link!.at).toBe('This was identified in the 2018 inspection and remains a concern.');
  });

  it('links each linked finding to the 2018 report only, to each of its paragraphs once, and to paragraphs it names by number', () => {
    const all = [...links.values()];
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const found of all) expect(new Set(found.map((l) => l.number)).size).toBe(found.length);
    expect(new Set(all.flat().map((l) => l.source))).toEqual(new Set([file('2018-10-15')]));
    for (const link of all.flat()) expect(r2018.findings.map((f) => f.number)).toContain(link.number);
  });

  it('names each link’s matter in a reader’s words (a practice theme, an area or a judgement), never the stemmed words it matched on', () => {
    const words = new Set([...THEMES.map((t) => t.label), ...Object.values(JUDGEMENT_LABELS), 'Children in care', 'Care leavers', 'Help and protection', 'The service as a whole']);
    for (const link of [...links.values()].flat()) expect(words).toContain(link.matter);
    expect(linksOf(links, r2023, /health histories.*highlighted in the 2018 inspection/)[0]!.matter).toBe("Care leavers' health histories");
  });

  it('leaves most paragraphs unmarked: links are for what the report says changed and matters both plainly treat', () => {
    expect(links.size).toBeLessThan(r2023.findings.length / 2);
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
