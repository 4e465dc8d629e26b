// Fixtures written to a manifest of what each states (tests/fixtures/synthetic/manifest.json):
// the other frameworks, visits, council and sector news, and near misses, each read in full.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { toAnalysisResult } from '../../utils/core/analysis-result';
import { authorityKey } from '../../utils/core/authorities/authority-key';

type Entry = {
  file: string;
  kind: string | null;
  authority: string | null;
  start: string | null;
  end: string | null;
  grades: Record<string, string>;
  findingsCount: number | null;
  improvementsCount: number | null;
  priorYears: number[];
};

const DIR = resolve(import.meta.dirname, '../fixtures/synthetic');
const manifest: Entry[] = JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8'));

describe.each(manifest)('$file', (entry) => {
  const result = toAnalysisResult(entry.file, analyseDocument({ text: readFileSync(resolve(DIR, entry.file), 'utf8') }));

  it(`is ${entry.kind ?? 'not recognised'}${entry.authority ? `, about ${entry.authority}` : ''}`, () => {
    expect(result.kind).toBe(entry.kind);
    expect(result.authorityKey).toBe(entry.authority ? authorityKey(entry.authority) : null);
  });

  it('has the dates and exactly the grades it states', () => {
    expect(result.inspection).toEqual(entry.start ? { start: entry.start, end: entry.end } : null);
    expect(result.grades).toEqual(entry.grades);
  });

  it('has its numbered findings and improvements', () => {
    expect(result.findings).toHaveLength(entry.findingsCount ?? 0);
    if (entry.kind !== 'news') expect(result.improvements).toHaveLength(entry.improvementsCount ?? 0);
  });

  it('refers back to the years it names', () => {
    const years = new Set(result.priorReferences.map((r) => r.year).filter((y) => y !== null));
    expect([...years].sort()).toEqual([...new Set(entry.priorYears)].sort());
  });
});
