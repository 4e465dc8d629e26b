// The safety the news reading keeps while it reads more (issue 25): generated articles in the new
// wordings (collective grades, lists, tables, openings on the past) never show an earlier grade as
// current; an article about several authorities never gets one authority's badge; and a sentence that
// does not tie a grade to this inspection (about a school, other councils, an earlier inspection, a
// hope, a negation) gives none, wherever it stands in the article.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../utils/core/analyse';
import { panelModelForDocument } from '../../utils/core/model/panel-model';
import { parseNews } from '../../utils/core/news/parse-news';
import type { Grade, NewsArticle } from '../../utils/core/schema/domain';

const GRADES: readonly Grade[] = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
const WORDS: Record<Grade, string> = { outstanding: 'outstanding', good: 'good', 'requires-improvement': 'requires improvement to be good', inadequate: 'inadequate' };
const AUTHORITIES = ['Leeds', 'Sandwell', 'Hackney', 'Cornwall', 'Wigan', 'Kirklees', 'North Yorkshire', 'Central Bedfordshire', 'Telford and Wrekin'];
const URL = 'https://www.localpaper.example/news/story';

const distinctPair = fc.tuple(fc.constantFrom(...GRADES), fc.constantFrom(...GRADES)).filter(([a, b]) => a !== b);

// An earlier inspection's grade, in the new ways the study found it written.
const PASTS = [
  (a: string, g: string, y: number) => `When it was last inspected in ${y}, ${a} was rated ${g} in all four areas.`,
  (a: string, g: string, y: number) => `But after an inspection in ${y}, ${a}'s services were judged ${g}.`,
  (_: string, g: string) => `Last year, children's services were judged ${g} overall.`,
  (a: string, g: string, y: number) => `In ${y} all five areas were rated ${g}, according to ${a}'s previous report.`,
  (a: string, g: string, y: number) => `${a} was previously rated ${g} across the board in ${y}.`,
  (_: string, g: string, y: number) => `The previous inspection in ${y} found the experiences and progress of children in care, care leavers and help and protection all to be ${g}.`,
];
const NOWS = [
  (a: string, g: string) => `${a} Council's children's services have been rated ${g} by Ofsted.`,
  (a: string, g: string) => `Ofsted has rated ${a}'s children's services as ${g}.`,
];

describe('an earlier grade, however the article words it, is never the current grade', () => {
  it('holds for generated articles in the study’s wordings, the past told before or after the present', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AUTHORITIES), distinctPair, fc.integer({ min: 2014, max: 2021 }), fc.constantFrom(...PASTS), fc.constantFrom(...NOWS), fc.boolean(), (a, [now, before], year, past, present, pastFirst) => {
        const sentences = [present(a, WORDS[now]), past(a, WORDS[before], year)];
        const text = `${a} children's services inspected\n\nPublished: 4 March 2024\n\n${(pastFirst ? sentences.reverse() : sentences).join('\n\n')}\n\nInspectors spoke to social workers and children in care.`;
        const article = analyseDocument({ text, url: URL }) as NewsArticle;
        expect(Object.values(article.grades)).not.toContain(before);
        expect(article.grades.overall).toBe(now);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a round-up gets no one authority’s badge', () => {
  it('holds for two to four authorities graded in sentences, lists or collective grades', () => {
    const entry = fc.tuple(fc.constantFrom(...GRADES), fc.constantFrom(
      (a: string, g: string) => `${a} Council's children's services were rated ${g}.`,
      (a: string, g: string) => `${a} was rated ${g} in all areas.`,
      (a: string, g: string) => `Ofsted rated ${a}'s children's services as ${g}.`,
    ));
    fc.assert(
      fc.property(fc.shuffledSubarray(AUTHORITIES, { minLength: 2, maxLength: 4 }), fc.array(entry, { minLength: 4, maxLength: 4 }), fc.boolean(), (names, entries, pluralHeadline) => {
        const headline = pluralHeadline ? 'Ofsted rates councils in all areas' : `${names[0]} and ${names[1]} children's services inspected`;
        const body = names.map((n, i) => entries[i]![1](n, WORDS[entries[i]![0]])).join('\n\n');
        const article = parseNews(`${headline}\n\n${body}\n\nOfsted inspectors looked at help and protection and children in care.`, undefined, URL);
        const model = panelModelForDocument(article, URL);
        expect(article).toMatchObject({ isRoundUp: true, authority: null, authorityKey: null, grades: {}, priorGrades: [] });
        expect(model.overall).toBeNull();
        expect(model.judgements).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

// Sentences that state a grade but do not tie it to this inspection of this authority.
const UNTIED = [
  (g: string) => `Oakfield Primary School in the city was rated ${g} by Ofsted last month.`,
  (g: string) => `Only 46 councils across England are rated ${g}.`,
  (g: string) => `The council aims to be rated ${g} at its next inspection.`,
  (g: string) => `Services are not yet ${g}, the director admitted.`,
  (g: string, y: number) => `At the last inspection in ${y}, services were ${g}.`,
  (g: string) => `Neighbouring Bradford was rated ${g} earlier this year.`,
  (g: string) => `Its nurseries and academies were all judged ${g} across the board.`,
];

describe('a sentence that does not tie a grade gives none', () => {
  it('holds wherever it stands: before the sentence that does, or in an article stating no grade at all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...AUTHORITIES), distinctPair, fc.constantFrom(...UNTIED), fc.integer({ min: 2015, max: 2021 }), fc.boolean(), (a, [now, other], untied, year, graded) => {
        const stated = graded ? `\n\n${a} Council's children's services have been rated ${WORDS[now]} by Ofsted.` : '';
        const text = `Ofsted inspection of ${a} children's services\n\n${untied(WORDS[other], year)}${stated}\n\nInspectors met social workers, children in care and care leavers in ${a}.`;
        const article = parseNews(text, undefined, URL);
        expect(article.grades).toEqual(graded ? { overall: now } : {});
      }),
      { numRuns: 300 },
    );
  });
});
