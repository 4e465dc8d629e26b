import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { realFixture } from '../helpers/fixtures';

const text = realFixture('portsmouth-news-2018.txt');
const article = analyseDocument({ text, url: 'https://www.childrenfirst.news/ofsted-rates-portsmouth-good/' });

describe('the real news article on Portsmouth’s 2018 inspection', () => {
  it('is recognised as news of a children’s services inspection', () => {
    expect(article?.kind).toBe('news');
  });

  it('names Portsmouth, meeting the report’s authority key', () => {
    expect(article?.authority).toBe('Portsmouth');
    expect(article?.authorityKey).toBe('portsmouth');
  });

  it('states overall good and its three judgements good, in the 2018–2022 framework’s terms', () => {
    expect(article?.grades).toEqual({
      overall: 'good',
      helpAndProtection: 'good',
      inCareAndCareLeavers: 'good',
      leaders: 'good',
    });
  });

  it('states no inspection dates, so none are invented', () => {
    expect(article?.inspection).toBeNull();
  });

  it('refers back to the inspection of 2014', () => {
    if (article?.kind !== 'news') throw new Error('not news');
    expect(article.priorReferences.map((r) => r.year)).toContain(2014);
    expect(article.priorReferences.find((r) => r.year === 2014)?.sentence).toMatch(/since its last inspection in 2014\.$/);
  });

  it('lists the inspectors’ bullet points as strengths under the judgement they were reported with', () => {
    if (article?.kind !== 'news') throw new Error('not news');
    const strengths = article.points.filter((p) => p.polarity === 'strength');
    expect(strengths).toHaveLength(16);
    expect(strengths[0]).toMatchObject({ judgement: 'helpAndProtection', text: expect.stringMatching(/^An increasing number of children/) });
    expect(strengths.at(-1)).toMatchObject({ judgement: 'leaders', text: 'Corporate parenting has been strengthened.' });
  });

  it('reads the concerns it states, among them care leavers’ EET and unclear child protection plans', () => {
    if (article?.kind !== 'news') throw new Error('not news');
    const concerns = article.points.filter((p) => p.polarity === 'concern').map((p) => p.text);
    expect(concerns).toContainEqual(expect.stringMatching(/employment, education and training rates for care leavers are too low/));
    expect(concerns).toContainEqual(expect.stringMatching(/child protection plans are not clear enough/));
  });

  it('reports one authority’s inspection, and gives no earlier grade: it names the 2014 inspection but not its grade', () => {
    expect(article).toMatchObject({ reports: 'inspection', isRoundUp: false, roundUp: [], priorGrades: [] });
  });

  it('takes nothing from the unrelated stories around the article', () => {
    if (article?.kind !== 'news') throw new Error('not news');
    const all = article.points.map((p) => p.text).join(' ');
    expect(all).not.toMatch(/religio|fathers|adoption system/i);
  });
});

describe('the article as Readability gives it: its body, and the page title apart', () => {
  it('still reads every grade the body states when the title carries the site’s name', () => {
    const body = text.slice(text.indexOf('Services for children in Portsmouth'), text.indexOf('Knowledge & Resources'));
    const parsed = analyseDocument({ text: body, title: "Ofsted rates Portsmouth 'good' | Children First", url: 'https://www.childrenfirst.news/x' });
    expect(parsed).toMatchObject({
      kind: 'news',
      authorityKey: 'portsmouth',
      grades: { overall: 'good', helpAndProtection: 'good', inCareAndCareLeavers: 'good', leaders: 'good' },
    });
  });
});
