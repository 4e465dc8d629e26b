// What the library adds to a report, on a report page and in the reader alike: the panel's other
// inspections and directions, the markers on the findings linked to earlier inspections, and the
// panel's summary of them with its controls (the markers' filter, a paragraph's place, compare).
import type { PanelActions } from '../../../components/panel-view';
import { DEFAULT_MARKER_FILTER, findingMarkers } from '../../core/model/finding-markers';
import { withPriorContext } from '../../core/model/panel-model';
import { withMarkerFilter, withPriorFindings } from '../../core/model/prior-findings';
import type { PriorContext, Report } from '../../core/schema/domain';
import { addFindingMarkers, type MarkerOptions, type ShownMarkers } from './finding-markers';
import type { LivePanel } from './live-panel';

/** How a web page opens the extension's pages (through the background); nothing in the reader, where links do. */
export type ExtensionPageOpeners = Pick<MarkerOptions, 'openInReader'> & Pick<PanelActions, 'compare'>;

/** `source`: the report on screen as the library knows it (its page's address, or the PDF's in the reader). */
export function showPriorFindings(doc: Document, panel: LivePanel, report: Report, source: string, context: PriorContext, openers: ExtensionPageOpeners = {}): ShownMarkers {
  const markers = findingMarkers(report, new Map(context.links));
  const shown = addFindingMarkers(doc, report, markers, { ...openers, filter: DEFAULT_MARKER_FILTER });
  const model = withPriorContext(panel.latest(), report.grades, context);
  panel.update(withPriorFindings(model, markers, context.history, source, DEFAULT_MARKER_FILTER), {
    compare: openers.compare,
    setMarkerFilter: (filter) => {
      shown.setFilter(filter);
      panel.update(withMarkerFilter(panel.latest(), filter));
    },
    showFinding: (findingId, when) => void shown.reveal(findingId, when),
  });
  return shown;
}
