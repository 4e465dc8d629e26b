// Every real Ofsted PDF in ../shared/fixtures/real-pdf, read as the extension reads it (pdf.js,
// then recognise and parse), held exactly to gold.json and to the labels checked by hand in
// hand-checked.json: the kind, every grade and no other, the first day of the inspection, and
// every numbered paragraph in order.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import { analyseDocument } from '../../utils/core/analyse';
import type { PageInput } from '../../utils/core/recognise/detectors';
import type { Grade, Grades, JudgementKey, ParsedDocument } from '../../utils/core/schema/domain';
import { REAL_PDF } from '../helpers/fixtures';
import { countNumberedParagraphs } from './numbered-paragraphs';

type OursKind = 'ilacs' | 'sif' | 'focused-visit' | 'jtai';

type GoldEntry = {
  file: string;
  kind: OursKind | null;
  what: string;
  grades?: Grades;
  gradesPartial?: boolean;
  inspectionStart?: string | null;
  kindOptional?: boolean;
};

type HandChecked = {
  files: Record<
    string,
    {
      /** null: the report states no such judgement. */
      grades?: Partial<Record<JudgementKey, Grade | null>>;
      inspectionStart?: string;
      /** kindOptional entries: every grade the document states. */
      statedGrades?: Grades;
      where: string;
    }
  >;
};

const gold = JSON.parse(readFileSync(join(REAL_PDF, 'gold.json'), 'utf8')) as GoldEntry[];
const handChecked = JSON.parse(readFileSync(join(import.meta.dirname, 'hand-checked.json'), 'utf8')) as HandChecked;

const KIND_NAMES: Record<OursKind, string> = {
  ilacs: 'an ILACS report',
  sif: 'a SIF report',
  'focused-visit': 'a focused-visit letter',
  jtai: 'a JTAI letter',
};

function gradeWords(grade: Grade): string {
  return grade.replace('-', ' ');
}

/** gold.json's grades with the hand-checked ones over them; a hand-checked null drops the key. */
function expectedGrades(entry: GoldEntry): Grades {
  const merged: Partial<Record<JudgementKey, Grade | null>> = { ...entry.grades, ...handChecked.files[entry.file]?.grades };
  return Object.fromEntries(Object.entries(merged).filter(([, grade]) => grade !== null)) as Grades;
}

function expectedStart(entry: GoldEntry): string | undefined {
  return entry.inspectionStart ?? handChecked.files[entry.file]?.inspectionStart;
}

function testName(entry: GoldEntry): string {
  const name = basename(entry.file);
  if (entry.kind === null) {
    return entry.kindOptional
      ? `${name} is a ${entry.what}: not recognised, or shown with no grade it does not state`
      : `${name} is not ours (${entry.what}): not recognised`;
  }
  if (entry.kind === 'focused-visit' || entry.kind === 'jtai') return `${name} is ${KIND_NAMES[entry.kind]}, ungraded, read exactly`;
  const overall = expectedGrades(entry).overall;
  return `${name} is ${KIND_NAMES[entry.kind]} ${overall ? `graded ${gradeWords(overall)} overall` : 'with no overall grade'}, read exactly`;
}

const GROUPS: { title: string; kinds: (OursKind | null)[] }[] = [
  { title: 'ILACS reports', kinds: ['ilacs'] },
  { title: 'SIF reports', kinds: ['sif'] },
  { title: 'Focused-visit and JTAI letters', kinds: ['focused-visit', 'jtai'] },
  { title: 'Documents that are not children’s services reports', kinds: [null] },
];

// [name, …] pairs and '%s': vitest prints a `$name` property quoted and cut at 40 characters.
const cases = GROUPS.map(({ title, kinds }) => [
  title,
  gold.filter((entry) => kinds.includes(entry.kind)).map((entry) => [testName(entry), entry] as const),
] as const);

type Reading = { input: PageInput; doc: ParsedDocument | null } | { error: unknown };
const readings = new Map<string, Reading>();

// Each PDF once, for all the tests about it; a file that fails to read or parse fails its own
// test only.
beforeAll(async () => {
  for (const { file } of gold) {
    try {
      const input = await readDocument(join(REAL_PDF, file));
      try {
        readings.set(file, { input, doc: analyseDocument(input) });
      } catch (error) {
        readings.set(file, { error });
      }
    } catch (error) {
      readings.set(file, { error });
    }
  }
}, 300_000);

function reading(file: string): { input: PageInput; doc: ParsedDocument | null } {
  const result = readings.get(file);
  if (!result) throw new Error(`${file} was not read`);
  if ('error' in result) throw result.error;
  return result;
}

function oneToN(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/**
 * Running headers and footers, found independently of the parser: lines of 24 characters or more
 * that stand alone three times or more in the extracted text, and are not list items.
 */
function runningLines(text: string): string[] {
  const counts = new Map<string, number>();
  for (const line of text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim())) {
    if (line.length >= 24 && !/^(?:\d{1,3}\.\s|\W\s)/.test(line)) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 3).map(([line]) => line);
}

function checkOurs(entry: GoldEntry & { kind: OursKind }): void {
  const { input, doc } = reading(entry.file);
  expect(doc?.kind ?? null, 'kind').toBe(entry.kind);
  if (!doc || doc.kind === 'news') return;

  expect.soft(doc.grades, 'grades').toEqual(expectedGrades(entry));

  const start = expectedStart(entry);
  if (entry.kind === 'ilacs' || entry.kind === 'sif') {
    if (!start) throw new Error(`no inspection start for ${entry.file} in gold.json or hand-checked.json`);
  }
  if (start) expect.soft(doc.inspection?.start ?? null, 'inspection start').toBe(start);

  const numbers = doc.findings.map((finding) => finding.number);
  const numbered = entry.kind === 'ilacs' || entry.kind === 'sif' ? countNumberedParagraphs(input.text) : 0;
  if (numbered > 0) {
    expect.soft(numbers, `findings: paragraphs 1..${numbered}, none lost`).toEqual(oneToN(numbered));
  } else {
    // Letters, and the 2014 SIF reports set out in bullets (Derbyshire, Slough), number no
    // paragraph: the parser numbers what it finds.
    expect.soft(numbers.length, 'findings').toBeGreaterThan(0);
    expect.soft(numbers, 'findings numbered 1..N').toEqual(oneToN(numbers.length));
  }

  if (entry.kind === 'ilacs') {
    // Every ILACS paragraph stands under one of the judgements the table grades.
    const graded = Object.keys(expectedGrades(entry)).filter((key) => key !== 'overall').sort();
    expect.soft([...new Set(doc.findings.map((f) => f.judgement))].sort(), 'findings filed under the graded judgements').toEqual(graded);
  }

  const furniture = runningLines(input.text);
  const carrying = doc.findings.filter((f) => furniture.some((line) => f.text.includes(line))).map((f) => f.number);
  expect.soft(carrying, 'findings carrying a running header or footer').toEqual([]);
}

function checkNotOurs(entry: GoldEntry): void {
  const { doc } = reading(entry.file);
  if (!entry.kindOptional) {
    expect(doc?.kind ?? null, 'kind').toBeNull();
    return;
  }
  if (!doc) return;
  expect(doc.kind, 'kind').not.toBe('news');
  const stated = handChecked.files[entry.file]?.statedGrades;
  if (!stated) throw new Error(`no statedGrades for ${entry.file} in hand-checked.json`);
  for (const [key, grade] of Object.entries(doc.grades)) {
    expect.soft(grade, `grade ${key}: the document states ${stated[key as JudgementKey] ?? 'none'}`).toBe(stated[key as JudgementKey]);
  }
}

describe.each(cases)('Real PDF: %s', (_title, entries) => {
  it.each(entries)('%s', (_name, entry) => {
    if (entry.kind === null) checkNotOurs(entry);
    else checkOurs(entry as GoldEntry & { kind: OursKind });
  });
});
