// What the library adds to a report page: the authority's other inspections and each judgement's
// direction in the panel, a marker on each finding linked to an earlier one, and the panel's
// summary of them. The page cannot open the extension's pages, so the reader and the side-by-side
// page are asked of the background.
import { openCompare, openInReader, priorContextFromBackground } from '../extension/library-client';
import { showPriorFindings } from '../page/prior-findings';
import type { Feature } from './overlay-page';

export const priorContext: Feature = {
  name: 'prior context',
  appliesTo: (page) => page.kind === 'document' && page.doc.kind !== 'news',
  run: async (page) => {
    if (page.kind !== 'document' || page.doc.kind === 'news') return;
    const report = page.doc;
    const context = await priorContextFromBackground(page.url, report).catch(() => null);
    if (!context || (context.history.length === 0 && context.links.length === 0)) return;
    showPriorFindings(document, page.panel, report, page.url, context, {
      openInReader: (src, paragraph) => void openInReader(src, paragraph).catch(() => undefined),
      compare: (later, earlier) => void openCompare(later, earlier).catch(() => undefined),
    });
  },
};
