// What the panel says of the findings linked to earlier inspections, under the grades: which
// markers show, what is still to improve, what improved and what declined since each earlier
// inspection (each matter with the paragraphs it is in), and the earlier reports to compare with.
import type { HistoryEntry, Relation } from '../schema/domain';
import { isAllowedSource } from '../sites';
import { compareHref } from './compare-address';
import { RELATION_HEADINGS } from './relation-words';
import { MARKER_FILTERS, markerShown, type FindingMarker, type MarkerFilter } from './finding-markers';
import type { PanelModel } from './panel-model';

export type PriorListItem = { matter: string; paragraphs: Array<{ findingId: string; number: number }> };
export type PriorList = { relation: Exclude<Relation, 'sustained'>; when: string; heading: string; items: PriorListItem[] };
/** "Compare with 2018": the report on screen (`later`) beside an earlier one, by the sources the library holds them under. */
export type PriorCompare = { when: string; text: string; later: string; earlier: string; href: string };

export type PriorFindings = {
  filter: MarkerFilter;
  /** Each filter with how many markers it shows. */
  filters: Array<{ value: MarkerFilter; label: string; count: number }>;
  lists: PriorList[];
  compare: PriorCompare[];
};

/** Lasting strengths are not listed: the panel lists what moved or still needs doing. */
const LISTED = RELATION_HEADINGS.filter((h): h is [PriorList['relation'], string] => h[0] !== 'sustained');

/** Newest earlier inspection first; under each, what is still to improve, then what improved, then what declined. */
export function priorLists(markers: readonly FindingMarker[]): PriorList[] {
  const whens = [...new Set(markers.map((m) => m.when))].sort((a, b) => b.localeCompare(a));
  return whens.flatMap((when) => LISTED.flatMap(([relation, heading]) => {
    const items = new Map<string, PriorListItem>();
    for (const marker of markers) {
      if (marker.when !== when || marker.relation !== relation) continue;
      const item = items.get(marker.matter) ?? { matter: marker.matter, paragraphs: [] };
      item.paragraphs.push({ findingId: marker.findingId, number: marker.number });
      items.set(marker.matter, item);
    }
    if (items.size === 0) return [];
    for (const item of items.values()) item.paragraphs.sort((a, b) => a.number - b.number);
    const sorted = [...items.values()].sort((a, b) => a.paragraphs[0]!.number - b.paragraphs[0]!.number);
    return [{ relation, when, heading: `${heading} since ${when}`, items: sorted }];
  }));
}

/** An Ofsted report's history entry is labelled by its start date or year alone (prior-context.ts). */
const OFSTED_LABEL = /^(\d{4})(?:-\d{2}-\d{2})?$/;

/** The earlier inspections the library holds from Ofsted itself, newest first, one per year. */
export function priorCompare(history: readonly HistoryEntry[], later: string): PriorCompare[] {
  const byYear = new Map<string, HistoryEntry>();
  for (const entry of history) {
    const year = OFSTED_LABEL.exec(entry.label)?.[1];
    if (!entry.earlier || !year || (entry.kind !== 'ilacs' && entry.kind !== 'sif') || entry.source === later) continue;
    // The report's PDF, which the side-by-side page can open, before its page on Ofsted's site.
    if (!isAllowedSource(byYear.get(year)?.source ?? '')) byYear.set(year, entry);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([when, entry]) => ({ when, text: `Compare with ${when}`, later, earlier: entry.source, href: compareHref(later, entry.source) }));
}

function filtersFor(markers: readonly FindingMarker[]): PriorFindings['filters'] {
  return MARKER_FILTERS.map((f) => ({ ...f, count: markers.filter((m) => markerShown(f.value, m.relation)).length }));
}

/** The panel with the findings' markers summed up; `source` is the report on screen, as the library knows it. */
export function withPriorFindings(model: PanelModel, markers: readonly FindingMarker[], history: readonly HistoryEntry[], source: string, filter: MarkerFilter): PanelModel {
  const prior: PriorFindings = { filter, filters: filtersFor(markers), lists: priorLists(markers), compare: priorCompare(history, source) };
  return prior.filters.every((f) => f.count === 0) && prior.compare.length === 0 ? model : { ...model, prior };
}

export function withMarkerFilter(model: PanelModel, filter: MarkerFilter): PanelModel {
  return model.prior ? { ...model, prior: { ...model.prior, filter } } : model;
}
