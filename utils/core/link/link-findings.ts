// Links each finding of a report to what the same authority's earlier inspections said on the
// same matter. What the report itself says comes first: a finding that names the earlier
// inspection ("since the last inspection", "identified in 2018") or states a change ("has
// improved", "remains an area for development") is linked to the earlier paragraph on its matter,
// found by BM25 over the earlier paragraphs from that sentence and, when the sentence does not
// name the matter ("This is an improvement since the last inspection."), the one before it. Its
// relation is the change the report states, else the two sides' polarity. A finding that says
// neither is linked only where both paragraphs plainly treat the same specific matter. At most one
// relation per finding per earlier inspection.
import type { Finding, FindingLink, ParsedDocument, Relation, Report } from '../schema/domain';
import { carriesOn, changeOf } from './change-cues';
import { polarityOf } from './polarity-of';
import { isEarlier, priorInspectionOf, type PriorInspection } from './prior-inspection';
import { splitSentences } from './prior-references';
import { areaNamed, bestSentence, ParagraphIndex, type PriorParagraph, type WeightedTerms } from './paragraph-index';
import { matterTerms } from './matter-terms';
import { relationOf } from './relation';
import { isBroadTheme, themeLabel, themesOf } from './themes';
import { JUDGEMENT_LABELS } from '../vocabulary/judgements';

export type PriorSource = { source: string; doc: ParsedDocument };

/** How surely a sentence speaks of the earlier inspection. */
type Reference = 'names' | 'change' | 'none';

// Thresholds, measured on the hand-labelled pairs (tests/real-pdf/prior-links/): the weight of the
// matter terms both share (the referring sentence's count 1, its paragraph's others less), and for a
// finding that makes no reference, a shared specific practice theme as well.
const MIN_SHARED = { names: 1, change: 2, none: 8 } as const;
/**
 * The sentence that refers back, the one before it when it leans on it, the paragraph's opening,
 * the rest; the rest hardly at all when the sentence leans on the one before ("… assessments of
 * neglect … This is an improvement since the previous inspection."), whose matter it is.
 */
const WEIGHT = { at: 1, before: 0.9, topic: 0.5, rest: 0.5, restWhenLeaning: 0.1 };

const AREA_MATTERS: Record<string, string> = { care: 'Children in care', leavers: 'Care leavers', help: 'Help and protection' };

type Candidate = FindingLink & { prior: number; rank: number; paragraph: number; reference: Reference };

type Query = {
  /** The sentence the link belongs to. */
  at: string;
  /** The sentences that say what the matter is. */
  about: string;
  /** The one that names it: the sentence before, when this one stands for it ("This has led to …"). */
  subject: string;
  terms: WeightedTerms;
  reference: Reference;
  change: Relation | null;
  priors: ReadonlySet<number>;
};

/** The part of a sentence, between commas, semicolons and "and", that names a theme; the sentence if none does alone. */
function clauseNaming(sentence: string, theme: string): string {
  return sentence.split(/[,;]\s+|\s+and\s+(?!\d)/).find((part) => themesOf(part).includes(theme)) ?? sentence;
}

/** The change a sentence states of the matter of one paragraph: its clause's own, when the sentence lists several matters. */
function changeFor(query: Query, paragraph: PriorParagraph): Relation | null {
  const named = themesOf(query.at).filter((t) => !isBroadTheme(t));
  const theme = named.length > 1 ? named.find((t) => paragraph.themes.includes(t)) : undefined;
  return (theme ? changeOf(clauseNaming(query.at, theme)) : null) ?? query.change;
}

const AREAS_FOLLOW = /\bin (?:several|a number of|many|some|most|key) (?:key |important )?(?:areas|aspects)\b(?![^.]*\b(?:such as|including)\b)/i;

const PRONOUN_START = /^(?:This|These|That|It|Such|They)\b/;

/** Whether a sentence leaves its matter to the one before ("This is an improvement since the last inspection."). */
function saysLittle(sentence: string): boolean {
  return matterTerms(sentence).filter((t) => !t.includes('_')).length < 2 || PRONOUN_START.test(sentence);
}

/** Which earlier documents a sentence can speak of: those it names, else the last inspection. */
type PriorsFor = (year: number | null, sentence: string) => ReadonlySet<number>;

function isLeadersJudgement(judgement: Finding['judgement']): boolean {
  return judgement === 'leaders' || judgement === 'overall';
}

function queriesOf(finding: Finding, index: ParagraphIndex, priorsFor: PriorsFor): Query[] {
  const sentences = splitSentences(finding.text);
  const queries: Query[] = [];
  sentences.forEach((sentence, i) => {
    const named = finding.priorReferences.find((ref) => ref.sentence === sentence);
    const next = sentences[i + 1] ?? '';
    // "The need to improve X was noted at the last inspection. This has not been addressed …": the change is in the next sentence.
    const change = changeOf(sentence) ?? (named ? changeOf(next) : null);
    if (!named && !change && !carriesOn(sentence)) return;
    // "… considered in prompt multi-agency strategy meetings. Attendance of key partner agencies has
    // improved since the last inspection.": a short sentence naming no specific matter, after one
    // that names one, is on that matter.
    const specific = (text: string) => themesOf(text, sentences[0]).filter((t) => !isBroadTheme(t)).length;
    const takesMatter = i > 0 && specific(sentence) === 0 && specific(sentences[i - 1]!) === 1 && matterTerms(sentence).filter((t) => !t.includes('_')).length <= 3;
    const leansOnBefore = i > 0 && (saysLittle(sentence) || takesMatter);
    // "This remains an active priority for them as corporate parents.": what "This" stands for, in the sentence before, is the matter.
    const pointsBack = leansOnBefore && PRONOUN_START.test(sentence);
    const parts = [{ text: sentence, weight: pointsBack ? WEIGHT.before : WEIGHT.at }];
    if (leansOnBefore) parts.push({ text: sentences[i - 1]!, weight: pointsBack ? WEIGHT.at : WEIGHT.before });
    if (i > 0) parts.push({ text: sentences[0]!, weight: WEIGHT.topic });
    parts.push({ text: finding.text, weight: leansOnBefore ? WEIGHT.restWhenLeaning : WEIGHT.rest });
    const about = leansOnBefore ? `${sentences[i - 1]} ${sentence}` : sentence;
    const reference = named ? 'names' : 'change';
    const priors = priorsFor(named?.year ?? null, named ? sentence : '');
    queries.push({ at: sentence, about, subject: pointsBack || takesMatter ? sentences[i - 1]! : about, terms: index.weigh(parts), reference, change, priors });
    // "Since 2018, leaders have strengthened services in several key areas of practice. Work to
    // safeguard older children from risk and exploitation is a particular strength.": the areas follow.
    // "Progress for children in care has not been achieved at the same pace. While many children in
    // care are supported well, others have experienced significant delay in achieving permanence": a
    // sentence on a whole area or the service, no one matter in it, is told in the next that names one.
    const told = sentences.slice(i + 1, i + 3).find((s) => themesOf(s).some((t) => !isBroadTheme(t)));
    // Not when "This" stands for the sentence before, nor when the earlier report sums the area or the service up (linked below).
    const area = areaNamed(mainClause(sentence));
    const summed = area === 'leavers' || (area === null && isLeadersJudgement(finding.judgement));
    const general = !leansOnBefore && !summed && ownTerms(sentence, index) === 0;
    if (told && (general || (AREAS_FOLLOW.test(sentence) && told === next && matterTerms(sentence).filter((t) => !t.includes('_')).length < 3))) {
      queries.push({ at: sentence, about: told, subject: told, terms: index.weigh([{ text: told, weight: WEIGHT.at }, { text: sentence, weight: WEIGHT.rest }]), reference, change, priors });
    }
  });
  if (queries.length === 0) {
    const at = sentences.find((s) => polarityOf(s)) ?? sentences[0] ?? finding.text;
    queries.push({ at, about: finding.text, subject: finding.text, terms: index.weigh([{ text: finding.text, weight: 1 }]), reference: 'none', change: null, priors: priorsFor(null, '') });
  }
  return queries;
}

// "this issue was highlighted in the 2018 inspection": the earlier report saw a weakness, whatever
// the words it used (real-pdf/inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf, paragraph 38).
const RAISED_THEN = /\b(?:issues?|weakness(?:es)?|concerns?|areas? for (?:improvement|development)|shortfalls?|this|which)\b[^.]{0,40}\b(?:was|were|had been) (?:highlighted|identified|noted|raised|found|recommended)\b/i;

/** The change the report states; else what each side says, the finding's sentence before its paragraph as a whole. */
function relationFor(query: Query, finding: Finding, said: ReturnType<typeof bestSentence>): Relation | null {
  if (query.change) return query.change;
  const now = polarityOf(query.at) ?? (query.reference !== 'none' ? polarityOf(finding.text) : null);
  const then = query.reference === 'names' && RAISED_THEN.test(query.at) ? 'concern' : said.polarity;
  return now && then ? relationOf(then, now) : null;
}

/**
 * What the two speak of, in a reader's words: the practice theme of the earlier sentence that the
 * finding shares, else one both paragraphs share, else the area a sentence names as a whole, else
 * the judgement the finding stands under. Never the stemmed words the match rested on.
 */
function matterOf(finding: Finding, about: string, sharedThemes: readonly string[], said: string, then: PriorParagraph): string {
  const inFinding = themesOf(finding.text, splitSentences(finding.text)[0]);
  const ofSentence = themesOf(said, then.sentences[0]).filter((t) => inFinding.includes(t));
  const theme = [...ofSentence, ...sharedThemes].find((t) => !isBroadTheme(t)) ?? ofSentence[0] ?? sharedThemes[0];
  if (theme) return themeLabel(theme);
  const area = areaNamed(about);
  if (area) return AREA_MATTERS[area]!;
  return finding.judgement ? JUDGEMENT_LABELS[finding.judgement] : 'The service as a whole';
}

// The words a sentence uses of an area or the service as a whole, and of its pace of change
// ("the pace of change and progress for care leavers has been too slow", "leadership has remained
// stable, ambitious and impactful", "stronger foundations"): no one matter in them.
const AREA_WORDS = /\b(?:children|child|care|leavers?|experiences?|progress|help|protection|services?|quality|support|pace|steady|slow(?:ly)?|leadership|leaders?|senior|team|stable|ambitious|impactful|foundations?|majority|aspects?|level|effectiveness|overall)\b/gi;

// What a sentence says in its main clause: without an opening "In the context of …," (not "Despite …,", which often names the matter)
// and without a closing hedge or aside (", although …", ", which …"), which name other matters.
const OPENING_ASIDE = /^(?:In the context of|Against (?:a|the) backdrop of)\b[^,]*,\s*/i;
const CLOSING_ASIDE = /,\s*(?:although|though|while|whilst|but|however|which|given|making|with)\b.*$/i;

function mainClause(sentence: string): string {
  return sentence.replace(OPENING_ASIDE, '').replace(CLOSING_ASIDE, '');
}

/** Matter words a sentence's main clause has beyond the names of the judgement areas and the authority's own name. */
function ownTerms(text: string, index: ParagraphIndex): number {
  return new Set(index.termsOf(mainClause(text).replace(AREA_WORDS, ' ')).filter((t) => !t.includes('_'))).size;
}

/** How much of the query's matter a paragraph shares: each shared word by its weight, a shared pair of words half as much again. */
function sharedWeight(query: WeightedTerms, shared: readonly string[]): number {
  return shared.reduce((sum, t) => sum + (query.get(t) ?? 0) * (t.includes('_') ? 0.5 : 1), 0);
}

function candidatesFor(finding: Finding, position: number, index: ParagraphIndex, dated: ReadonlyArray<{ source: string; when: PriorInspection }>, priorsFor: PriorsFor): Candidate[] {
  const found: Candidate[] = [];
  const topic = splitSentences(finding.text)[0] ?? '';
  const tier = { names: 0, change: 100, none: 200 } as const;

  const linkTo = (query: Query, paragraph: PriorParagraph, hit: { score: number; shared: string[] }, themes: string[], rank: number): void => {
    const said = bestSentence(paragraph, query.terms);
    const relation = relationFor({ ...query, change: changeFor(query, paragraph) }, finding, said);
    if (!relation) return;
    const when = dated[paragraph.prior]!.when;
    found.push({
      inspection: when.label,
      year: when.year,
      source: dated[paragraph.prior]!.source,
      number: paragraph.number,
      sentence: said.sentence,
      at: query.at,
      matter: matterOf(finding, query.about, themes, said.sentence, paragraph),
      relation,
      score: Math.round(hit.score * 100) / 100,
      themes,
      terms: hit.shared,
      explicit: query.reference === 'names',
      prior: paragraph.prior,
      rank: rank + tier[query.reference],
      paragraph: paragraph.id,
      reference: query.reference,
    });
  };

  // A sentence naming several specific matters ("16- to 17-year-old homeless children now receive …,
  // kinship care is increasing, fostering recruitment remains steady"): each matter the first
  // paragraph does not treat is looked for among the paragraphs that do, by the words of its clause.
  const moreMatters = (query: Query, first: { paragraph: PriorParagraph } | null, prior: number): void => {
    const own = new Set(index.weigh([{ text: query.at, weight: 1 }]).keys());
    const linkedThemes = new Set(first?.paragraph.themes ?? []);
    const linkedHere = new Set(first ? [first.paragraph.id] : []);
    const named = themesOf(query.at, topic).filter((t) => !isBroadTheme(t));
    if (named.length < 2) return;
    for (const theme of named) {
      if (linkedThemes.has(theme)) continue;
      const clause = clauseNaming(query.at, theme);
      // Two themes in one clause ("Recruitment … has increased the number of foster carers") are one matter.
      if (clause === query.at && !/[,;]/.test(query.at)) continue;
      const terms = index.weigh([{ text: clause, weight: 1 }, { text: query.at, weight: WEIGHT.rest }]);
      const found = index.find(terms, finding.judgement, new Set([prior]), position).find((h) => h.paragraph.themes.includes(theme));
      // The matter in other words than the earlier report's ("family hubs" then "early help"): the paragraph that opens on it.
      const hit = found && sharedWeight(terms, found.shared.filter((t) => own.has(t))) >= MIN_SHARED.names ? found : index.openingOn(theme, prior);
      if (!hit || linkedHere.has(hit.paragraph.id)) continue;
      linkedHere.add(hit.paragraph.id);
      for (const t of hit.paragraph.themes) linkedThemes.add(t);
      linkTo(query, hit.paragraph, hit, [theme], 50);
    }
  };

  const isLeaders = isLeadersJudgement(finding.judgement);
  for (const query of queriesOf(finding, index, priorsFor)) {
    const nowThemes = themesOf(query.about, topic);
    const linked = new Set<number>();
    // A whole area said to have changed ("services for care leavers have improved since the last
    // inspection"), no one matter in it named: the earlier report's opening paragraph on that area.
    // Only care leavers: the reports open children in care on coming into care and help and
    // protection on early help, not with a summary, so there the words of the paragraph find the matter.
    // The service as a whole said to have changed, under the leaders' judgement ("There is
    // improvement in the quality of social work in Trafford."): where the earlier report sums it up.
    // Neither where the earlier report has no such paragraph: its words find the matter.
    const area = query.reference === 'none' ? null : areaNamed(mainClause(query.about));
    const general = query.reference !== 'none' && ownTerms(query.about, index) === 0;
    const openings = !general ? [] : area === null ? (isLeaders ? index.leadersOpeningOf(query.priors) : []) : area !== 'leavers' ? [] : index.openingOf(area, query.priors);
    if (openings.length > 0) {
      for (const opening of openings) linkTo(query, opening, { score: 0, shared: [] }, [], 0);
      continue;
    }
    // A finding that refers to nothing links only on a specific matter it shares: with none of its own, no search.
    if (query.reference === 'none' && !nowThemes.some((t) => !isBroadTheme(t))) continue;
    const found = index.find(query.terms, finding.judgement, query.priors, position);
    // A sentence that names a specific matter ("threshold understanding") speaks of it, whatever the
    // rest of its paragraph goes on to: the paragraphs on that matter first, when any shares words.
    const ownThemes = query.reference === 'none' ? [] : themesOf(query.subject).filter((t) => !isBroadTheme(t));
    // One matter only: a list of them ("parental mental illness, domestic abuse, … and neglect") is what something else takes in.
    const onTheme = ownThemes.length === 1 ? found.filter((hit) => hit.paragraph.themes.includes(ownThemes[0]!)) : [];
    const hits = onTheme.length > 0 ? [...onTheme, ...found.filter((hit) => !onTheme.includes(hit))] : found;
    for (const [rank, hit] of hits.entries()) {
      // Only the best paragraph of each earlier inspection speaks for it.
      if (linked.has(hit.paragraph.prior)) continue;
      linked.add(hit.paragraph.prior);
      const sharedThemes = hit.paragraph.themes.filter((t) => nowThemes.includes(t));
      if (query.reference === 'none' && !sharedThemes.some((t) => !isBroadTheme(t))) continue;
      // On the one specific matter the sentence names, a word shared is enough, as for a sentence naming the inspection.
      const needed = onTheme.includes(hit) ? MIN_SHARED.names : MIN_SHARED[query.reference];
      const holds = sharedWeight(query.terms, hit.shared) >= needed && index.anySpecific(hit.shared, hit.paragraph.prior);
      if (holds) linkTo(query, hit.paragraph, hit, sharedThemes, rank);
      // The other matters a sentence lists, whether or not its best paragraph held.
      if (query.reference !== 'none') moreMatters(query, holds ? hit : null, hit.paragraph.prior);
    }
  }
  return found;
}

/**
 * What the report names first, then a stated change, then the best match. Each sentence that
 * refers back or states a change keeps its own link (one paragraph may speak of several matters,
 * each with its earlier paragraph); a finding that says neither, one link per earlier inspection.
 * An earlier paragraph is linked from a finding once, so never with two relations.
 */
function chooseLinks(found: readonly Candidate[]): FindingLink[] {
  const chosen: Candidate[] = [];
  for (const link of [...found].sort((a, b) => a.rank - b.rank || b.score - a.score)) {
    if (chosen.some((c) => c.paragraph === link.paragraph)) continue;
    if (link.reference === 'none' && chosen.some((c) => c.prior === link.prior)) continue;
    chosen.push(link);
  }
  return chosen.map(({ prior: _prior, rank: _rank, paragraph: _paragraph, reference: _reference, ...link }) => link);
}

function isVisit(doc: ParsedDocument): boolean {
  return doc.kind === 'focused-visit' || doc.kind === 'monitoring-visit' || (doc.kind === 'news' && doc.reports !== null && doc.reports !== 'inspection');
}

export function linkFindings(report: Report, candidates: readonly PriorSource[]): Map<string, FindingLink[]> {
  const links = new Map<string, FindingLink[]>();
  const currentYear = report.inspection ? Number(report.inspection.start.slice(0, 4)) : 9999;
  const referencedYears = report.findings.flatMap((f) => f.priorReferences.map((r) => r.year)).filter((y): y is number => y !== null);

  const earlier = candidates
    .filter((c) => c.doc.authorityKey !== null && c.doc.authorityKey === report.authorityKey)
    .map((c) => ({ ...c, when: priorInspectionOf(c.doc, referencedYears) }))
    .filter((c) => isEarlier(c.when, c.doc, currentYear));
  // Only the last inspection, the last visit and the years the report names are ever linked to:
  // index those alone, however many documents the library holds.
  const lastYear = (visit: boolean) => Math.max(0, ...earlier.filter((c) => isVisit(c.doc) === visit).map((c) => c.when.year ?? 0));
  const [lastInspection, lastVisit] = [lastYear(false), lastYear(true)];
  const dated = earlier.filter((c) => {
    const year = c.when.year ?? 0;
    return year === (isVisit(c.doc) ? lastVisit : lastInspection) || referencedYears.includes(year);
  });
  if (dated.length === 0) return links;
  const index = new ParagraphIndex(dated.map((c) => c.doc), report.authority);

  const latest = (visit: boolean): number[] => {
    const fitting = dated.map((c, i) => ({ c, i })).filter(({ c }) => isVisit(c.doc) === visit);
    const year = Math.max(...fitting.map(({ c }) => c.when.year ?? 0));
    return fitting.filter(({ c }) => (c.when.year ?? 0) === year).map(({ i }) => i);
  };
  // "the last inspection" is the latest earlier inspection; "the last focused visit" the latest
  // visit; a stated change ("has improved") or a matter both treat, the last inspection too.
  const priorsFor: PriorsFor = (year, sentence) => {
    const visit = /\bvisit/i.test(sentence);
    if (year === null) return new Set(latest(visit));
    return new Set(dated.flatMap((c, i) => (c.when.year === year && (!visit || isVisit(c.doc)) ? [i] : [])));
  };

  report.findings.forEach((finding, i) => {
    const chosen = chooseLinks(candidatesFor(finding, i / Math.max(1, report.findings.length - 1), index, dated, priorsFor));
    if (chosen.length > 0) links.set(finding.id, chosen);
  });
  return links;
}

export type { FindingLink, PriorInspection };
