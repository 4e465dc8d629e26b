// Loaded by the detection script into a recognised page (or injected when the reader asks):
// reads the page, mounts the panel, then adds what the library knows.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collapsedState, HANDOFF_KEY, modelFor, showPanel, type Painted, type Shown } from '../utils/browser/extension/first-paint';
import { FORCED_FLAG } from '../utils/browser/extension/inject-overlay';
import {
  inspectionsFromBackground,
  openInReader,
  priorContextFromBackground,
  readListedReportsInBackground,
  rememberInBackground,
} from '../utils/browser/extension/library-client';
import { recordForEvent } from '../utils/core/model/match-events';
import { addFindingMarkers } from '../utils/browser/page/finding-markers';
import { addInlineChips, addOpenInReaderButtons, addReportLinkChips } from '../utils/browser/page/inline-chips';
import { panelModelForProvider, withPriorContext, type PanelModel } from '../utils/core/model/panel-model';
import type { ProviderPage } from '../utils/core/page/provider-page';
import { readPage } from '../utils/core/page/read-page';
import { readReportPage } from '../utils/core/page/read-report-page';
import { showNotes } from '../utils/browser/extension/page-notes';
import { settleEach } from '../utils/core/settle-each';
import { addAuthorityContext, drawAuthorityContext, modelWithContext } from '../utils/browser/extension/show-authority-context';
import { TabMessageSchema, type Grade, type InspectionRecord, type Report } from '../utils/core/schema';

type Update = (model: PanelModel) => void;

function notRecognised(): PanelModel {
  return {
    kind: 'news', kindLabel: 'Not recognised', authority: null, authorityKey: null, inspection: null, overall: null,
    judgements: [], link: null, events: [], history: [], trends: [],
    note: "Ofsted Lens found no Ofsted inspection of local authority children's services on this page.",
  };
}

/** What the content script painted; taken once, so a later forced injection reads the page afresh. */
function takeFirstPaint(): Painted | null {
  const globals = globalThis as Record<string, unknown>;
  const painted = globals[HANDOFF_KEY] as Painted | undefined;
  delete globals[HANDOFF_KEY];
  return painted ?? null;
}

/**
 * The content script painted the panel from a report's head (or a provider page): read the whole
 * page for what the overlay adds, correcting the panel if it differs or removing it if there is nothing.
 */
function readWholePage({ model: painted, panel }: Painted): Shown | null {
  const reading = readReportPage(document, location.href);
  const model = modelFor(reading);
  if (reading.kind === 'none' || !model) {
    panel.host.remove();
    return null;
  }
  if (JSON.stringify(model) !== JSON.stringify(painted)) panel.update(model);
  return { reading, model, panel };
}

/** A news article, or a page the reader asked about: read it here and paint the panel. */
async function readAndShow(forced: boolean): Promise<Shown | null> {
  const collapsed = collapsedState();
  const reading = readPage(document, location.href);
  const model = modelFor(reading) ?? (forced ? notRecognised() : null);
  if (!model) return null;
  const panel = showPanel(model, await collapsed);
  return reading.kind === 'none' ? null : { reading, model, panel };
}

async function showOverlay(): Promise<void> {
  const forced = (globalThis as Record<string, unknown>)[FORCED_FLAG] === true;
  const painted = takeFirstPaint();
  const shown = painted ? readWholePage(painted) : await readAndShow(forced);
  if (!shown) return;
  const { reading, model, panel } = shown;
  // Every update carries on from the last one shown, so the library's context and the official one
  // arrive in either order; the official context is drawn by what this script loads, not the content script's.
  let latest = model;
  const update: Update = (next) => {
    latest = next;
    panel.update(next, drawAuthorityContext);
  };
  const shownPanel = { host: panel.host, update };

  if (reading.kind === 'provider') await decorateProviderPage(reading.page, model, update);
  if (reading.kind === 'document') {
    const doc = reading.doc;
    const report = doc.kind === 'news' ? null : doc;
    // Each on its own: a failure in one (a page that trips the markers, say) leaves the rest working.
    await settleEach([
      () => rememberInBackground(location.href, doc),
      () => report && addInlineChips(document, report.grades),
      () => showNotes(document, pageUrl(), doc),
      () => report && addPriorContext(report, () => latest, update),
      () => addAuthorityContext(shownPanel, () => latest, location.href, doc),
    ]);
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
async function decorateProviderPage(page: ProviderPage, firstModel: PanelModel, update: Update): Promise<void> {
  addOpenInReaderButtons(document, (href) => void openInReader(href).catch(() => undefined));
  const known = page.authorityKey ? await inspectionsFromBackground(page.authorityKey).catch(() => []) : [];
  const model = modelWithContext(known.length > 0 ? panelModelForProvider(page, gradeOfLink(page, known)) : firstModel, page.authorityKey, known);
  if (model !== firstModel) update(model);
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
  update({ ...modelWithContext(panelModelForProvider(page, grades), page.authorityKey, known), note });
}

/** The library's links and history for a report, added once the panel is up. */
async function addPriorContext(report: Report, latest: () => PanelModel, update: Update): Promise<void> {
  const context = await priorContextFromBackground(location.href, report).catch(() => null);
  if (!context || (context.history.length === 0 && context.links.length === 0)) return;
  update(withPriorContext(latest(), report.grades, context));
  addFindingMarkers(document, report, new Map(context.links));
}

export default defineUnlistedScript(() => {
  showOverlay().catch(() => {
    // A malformed page shows no overlay and throws nothing into the host page.
  });
});
