// A one-page scrutiny briefing on one report, for a councillor or an improvement lead preparing a
// committee paper: the authority, this inspection's grades and their direction, where it stands
// in England and among its neighbours (each neighbour's grade dated), what needs to improve, what
// is still a concern since the last inspection (each with its paragraph), and the reader's own
// notes on the report. Every part says where it came from and its date; a part with nothing to
// show says so in a line rather than going missing. Built from the same models as the panel
// (panel-glance.ts) and the side-by-side page (compare-model.ts), so the three never disagree.
import { KIND_LABELS } from '../vocabulary/kinds';
import { JUDGEMENT_LABELS } from '../vocabulary/judgements';
import { dateRangeInWords, formatLongDate } from '../dates';
import { isOfstedSourced } from '../provenance';
import { noteOrigin } from '../notes/note-origin';
import { GRADE_LABELS, GRADES_BEST_FIRST } from '../vocabulary/grades';
import type { Grade, ParsedDocument } from '../schema/domain';
import type { InspectionRecord, Note } from '../schema/storage';
import { authorityPanelContext, readFromLibrary, type AuthorityPanelContext, type HistoryRow } from './authority-history';
import { compareHref } from './compare-address';
import { compareModel, type CompareModel, type LinkedFinding } from './compare-model';
import { provenanceInWords } from './library-words';
import { panelGlance, standingLine, type GlanceJudgement } from './panel-glance';
import { NO_OVERALL_NOTE, TABLE_UNREAD_NOTE, givesNoOverallGrade, panelModelForDocument, withAuthorityContext } from './panel-model';
import { RELATION_WORDS } from './relation-words';

/** Where a part's contents came from, with its date ("Ofsted official statistics, as at 31 March 2025"). */
type Sourced = { source: string };

export type BriefingGrades = Sourced & {
  /** "Grades at this inspection", or a letter's "Grades at the latest graded inspection, 15 May 2023". */
  heading: string;
  overall: Grade | null;
  /** The overall grade's direction in words ("unchanged since 2018"). */
  overallChange: string | null;
  judgements: GlanceJudgement[];
  /** In place of what is not there: no overall grade (2026), no grades at all, a table not read. */
  notes: string[];
};

export type BriefingNeighbour = { name: string; overall: Grade | null; date: string | null; self: boolean };

export type BriefingContext = Sourced & {
  /** "15 May 2023": England's picture and the neighbours' grades are at this date. */
  asOf: string;
  /** Where the authority stands in England and among its neighbours, in one line. */
  standing: string | null;
  england: Array<{ grade: Grade; count: number }>;
  authorities: number;
  notInspected: number;
  /** The neighbours and the authority itself, best grade first, each grade with the day its inspection began. */
  neighbours: BriefingNeighbour[];
};

export type BriefingImprovement = { text: string; /** "Also listed in 2018", when the last inspection listed the same matter. */ alsoEarlier: string | null };

export type BriefingParagraph = { number: number; sentence: string; href: string | null };
export type BriefingConcern = {
  matter: string;
  /** "Still a concern since 2018". */
  since: string;
  findings: Array<{ now: BriefingParagraph; then: BriefingParagraph | null }>;
};

export type BriefingNote = { quote: string; comment: string; /** "Paragraph 40, Care leavers (Requires improvement)". */ where: string | null; /** "Saved in the reader on 5 December 2026". */ saved: string };

export type Briefing = {
  authority: string;
  authorityKey: string;
  /** The report the briefing is on. */
  report: {
    source: string;
    kindLabel: string;
    /** "15 to 19 May 2023", null when the document states none. */
    days: string | null;
    /** "From Ofsted's report PDF on files.ofsted.gov.uk, read into your library on 5 December 2026". */
    from: string;
    href: string | null;
  };
  /** "Prepared by Ofsted Lens on 5 December 2026 from your library." */
  prepared: string;
  grades: BriefingGrades;
  /** The last inspection the report is compared with, in a line: which, when, from where; or that there is none. */
  earlier: string;
  /** The side-by-side page of this report and that last inspection, when the library holds one. */
  compareHref: string | null;
  context: BriefingContext | null;
  /** Said when there is no England picture. */
  contextNote: string | null;
  improvements: Sourced & { items: BriefingImprovement[]; note: string | null };
  persisting: { heading: string; items: BriefingConcern[]; note: string | null; source: string | null };
  notes: Sourced & { items: BriefingNote[]; note: string | null };
};

const dayOf = (ms: number) => formatLongDate(new Date(ms).toISOString().slice(0, 10));
const isLetter = (doc: ParsedDocument) => doc.kind === 'focused-visit' || doc.kind === 'monitoring-visit' || doc.kind === 'jtai';
/** How the briefing names the document in passing. */
const documentWord = (doc: ParsedDocument) => (isLetter(doc) ? 'letter' : 'report');

function readFrom(record: InspectionRecord): string {
  return `${provenanceInWords(record.provenance, record.site)}, read into your library on ${dayOf(record.storedAt)}`;
}

/** Where a history row's grades come from, in words. */
function rowSource(row: HistoryRow, context: AuthorityPanelContext): string {
  if (row.from === 'official') return context.source;
  if (row.from === 'both') return `read from its report in your library, and ${context.source}`;
  return 'read from its report in your library';
}

/** The graded inspection before `row` in the merged history (newest first), which its directions run from. */
const rowBefore = (context: AuthorityPanelContext, row: HistoryRow) => context.history.slice(context.history.indexOf(row) + 1).find((r) => r.start && Object.keys(r.grades).length > 0) ?? null;

function directionsSource(context: AuthorityPanelContext | null, row: HistoryRow | null): string {
  const before = context && row ? rowBefore(context, row) : null;
  if (!context || !before) return 'No earlier graded inspection is known, so no direction is given.';
  return `Directions are against the inspection of ${formatLongDate(before.start!)} (${rowSource(before, context)}).`;
}

/** The report's own grades, or for a letter the latest graded inspection's up to its date, labelled as such. */
function gradesOf(record: InspectionRecord, context: AuthorityPanelContext | null): BriefingGrades {
  const doc = record.document;
  const base = withAuthorityContext(panelModelForDocument(doc, record.source), context);
  const from = provenanceInWords(record.provenance, record.site);
  if (!isOfstedSourced(record) || doc.kind === 'news') {
    return { heading: 'Grades', overall: null, overallChange: null, judgements: [], notes: [`This document is not from Ofsted (${from.replace(/^From /, 'from ')}), so no grades are shown from it.`], source: from };
  }
  if (isLetter(doc)) {
    const what = KIND_LABELS[doc.kind].replace(/ \(no grade\)$/, '').toLowerCase();
    const start = doc.inspection?.start ?? null;
    const row = context?.history.find((r) => r.start && Object.keys(r.grades).length > 0 && (!start || r.start <= start)) ?? null;
    if (!context || !row) {
      return { heading: 'Grades', overall: null, overallChange: null, judgements: [], notes: [`A ${what} carries no grades, and no earlier graded inspection of this authority is known.`], source: from };
    }
    // The provider's glance answers for the row marked current: the latest graded inspection before the letter.
    const glance = panelGlance({ ...base, kind: 'provider', context: { ...context, history: context.history.map((r) => ({ ...r, current: r === row })) } });
    return {
      heading: `Grades at the latest graded inspection, ${formatLongDate(row.start!)}`,
      overall: glance.overall,
      overallChange: glance.overallChange,
      judgements: glance.judgements,
      notes: [`A ${what} carries no grades: these are the latest graded inspection’s, before this ${what}.`],
      source: `${rowSource(row, context).replace(/^read/, 'Read')}. ${directionsSource(context, row)}`,
    };
  }
  const glance = panelGlance(base);
  const notes = doc.gradesRead === 'unsure' ? [TABLE_UNREAD_NOTE] : givesNoOverallGrade(doc) ? [NO_OVERALL_NOTE] : Object.keys(doc.grades).length === 0 ? ['No grades were read from this report.'] : [];
  const current = context?.history.find((r) => r.current) ?? null;
  return { heading: 'Grades at this inspection', overall: glance.overall, overallChange: glance.overallChange, judgements: glance.judgements, notes, source: `This report’s own grades, ${from.replace(/^From/, 'from')}. ${directionsSource(context, current)}` };
}

function contextOf(context: AuthorityPanelContext): BriefingContext {
  const rank = (g: Grade | null) => (g ? GRADES_BEST_FIRST.indexOf(g) : GRADES_BEST_FIRST.length);
  const neighbours = [context.self, ...context.neighbours]
    .map((n) => ({ name: n.name, overall: n.overall, date: n.start ? formatLongDate(n.start) : null, self: n === context.self }))
    .sort((a, b) => rank(a.overall) - rank(b.overall));
  return {
    asOf: formatLongDate(context.asOf),
    standing: standingLine(context),
    england: GRADES_BEST_FIRST.map((grade) => ({ grade, count: context.england.counts[grade] })),
    authorities: context.england.authorities,
    notInspected: context.england.notInspected,
    neighbours,
    source: `${context.source}; latest overall grades at ${formatLongDate(context.asOf)}`,
  };
}

function improvementsOf(record: InspectionRecord, compared: CompareModel): Briefing['improvements'] {
  const doc = record.document;
  const items = doc.kind === 'news' ? [] : doc.improvements;
  const earlierName = compared.earlier?.name ?? null;
  const both = new Set(compared.improvements.filter((m) => m.status === 'both').map((m) => m.later));
  const what = documentWord(doc);
  return {
    items: items.map((text) => ({ text, alsoEarlier: earlierName && both.has(text) ? `Also listed in ${earlierName}` : null })),
    note: items.length === 0 ? `The ${what} lists nothing under “What needs to improve”.` : null,
    source: `The ${what}’s “What needs to improve”, ${provenanceInWords(record.provenance, record.site).replace(/^From/, 'from')}.`,
  };
}

const paragraphOf = (number: number | null, sentence: string, href: string | null): BriefingParagraph | null => (number ? { number, sentence, href } : null);

function persistingOf(compared: CompareModel, what: string): Briefing['persisting'] {
  const { earlier } = compared;
  if (!earlier) {
    return {
      heading: 'Still a concern since the last inspection',
      items: [],
      note: `The library holds no earlier graded report of ${compared.authority}, so no concern can be traced to an earlier inspection: read the earlier report in Ofsted Lens to add it.`,
      source: null,
    };
  }
  const since = `${RELATION_WORDS.persisting.since} ${earlier.name}`;
  const group = compared.findings.find((g) => g.relation === 'persisting');
  const items = (group?.matters ?? []).map(({ matter, findings }) => ({
    matter,
    since,
    findings: findings.map((f: LinkedFinding) => ({
      now: { number: f.laterNumber, sentence: f.laterSentence, href: f.laterHref },
      then: paragraphOf(f.earlierNumber, f.earlierSentence, f.earlierHref),
    })),
  }));
  return {
    heading: `Still a concern since the last inspection (${earlier.date ?? earlier.name})`,
    items,
    note: items.length === 0 ? `No finding of this ${what} was linked as still a concern since ${earlier.name}.` : null,
    source: `Linked by Ofsted Lens between this ${what} and the ${earlier.name} ${earlier.kindLabel.toLowerCase()} (from ${earlier.from}) by shared themes and words: check each against the reports.`,
  };
}

function noteWhere(note: Note): string | null {
  const { findingNumber, judgement, grade } = note.context;
  const parts = [findingNumber ? `Paragraph ${findingNumber}` : null, judgement ? `${JUDGEMENT_LABELS[judgement]}${grade ? ` (${GRADE_LABELS[grade]})` : ''}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

function notesOf(record: InspectionRecord, notes: readonly Note[]): Briefing['notes'] {
  const own = notes
    .filter((n) => record.sources.includes(n.url))
    .sort((a, b) => (a.context.findingNumber ?? Infinity) - (b.context.findingNumber ?? Infinity) || a.anchor.position.start - b.anchor.position.start);
  return {
    items: own.map((n) => {
      const origin = noteOrigin(n);
      return { quote: n.quote, comment: n.comment, where: noteWhere(n), saved: `Saved ${origin.where} on ${origin.when}` };
    }),
    note: own.length === 0 ? 'You have made no notes on this report: select text in the report and choose Save note to add one.' : null,
    source: 'Your own notes, kept on this machine',
  };
}

function earlierLine(compared: CompareModel, context: AuthorityPanelContext | null, start: string | null): string {
  const { earlier } = compared;
  if (earlier) return `The last inspection before this one in your library: ${earlier.kindLabel}, ${earlier.date ?? 'undated'}, from ${earlier.from}.`;
  const official = context?.history.find((r) => r.start && start && r.start < start && r.from === 'official');
  const known = official ? ` ${context!.source}, record an inspection of ${formatLongDate(official.start!)}, whose report the library does not hold.` : '';
  return `There is no earlier inspection of ${compared.authority} in your library.${known}`;
}

/**
 * The briefing on `source`, from `records` (the authority's documents in the library), `notes` (the
 * reader's notes, any page: those on the report's addresses are taken) and `today` (ISO, the day it
 * is prepared). Null when the library does not hold `source`.
 */
export function briefingModel(records: readonly InspectionRecord[], source: string, notes: readonly Note[], today: string): Briefing | null {
  const record = records.find((r) => r.source === source);
  const compared = record ? compareModel(records, source) : null;
  if (!record || !compared) return null;
  const doc = record.document;
  const start = doc.inspection?.start ?? (record.start || null);
  const read = readFromLibrary(records).map((r) => ({ ...r, current: r.source === record.source }));
  const context = authorityPanelContext(record.authorityKey, read, start ?? undefined);
  const grades = gradesOf(record, context);
  return {
    authority: compared.authority,
    authorityKey: record.authorityKey,
    report: {
      source: record.source,
      kindLabel: compared.later.kindLabel,
      days: doc.inspection ? dateRangeInWords(doc.inspection.start, doc.inspection.end) : null,
      from: readFrom(record),
      href: compared.later.href,
    },
    prepared: `Prepared by Ofsted Lens on ${formatLongDate(today)} from your library.`,
    grades,
    earlier: earlierLine(compared, context, start),
    compareHref: compared.earlier ? compareHref(record.source, compared.earlier.source) : null,
    context: context ? contextOf(context) : null,
    contextNote: context ? null : `Ofsted Lens has no England figures for ${compared.authority}: its register does not hold this authority.`,
    improvements: improvementsOf(record, compared),
    persisting: persistingOf(compared, documentWord(doc)),
    notes: notesOf(record, notes),
  };
}
