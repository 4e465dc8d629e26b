// Injected by the background into a recognised page (or one the reader asked about).
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FORCED_FLAG } from '../utils/extension/inject-overlay';
import { inspectionsFromBackground, openInReader, priorContextFromBackground, rememberInBackground } from '../utils/extension/library-client';
import { addFindingMarkers } from '../utils/page/finding-markers';
import { recordForEvent } from '../utils/library/match-events';
import { addInlineChips, addOpenInReaderButtons, addReportLinkChips } from '../utils/page/inline-chips';
import { mountPanel } from '../utils/page/mount-panel';
import { panelModelForDocument, panelModelForProvider, withPriorContext, type PanelModel } from '../utils/page/panel-model';
import { readPage } from '../utils/page/read-page';
import type { Grade, Report } from '../utils/schema';

const COLLAPSED_KEY = 'panelCollapsed';

function notRecognised(): PanelModel {
  return {
    kind: 'news', kindLabel: 'Not recognised', authority: null, authorityKey: null, inspection: null, overall: null,
    judgements: [], link: null, events: [], history: [], trends: [],
    note: "Ofsted Lens found no Ofsted inspection of local authority children's services on this page.",
  };
}

async function showOverlay(): Promise<void> {
  performance.mark('ofsted-lens:overlay-start');
  const forced = (globalThis as Record<string, unknown>)[FORCED_FLAG] === true;
  // Asked for first so the storage round trip overlaps the reading of the page.
  const storedState = browser.storage.local.get(COLLAPSED_KEY).catch(() => ({}) as Record<string, unknown>);
  const reading = readPage(document, location.href);
  let model: PanelModel | null = null;
  let gradeOfLink: ((href: string) => Grade | null) | null = null;
  if (reading.kind === 'provider') {
    const known = reading.page.authorityKey ? await inspectionsFromBackground(reading.page.authorityKey).catch(() => []) : [];
    gradeOfLink = (href) => {
      const event = reading.page.events.find((e) => e.href === href);
      return (event && recordForEvent(event, known)?.document.grades.overall) ?? null;
    };
    model = panelModelForProvider(reading.page, gradeOfLink);
  } else if (reading.kind === 'document') {
    model = panelModelForDocument(reading.doc);
    void rememberInBackground(location.href, reading.doc).catch(() => undefined);
  }
  // A page recognised but yielding nothing to show is malformed: no panel, unless the reader asked.
  if (model && !model.authority && !model.overall && model.judgements.length === 0 && model.events.length === 0) model = null;
  if (!model && forced) model = notRecognised();
  if (!model) return;

  const stored = await storedState;
  const panel = mountPanel(document, model, {
    collapsed: stored[COLLAPSED_KEY] === true,
    onCollapsedChange: (collapsed) => void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed }).catch(() => undefined),
  });
  // For the benchmark: idle (marked by the detection script) to the panel's first paint.
  requestAnimationFrame(() => setTimeout(() => performance.mark('ofsted-lens:painted'), 0));

  if (gradeOfLink) {
    addOpenInReaderButtons(document, (href) => void openInReader(href).catch(() => undefined));
    addReportLinkChips(document, gradeOfLink);
  }
  if (reading.kind === 'document' && reading.doc.kind !== 'news') {
    addInlineChips(document, reading.doc.grades);
    await addPriorContext(reading.doc, model, panel.update);
  }
}

/** The library's links and history for a report, added once the panel is up. */
async function addPriorContext(report: Report, model: PanelModel, update: (model: PanelModel) => void): Promise<void> {
  const context = await priorContextFromBackground(location.href, report).catch(() => null);
  if (!context || (context.history.length === 0 && context.links.length === 0)) return;
  update(withPriorContext(model, report.grades, context));
  addFindingMarkers(document, report, new Map(context.links));
}

export default defineUnlistedScript(() => {
  showOverlay().catch(() => {
    // A malformed page shows no overlay and throws nothing into the host page.
  });
});
