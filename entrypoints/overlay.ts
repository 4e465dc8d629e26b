// Loaded by the detection script into a recognised page (or injected when the reader asks):
// reads the page, mounts the panel, then adds what the library knows.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FORCED_FLAG } from '../utils/extension/inject-overlay';
import {
  inspectionsFromBackground,
  openInReader,
  priorContextFromBackground,
  readListedReportsInBackground,
  rememberInBackground,
} from '../utils/extension/library-client';
import { recordForEvent } from '../utils/library/match-events';
import { addFindingMarkers } from '../utils/page/finding-markers';
import { addInlineChips, addOpenInReaderButtons, addReportLinkChips } from '../utils/page/inline-chips';
import { mountPanel } from '../utils/page/mount-panel';
import { panelModelForDocument, panelModelForProvider, withPriorContext, type PanelModel } from '../utils/page/panel-model';
import type { ProviderPage } from '../utils/page/provider-page';
import { readPage } from '../utils/page/read-page';
import { showNotes } from '../utils/extension/page-notes';
import { TabMessageSchema, type Grade, type InspectionRecord, type Report } from '../utils/schema';

const COLLAPSED_KEY = 'panelCollapsed';
type Update = (model: PanelModel) => void;

function notRecognised(): PanelModel {
  return {
    kind: 'news', kindLabel: 'Not recognised', authority: null, authorityKey: null, inspection: null, overall: null,
    judgements: [], link: null, events: [], history: [], trends: [],
    note: "Ofsted Lens found no Ofsted inspection of local authority children's services on this page.",
  };
}

const isEmpty = (model: PanelModel) => !model.authority && !model.overall && model.judgements.length === 0 && model.events.length === 0;

async function showOverlay(): Promise<void> {
  performance.mark('ofsted-lens:overlay-start');
  const forced = (globalThis as Record<string, unknown>)[FORCED_FLAG] === true;
  // Asked for first so the storage round trip overlaps the reading of the page.
  const storedState = browser.storage.local.get(COLLAPSED_KEY).catch(() => ({}) as Record<string, unknown>);
  const reading = readPage(document, location.href);
  const known = reading.kind === 'provider' && reading.page.authorityKey ? await inspectionsFromBackground(reading.page.authorityKey).catch(() => []) : [];

  let model: PanelModel | null = null;
  if (reading.kind === 'provider') model = panelModelForProvider(reading.page, gradeOfLink(reading.page, known));
  else if (reading.kind === 'document') model = panelModelForDocument(reading.doc);
  // A page recognised but yielding nothing to show is malformed: no panel, unless the reader asked.
  if (model && isEmpty(model)) model = null;
  if (!model && forced) model = notRecognised();
  if (!model) return;

  const stored = await storedState;
  const panel = mountPanel(document, model, {
    collapsed: stored[COLLAPSED_KEY] === true,
    onCollapsedChange: (collapsed) => void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed }).catch(() => undefined),
  });
  // For the benchmark: idle (marked by the detection script) to the panel's first paint.
  requestAnimationFrame(() => setTimeout(() => performance.mark('ofsted-lens:painted'), 0));

  if (reading.kind === 'provider') await decorateProviderPage(reading.page, known, model, panel.update);
  if (reading.kind === 'document') {
    void rememberInBackground(location.href, reading.doc).catch(() => undefined);
    if (reading.doc.kind !== 'news') addInlineChips(document, reading.doc.grades);
    await showNotes(document, pageUrl(), reading.doc).catch(() => undefined);
    if (reading.doc.kind !== 'news') await addPriorContext(reading.doc, model, panel.update);
  }
}

const pageUrl = () => location.href.split('#')[0]!;

function gradeOfLink(page: ProviderPage, known: readonly InspectionRecord[]): (href: string) => Grade | null {
  return (href) => {
    const event = page.events.find((e) => e.href === href);
    return (event && recordForEvent(event, known)?.document.grades.overall) ?? null;
  };
}

/** An authority's page: open buttons and known grades beside its reports, and (if allowed) reading the rest. */
async function decorateProviderPage(page: ProviderPage, known: InspectionRecord[], model: PanelModel, update: Update): Promise<void> {
  addOpenInReaderButtons(document, (href) => void openInReader(href).catch(() => undefined));
  addReportLinkChips(document, gradeOfLink(page, known));

  const reply = await readListedReportsInBackground(page.events.map((e) => e.href)).catch(() => null);
  if (!reply) return;
  if (!reply.allowed) {
    update({ ...model, note: "To link these reports to each other, turn on “Read the reports an authority's Ofsted page lists” in Ofsted Lens's options." });
    return;
  }
  if (reply.queued === 0) return;
  update({ ...model, note: `Reading ${reply.queued} report${reply.queued === 1 ? '' : 's'} from files.ofsted.gov.uk…` });
  browser.runtime.onMessage.addListener(function onProgress(raw) {
    const progress = TabMessageSchema.safeParse(raw);
    if (!progress.success || progress.data.type !== 'reading-progress') return;
    const { done, failed, total } = progress.data;
    const finished = done + failed >= total;
    const failures = failed > 0 ? `, ${failed} could not be read` : '';
    const note = finished ? `Read ${done} of ${total} reports${failures}.` : `Reading reports: ${done + failed} of ${total}${failures}…`;
    update({ ...model, note });
    if (!finished) return;
    browser.runtime.onMessage.removeListener(onProgress);
    void refreshProviderGrades(page, note, update);
  });
}

async function refreshProviderGrades(page: ProviderPage, note: string, update: Update): Promise<void> {
  if (!page.authorityKey) return;
  const known = await inspectionsFromBackground(page.authorityKey).catch(() => []);
  const grades = gradeOfLink(page, known);
  addReportLinkChips(document, grades);
  update({ ...panelModelForProvider(page, grades), note });
}

/** The library's links and history for a report, added once the panel is up. */
async function addPriorContext(report: Report, model: PanelModel, update: Update): Promise<void> {
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
