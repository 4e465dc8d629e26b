// One synthetic article per way the news words an inspection (tests/fixtures/news/, each file's
// header says which real pattern it stands for): what it is, whose, each grade it gives this
// inspection, the earlier grades it mentions, and what must not appear.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../scripts/read-document';
import { analyseDocument } from '../../utils/core/analyse';
import { blockText } from '../../utils/core/text/block-text';
import { parseNews } from '../../utils/core/news/parse-news';
import { panelModelForDocument, ROUND_UP_NOTE } from '../../utils/core/model/panel-model';
import type { Grades, NewsArticle, PriorGrade, RoundUpEntry } from '../../utils/core/schema/domain';
import { NEWS_FIXTURES, newsFixture } from './news-fixtures';

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

const PAPERS: Expected[] = [
  {
    file: 'committee-paper-table.txt',
    authorityKey: 'worcestershire',
    grades: { overall: 'good', leaders: 'good', helpAndProtection: 'good', inCare: 'requires-improvement', careLeavers: 'good' },
    prior: [
      { judgement: 'leaders', grade: 'requires-improvement', year: 2019 },
      { judgement: 'helpAndProtection', grade: 'requires-improvement', year: 2019 },
      { judgement: 'inCare', grade: 'requires-improvement', year: 2019 },
      { judgement: 'overall', grade: 'requires-improvement', year: 2019 },
    ],
    reports: 'inspection',
    inspection: { start: '2023-05-15', end: '2023-05-26' },
    absent: /Printable version|Democratic Services/,
  },
  {
    file: 'committee-minutes.txt',
    authorityKey: 'lewisham',
    grades: { overall: 'good', leaders: 'good', helpAndProtection: 'good', inCare: 'good', careLeavers: 'good' },
    prior: [{ judgement: 'overall', grade: 'requires-improvement', year: 2019 }],
    reports: 'inspection',
    inspection: { start: '2023-12-04', end: '2023-12-15' },
  },
];

describe.each(PAPERS)('a council paper with the judgements listed: $file', (expected) => {
  const article = analyseDocument({ text: newsFixture(expected.file) }) as NewsArticle;

  it('is news about the council whose paper it is', () => {
    expect(article).toMatchObject({ kind: 'news', authorityKey: expected.authorityKey, isRoundUp: false, reports: 'inspection' });
    expect(article.inspection).toEqual(expected.inspection);
  });

  it('reads the judgements as the report’s table reader reads a table', () => {
    expect(article.grades).toEqual(expected.grades);
  });

  it('keeps the previous inspection’s grades as prior grades with their year', () => {
    expect(article.priorGrades.map(({ judgement, grade, year }) => ({ judgement, grade, year }))).toEqual(expected.prior);
  });
});

describe('a council’s news of a monitoring visit (monitoring-visit-news.txt)', () => {
  const text = newsFixture('monitoring-visit-news.txt');
  const article = analyseDocument({ text }) as NewsArticle;

  it('is news reporting the visit, with its dates: never Ofsted’s monitoring visit letter itself', () => {
    expect(article).toMatchObject({ kind: 'news', authorityKey: 'havering', reports: 'monitoring-visit', inspection: { start: '2025-03-26', end: '2025-03-27' } });
  });

  it('gives no grade: a visit carries none, and inadequate is the earlier inspection’s', () => {
    expect(article.grades).toEqual({});
    expect(article.priorGrades.map(({ judgement, grade, year }) => ({ judgement, grade, year }))).toEqual([{ judgement: 'overall', grade: 'inadequate', year: 2024 }]);
    expect(panelModelForDocument(article)).toMatchObject({
      kindLabel: 'News report of a monitoring visit',
      note: "This article reports the monitoring visit of 26 March 2025 to Havering's children's services. Visits carry no grade.",
    });
  });

  // Press releases quote the letter's own words ("the findings of the monitoring visit to …"); only
  // the letter itself opens "This letter summarises …".
  const quoting = text.replace('In their letter, the inspectors said that', 'The letter sets out the findings of the monitoring visit to Havering children’s services. Inspectors said that');
  it('is still news when it quotes the letter’s "findings of the monitoring visit to …"', () => {
    expect(analyseDocument({ text: quoting })?.kind).toBe('news');
  });

  it('reads the same from the news parser when it quotes the letter', () => {
    expect(parseNews(quoting)).toMatchObject({ authorityKey: 'havering', reports: 'monitoring-visit', grades: {} });
  });
});

type RoundUp = { file: string; entries: Array<{ authorityKey: string; overall: string | null; reports: RoundUpEntry['reports'] }> };

const ROUND_UPS: RoundUp[] = [
  {
    file: 'round-up-three-good.txt',
    entries: [
      { authorityKey: 'oldham', overall: 'good', reports: 'inspection' },
      { authorityKey: 'rutland', overall: 'good', reports: 'inspection' },
      { authorityKey: 'south-gloucestershire', overall: 'good', reports: 'inspection' },
    ],
  },
  {
    file: 'two-authorities.txt',
    entries: [
      { authorityKey: 'wiltshire', overall: 'outstanding', reports: 'inspection' },
      { authorityKey: 'swindon', overall: 'inadequate', reports: 'inspection' },
    ],
  },
  {
    file: 'round-up-focused-visits.txt',
    entries: [
      { authorityKey: 'sheffield', overall: null, reports: 'focused-visit' },
      { authorityKey: 'wigan', overall: null, reports: 'focused-visit' },
      { authorityKey: 'sandwell', overall: null, reports: 'focused-visit' },
    ],
  },
  { file: 'statistics-quarter-outstanding.txt', entries: [] },
];

describe.each(ROUND_UPS)('a round-up: $file', ({ file, entries }) => {
  const article = analyseDocument({ text: newsFixture(file) }) as NewsArticle;
  const model = panelModelForDocument(article);

  it('is news about several authorities, none of them the page’s', () => {
    expect(article).toMatchObject({ kind: 'news', isRoundUp: true, authority: null, authorityKey: null, grades: {}, priorGrades: [] });
  });

  it('gets no one-authority badge: no overall grade, no judgements, and says why', () => {
    expect(model.overall).toBeNull();
    expect(model.judgements).toEqual([]);
    expect(model.authority).toBeNull();
    expect(model.note).toBe(ROUND_UP_NOTE);
  });

  it('lists each authority with the grade the article gives it, linked to its page on Ofsted', () => {
    expect(article.roundUp.map((e) => ({ authorityKey: e.authorityKey, overall: e.grades.overall ?? null, reports: e.reports }))).toEqual(entries);
    expect(model.roundUp?.map((item) => item.href)).toEqual(article.roundUp.map((e) => `https://reports.ofsted.gov.uk/provider/44/${e.urn}`));
    for (const entry of article.roundUp) expect(entry.urn).toMatch(/^\d{5}$/);
  });
});

describe('an article page read as the extension and the CLI read it (sector-page.html)', () => {
  const path = resolve(NEWS_FIXTURES, 'sector-page.html');
  const expected = {
    kind: 'news',
    authorityKey: 'bromley',
    grades: { overall: 'outstanding', leaders: 'outstanding', helpAndProtection: 'outstanding', inCare: 'outstanding', careLeavers: 'outstanding' },
    isRoundUp: false,
  };
  const outside = /inadequate after children|north of England|weekly briefing|independent news service/i;

  it('through Readability: the grades the article gives, good (2018) as the prior grade, nothing from the page around it', async () => {
    const article = analyseDocument(await readDocument(path)) as NewsArticle;
    expect(article).toMatchObject(expected);
    expect(article.priorGrades.map(({ grade, year }) => ({ grade, year }))).toEqual([{ grade: 'good', year: 2018 }]);
    expect(article.points.map((p) => p.text).join(' ')).not.toMatch(outside);
  });

  it('from the whole page’s text, menus, related stories and footer included: the same', () => {
    const { document } = parseHTML(readFileSync(path, 'utf8'));
    const article = analyseDocument({ text: blockText(document.body), title: document.title }) as NewsArticle;
    expect(article).toMatchObject(expected);
    expect(article.priorGrades.map(({ grade, year }) => ({ grade, year }))).toEqual([{ grade: 'good', year: 2018 }]);
    expect([...article.points.map((p) => p.text), ...article.priorReferences.map((r) => r.sentence)].join(' ')).not.toMatch(outside);
  });
});
