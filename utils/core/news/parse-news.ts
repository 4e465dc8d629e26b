// A news article about a children's services inspection yields what it states and no more: which
// inspection or visit it reports (the authority and the event, from the headline and the opening
// paragraphs), the grades it gives that inspection, the grades it says earlier inspections gave,
// the strengths and concerns it lists, and the earlier inspections it mentions. An article about
// several authorities (a round-up) is about none of them alone: it lists each with its grades.
import { parseInspectionDates } from '../dates';
import { isConcern } from '../link/polarity-cues';
import { findPriorReferences, splitSentences } from '../link/prior-references';
import { firstWhere } from '../sorted';
import { BULLET_ITEM } from '../vocabulary/bullets';
import { NewsArticleSchema, type Grades, type InspectionDates, type JudgementKey, type NewsArticle, type NewsEvent, type NewsPoint, type PriorGrade, type RoundUpEntry } from '../schema/domain';
import { articleParts, isProse } from './article-body';
import { authorityMentionsIn, distinctAuthorities, findNewsAuthority, type AuthorityMention, type NamedAuthority } from './news-authority';
import { collectiveJudgements, gradeMentionsIn, judgementNamedIn, type GradeMention } from './news-grades';
import { dateInAddress, publishedDate } from './published';
import { readArticleTable, readGradedLists } from './news-table';

// The words that introduce a list ("Inspectors found:"), looked for in what a block says after any
// colon before the one it ends on (introOf): looked for with the rest of the block after them, each
// such word of a long block would read the rest of it again.
const STRENGTH_INTRO = /\b(?:noted|recognised|recognized|highlights?|highlighted|found|praised|strengths?|positives?|include[sd]?|said|observed)\b/i;
const CONCERN_INTRO = /\b(?:concerns?|weakness(?:es)?|criticis\w+|improve\w*|needs?|however|areas? for|shortcomings)\b/i;

/** What a block ending in a colon says after the colon before that one, if any; null for a block that does not end in a colon. */
function introOf(block: string): string | null {
  return block.endsWith(':') ? block.slice(block.lastIndexOf(':', block.length - 2) + 1, -1) : null;
}

// What an article reports, as it names it. An earlier visit ("since the last monitoring visit") is not it.
const EVENTS: ReadonlyArray<[RegExp, NewsEvent]> = [
  [/\bfocused (?:visits?|inspections?)\b/i, 'focused-visit'],
  [/\bmonitoring (?:visits?|reports?|letters?)\b/i, 'monitoring-visit'],
  [/\bjoint targeted area inspections?\b|\bJTAIs?\b/, 'jtai'],
];
const INSPECTION_CUE = /\b(?:inspection|inspected|rated|judged|graded|rating|judgement|judgment)\b/i;
// ("Following their focused visit …" and "Ofsted's recent visit" are the visit reported.)
const EARLIER_EVENT = /\b(?:last|previous|prior|earlier|since|series of|ongoing|regular|quarterly|(?:first|second|third|fourth|fifth|sixth|seventh|eighth)(?=\s+(?:and|to)\b))\s+(?:\w+\s+){0,2}$/i;
const EVENT_DATE_CUE = /\b(?:inspect\w*|visit\w*)\b/i;
// "The report, published on 12 July 2024": when the report came out, not when the inspection was.
const PUBLISHED_DATE = /\b(?:published|publication|issued|released|out)\b[^.;]{0,20}?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}/g;
const PAST_SENTENCE = /\b(?:last|previous|previously|prior|earlier)\b/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const EVENT_IN_YEAR = new RegExp(String.raw`\b(?:inspect\w*|visit\w*)\b[^.]{0,80}?\b(?:in|during|between)\s+(?:\d{1,2}\s+)?(?:${MONTH}\s+)?((?:19|20)\d{2})\b`, 'i');
// "following a 2023 inspection", "the 2024 Ofsted inspection".
// "In 2023 all five areas inspected were …".
const YEAR_THEN_EVENT = /^(?:In|During)\s+((?:19|20)\d{2}),?\s[^.]{0,80}?\binspect/i;
const YEAR_OF_EVENT = /\b(?:a|an|the|its|this)\s+((?:19|20)\d{2})\s+(?:Ofsted\s+)?(?:inspection|visit)\b/i;
// A headline about councils in general or several of them: "Three councils rated good", "A quarter of councils now outstanding".
const MANY_AUTHORITIES = /\b(?:councils|authorities|local authorities|LAs|areas|children['’]s services departments)\b|\b(?:quarter|third|half|fifth|proportion|number|\d+|most|many)\s+of\s+(?:all\s+|England['’]s\s+)?children['’]s\s+services\b/i;

// "Good in all areas", "every area", "all five areas": one authority's judgements, not several places.
const ALL_AREAS = /\b(?:all|every|each)(?:\s+(?:of\s+)?(?:the|its|their))?(?:\s+\w+)?\s+areas?\b/gi;
const ASIDE = /\b(?:neighbouring|nearby|neighbour|fellow|unlike|like|than|compared\s+with|as\s+did|as\s+was)\s+$/i;
const PLACED_IN = /\b(?:part|parts|corner|north|south|east|west|rest|edge)\s+of\s+(?:the\s+)?$/i;
// Ofsted's grade for safeguarding and looked-after children before 2013: "rated adequate", "a rating of adequate".
const OLD_SCALE = /\b(?:rated|judged|graded|rating\s+of|assessed\s+as)\s+(?:as\s+)?['‘"“]?adequate\b/i;
// Minutes' lettered items run on in one block ("… help and protection. d) While the …"): each starts a sentence.
const LETTERED_ITEM = /(?<=[.!?]['’"”]?)\s+(?=\(?[a-z]\)\s)/;
const JUDGED_INADEQUATE = /\b(?:rated|judged|graded)\s+(?:as\s+)?(?:being\s+)?['‘"“]?inadequate\b|\b(?:worst|lowest)\s+(?:possible\s+)?(?:rating|grade|judgement)\b/i;
const VISIT_TOLD = /\b(?:an?|the|their|its|latest|recent)\s+(?:\w+\s+){0,2}?visit\b|\bvisited\b/i;
const OTHER_STORY = /^(?:Read more|Read next|Related|See also|Also read|More on this|Recommended)\b\s*[:|–-]/i;

type Sentence = { text: string; lead: boolean; topic: string | null };
type Outcome = { mention: GradeMention; sentence: Sentence; subjects: string[] };

function eventIn(text: string): NewsEvent | null {
  let found: { at: number; event: NewsEvent } | null = null;
  for (const [pattern, event] of EVENTS) {
    const m = new RegExp(pattern.source, `${pattern.flags}g`);
    for (const hit of text.matchAll(m)) {
      if (EARLIER_EVENT.test(text.slice(Math.max(0, hit.index - 40), hit.index))) continue;
      if (!found || hit.index < found.at) found = { at: hit.index, event };
      break;
    }
  }
  return found?.event ?? null;
}

/**
 * The event the headline, else the opening paragraphs, report: the first visit named there, else an
 * inspection; an article that grades nothing and names neither there reports the first visit its body names.
 */
function reportedEvent(headline: string | null, lead: readonly string[], graded: boolean, body: readonly string[], judgedInadequate = false): NewsEvent | null {
  // A visit the opening names by its kind outranks the word "inspection" before it ("a two-day inspection …
  // a two-day focused visit"), unless the headline reports an inspection.
  const opening = [headline ?? '', ...lead];
  const cued = opening.findIndex((text) => INSPECTION_CUE.test(text) && (graded || text === headline || /\binspect(?!\w*\s+department)/i.test(text)));
  for (const [index, text] of opening.entries()) {
    const event = eventIn(text);
    if (event && (graded ? index <= cued || cued === -1 : cued !== 0 || index === 0)) return event;
  }
  if (cued !== -1) return 'inspection';
  if (graded) return 'inspection';
  for (const text of body) {
    const event = eventIn(text);
    if (event) return event;
  }
  // Ofsted visits an authority it judged inadequate to monitor it: an ungraded opening that tells of a
  // visit to one reports a monitoring visit ("A visit to the county … found steady progress since being rated inadequate").
  if (judgedInadequate && opening.some((text) => VISIT_TOLD.test(text) && !PAST_SENTENCE.test(text))) return 'monitoring-visit';
  return null;
}

/** The dates of what the article reports: the first sentence about an inspection or visit that dates it, unless it dates an earlier one. */
function reportedDates(sentences: readonly string[]): InspectionDates | null {
  for (const sentence of sentences) {
    if (!EVENT_DATE_CUE.test(sentence)) continue;
    const dates = parseInspectionDates(sentence.replace(PUBLISHED_DATE, ' '));
    if (!dates) continue;
    const before = sentence.slice(0, sentence.search(new RegExp(dates.start.slice(0, 4))));
    if (PAST_SENTENCE.test(before) && findPriorReferences(sentence).some((r) => r.year === Number(dates.start.slice(0, 4)))) continue;
    return dates;
  }
  return null;
}

/** The year a sentence dates an inspection or visit in, unless it says the inspection was an earlier one. */
function eventYearIn(sentence: string): number | null {
  const m = EVENT_IN_YEAR.exec(sentence) ?? YEAR_OF_EVENT.exec(sentence) ?? YEAR_THEN_EVENT.exec(sentence);
  return m && !PAST_SENTENCE.test(sentence.slice(0, m.index + m[0].length)) ? Number(m[1]) : null;
}

function reportedYearOf(dates: InspectionDates | null, sentences: readonly string[], published: string | null, body: readonly string[] = []): number | null {
  if (dates) return Number(dates.start.slice(0, 4));
  // An inspection years before the article came out is an earlier one, however it is worded.
  const recent = (year: number) => !published || year >= Number(published.slice(0, 4)) - 1;
  for (const sentence of sentences) {
    const year = eventYearIn(sentence);
    if (year !== null && recent(year)) return year;
  }
  if (published) return null;
  // An undated article that tells its story in order ("rated inadequate in 2010 … following an
  // inspection in 2023, …") reports the inspection of the latest year it names, when an inspection is dated to it.
  const years = body.flatMap((sentence) => [...sentence.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1])));
  const latest = Math.max(...years);
  return body.some((sentence) => eventYearIn(sentence) === latest) ? latest : null;
}

/**
 * Which authorities each grade in a sentence belongs to: those named in its grade's clause, else
 * before it in its sentence, else the sentence's topic. `names` come in order, so each grade's are
 * found by binary search, and the authorities named from each place on are gathered as the grades
 * go on through the sentence: a sentence of thousands of names and grades is not read again for each.
 */
function subjectsIn(sentence: Sentence, names: readonly AuthorityMention[]): (mention: GradeMention) => string[] {
  const firstAt = (at: number) => firstWhere(names, (name) => name.index >= at);
  // A list of names runs back past the clause's start: "Leeds and Calderdale were rated good".
  const listStarts = new Map<number, number>();
  const listStart = (last: number) => {
    let first = listStarts.get(last) ?? last;
    while (first > 0 && /^(?:['’]s)?\s*(?:,|and|&|,\s*and)\s*$/.test(sentence.text.slice(names[first - 1]!.index + names[first - 1]!.name.length, names[first]!.index))) first -= 1;
    listStarts.set(last, first);
    return first;
  };
  const gathered = new Map<number, { to: number; ids: Set<string> }>();
  return (mention) => {
    const before = firstAt(mention.at);
    // The name nearest the grade in its clause, with any list it ends: "Hampshire's role in ensuring Ofsted rated the Isle of Wight's services good" is the Isle of Wight's.
    const inClause = Math.max(Math.min(firstAt(mention.clauseStart), before), before - 1);
    const from = inClause < before ? listStart(inClause) : 0;
    let named = gathered.get(from);
    if (!named || named.to > before) named = { to: from, ids: new Set() };
    for (; named.to < before; named.to += 1) named.ids.add(names[named.to]!.id);
    gathered.set(from, named);
    if (named.ids.size > 0) return [...named.ids];
    return sentence.topic ? [sentence.topic] : [];
  };
}

function sentencesOf(headline: string | null, body: readonly string[], lead: readonly string[]): Sentence[] {
  const sentences: Sentence[] = headline ? [{ text: headline, lead: true, topic: null }] : [];
  const leading = new Set(lead);
  let topic: string | null = null;
  for (const block of body) {
    // A link to another story ("Read more: … rated inadequate") says nothing of this one.
    if (OTHER_STORY.test(block)) continue;
    const text = BULLET_ITEM.exec(block)?.[1] ?? block;
    // A heading that names one authority is the topic of what follows it, as in a round-up's sections.
    if (block.length < 80 && !isProse(block) && !BULLET_ITEM.test(block)) {
      const named = distinctAuthorities(authorityMentionsIn(block));
      if (named.length === 1) topic = named[0]!.id;
    }
    for (const item of text.split(LETTERED_ITEM)) {
      for (const sentence of splitSentences(item)) if (!OTHER_STORY.test(sentence)) sentences.push({ text: sentence, lead: leading.has(block), topic });
    }
  }
  return sentences;
}

/**
 * The year whose framework the reported inspection was under: the year the article gives it, else
 * the year of its publication less the weeks a report takes to come out.
 */
function frameworkYear(reportedYear: number | null, published: string | null, text: string): number | null {
  if (reportedYear !== null) return reportedYear;
  if (!published) return yearOfWording(text);
  const inspected = new Date(`${published}T00:00:00Z`);
  inspected.setUTCDate(inspected.getUTCDate() - 90);
  return inspected.getUTCFullYear();
}

// Judgement names only one framework has: the single inspection framework's (2014-2017), the
// 2018-2022 arrangements' one judgement for children in care and care leavers, the 2023 ones' two.
const FRAMEWORK_WORDING: ReadonlyArray<[RegExp, number]> = [
  [/\b(?:leadership, management and governance|adoption performance|children looked after and achieving permanence)\b/i, 2016],
  [/\bexperiences and progress of children in care and (?:of |for )?(?:those )?(?:children |young people )?(?:care leavers|leaving care)\b/i, 2020],
  [/\bexperiences and progress of (?:care leavers|children in care)\b(?! and (?:of |for )?(?:those )?(?:children |young people )?(?:care leavers|leaving care))/i, 2024],
];

/** The year of the one framework whose judgement names the article uses; null when it uses none, or several's. */
function yearOfWording(text: string): number | null {
  const years = FRAMEWORK_WORDING.filter(([pattern]) => pattern.test(text)).map(([, year]) => year);
  return years.length === 1 ? years[0]! : null;
}

/**
 * A grade given to "all four areas" stands for each judgement of the framework those four are; an
 * earlier inspection's, and one whose framework is unclear, for the overall grade alone (none from
 * 2026, whose reports give no overall grade).
 */
function expandCollective(outcome: Outcome, articleYear: number | null): Outcome[] {
  const { every } = outcome.mention;
  if (every === undefined) return [outcome];
  const plain = { ...outcome, mention: { ...outcome.mention, every: undefined } };
  if (outcome.mention.time === 'prior') return [plain];
  // A current grade's own clause, or its sentence's opening, dates this inspection when it names one year ("In 2023 all five areas …").
  const { text } = outcome.sentence;
  const opening = /^(?:However,?\s+)?(?:In|(?:Following|After)\s+(?:an?|the|its)\s+inspection\s+in)\s+(?:\w+\s+)?20\d{2}\b/i.exec(text)?.[0] ?? '';
  const near = `${opening} ${text.slice(outcome.mention.clauseStart, outcome.mention.at + 40)}`;
  const years = new Set([...near.matchAll(/\b(20\d{2})\b/g)].map((m) => Number(m[1])));
  const year = articleYear ?? (years.size === 1 ? [...years][0]! : null);
  const judgements = collectiveJudgements(every, year);
  if (judgements.length === 0) return year !== null && year >= 2026 ? [] : [plain];
  return judgements.map((judgement) => ({ ...plain, mention: { ...plain.mention, judgement } }));
}

/** The first grade per judgement: the headline's and the opening paragraphs' first; else the body's, when the body agrees with itself. */
function gradesOf(outcomes: readonly Outcome[]): Grades {
  const grades: Grades = {};
  const body = new Map<JudgementKey, Set<string>>();
  for (const { mention, sentence } of outcomes) {
    if (sentence.lead) grades[mention.judgement] ??= mention.grade;
    else body.set(mention.judgement, (body.get(mention.judgement) ?? new Set()).add(mention.grade));
  }
  for (const [judgement, said] of body) {
    if (!grades[judgement] && said.size === 1) grades[judgement] = [...said][0] as Grades[JudgementKey];
  }
  return grades;
}

/** Each earlier grade once: "previously rated good" and "rated good in 2018" are one grade, kept with its year. */
function priorGradesOf(outcomes: readonly Outcome[]): PriorGrade[] {
  const prior: PriorGrade[] = [];
  for (const { mention, sentence } of outcomes) {
    const entry = { judgement: mention.judgement, grade: mention.grade, year: mention.year, sentence: sentence.text };
    const same = prior.findIndex((p) => p.judgement === entry.judgement && p.grade === entry.grade && (p.year === entry.year || p.year === null || entry.year === null));
    if (same === -1) prior.push(entry);
    else if (prior[same]!.year === null && entry.year !== null) prior[same] = entry;
  }
  return prior;
}

function points(body: readonly string[]): NewsPoint[] {
  const found: NewsPoint[] = [];
  let judgement: JudgementKey | null = null;
  let intro: 'strength' | 'concern' | null = null;
  for (const block of body) {
    const bullet = BULLET_ITEM.exec(block)?.[1];
    if (bullet) {
      const polarity = intro ?? (isConcern(bullet) ? 'concern' : 'strength');
      found.push({ polarity, judgement, text: bullet });
      continue;
    }
    const introduces = introOf(block);
    intro = introduces === null ? null : CONCERN_INTRO.test(introduces) ? 'concern' : STRENGTH_INTRO.test(introduces) ? 'strength' : null;
    for (const sentence of splitSentences(block)) {
      const statements = gradeMentionsIn(sentence).filter((m) => m.time === 'current');
      const named = statements.find((s) => s.judgement !== 'overall')?.judgement ?? judgementNamedIn(sentence);
      if (statements.length > 0 && named) judgement = named;
      if (statements.length === 0 && isConcern(sentence)) found.push({ polarity: 'concern', judgement, text: sentence });
    }
  }
  return found;
}

export function parseNews(text: string, title?: string, url?: string): NewsArticle {
  const { masthead, headline, body, lead, datelines } = articleParts(text, title);
  const bodyText = body.join('\n');
  const bodySentences = splitSentences(bodyText);
  const inspection = reportedDates(bodySentences);
  const published = publishedDate(datelines, bodySentences);
  const reportedYear = reportedYearOf(inspection, [...(headline ? [headline] : []), ...lead.flatMap((p) => splitSentences(p))], published, bodySentences);
  // Last, a date on a line near the top (a committee meeting's): the year it names.
  const dateNearTop = publishedDate([...datelines, ...body.slice(0, 3)], []);
  const yearOfFramework = frameworkYear(reportedYear, published ?? dateInAddress(url), [headline ?? '', bodyText].join('\n')) ?? (dateNearTop ? Number(dateNearTop.slice(0, 4)) : null);
  const publishedYears = published ? [Number(published.slice(0, 4)), Number(published.slice(0, 4)) - 1] : [];

  const outcomes: Outcome[] = [];
  const asides = new Set<string>();
  const visited = new Map<string, NamedAuthority>();
  for (const sentence of sentencesOf(headline, body, lead)) {
    // The names are read only where a grade or a visit needs them: most sentences of a page have neither.
    const mentions = gradeMentionsIn(sentence.text, { reportedYear, publishedYears });
    const visit = /\bvisit(?:ed|s)?\b/i.test(sentence.text) && !PAST_SENTENCE.test(sentence.text);
    if (mentions.length === 0 && !visit) continue;
    // "A part of Devon" places what the sentence speaks of; it is not Devon's council.
    const names = authorityMentionsIn(sentence.text).filter((n) => !PLACED_IN.test(sentence.text.slice(Math.max(0, n.index - 30), n.index)));
    // "Neighbouring Bradford was rated inadequate": another authority brought in for comparison is not one the article reports.
    for (const n of names) if (ASIDE.test(sentence.text.slice(Math.max(0, n.index - 30), n.index))) asides.add(n.id);
    const subjectsOf = subjectsIn(sentence, names);
    for (const mention of mentions) outcomes.push(...expandCollective({ mention, sentence, subjects: subjectsOf(mention) }, yearOfFramework));
    // A visit's authority, as a round-up of visits names each ("Inspectors visited Wokingham's children's services on …").
    if (visit) {
      for (const { name, key, urn, id } of names) if (!visited.has(id)) visited.set(id, { name, key, urn, id });
    }
  }

  const main = findNewsAuthority(headline, lead.join('\n'), masthead, bodyText, url);
  const named = new Map<string, NamedAuthority>();
  for (const found of distinctAuthorities(authorityMentionsIn([headline ?? '', bodyText].join('\n')))) named.set(found.id, found);
  const current = outcomes.filter((o) => o.mention.time === 'current');
  // (One the headline names too is reported: "Wiltshire outstanding as neighbouring Swindon falls to inadequate".)
  const inHeadline = new Set(authorityMentionsIn(headline ?? '').map((m) => m.id));
  const reported = (id: string) => !asides.has(id) || inHeadline.has(id);
  const withOutcome = [...new Set([...current.flatMap((o) => o.subjects), ...visited.keys()])].filter(reported);
  const headlineKeys = distinctAuthorities(authorityMentionsIn(headline ?? '')).map((a) => a.id);
  const graded = new Set(current.flatMap((o) => o.subjects).filter(reported));
  // Several authorities graded, or a headline naming several and grading none of them alone: a
  // headline naming a second authority beside the one graded ("Hampshire's leader congratulates the
  // Isle of Wight") is still one authority's news.
  const isRoundUp =
    graded.size >= 2 ||
    (new Set(headlineKeys).size >= 2 && graded.size === 0) ||
    (withOutcome.length >= 2 && (headlineKeys.length !== 1 || !main)) ||
    (headline !== null && MANY_AUTHORITIES.test(headline.replace(ALL_AREAS, ' ')));

  const table = isRoundUp ? null : readArticleTable(body);
  const gradedCurrent = current.length > 0 || (table !== null && Object.keys(table.grades).length > 0);
  const judgedInadequate = !isRoundUp && outcomes.every((o) => o.mention.grade === 'inadequate') && (outcomes.length > 0 || JUDGED_INADEQUATE.test([headline ?? '', bodyText].join('\n')));
  const reports = reportedEvent(headline, lead, gradedCurrent && !isRoundUp, body, judgedInadequate);
  const priorReferences = findPriorReferences(bodyText);
  const addReference = (sentence: string, year: number | null) => {
    const known = priorReferences.find((r) => r.sentence === sentence);
    if (!known) priorReferences.push({ year, sentence });
    else known.year ??= year;
  };

  if (isRoundUp) {
    const order = [...new Set([...headlineKeys, ...current.flatMap((o) => o.subjects), ...visited.keys()])];
    // Each authority's outcomes, in order, gathered in one pass (a round-up may name thousands).
    const outcomesOf = new Map<string, Outcome[]>();
    for (const o of current) {
      for (const id of new Set(o.subjects)) {
        if (!outcomesOf.has(id)) outcomesOf.set(id, []);
        outcomesOf.get(id)!.push(o);
      }
    }
    const roundUp: RoundUpEntry[] = order.flatMap((id) => {
      const grades = gradesOf(outcomesOf.get(id) ?? []);
      const visitOnly = Object.keys(grades).length === 0 && visited.has(id);
      const authority = named.get(id) ?? visited.get(id);
      if (!authority || (Object.keys(grades).length === 0 && !visitOnly)) return [];
      return [{ authority: authority.name, authorityKey: authority.key, urn: authority.urn, grades, reports: visitOnly ? (reports === 'inspection' ? null : reports) : 'inspection' }];
    });
    return NewsArticleSchema.parse({
      kind: 'news', authority: null, authorityKey: null, inspection: null, grades: {}, headline,
      points: points(body), priorReferences, reports, priorGrades: [], isRoundUp: true, roundUp, published,
    });
  }

  // A headline or opening naming two authorities, one of them graded and not the first named: the
  // graded one is the article's ("Hampshire's leader congratulates the Isle of Wight …").
  const onlyGraded = graded.size === 1 ? [...graded][0]! : null;
  const opening = [headline ?? '', lead[0] ?? ''].join('\n');
  const gradedBeside =
    onlyGraded && main && main.id !== onlyGraded && (new Set(headlineKeys).size >= 2 || !headlineKeys.includes(main.id)) && authorityMentionsIn(opening).some((m) => m.id === onlyGraded)
      ? (named.get(onlyGraded) ?? null)
      : null;
  const authority = gradedBeside ?? main ?? (withOutcome.length === 1 ? (named.get(withOutcome[0]!) ?? visited.get(withOutcome[0]!) ?? null) : null);
  // An opening that names no authority at all (the page's headline named it) is about the one it reports, unnamed.
  const unnamed = authority === null && named.size === 0 && visited.size === 0;
  const about = (o: Outcome) => (authority === null ? unnamed && o.subjects.length === 0 : o.subjects.length === 0 || o.subjects.includes(authority.id));
  const ours = outcomes.filter(about);
  const isVisit = reports !== null && reports !== 'inspection';
  // A visit carries no grade: a grade an article about one gives the authority is its standing from an earlier inspection.
  let grades: Grades = (authority || unnamed) && !isVisit ? gradesOf(ours.filter((o) => o.mention.time === 'current')) : {};
  const priorGrades = priorGradesOf(ours.filter((o) => o.mention.time === 'prior' || isVisit).map((o) => (isVisit && o.mention.time === 'current' ? { ...o, mention: { ...o.mention, year: null } } : o)));
  // A grade stated for an earlier inspection is a reference back to it, with its year.
  for (const prior of priorGrades) addReference(prior.sentence, prior.year);
  if ((authority || unnamed) && !isVisit) grades = { ...grades, ...readGradedLists(body) };
  if (table && !isVisit) {
    // The table's rows stand for the judgements it lists; a grade the sentences tie to one it leaves out (the overall grade above a list of four) stays.
    grades = { ...grades, ...table.grades };
    const header = body.find((b) => b.includes('\t'))?.replace(/\t/g, ' | ') ?? 'Judgement table';
    for (const column of table.prior) {
      for (const [judgement, grade] of Object.entries(column.grades) as Array<[JudgementKey, PriorGrade['grade']]>) {
        priorGrades.push({ judgement, grade, year: column.year, sentence: header });
      }
    }
  }

  // An opening that grades on the scale before 2013 ("a rating of adequate"), where the article gives its
  // authority no grade of ours, reports an inspection under none of our frameworks: no authority is badged with it.
  const beforeOurs = !isVisit && Object.keys(grades).length === 0 && OLD_SCALE.test([headline ?? '', ...lead].join('\n'));
  const badged = beforeOurs ? null : authority;
  return NewsArticleSchema.parse({
    kind: 'news',
    authority: badged?.name ?? null,
    authorityKey: badged?.key ?? null,
    inspection,
    grades,
    headline,
    points: points(body),
    priorReferences,
    reports,
    priorGrades,
    isRoundUp: false,
    roundUp: [],
    published,
  });
}
