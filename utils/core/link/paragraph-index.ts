// The earlier inspections' paragraphs (and articles' points), searchable by what a finding speaks
// of: BM25 (MiniSearch) over the words that name a matter (matter-terms.ts). A query weighs its
// terms: the sentence that refers back counts most, the rest of its paragraph a little.
import MiniSearch from 'minisearch';
import type { JudgementKey, ParsedDocument, Polarity } from '../schema/domain';
import { matterTerms } from './matter-terms';
import { polarityOf } from './polarity-of';
import { splitSentences } from './prior-references';
import { terms } from './terms';
import { themesOf } from './themes';

export type PriorParagraph = {
  id: number;
  /** Which earlier document, by its place in the list the index was made from. */
  prior: number;
  number: number | null;
  judgement: JudgementKey | null;
  /** Where it stands in its report, 0 (first) to 1 (last). */
  position: number;
  text: string;
  sentences: string[];
  /** Each sentence's matter terms, worked out once. */
  sentenceTerms: Array<ReadonlySet<string>>;
  themes: string[];
};

/** Query terms with their weights. */
export type WeightedTerms = ReadonlyMap<string, number>;


// Which part of a report a judgement heads: a finding on care leavers speaks to the earlier
// report's care leavers' paragraphs, whichever framework named the judgement.
const AREA: Record<JudgementKey, string> = {
  overall: 'any',
  leaders: 'any',
  lscb: 'any',
  helpAndProtection: 'help',
  inCare: 'care',
  careLeavers: 'leavers',
  inCareAndCareLeavers: 'care+leavers',
  lookedAfter: 'care+leavers',
  adoption: 'care',
};

// A sentence about a whole area rather than one matter in it ("the quality of support for children
// in care has been sustained since the last inspection", real-pdf/inspection/80476_kent_cs-inspection_2026-02-02.pdf, paragraph 18).
const AREA_WORDS: ReadonlyArray<[string, RegExp]> = [
  ['leavers', /\bcare leavers\b|\bcare-experienced young (?:people|adults)\b|\bservices? for care leavers\b/i],
  ['care', /\b(?:children|experiences and progress of children) in care\b|\bchildren looked after\b/i],
  ['help', /\bhelp and protection\b/i],
];

/** The judgement area a sentence speaks of as a whole, if it names one. */
export function areaNamed(sentence: string): string | null {
  return AREA_WORDS.find(([, words]) => words.test(sentence))?.[0] ?? null;
}

// Asked for every paragraph a search scores: each judgement's areas split once.
const AREAS = new Map(Object.entries(AREA).map(([judgement, areas]) => [judgement as JudgementKey, areas.split('+')]));

/** Whether a paragraph stands under a judgement of that area. */
export function isInArea(judgement: JudgementKey | null, area: string): boolean {
  return judgement !== null && AREAS.get(judgement)!.includes(area);
}

/** How much the judgements the two paragraphs stand under make them likely to share a matter. */
export function areaFactor(now: JudgementKey | null, then: JudgementKey | null): number {
  if (!now || !then || AREA[now] === 'any' || AREA[then] === 'any') return 1;
  const a = AREAS.get(now)!;
  return AREAS.get(then)!.some((area) => a.includes(area)) ? 1.4 : 0.6;
}

function statementsOf(doc: ParsedDocument): Array<{ text: string; number: number | null; judgement: JudgementKey | null }> {
  return doc.kind === 'news'
    ? doc.points.map((p) => ({ text: p.text, number: null, judgement: p.judgement }))
    : doc.findings.map((f) => ({ text: f.text, number: f.number, judgement: f.judgement }));
}

// Reports follow one template's order (the front door, then assessment, plans, … care leavers,
// leaders), so paragraphs at the same place in two reports more often share a matter: up to twice
// the score for the same place, fading within a tenth of the report.
const POSITION_BOOST = 1;
const POSITION_SPREAD = 0.1;

/** A term in at most this share of an earlier report's paragraphs (or in one) names something specific in it. */
const SPECIFIC = 0.1;

export type ParagraphHit = { paragraph: PriorParagraph; score: number; shared: string[] };

export class ParagraphIndex {
  readonly paragraphs: PriorParagraph[] = [];
  private readonly search: MiniSearch<PriorParagraph>;

  /** In how many paragraphs of each earlier document each term is, and how many paragraphs it has. */
  private readonly frequency: Array<Map<string, number>> = [];
  private readonly sizes: number[] = [];

  /** Every term the earlier paragraphs hold: a query's other terms can match nothing, so are not searched for. */
  private readonly vocabulary = new Set<string>();

  /** Stems every paragraph of this authority may use: its own name. */
  private readonly ignore: ReadonlySet<string>;

  constructor(priors: readonly ParsedDocument[], authority: string | null) {
    this.ignore = new Set(terms(authority ?? ''));
    this.search = new MiniSearch<PriorParagraph>({
      fields: ['text'],
      tokenize: (text) => {
        const found = matterTerms(text, this.ignore);
        for (const term of found) this.vocabulary.add(term);
        return [...found];
      },
      processTerm: (term) => term,
    });
    priors.forEach((doc, prior) => {
      const statements = statementsOf(doc);
      statements.forEach(({ text, number, judgement }, i) => {
        const sentences = splitSentences(text);
        const position = i / Math.max(1, statements.length - 1);
        const sentenceTerms = sentences.map((sentence) => new Set(matterTerms(sentence, this.ignore)));
        this.paragraphs.push({ id: this.paragraphs.length, prior, number, judgement, position, text, sentences, sentenceTerms, themes: themesOf(text, sentences[0]) });
      });
    });
    this.search.addAll(this.paragraphs);
    for (const paragraph of this.paragraphs) {
      const counts = (this.frequency[paragraph.prior] ??= new Map());
      this.sizes[paragraph.prior] = (this.sizes[paragraph.prior] ?? 0) + 1;
      for (const term of new Set(paragraph.sentenceTerms.flatMap((t) => [...t]))) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }

  /**
   * Whether any of the terms (single words: pairs are rarer by nature) names something the earlier
   * report says in few places: words many of its paragraphs use ("care", "partnership", "foster")
   * cannot alone say which paragraph is on the matter.
   */
  anySpecific(terms: readonly string[], prior: number): boolean {
    const counts = this.frequency[prior];
    const size = this.sizes[prior] ?? 0;
    return terms.some((t) => !t.includes('_') && (counts?.get(t) ?? 0) <= Math.max(1, size * SPECIFIC));
  }

  /** A query's terms, each with the weight of the most telling part it appears in. */
  weigh(parts: ReadonlyArray<{ text: string; weight: number }>): Map<string, number> {
    const weights = new Map<string, number>();
    for (const { text, weight } of parts) {
      for (const term of matterTerms(text, this.ignore)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    }
    return weights;
  }

  /**
   * Where each earlier document sums the service up: the older frameworks' summary, which opens
   * the report under no judgement, else its first paragraph on its leaders.
   */
  leadersOpeningOf(priors: ReadonlySet<number>): PriorParagraph[] {
    const firsts = new Map<number, PriorParagraph>();
    for (const paragraph of this.paragraphs) {
      if (!priors.has(paragraph.prior) || firsts.has(paragraph.prior)) continue;
      const summary = paragraph.judgement === null && paragraph.position === 0 && !RECOMMENDS.test(paragraph.text);
      if (summary || paragraph.judgement === 'leaders') firsts.set(paragraph.prior, paragraph);
    }
    return [...firsts.values()];
  }

  /** Matter terms of a text, leaving out the authority's own name. */
  termsOf(text: string): readonly string[] {
    return matterTerms(text, this.ignore);
  }

  /**
   * Each earlier document's first paragraph under a judgement of the area: where its report sums
   * the area up. Care leavers under a judgement shared with children in care: the first paragraph
   * that opens on them.
   */
  openingOf(area: string, priors: ReadonlySet<number>): PriorParagraph[] {
    const firsts = new Map<number, PriorParagraph>();
    for (const paragraph of this.paragraphs) {
      if (!priors.has(paragraph.prior) || firsts.has(paragraph.prior) || !isInArea(paragraph.judgement, area)) continue;
      if (area === 'leavers' && paragraph.judgement !== 'careLeavers' && !areaNamed(paragraph.sentences[0] ?? '')?.startsWith('leavers')) continue;
      firsts.set(paragraph.prior, paragraph);
    }
    return [...firsts.values()];
  }

  /** An earlier document's first paragraph that opens on a theme. */
  openingOn(theme: string, prior: number): ParagraphHit | null {
    const paragraph = this.paragraphs.find((p) => p.prior === prior && themesOf(p.sentences[0] ?? '').includes(theme));
    return paragraph ? { paragraph, score: 0, shared: [] } : null;
  }

  /** Paragraphs best first, each with the query terms it shares. */
  find(query: WeightedTerms, judgement: JudgementKey | null, priors: ReadonlySet<number>, position: number): ParagraphHit[] {
    const held = [...query.keys()].filter((term) => this.vocabulary.has(term));
    if (held.length === 0) return [];
    return this.search
      .search(held.join(' '), {
        combineWith: 'OR',
        tokenize: (text) => text.split(' '),
        boostTerm: (term) => query.get(term) ?? 0,
        boostDocument: (id) => {
          const paragraph = this.paragraphs[id as number]!;
          const near = Math.exp(-(((paragraph.position - position) / POSITION_SPREAD) ** 2));
          return areaFactor(judgement, paragraph.judgement) * (1 + POSITION_BOOST * near);
        },
      })
      .map((hit) => ({ paragraph: this.paragraphs[hit.id as number]!, score: hit.score, shared: hit.terms }))
      .filter((hit) => priors.has(hit.paragraph.prior));
  }
}

// A recommendation ("Ensure that homeless young people have their rights … explained to them"):
// what the earlier report asked to improve, so a weakness then.
const RECOMMENDS = /^(?:Ensure|Improve|Strengthen|Increase|Reduce|Develop|Review|Address|Make sure)\b/;

/** What most of a paragraph's sentences say, when the one on the matter says neither: one concern among strengths does not make it a concern. */
function mostSaid(paragraph: PriorParagraph): Polarity | null {
  const said = paragraph.sentences.map(polarityOf);
  const [strengths, concerns] = [said.filter((p) => p === 'strength').length, said.filter((p) => p === 'concern').length];
  return strengths > concerns ? 'strength' : concerns > strengths ? 'concern' : polarityOf(paragraph.text);
}

/** The sentence of an earlier paragraph that speaks most of the query's matter, and what it says of it. */
export function bestSentence(paragraph: PriorParagraph, query: WeightedTerms): { sentence: string; polarity: Polarity | null } {
  let best = paragraph.sentences[0] ?? paragraph.text;
  let most = -1;
  paragraph.sentences.forEach((sentence, i) => {
    const weight = [...paragraph.sentenceTerms[i]!].reduce((sum, t) => sum + (query.get(t) ?? 0), 0);
    if (weight > most) [best, most] = [sentence, weight];
  });
  return { sentence: best, polarity: polarityOf(best) ?? (RECOMMENDS.test(best) ? 'concern' : mostSaid(paragraph)) };
}
