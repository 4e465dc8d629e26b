// What the panel shows, worked out from a parsed document or a provider page, in plain data so
// the Preact view stays presentational and this stays testable in Node.
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../vocabulary/judgements';
import { KIND_LABELS } from '../vocabulary/kinds';
import { judgementTrends, type Trend } from '../link/trends';
import type { DocumentKind, Grade, HistoryEntry, InspectionDates, JudgementKey, NewsArticle, ParsedDocument, PriorContext, RoundUpEntry } from '../schema/domain';
import type { ProviderPage } from '../page/provider-page';
import type { AuthorityPanelContext } from './authority-history';
import type { PriorFindings } from './prior-findings';
import { formatLongDate } from '../dates';
import { ofstedSearchUrl } from '../sites';

export type PanelJudgement = { key: JudgementKey; label: string; grade: Grade };
export type PanelEvent = { date: string | null; title: string; href: string; overall: Grade | null };
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
  const whose = `${doc.authority ?? 'a local authority'}'s children's services`;
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
    authority: entry.authority,
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

export function panelModelForDocument(doc: ParsedDocument): PanelModel {
  return {
    kind: doc.kind,
    kindLabel: doc.kind === 'news' ? newsKindLabel(doc) : KIND_LABELS[doc.kind],
    authority: doc.authority,
    authorityKey: doc.authorityKey,
    inspection: doc.inspection,
    overall: doc.grades.overall ?? null,
    judgements: judgementsOf(doc),
    note: noteFor(doc),
    history: [],
    trends: [],
    link:
      doc.kind === 'news' && doc.authority
        ? { href: ofstedSearchUrl(doc.authority), text: `${doc.authority}'s reports on Ofsted` }
        : null,
    events: [],
    ...(doc.kind === 'news' && doc.isRoundUp ? { roundUp: roundUpItems(doc) } : {}),
  };
}

export function panelModelForProvider(page: ProviderPage, overallOf: (href: string) => Grade | null = () => null): PanelModel {
  return {
    kind: 'provider',
    kindLabel: KIND_LABELS.provider,
    authority: page.authority,
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

/** The panel with the authority's history and England-wide context (from authority-history.ts) added. */
export function withAuthorityContext(model: PanelModel, context: AuthorityPanelContext | null): PanelModel {
  return context ? { ...model, context } : model;
}
