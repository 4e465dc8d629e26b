// Our own fixtures for what the real documents do not cover: the other frameworks, visits with no
// grade, and near misses that must not be recognised.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import type { NewsArticle, Report } from '../../utils/core/schema/domain';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const read = (path: string) => readFileSync(resolve(FIXTURES, path), 'utf8');
const report = (path: string) => analyseDocument({ text: read(path) }) as Report;

describe('a 2014–2017 single inspection framework report', () => {
  const sif = report('frameworks/sif-2016-testshire.txt');

  // Testshire is fictional: no key, for keys come from the register of authorities.
  it('is recognised as SIF, with no key for its fictional authority, its dates and framework', () => {
    expect(sif).toMatchObject({ kind: 'sif', framework: 'sif-2014', authorityKey: null });
    expect(sif.inspection).toEqual({ start: '2016-11-07', end: '2016-12-01' });
  });

  it('keeps its authority’s name as written, though it has no key', () => {
    expect(sif.authority).toBe('Testshire County Council');
  });

  it('reads its numbered judgement table, adoption and care leavers included, and the LSCB’s grade', () => {
    expect(sif.grades).toEqual({
      lscb: 'requires-improvement',
      helpAndProtection: 'inadequate',
      lookedAfter: 'requires-improvement',
      adoption: 'good',
      careLeavers: 'requires-improvement',
      leaders: 'inadequate',
      overall: 'inadequate',
    });
  });

  it('reads its numbered priorities as improvements, and every numbered paragraph as a finding', () => {
    expect(sif.improvements).toHaveLength(3);
    expect(sif.findings.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('rejoins a hyphenated word and drops the "N of 42" running footers', () => {
    expect(sif.findings[3]!.text).toContain("evident on children's records");
    expect(sif.findings.map((f) => f.text).join(' ')).not.toMatch(/of 42/);
  });

  it('files findings under their judgements', () => {
    expect(sif.findings.map((f) => f.judgement)).toEqual([null, null, null, 'helpAndProtection', 'helpAndProtection', 'helpAndProtection', 'lookedAfter', 'lookedAfter', 'leaders', 'leaders']);
  });
});

describe('a 2018–2022 ILACS report', () => {
  const ilacs = report('frameworks/ilacs-2019-testshire.txt');

  it('is the 2018 framework, with one judgement for children in care and care leavers', () => {
    expect(ilacs).toMatchObject({ kind: 'ilacs', framework: 'ilacs-2018', authorityKey: null, leadInspector: 'Jo Example' });
    expect(ilacs.grades).toEqual({
      leaders: 'requires-improvement',
      helpAndProtection: 'inadequate',
      inCareAndCareLeavers: 'requires-improvement',
      overall: 'inadequate',
    });
  });

  it('joins a paragraph split by a page break and drops the running header and page number', () => {
    expect(ilacs.findings.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ilacs.findings[0]!.text).toMatch(/do not consistently record their decisions on children’s files\.$/);
    expect(ilacs.findings[1]!.text).not.toMatch(/Inspection of Testshire/);
  });

  it('reads a back-reference with a year, and gives one without it the year the report gives its last inspection', () => {
    expect(ilacs.findings[0]!.priorReferences.map((r) => r.year)).toEqual([2016]);
    expect(ilacs.findings[1]!.priorReferences).toEqual([{ year: 2016, sentence: 'Help for children at risk of exploitation has deteriorated since the last inspection.' }]);
  });
});

describe('visits, which carry no grade', () => {
  it.each([
    ['frameworks/focused-visit-2021-testshire.txt', 'focused-visit', { start: '2021-03-03', end: '2021-03-04' }],
    ['frameworks/monitoring-visit-2022-testshire.txt', 'monitoring-visit', { start: '2022-02-09', end: '2022-02-10' }],
    ['frameworks/jtai-2020-testshire.txt', 'jtai', { start: '2020-02-10', end: '2020-02-14' }],
  ])('%s is a %s with its dates and no grade, though its prose says "good"', (path, kind, inspection) => {
    const visit = report(path);
    expect(visit).toMatchObject({ kind, framework: 'visit', authorityKey: null, inspection });
    expect(visit.grades).toEqual({});
  });
});

describe('a news article that states no grade', () => {
  const article = analyseDocument({ text: read('frameworks/news-no-grade-testshire.txt') }) as NewsArticle;

  it('is news of the authority’s inspection (no key: fictional), with no grade and its reference to 2019', () => {
    expect(article).toMatchObject({ kind: 'news', authorityKey: null, grades: {} });
    expect(article.priorReferences.map((r) => r.year)).toContain(2019);
  });
});

describe('near misses are not recognised', () => {
  it.each(['school-report.txt', 'childrens-home-report.txt', 'news-school-rating.txt', 'news-unrelated-council.txt'])('%s', (name) => {
    expect(analyseDocument({ text: read(`near-misses/${name}`), url: 'https://www.testshire.gov.uk/news/item' })).toBeNull();
  });
});
