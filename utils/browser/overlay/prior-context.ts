// What the library adds to a report: the authority's other inspections and each judgement's
// direction in the panel, and a marker on each finding linked to an earlier one.
import { withPriorContext } from '../../core/model/panel-model';
import { priorContextFromBackground } from '../extension/library-client';
import { addFindingMarkers } from '../page/finding-markers';
import type { Feature } from './overlay-page';

export const priorContext: Feature = {
  name: 'prior context',
  appliesTo: (page) => page.kind === 'document' && page.doc.kind !== 'news',
  run: async (page) => {
    if (page.kind !== 'document' || page.doc.kind === 'news') return;
    const report = page.doc;
    const context = await priorContextFromBackground(page.url, report).catch(() => null);
    if (!context || (context.history.length === 0 && context.links.length === 0)) return;
    page.panel.update(withPriorContext(page.panel.latest(), report.grades, context));
    addFindingMarkers(document, report, new Map(context.links));
  },
};
