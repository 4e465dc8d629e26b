// One synthetic article per way the news words an inspection (tests/fixtures/news/, each file's
// header says which real pattern it stands for): what it is, whose, each grade it gives this
// inspection, the earlier grades it mentions, and what must not appear.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/analyse';
import type { Grades, NewsArticle, PriorGrade } from '../../utils/schema';
import { newsFixture } from './news-fixtures';

type Expected = {
  file: string;
  authorityKey: string;
  grades: Grades;
  prior: Array<Pick<PriorGrade, 'judgement' | 'grade' | 'year'>>;
  reports: NewsArticle['reports'];
  inspection?: NewsArticle['inspection'];
  /** Text that must not be read into the article (site furniture, other stories). */
  absent?: RegExp;
};

const SINGLE_AUTHORITY: Expected[] = [
  {
    file: 'press-release-outstanding.txt',
    authorityKey: 'leicestershire',
    grades: { overall: 'outstanding', leaders: 'outstanding', helpAndProtection: 'good', inCare: 'outstanding', careLeavers: 'outstanding' },
    prior: [{ judgement: 'overall', grade: 'requires-improvement', year: 2019 }],
    reports: 'inspection',
    absent: /Roadworks|summer reading|transport plan/,
  },
  {
    file: 'press-release-inadequate.txt',
    authorityKey: 'halton',
    grades: { overall: 'inadequate', leaders: 'inadequate', helpAndProtection: 'inadequate', careLeavers: 'inadequate' },
    prior: [{ judgement: 'overall', grade: 'requires-improvement', year: 2020 }],
    reports: 'inspection',
    // The notes to editors date the inspection; the report's publication date is not its date.
    inspection: { start: '2024-05-13', end: '2024-05-24' },
  },
  {
    file: 'sector-up-from.txt',
    authorityKey: 'hartlepool',
    grades: { overall: 'outstanding', leaders: 'outstanding', helpAndProtection: 'outstanding', inCare: 'outstanding', careLeavers: 'good' },
    prior: [{ judgement: 'overall', grade: 'good', year: 2018 }],
    reports: 'inspection',
    absent: /south of England|focused visits|pay survey|situations of risk/,
  },
  {
    file: 'short-item-down-from.txt',
    authorityKey: 'havering',
    grades: { overall: 'inadequate' },
    prior: [{ judgement: 'overall', grade: 'good', year: 2018 }],
    reports: 'inspection',
  },
];

describe.each(SINGLE_AUTHORITY)('$file', (expected) => {
  const article = analyseDocument({ text: newsFixture(expected.file) }) as NewsArticle;

  it('is news about one authority, keyed by the register, and reports an inspection', () => {
    expect(article.kind).toBe('news');
    expect(article.authorityKey).toBe(expected.authorityKey);
    expect(article.isRoundUp).toBe(false);
    expect(article.roundUp).toEqual([]);
    expect(article.reports).toBe(expected.reports);
    if (expected.inspection !== undefined) expect(article.inspection).toEqual(expected.inspection);
  });

  it('gives exactly the grades the article gives this inspection', () => {
    expect(article.grades).toEqual(expected.grades);
  });

  it('keeps the earlier grade as a prior grade with its year, and as a reference back', () => {
    expect(article.priorGrades.map(({ judgement, grade, year }) => ({ judgement, grade, year }))).toEqual(expected.prior);
    for (const prior of expected.prior) expect(article.priorReferences.map((r) => r.year)).toContain(prior.year);
  });

  it('never shows the earlier grade as the current overall grade', () => {
    for (const prior of expected.prior.filter((p) => p.judgement === 'overall')) expect(article.grades.overall).not.toBe(prior.grade);
  });

  it('takes nothing from the page around the article', () => {
    if (!expected.absent) return;
    const read = [article.headline, ...article.points.map((p) => p.text), ...article.priorReferences.map((r) => r.sentence)].join('\n');
    expect(read).not.toMatch(expected.absent);
  });
});
