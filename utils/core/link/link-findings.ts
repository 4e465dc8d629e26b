// Links each finding of a report to what the same authority's earlier inspections said on the
// same matter. Explicit back-references ("identified in the 2018 inspection") are resolved first,
// to the inspection they name; then every sentence with a practice theme is matched by BM25
// (MiniSearch) against earlier findings and article points sharing that theme. Precision first:
// a link needs a shared theme, enough shared terms, and a plain polarity on both sides.
import MiniSearch from 'minisearch';
import { splitSentences } from './prior-references';
import type { Finding, FindingLink, ParsedDocument, Polarity, Report } from '../schema/domain';
import { polarityOf } from './polarity-of';
import { isEarlier, priorInspectionOf, type PriorInspection } from './prior-inspection';
import { relationOf } from './relation';
import { terms } from './terms';
import { isBroadTheme, themeLabel, themesOf } from './themes';

export type PriorSource = { source: string; doc: ParsedDocument };


type PriorSentence = {
  id: number;
  sentence: string;
  text: string;
  number: number | null;
  themes: string[];
  polarity: Polarity;
  prior: number;
};

const MIN_TERMS_IMPLICIT = 3;
const MIN_TERMS_EXPLICIT = 2;
const MIN_TERMS_BROAD = 4;
/** A finding can rest on two different earlier statements of one inspection, no more. */
const LINKS_PER_PRIOR = 2;

function statementsOf(doc: ParsedDocument): Array<{ text: string; number: number | null }> {
  return doc.kind === 'news' ? doc.points.map((p) => ({ text: p.text, number: null })) : doc.findings.map((f) => ({ text: f.text, number: f.number }));
}

function indexPriorSentences(priors: readonly PriorSource[]): { index: MiniSearch<PriorSentence>; sentences: PriorSentence[] } {
  const sentences: PriorSentence[] = [];
  priors.forEach((prior, p) => {
    for (const { text, number } of statementsOf(prior.doc)) {
      const own = splitSentences(text);
      for (const sentence of own) {
        const polarity = polarityOf(sentence);
        const themes = themesOf(sentence, own[0]);
        if (polarity && themes.length > 0) sentences.push({ id: sentences.length, sentence, text, number, themes, polarity, prior: p });
      }
    }
  });
  const index = new MiniSearch<PriorSentence>({
    fields: ['sentence'],
    tokenize: terms,
    processTerm: (term) => term,
  });
  index.addAll(sentences);
  return { index, sentences };
}

type Query = { sentence: string; at: string; polaritySentence: string; explicit: boolean; priors: Set<number> | null };

/** The sentences of a finding worth matching, explicit back-references first. */
function queriesOf(finding: Finding, referencedPriors: (year: number | null) => Set<number>): Query[] {
  const sentences = splitSentences(finding.text);
  const queries: Query[] = finding.priorReferences.map((ref) => {
    const at = sentences.indexOf(ref.sentence);
    // "This issue was highlighted in 2018": the issue is usually named in the sentence before.
    const subject = at > 0 ? `${sentences[at - 1]} ${ref.sentence}` : ref.sentence;
    return { sentence: subject, at: ref.sentence, polaritySentence: subject, explicit: true, priors: referencedPriors(ref.year) };
  });
  for (const sentence of sentences) {
    if (finding.priorReferences.some((ref) => ref.sentence === sentence)) continue;
    queries.push({ sentence, at: sentence, polaritySentence: sentence, explicit: false, priors: null });
  }
  return queries;
}

export function linkFindings(report: Report, candidates: readonly PriorSource[]): Map<string, FindingLink[]> {
  const links = new Map<string, FindingLink[]>();
  const currentYear = report.inspection ? Number(report.inspection.start.slice(0, 4)) : 9999;
  const referencedYears = report.findings.flatMap((f) => f.priorReferences.map((r) => r.year)).filter((y): y is number => y !== null);

  const dated = candidates
    .filter((c) => c.doc.authorityKey !== null && c.doc.authorityKey === report.authorityKey)
    .map((c) => ({ ...c, when: priorInspectionOf(c.doc, referencedYears) }))
    .filter((c) => isEarlier(c.when, c.doc, currentYear));
  if (dated.length === 0) return links;
  const { index, sentences } = indexPriorSentences(dated);

  const mostRecent = (): number => dated.reduce((best, c, i) => ((c.when.year ?? 0) > (dated[best]!.when.year ?? 0) ? i : best), 0);
  const referencedPriors = (year: number | null) =>
    new Set(year === null ? [mostRecent()] : dated.flatMap((c, i) => (c.when.year === year ? [i] : [])));

  for (const finding of report.findings) {
    const found: Array<FindingLink & { prior: number; querySentence: string }> = [];
    for (const query of queriesOf(finding, referencedPriors)) {
      const themes = themesOf(query.sentence, splitSentences(finding.text)[0]);
      const now = polarityOf(query.polaritySentence);
      if (themes.length === 0 || !now) continue;
      for (const hit of index.search(query.sentence, { combineWith: 'OR' })) {
        const prior = sentences[hit.id as number]!;
        if (query.priors && !query.priors.has(prior.prior)) continue;
        const shared = prior.themes.filter((t) => themes.includes(t));
        const minTerms = shared.every(isBroadTheme) ? MIN_TERMS_BROAD : query.explicit ? MIN_TERMS_EXPLICIT : MIN_TERMS_IMPLICIT;
        if (shared.length === 0 || hit.terms.length < minTerms) continue;
        const link: FindingLink = {
          inspection: dated[prior.prior]!.when.label,
          year: dated[prior.prior]!.when.year,
          source: dated[prior.prior]!.source,
          number: prior.number,
          text: prior.text,
          sentence: prior.sentence,
          at: query.at,
          matter: themeLabel(shared[0]!),
          relation: relationOf(prior.polarity, now),
          score: Math.round(hit.score * 100) / 100,
          themes: shared,
          terms: hit.terms,
          explicit: query.explicit,
        };
        found.push({ ...link, prior: prior.prior, querySentence: query.sentence });
      }
    }
    const chosen = chooseLinks(found);
    if (chosen.length > 0) links.set(finding.id, chosen);
  }
  return links;
}

/** Explicit references first, then by score. */
const bestFirst = (a: FindingLink, b: FindingLink) => Number(b.explicit) - Number(a.explicit) || b.score - a.score;

/** Best first; per earlier inspection at most two, each on its own earlier and current sentence. */
function chooseLinks(found: Array<FindingLink & { prior: number; querySentence: string }>): FindingLink[] {
  const chosen: typeof found = [];
  for (const link of [...found].sort(bestFirst)) {
    const same = chosen.filter((c) => c.prior === link.prior);
    if (same.length >= LINKS_PER_PRIOR) continue;
    if (same.some((c) => c.text === link.text || c.querySentence === link.querySentence)) continue;
    chosen.push(link);
  }
  return chosen.map(({ prior: _prior, querySentence: _query, ...link }) => link);
}

export type { FindingLink, PriorInspection };
