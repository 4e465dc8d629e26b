// One synthetic article per pattern the study of real articles found (tests/news/STUDIED.md on the
// study's branch; each fixture's header names its pattern and a real article showing it): what the
// article is, whose, each grade it gives this inspection and no other, and its earlier grades as earlier.
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { panelModelForDocument } from '../../utils/core/model/panel-model';
import type { Grades, NewsArticle } from '../../utils/core/schema/domain';
import { newsFixture } from './news-fixtures';

type Case = {
  file: string;
  /** The address the page is read from; a newspaper's unless the pattern needs another. */
  url?: string;
  authorityKey: string | null;
  grades: Grades;
  prior?: Array<{ grade: string; year: number | null }>;
  reports?: NewsArticle['reports'];
};

const NEWSPAPER = 'https://www.localpaper.example/news/1234-story';
const ALL_FIVE = (grade: Grades['overall']) => ({ overall: grade, leaders: grade, helpAndProtection: grade, inCare: grade, careLeavers: grade });

const CASES: Case[] = [
  { file: 'collective-every-area.txt', authorityKey: 'gateshead', grades: ALL_FIVE('outstanding') },
  {
    file: 'collective-subject-first.txt',
    authorityKey: 'solihull',
    grades: { overall: 'good', leaders: 'good', helpAndProtection: 'good', inCareAndCareLeavers: 'good' },
    prior: [{ grade: 'requires-improvement', year: 2016 }],
  },
  { file: 'paraphrased-judgements.txt', authorityKey: 'rotherham', grades: { ...ALL_FIVE('good'), leaders: 'outstanding' } },
  { file: 'pipe-table-and-overall.txt', authorityKey: 'north-tyneside', grades: { ...ALL_FIVE('outstanding'), inCare: 'good' } },
  { file: 'list-under-grade.txt', authorityKey: 'redbridge', grades: { ...ALL_FIVE('requires-improvement'), careLeavers: 'good' } },
  { file: 'judgements-then-all.txt', authorityKey: 'stockport', grades: { ...ALL_FIVE('outstanding'), careLeavers: 'good' } },
  { file: 'opening-without-headline.txt', authorityKey: null, grades: { overall: 'inadequate' }, prior: [{ grade: 'requires-improvement', year: 2017 }] },
  { file: 'council-site-minutes.txt', url: 'https://democracy.bathnes.gov.uk/mgAi.aspx?ID=1', authorityKey: 'bath-and-north-east-somerset', grades: ALL_FIVE('good') },
  { file: 'misspelt-authority.txt', authorityKey: 'central-bedfordshire', grades: { overall: 'good' } },
  { file: 'reproduced-letter.txt', authorityKey: 'thurrock', grades: {}, prior: [{ grade: 'inadequate', year: 2024 }], reports: 'monitoring-visit' },
  { file: 'visit-short-item.txt', authorityKey: 'slough', grades: {}, reports: 'monitoring-visit' },
  { file: 'other-authority-in-headline.txt', authorityKey: 'isle-of-wight', grades: { overall: 'good' } },
  { file: 'place-within-county.txt', authorityKey: 'torbay', grades: { overall: 'good' }, prior: [{ grade: 'inadequate', year: 2018 }] },
  { file: 'undated-story-in-order.txt', authorityKey: 'wolverhampton', grades: ALL_FIVE('good'), prior: [{ grade: 'inadequate', year: 2012 }] },
  {
    file: 'bulletin-with-greeting.txt',
    url: 'https://www.suffolk.example/news/bulletin',
    authorityKey: 'suffolk',
    grades: { overall: 'good', lookedAfter: 'good', adoption: 'good', careLeavers: 'good', helpAndProtection: 'requires-improvement', leaders: 'good' },
  },
  {
    file: 'counted-grades-listed.txt',
    authorityKey: 'trafford',
    grades: { overall: 'outstanding', leaders: 'outstanding', inCareAndCareLeavers: 'outstanding', helpAndProtection: 'good' },
  },
  { file: 'change-with-earlier-date.txt', authorityKey: 'cumbria', grades: { overall: 'requires-improvement' }, prior: [{ grade: 'inadequate', year: 2016 }] },
  {
    file: 'minutes-lettered-domains.txt',
    url: 'https://committee.salford.example/ieIssueDetails.aspx?IId=1',
    authorityKey: 'salford',
    grades: { overall: 'inadequate', helpAndProtection: 'inadequate', leaders: 'requires-improvement', inCareAndCareLeavers: 'requires-improvement' },
  },
  {
    file: 'grades-by-elimination.txt',
    authorityKey: 'peterborough',
    grades: { overall: 'inadequate', helpAndProtection: 'inadequate', inCareAndCareLeavers: 'inadequate', leaders: 'requires-improvement' },
  },
  { file: 'grade-as-verb.txt', authorityKey: 'dorset', grades: { overall: 'inadequate', adoption: 'requires-improvement', careLeavers: 'good' } },
  { file: 'visit-after-inspection-word.txt', authorityKey: 'suffolk', grades: {}, prior: [{ grade: 'inadequate', year: 2016 }], reports: 'focused-visit' },
  { file: 'visit-to-inadequate.txt', authorityKey: 'swindon', grades: {}, prior: [{ grade: 'inadequate', year: null }], reports: 'monitoring-visit' },
  { file: 'hope-from-current-grade.txt', authorityKey: 'cheshire-east', grades: { overall: 'requires-improvement' } },
  {
    file: 'second-verb-and-quoted-name.txt',
    authorityKey: 'cumbria',
    grades: { overall: 'requires-improvement', helpAndProtection: 'requires-improvement', lookedAfter: 'requires-improvement', careLeavers: 'requires-improvement', leaders: 'requires-improvement', adoption: 'good' },
  },
  { file: 'headline-grade-council.txt', authorityKey: 'warrington', grades: { overall: 'good' } },
  {
    file: 'possessive-overall-then-subgrades.txt',
    authorityKey: 'hampshire',
    grades: { overall: 'outstanding', leaders: 'outstanding', helpAndProtection: 'outstanding', inCare: 'good', careLeavers: 'good' },
  },
  { file: 'sif-adoption-lscb.txt', authorityKey: 'herefordshire', grades: { overall: 'requires-improvement', adoption: 'good', lscb: 'requires-improvement' } },
  { file: 'one-paragraph-q-and-a.txt', url: 'https://www.wokingham.gov.uk/children/ofsted-questions', authorityKey: 'wokingham', grades: { overall: 'inadequate' } },
  { file: 'initials-for-council.txt', url: 'https://www.eastsussex.example/news/weekly-update', authorityKey: 'east-sussex', grades: { overall: 'good' } },
];

describe.each(CASES)('studied pattern: $file', (expected) => {
  const article = analyseDocument({ text: newsFixture(`studied/${expected.file}`), url: expected.url ?? NEWSPAPER }) as NewsArticle;

  it('is news of one authority, keyed by the register (or none where the text names none), never a round-up of one', () => {
    expect(article?.kind).toBe('news');
    expect(article.isRoundUp).toBe(false);
    expect(article.authorityKey).toBe(expected.authorityKey);
    expect(article.reports).toBe(expected.reports ?? 'inspection');
  });

  it('gives exactly the grades the article ties to this inspection’s judgements', () => {
    expect(article.grades).toEqual(expected.grades);
  });

  it('keeps each earlier grade as earlier, with its year, and never as a current grade', () => {
    expect(article.priorGrades.map(({ grade, year }) => ({ grade, year }))).toEqual(expected.prior ?? []);
    for (const prior of expected.prior ?? []) expect(article.grades.overall).not.toBe(prior.grade);
  });
});

describe('grades given collectively', () => {
  const read = (text: string, url = NEWSPAPER) => analyseDocument({ text, url }) as NewsArticle;

  it('give only the overall grade where nothing dates the inspection, so its framework is unclear', () => {
    expect(read('Wigan children’s services rated good in every area\n\nWigan Council’s children’s services have been rated good in every area by Ofsted inspectors, who praised its social workers.').grades).toEqual({ overall: 'good' });
  });

  it('take the framework from the date the page’s address is filed under', () => {
    const text = 'Wigan children’s services rated good in all areas\n\nWigan Council’s children’s services have been rated good in all areas by Ofsted inspectors, who praised its social workers.';
    expect(read(text, 'https://www.localpaper.example/2016/02/22/wigan-good/').grades).toEqual({
      overall: 'good', helpAndProtection: 'good', lookedAfter: 'good', adoption: 'good', careLeavers: 'good', leaders: 'good',
    });
  });

  it('give an earlier inspection only its overall grade, as a prior grade', () => {
    const text = 'Wigan children’s services rated outstanding\n\nPublished: 3 May 2024\n\nWigan Council’s children’s services have been rated outstanding by Ofsted. At its last inspection in 2019 the council was rated good in all four areas.';
    const article = read(text);
    expect(article.grades).toEqual({ overall: 'outstanding' });
    expect(article.priorGrades.map(({ judgement, grade, year }) => ({ judgement, grade, year }))).toEqual([{ judgement: 'overall', grade: 'good', year: 2019 }]);
  });
});

describe('grades given to a counted number of judgements', () => {
  const read = (sentence: string) => (analyseDocument({ text: `Trafford children’s services inspected by Ofsted\n\nTrafford Council’s children’s services were inspected by Ofsted in March 2021. ${sentence}`, url: NEWSPAPER }) as NewsArticle).grades;

  it('give no judgement a grade where the list names fewer judgements than the count', () => {
    const grades = read('Inspectors rated it inadequate in three of the four areas (help and protection, and leadership).');
    expect(grades.helpAndProtection).toBeUndefined();
    expect(grades.leaders).toBeUndefined();
  });

  it('give no judgement a grade by elimination where the sentence grades no other judgement apart', () => {
    expect(read('Ofsted rated it inadequate in three of the four areas, and inspectors met care leavers and children in care.')).toEqual({ overall: 'inadequate' });
  });

  it('give no judgement a grade by elimination where more judgements are left than the count', () => {
    const grades = read('It was rated inadequate in two of the four areas, with the impact of leaders on social work being rated as requires improvement.');
    expect(grades.helpAndProtection).toBeUndefined();
    expect(grades.inCareAndCareLeavers).toBeUndefined();
  });

  it('give the judgements listed after a dash the counted grade', () => {
    expect(read('It was rated good in two of the four areas – help and protection and leadership.')).toEqual({ helpAndProtection: 'good', leaders: 'good' });
  });
});

describe('a change of grade dated at its start', () => {
  it('keeps the second grade earlier where the sentence says the change itself was in the past', () => {
    const text = 'Cumbria children’s services rated good\n\nCumbria County Council’s children’s services have been rated good by Ofsted. Its rating had previously gone from “inadequate” in May 2016 to “requires improvement”.';
    const article = analyseDocument({ text, url: NEWSPAPER }) as NewsArticle;
    expect(article?.kind).toBe('news');
    expect(article.grades).toEqual({ overall: 'good' });
    expect(article.priorGrades.map((p) => p.grade)).toContain('requires-improvement');
  });
});

describe('an inspection graded on the scale before 2013', () => {
  it('badges no authority and gives no grade, though a council is named and one is said to be rated good', () => {
    const article = analyseDocument({ text: newsFixture('studied/old-scale-adequate.txt'), url: NEWSPAPER });
    expect(article?.kind).toBe('news');
    expect((article as NewsArticle).authorityKey).toBeNull();
    expect((article as NewsArticle).grades).toEqual({});
  });
});

describe('the panel of a news article', () => {
  const text = newsFixture('studied/place-within-county.txt').replace('Children’s', 'Children’s');
  const dated = text.replace('Torbay children\'s services good after years of inadequacy\n', 'Torbay children\'s services good after years of inadequacy\n\nPublished: 18 May 2022\n');
  const article = analyseDocument({ text: dated, url: 'https://feeds.example.co.uk/news/devon-1' }) as NewsArticle;

  it('says who reported it and on what date, where the page states one', () => {
    expect(article.published).toBe('2022-05-18');
    expect(panelModelForDocument(article, 'https://feeds.example.co.uk/news/devon-1').reported?.by).toBe('Reported by feeds.example.co.uk on 18 May 2022');
    const undated = analyseDocument({ text, url: NEWSPAPER }) as NewsArticle;
    expect(panelModelForDocument(undated, NEWSPAPER).reported?.by).toBe('Reported by www.localpaper.example');
  });

  it('shows the grades as this inspection’s and the earlier grade apart, with its year, never as the overall grade', () => {
    const model = panelModelForDocument(article, NEWSPAPER);
    expect(model.overall).toBe('good');
    expect(model.reported?.gradesOf).toBe('Grades the article gives this inspection');
    expect(model.reported?.earlier).toEqual([{ label: 'Overall effectiveness', grade: 'inadequate', year: 2018 }]);
  });
});

describe('sentences from the study that tie no grade of this inspection', () => {
  const gradesOf = (body: string) => (analyseDocument({ text: `Wigan children’s services inspected by Ofsted\n\n${body}\n\nInspectors met social workers, children in care and care leavers.`, url: NEWSPAPER }) as NewsArticle).grades;

  it('a hope to move from one grade to another gives neither as the current grade', () => {
    expect(gradesOf('Inspectors made recommendations to move Wigan’s children’s services from requires improvement to good.').overall).not.toBe('good');
  });

  it('failures in child protection are no grade for help and protection', () => {
    expect(gradesOf('Children’s services in Wigan, a town dogged by years of child protection failures, have been rated good by Ofsted.')).toEqual({ overall: 'good' });
  });

  it('a grade still to be achieved is no grade', () => {
    expect(gradesOf('Wigan Council said there was work still to be done to achieve a good Ofsted rating for its children’s services.')).toEqual({});
  });
});
