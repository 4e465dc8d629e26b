// What the panel answers first, above anything folded: the authority by one name, the inspection
// by its dates in words, the overall grade, each judgement with its direction in plain words, and
// one line on where the authority stands in England and among its neighbours. Plain data from the
// panel's model (and the authority's context, once the overlay adds it), so the drawing only draws.
import { dateRangeInWords, formatLongDate, monthYear } from '../dates';
import { GRADE_LABELS, GRADES_BEST_FIRST } from '../vocabulary/grades';
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../vocabulary/judgements';
import type { Trend } from '../link/trends';
import { BUNDLED_AS_AT } from '../authorities/bundled-data';
import { KIND_LABELS } from '../vocabulary/kinds';
import type { DocumentKind, Grade, JudgementKey } from '../schema/domain';
import type { AuthorityPanelContext, HistoryRow } from './authority-history';
import type { PanelModel } from './panel-model';

export type GlanceJudgement = { key: JudgementKey; label: string; grade: Grade; change: string | null };

export type PanelGlance = {
  authority: string | null;
  /** "Inspected" for the document on screen, "Latest inspection" for an authority's page. */
  inspection: { lead: string; days: string } | null;
  overall: Grade | null;
  /** The overall grade's direction, in words. */
  overallChange: string | null;
  judgements: GlanceJudgement[];
  /** Where the overall grade stands in England and among the neighbours, in one line. */
  standing: string | null;
};

/** The year an earlier inspection is named by in a direction: "2018" from "2018-09-03", "September 2018" or "2018". */
export function yearOfLabel(label: string): string {
  return /(\d{4})(?!.*\d{4})/.exec(label)?.[1] ?? label;
}

/**
 * A judgement's direction in plain words: "up from Good in 2018", "down from Good in 2018",
 * "unchanged since 2018". A grade taken from a counterpart (2023's care leavers against 2018's
 * children in care and care leavers) says so.
 */
export function directionWords(trend: Trend): string {
  const year = yearOfLabel(trend.beforeLabel);
  const words = trend.direction === 'same' ? `unchanged since ${year}` : `${trend.direction} from ${GRADE_LABELS[trend.before]} in ${year}`;
  if (!trend.beforeJudgement || trend.beforeJudgement === trend.judgement) return words;
  const partner = JUDGED_WITH[trend.judgement];
  return trend.beforeJudgement === 'inCareAndCareLeavers' && partner
    ? `${words} (then judged with ${partner})`
    : `${words} (then “${JUDGEMENT_LABELS[trend.beforeJudgement].toLowerCase()}”)`;
}

/** What each of 2023's two judgements was judged together with until then. */
const JUDGED_WITH: Partial<Record<JudgementKey, string>> = { inCare: 'care leavers', careLeavers: 'children in care' };

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How the standing line names the framework a grade was given under. */
const FRAMEWORK_WORDS: Partial<Record<DocumentKind, string>> = { ilacs: 'ILACS', sif: 'single inspection framework' };
/** The year ILACS began: Ofsted's statistics, and so England's figures, hold no grade from before it. */
const ILACS_FROM = 2018;

/** The authority's newest overall grade at England's date: the document on screen's own, else the newest before the date. */
function latestOverall(context: AuthorityPanelContext): HistoryRow | null {
  return context.history.find((r) => r.start && r.grades.overall && (r.current || r.start <= context.asOf)) ?? null;
}

/**
 * Where the authority stands, in one line that says what its latest overall grade is, under which
 * framework and when, and how England's figures are dated:
 * "In Ofsted’s statistics at 15 May 2023, its latest overall grade was Good (ILACS, May 2023): 25
 * authorities in England did better, 65 as well, 60 worse; of its 10 neighbours, 2 better, 3 as well, 5 worse."
 * A grade the statistics do not rank (a single inspection framework report's, before ILACS) is named
 * as such, and an authority with none says so.
 */
export function standingLine(context: AuthorityPanelContext): string {
  const { standing } = context.england;
  const date = formatLongDate(context.asOf);
  if (standing) {
    const rank = GRADES_BEST_FIRST.indexOf(standing.grade);
    const graded = context.neighbours.filter((n) => n.overall);
    const better = graded.filter((n) => GRADES_BEST_FIRST.indexOf(n.overall!) < rank).length;
    const worse = graded.filter((n) => GRADES_BEST_FIRST.indexOf(n.overall!) > rank).length;
    const when = context.self.start ? ` (ILACS, ${monthYear(context.self.start)})` : '';
    const statistics = context.asOf === BUNDLED_AS_AT ? `In Ofsted’s latest statistics (${date})` : `In Ofsted’s statistics at ${date}`;
    const england = `${statistics}, its latest overall grade was ${GRADE_LABELS[standing.grade]}${when}: ${standing.better} authorities in England did better, ${standing.same} as well, ${standing.worse} worse`;
    const ungraded = graded.length < context.neighbours.length ? 'graded ' : '';
    const neighbours = graded.length > 0 ? `; of its ${counted(graded.length, `${ungraded}neighbour`, `${ungraded}neighbours`)}, ${better} better, ${graded.length - better - worse} as well, ${worse} worse` : '';
    return `${england}${neighbours}.`;
  }
  const latest = latestOverall(context);
  if (!latest) return `No overall grade of ${context.name} is known at ${date}: no report read here gives one, and Ofsted’s statistics, which rank England’s authorities on ILACS grades alone (from ${ILACS_FROM}), hold none for it.`;
  const framework = FRAMEWORK_WORDS[latest.kind] ?? KIND_LABELS[latest.kind];
  return `Its latest overall grade was ${GRADE_LABELS[latest.grades.overall!]} (${framework}, ${monthYear(latest.start!)}). Ofsted’s statistics rank England’s authorities on ILACS grades alone (from ${ILACS_FROM}), and at ${date} they hold none for ${context.name}.`;
}

const byKey = (trends: readonly Trend[]) => new Map(trends.map((t) => [t.judgement, t]));

/** The inspection the top of the panel answers for: the document on screen, else the authority's latest graded one. */
function latestRow(context: AuthorityPanelContext | undefined): HistoryRow | null {
  return context?.history.find((r) => r.current) ?? context?.history.find((r) => r.start && r.grades.overall) ?? null;
}

export function panelGlance(model: PanelModel): PanelGlance {
  const { context } = model;
  const authority = context?.name ?? model.authority;
  if (model.kind === 'provider') {
    const row = latestRow(context);
    if (!row) return { authority, inspection: null, overall: null, overallChange: null, judgements: [], standing: null };
    const trends = byKey(row.directions);
    const judgements = JUDGEMENT_ORDER.filter((key) => key !== 'overall' && row.grades[key]).map((key) => {
      const trend = trends.get(key);
      return { key, label: JUDGEMENT_LABELS[key], grade: row.grades[key]!, change: trend ? directionWords(trend) : null };
    });
    return {
      authority,
      inspection: row.start ? { lead: 'Latest inspection', days: formatLongDate(row.start) } : null,
      overall: row.grades.overall ?? null,
      overallChange: trends.has('overall') ? directionWords(trends.get('overall')!) : null,
      judgements,
      standing: context ? standingLine(context) : null,
    };
  }
  // The document's own directions: the merged history's (official and read) when the overlay has
  // added it, else the library's alone.
  const current = context?.history.find((r) => r.current);
  const trends = byKey(current ? current.directions : model.trends);
  const overallTrend = trends.get('overall');
  return {
    authority,
    inspection: model.inspection ? { lead: 'Inspected', days: dateRangeInWords(model.inspection.start, model.inspection.end) } : null,
    overall: model.overall,
    overallChange: model.overall && overallTrend ? directionWords(overallTrend) : null,
    judgements: model.judgements.map((j) => {
      const trend = trends.get(j.key);
      return { ...j, change: trend ? directionWords(trend) : null };
    }),
    standing: context && model.kind !== 'news' ? standingLine(context) : null,
  };
}
