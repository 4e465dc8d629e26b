// The panel's link to the scrutiny briefing: on a report's page, the briefing on that report; on an
// authority's Ofsted page, on its latest report the library holds. The page cannot open the
// extension's pages, so the background is asked.
import { inspectionsFromBackground, openBriefing } from '../extension/library-client';
import { isOfstedHost } from '../../core/sites';
import type { Feature } from './overlay-page';

export const briefingLink: Feature = {
  name: 'briefing link',
  // A page elsewhere that reads as a report is news in the library (provenance.ts): no briefing on it.
  appliesTo: (page) => (page.kind === 'document' ? page.doc.kind !== 'news' && page.doc.authorityKey !== null && isOfstedHost(page.url) : page.page.authorityKey !== null),
  run: async (page) => {
    if (page.kind === 'document') {
      const report = page.url;
      page.panel.update(page.panel.latest(), { briefing: { open: () => void openBriefing({ report }).catch(() => undefined) } });
      return;
    }
    const authorityKey = page.page.authorityKey!;
    // Only when the library holds one of the authority's reports to brief on.
    if ((await inspectionsFromBackground(authorityKey)).length === 0) return;
    page.panel.update(page.panel.latest(), { briefing: { open: () => void openBriefing({ authorityKey }).catch(() => undefined) } });
  },
};
