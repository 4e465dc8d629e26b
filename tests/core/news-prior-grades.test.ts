// An article's older grade never appears as its current grade: generated articles, each with a
// headline, an opening paragraph, a paragraph on the previous inspection (worded in the ways the news
// words the past) and filler, in any order after the headline.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNews } from '../../utils/core/news/parse-news';
import { panelModelForDocument } from '../../utils/core/model/panel-model';
import type { Grade } from '../../utils/core/schema/domain';

const GRADES: readonly Grade[] = ['outstanding', 'good', 'requires-improvement', 'inadequate'];
const RANK: Record<Grade, number> = { outstanding: 0, good: 1, 'requires-improvement': 2, inadequate: 3 };
const AUTHORITIES = ['Leeds', 'Sandwell', 'Hackney', 'Cornwall', 'Wigan', 'Kirklees', 'North Yorkshire', 'Telford and Wrekin'];

/** A grade as articles write it: "good", "'Good'", "requires improvement to be good", "‘inadequate’". */
const written = (grade: Grade) =>
  fc.tuple(
    fc.constantFrom(...(grade === 'requires-improvement' ? ['requires improvement', 'requires improvement to be good', 'Requires Improvement'] : [grade, grade[0]!.toUpperCase() + grade.slice(1)])),
    fc.constantFrom(['', ''], ["'", "'"], ['‘', '’'], ['“', '”']),
  ).map(([words, [open, close]]) => `${open}${words}${close}`);

type Story = { authority: string; current: Grade; prior: Grade; year: number; now: string; before: string; from: string; to: string };

const story = fc
  .tuple(fc.constantFrom(...AUTHORITIES), fc.constantFrom(...GRADES), fc.constantFrom(...GRADES), fc.integer({ min: 2010, max: 2022 }))
  .filter(([, current, prior]) => current !== prior)
  .chain(([authority, current, prior, year]) =>
    fc.record({
      authority: fc.constant(authority),
      current: fc.constant(current),
      prior: fc.constant(prior),
      year: fc.constant(year),
      now: written(current),
      before: written(prior),
      from: written(prior),
      to: written(current),
    }),
  );

const headlines = (s: Story) => [
  `${s.authority} children's services rated ${s.now}`,
  `Ofsted rates ${s.authority} ${s.now}`,
  `${s.now} rating for ${s.authority} children's services`,
  `${s.authority} children's services judged ${s.now} by Ofsted`,
  `Ofsted publishes its report on ${s.authority} children's services`,
];
const openings = (s: Story) => [
  `Children's services in ${s.authority} have been rated ${s.now} by Ofsted.`,
  `Ofsted has judged ${s.authority}'s children's services to be ${s.now} overall.`,
  `${s.authority} Council's children's services have been rated ${s.now}, inspectors said in a report published today.`,
  `Inspectors spent two weeks looking at how ${s.authority} helps and protects children.`,
];
const pasts = (s: Story) => {
  const direction = RANK[s.current] < RANK[s.prior] ? 'up' : 'down';
  return [
    `${s.authority}'s children's services were rated ${s.before} in ${s.year}.`,
    `The council was previously rated ${s.before}.`,
    `At its last inspection in ${s.year}, the council was judged ${s.before}.`,
    `When it was last inspected, in ${s.year}, the council was rated ${s.before}.`,
    `Services were judged ${s.before} when the council was last inspected in ${s.year}.`,
    `The new rating is ${direction} from ${s.before} at the previous inspection.`,
    `The verdict moves the council ${direction} from ${s.from} to ${s.to}.`,
    `${s.authority} was rated ${s.before} under the previous framework in ${s.year}.`,
    `Inspectors found services had changed since the last inspection in ${s.year}, which judged them ${s.before}.`,
    `Since the time of the last inspection in ${s.year}, when services were judged to be ${s.before}, leaders have changed the front door.`,
    `The council had been rated ${s.before} in ${s.year}.`,
    `It is no longer rated ${s.before}.`,
    `Four years ago, Ofsted rated the council ${s.before}.`,
    `Ofsted last rated the council ${s.before} in ${s.year}.`,
    `Its previous rating was ${s.before}.`,
    `The ${s.before} rating given in ${s.year} has now been replaced.`,
    `Help and protection was rated ${s.before} in ${s.year}, and leadership was judged ${s.before} too at that inspection.`,
    `${s.authority}, which was rated ${s.before} in ${s.year}, has been inspected again.`,
  ];
};
const FILLER = [
  'Inspectors found that social workers know their children well and make good progress with families.',
  '"This is a credit to our staff," said the council’s director of children’s services.',
  'Some children wait too long for their health assessments, the report said.',
  'The council will publish an action plan in the autumn.',
];

const article = story.chain((s) =>
  fc.record({
    s: fc.constant(s),
    headline: fc.constantFrom(...headlines(s)),
    opening: fc.constantFrom(...openings(s)),
    past: fc.constantFrom(...pasts(s)),
    filler: fc.subarray(FILLER),
    order: fc.integer({ min: 0, max: 5 }),
  }),
);

function textOf(a: { headline: string; opening: string; past: string; filler: string[]; order: number }): string {
  const paragraphs = [a.opening, a.past, ...a.filler];
  // Any order after the headline: the past paragraph first, last or between.
  const rotated = [...paragraphs.slice(a.order % paragraphs.length), ...paragraphs.slice(0, a.order % paragraphs.length)];
  return [a.headline, ...rotated].join('\n\n');
}

describe('an article’s older grade', () => {
  it('never appears as its current grade', () => {
    fc.assert(
      fc.property(article, (a) => {
        const parsed = parseNews(textOf(a));
        expect(Object.values(parsed.grades)).not.toContain(a.s.prior);
      }),
      { numRuns: 500 },
    );
  });

  it('is kept as a prior grade, with its year when the sentence gives one', () => {
    fc.assert(
      fc.property(article, (a) => {
        const parsed = parseNews(textOf(a));
        const prior = parsed.priorGrades.filter((p) => p.grade === a.s.prior);
        expect(prior.length).toBeGreaterThan(0);
        // Once per judgement: "previously rated good" and "rated good in 2018" are one grade.
        expect(new Set(prior.map((p) => p.judgement)).size).toBe(prior.length);
        if (a.past.includes(String(a.s.year))) for (const p of prior) expect(p.year).toBe(a.s.year);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the current grade the headline or opening states', () => {
    fc.assert(
      fc.property(article, (a) => {
        const parsed = parseNews(textOf(a));
        const stated = !a.headline.startsWith('Ofsted publishes') || !a.opening.startsWith('Inspectors spent');
        if (stated) expect(parsed.grades.overall).toBe(a.s.current);
        else expect(parsed.grades.overall === undefined || parsed.grades.overall === a.s.current).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a round-up', () => {
  const COUNCIL_FORMS = [(a: string) => `${a} Council`, (a: string) => `${a}'s children's services`, (a: string) => a];
  const roundUp = fc
    .record({
      authorities: fc.uniqueArray(fc.constantFrom(...AUTHORITIES), { minLength: 2, maxLength: 4 }),
      grades: fc.array(fc.constantFrom(...GRADES), { minLength: 4, maxLength: 4 }),
      forms: fc.array(fc.nat(COUNCIL_FORMS.length - 1), { minLength: 4, maxLength: 4 }),
      headline: fc.constantFrom('Latest Ofsted ratings for children’s services', 'Councils rated by Ofsted this month', 'Ofsted publishes inspection results', ''),
    })
    .map(({ authorities, grades, forms, headline }) => ({
      authorities,
      text: [
        ...(headline ? [headline] : []),
        ...authorities.map((a, i) => `${COUNCIL_FORMS[forms[i]!]!(a)} ${forms[i] === 1 ? 'were' : 'was'} rated ${grades[i]!.replace('-', ' ')} by Ofsted, inspectors said in a report published this week.`),
      ].join('\n\n'),
    }));

  it('never gets a one-authority badge', () => {
    fc.assert(
      fc.property(roundUp, ({ authorities, text }) => {
        const parsed = parseNews(text);
        expect(parsed).toMatchObject({ isRoundUp: true, authority: null, authorityKey: null, grades: {} });
        expect(panelModelForDocument(parsed).overall).toBeNull();
        expect(parsed.roundUp.map((e) => e.authority.replace(/ Council$/, ''))).toEqual(authorities);
      }),
      { numRuns: 200 },
    );
  });
});
