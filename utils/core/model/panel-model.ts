// What the panel shows, worked out from a parsed document or a provider page, in plain data so
// the Preact view stays presentational and this stays testable in Node.
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../vocabulary/judgements';
import { KIND_LABELS } from '../vocabulary/kinds';
import { judgementTrends, type Trend } from '../link/trends';
import type { DocumentKind, Grade, HistoryEntry, InspectionDates, JudgementKey, NewsArticle, ParsedDocument, PriorContext, RoundUpEntry } from '../schema/domain';
import type { ProviderPage } from '../page/provider-page';
import type { AuthorityPanelContext } from './authority-history';
import type { PriorFindings } from './prior-findings';
import { authorityName } from '../authorities/authority-name';
import { formatLongDate, isoDatesInWords } from '../dates';
import { provenanceInWords } from './library-words';
import { ofstedSearchUrl } from '../sites';

export type PanelJudgement = { key: JudgementKey; label: string; grade: Grade };
export type PanelEvent = { date: string | null; title: string; href: string; overall: Grade | null };
/** A grade a news article gives an earlier inspection: never shown as the current one. */
export type PanelEarlierGrade = { label: string; grade: Grade; year: number | null };
/** One authority of a round-up: its name linked to its Ofsted page, and the grade the article gives it. */
export type PanelRoundUpItem = { authority: string; href: string; overall: Grade | null; judgements: number; visit: string | null };

export type PanelModel = {
  kind: DocumentKind | 'provider';
  kindLabel: string;
  authority: string | null;
  authorityKey: string | null;
  inspection: InspectionDates | null;
  overall: Grade | null;
  judgements: PanelJudgement[];
  /** A sentence for the reader when there is no grade to show. */
  note: string | null;
  link: { href: string; text: string } | null;
  events: PanelEvent[];
  /** The authority's other inspections the library knows, oldest first. */
  history: HistoryEntry[];
  trends: Trend[];
  /** An article about several authorities: each, never one badge for the page. */
  roundUp?: PanelRoundUpItem[];
  /** A news article: who reported it and when ("Reported by www.cypnow.co.uk on 7 August 2018"), and whose inspection its grades are. */
  reported?: { by: string; gradesOf: string | null; earlier: PanelEarlierGrade[] };
  /** What the findings' links to earlier inspections add up to: added by the overlay and the reader. */
  prior?: PriorFindings;
  /** The authority's official history merged with the library's, and England's picture: added by the overlay, never the content script. */
  context?: AuthorityPanelContext;
};

/** The panel of a page Ofsted Lens does not read, saying why. */
export function panelModelNotRead(kindLabel: string, note: string): PanelModel {
  return {
    kind: 'news', kindLabel, authority: null, authorityKey: null, inspection: null, overall: null,
    judgements: [], link: null, events: [], history: [], trends: [], note,
  };
}

function judgementsOf(doc: ParsedDocument): PanelJudgement[] {
  return JUDGEMENT_ORDER.filter((key) => key !== 'overall' && doc.grades[key]).map((key) => ({
    key,
    label: JUDGEMENT_LABELS[key],
    grade: doc.grades[key]!,
  }));
}

export const TABLE_UNREAD_NOTE = 'Ofsted Lens could not read this report’s judgement table, so it shows no grade from it: see the table in the report.';
export const NO_OVERALL_NOTE = 'This report gives no overall effectiveness grade, only its four judgements, as reports under the 2026 arrangements do.';

export const ROUND_UP_NOTE = 'This article reports on several authorities, so Ofsted Lens gives the page no one grade: each authority is listed with the grade the article gives it.';

const EVENT_WORDS = { 'focused-visit': 'focused visit', 'monitoring-visit': 'monitoring visit', jtai: 'joint targeted area inspection' } as const;

function newsNote(doc: NewsArticle): string | null {
  if (doc.isRoundUp) return ROUND_UP_NOTE;
  const whose = `${authorityName(doc.authorityKey, doc.authority) ?? 'a local authority'}'s children's services`;
  if (doc.reports && doc.reports !== 'inspection') {
    const date = doc.inspection ? ` of ${formatLongDate(doc.inspection.start)}` : '';
    return `This article reports the ${EVENT_WORDS[doc.reports]}${date} to ${whose}. Visits carry no grade.`;
  }
  if (Object.keys(doc.grades).length > 0) return null;
  const year = doc.inspection ? ` of ${doc.inspection.start.slice(0, 4)}` : '';
  return `This article reports the inspection${year} of ${whose} but states no grade.`;
}

/** An ILACS report whose judgements were read with no overall grade among them: the 2026 arrangements give none. */
export function givesNoOverallGrade(doc: ParsedDocument): boolean {
  return doc.kind === 'ilacs' && Object.keys(doc.grades).length > 0 && !doc.grades.overall;
}

function noteFor(doc: ParsedDocument): string | null {
  if (doc.kind === 'news') return newsNote(doc);
  if (doc.gradesRead === 'unsure') return TABLE_UNREAD_NOTE;
  if (givesNoOverallGrade(doc)) return NO_OVERALL_NOTE;
  if (Object.keys(doc.grades).length > 0) return null;
  return 'Visits and joint inspections carry no grade.';
}

/** An authority's page on reports.ofsted.gov.uk when the register gives its URN, else Ofsted's search for it. */
export function ofstedPageFor(entry: Pick<RoundUpEntry, 'authority' | 'urn'>): string {
  return entry.urn ? `https://reports.ofsted.gov.uk/provider/44/${entry.urn}` : ofstedSearchUrl(entry.authority);
}

function roundUpItems(doc: NewsArticle): PanelRoundUpItem[] {
  return doc.roundUp.map((entry) => ({
    authority: authorityName(entry.authorityKey, entry.authority)!,
    href: ofstedPageFor(entry),
    overall: entry.grades.overall ?? null,
    judgements: Object.keys(entry.grades).filter((k) => k !== 'overall').length,
    visit: entry.reports && entry.reports !== 'inspection' ? EVENT_WORDS[entry.reports] : null,
  }));
}

/** What a news article is a report of: a visit, or several authorities' inspections, said as such. */
function newsKindLabel(doc: NewsArticle): string {
  if (doc.isRoundUp) return doc.reports && doc.reports !== 'inspection' ? `News report of ${EVENT_WORDS[doc.reports]}s` : 'News report of several inspections';
  if (doc.reports && doc.reports !== 'inspection') return `News report of a ${EVENT_WORDS[doc.reports]}`;
  return KIND_LABELS.news;
}

/** The site a page is on, or null for no address or one that does not parse. */
function siteOf(address: string | undefined): string | null {
  try {
    return address ? new URL(address).hostname || null : null;
  } catch {
    return null;
  }
}

/**
 * Where a news article came from and what its grades are: "Reported by <site> on <date>" (the date
 * only where the page states it), the grades as this inspection's (with its year where the article
 * gives one), the grades it gives earlier inspections as earlier, each with its year.
 */
function reportedOf(doc: NewsArticle, address: string | undefined): NonNullable<PanelModel['reported']> {
  const site = siteOf(address);
  const by = `${site ? provenanceInWords('news', site) : 'Reported in the news'}${doc.published ? ` on ${formatLongDate(doc.published)}` : ''}`;
  const year = doc.inspection ? ` of ${doc.inspection.start.slice(0, 4)}` : '';
  const gradesOf = Object.keys(doc.grades).length > 0 ? `Grades the article gives this inspection${year}` : null;
  const earlier = doc.priorGrades.map((p) => ({ label: JUDGEMENT_LABELS[p.judgement], grade: p.grade, year: p.year }));
  return { by, gradesOf, earlier };
}

export function panelModelForDocument(doc: ParsedDocument, address?: string): PanelModel {
  return {
    kind: doc.kind,
    kindLabel: doc.kind === 'news' ? newsKindLabel(doc) : KIND_LABELS[doc.kind],
    authority: authorityName(doc.authorityKey, doc.authority),
    authorityKey: doc.authorityKey,
    inspection: doc.inspection,
    overall: doc.grades.overall ?? null,
    judgements: judgementsOf(doc),
    note: noteFor(doc),
    history: [],
    trends: [],
    link:
      doc.kind === 'news' && doc.authority
        ? { href: ofstedSearchUrl(doc.authority), text: `${authorityName(doc.authorityKey, doc.authority)}'s reports on Ofsted` }
        : null,
    events: [],
    ...(doc.kind === 'news' && doc.isRoundUp ? { roundUp: roundUpItems(doc) } : {}),
    ...(doc.kind === 'news' ? { reported: reportedOf(doc, address) } : {}),
  };
}

export function panelModelForProvider(page: ProviderPage, overallOf: (href: string) => Grade | null = () => null): PanelModel {
  return {
    kind: 'provider',
    kindLabel: KIND_LABELS.provider,
    authority: authorityName(page.authorityKey, page.authority),
    authorityKey: page.authorityKey,
    inspection: null,
    overall: null,
    judgements: [],
    note: page.events.length === 0 ? 'No inspection reports are listed on this page.' : null,
    link: null,
    history: [],
    trends: [],
    events: page.events.map((e) => ({ date: e.date, title: e.title, href: e.href, overall: overallOf(e.href) })),
  };
}

/** The panel with the library's context added: the other inspections, and each judgement's direction. */
export function withPriorContext(model: PanelModel, grades: ParsedDocument['grades'], context: PriorContext): PanelModel {
  const earlier = context.history.filter((h) => h.earlier && Object.keys(h.grades).length > 0);
  return { ...model, history: context.history, trends: judgementTrends(grades, earlier) };
}

/** A listed report and an official row are the same inspection when their first days are this close (authority-history.ts). */
const SAME_INSPECTION_DAYS = 21;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isInspection = (event: PanelEvent) => /\binspection\b/i.test(event.title);

/** The listed report an official row stands for: an inspection on the page begun within days of it. */
function listedReportOf(model: PanelModel, start: string | null): PanelEvent | undefined {
  return start ? model.events.find((e) => e.date && isInspection(e) && daysApart(e.date, start) <= SAME_INSPECTION_DAYS) : undefined;
}

/**
 * The panel with the authority's history and England-wide context (from authority-history.ts)
 * added, under the register's one name for the authority. An official row the page lists a report
 * for links to that report, so the history shows each inspection once, with its report.
 */
export function withAuthorityContext(model: PanelModel, context: AuthorityPanelContext | null): PanelModel {
  if (!context) return model;
  const history = context.history.map((row) => (row.reportUrl ? row : { ...row, reportUrl: listedReportOf(model, row.start)?.href ?? null }));
  return { ...model, authority: context.name, context: { ...context, history } };
}

/** A document the panel lists under "Other documents": one not already a column of the history. */
export type OtherDocument = {
  href: string;
  title: string;
  date: string | null;
  overall: Grade | null;
  /** Said where there is no overall grade to show: a visit's "no grade", a read report's "no overall grade"; null for a listed report not read. */
  ungraded: string | null;
  /** 'earlier' or 'later' than the document on screen, for the library's. */
  note: string | null;
};

/**
 * The reports on the page and the other inspections in the library, less those the history shows
 * (each inspection is shown once), newest first as they come.
 */
export function otherDocuments(model: PanelModel): OtherDocument[] {
  const rows = model.context?.history ?? [];
  const inHistory = (href: string, date: string | null) =>
    rows.some((r) => r.reportUrl === href || (date && r.start && r.from !== 'report' && daysApart(r.start, date) <= SAME_INSPECTION_DAYS && r.kind === 'ilacs'));
  const events = model.events
    .filter((e) => !(isInspection(e) && inHistory(e.href, e.date)))
    .map((e) => ({ href: e.href, title: e.title, date: e.date, overall: e.overall, ungraded: /\bvisit\b/i.test(e.title) ? 'no grade' : null, note: null }));
  const library = model.history
    .filter((h) => !inHistory(h.source, ISO_DAY.test(h.label) ? h.label : null))
    .map((h) => {
      const date = ISO_DAY.test(h.label) ? h.label : null;
      return { href: h.source, title: date ? KIND_LABELS[h.kind] : `${KIND_LABELS[h.kind]}, ${isoDatesInWords(h.label)}`, date, overall: h.grades.overall ?? null, ungraded: 'no overall grade', note: h.earlier ? 'earlier' : 'later' };
    });
  return [...events, ...library];
}
