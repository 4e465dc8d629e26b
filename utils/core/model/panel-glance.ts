// What the panel answers first, above anything folded: the authority by one name, the inspection
// by its dates in words, the overall grade, each judgement with its direction in plain words, and
// one line on where the authority stands in England and among its neighbours. Plain data from the
// panel's model (and the authority's context, once the overlay adds it), so the drawing only draws.
import { dateRangeInWords, formatLongDate } from '../dates';
import { GRADE_LABELS, GRADES_BEST_FIRST } from '../vocabulary/grades';
import { JUDGEMENT_LABELS, JUDGEMENT_ORDER } from '../vocabulary/judgements';
import type { Trend } from '../link/trends';
import type { Grade, JudgementKey } from '../schema/domain';
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

/** "At 15 May 2023, 25 authorities in England did better, 65 as well, 60 worse; of its 10 graded neighbours, 2 better, 3 as well, 5 worse." */
export function standingLine(context: AuthorityPanelContext, shownOverall: Grade | null): string | null {
  const { standing } = context.england;
  if (!standing) return `${context.name} had no overall grade from an inspection under ILACS at ${formatLongDate(context.asOf)}.`;
  const rank = GRADES_BEST_FIRST.indexOf(standing.grade);
  const graded = context.neighbours.filter((n) => n.overall);
  const better = graded.filter((n) => GRADES_BEST_FIRST.indexOf(n.overall!) < rank).length;
  const worse = graded.filter((n) => GRADES_BEST_FIRST.indexOf(n.overall!) > rank).length;
  const grade = standing.grade === shownOverall ? '' : ` on its latest overall grade, ${GRADE_LABELS[standing.grade]}${context.self.start ? ` of ${yearOfLabel(context.self.start)}` : ''}`;
  const england = `At ${formatLongDate(context.asOf)}${grade}, ${standing.better} authorities in England did better, ${standing.same} as well, ${standing.worse} worse`;
  const neighbours = graded.length > 0 ? `; of its ${counted(graded.length, 'neighbour', 'neighbours')}, ${better} better, ${graded.length - better - worse} as well, ${worse} worse` : '';
  return `${england}${neighbours}.`;
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
      standing: context ? standingLine(context, row.grades.overall ?? null) : null,
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
    standing: context && model.kind !== 'news' ? standingLine(context, model.overall) : null,
  };
}
