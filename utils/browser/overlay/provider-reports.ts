// An authority's page on reports.ofsted.gov.uk: an "open in Ofsted Lens" button and the known grade
// beside each listed report, the library's context in the panel, and (when the reader allows it)
// the listed reports read in the background, with its progress in the panel.
import { browser } from 'wxt/browser';
import { panelModelForProvider, type PanelModel } from '../../core/model/panel-model';
import { recordForEvent } from '../../core/model/match-events';
import type { ProviderPage } from '../../core/page/provider-page';
import type { Grade } from '../../core/schema/domain';
import type { InspectionRecord } from '../../core/schema/storage';
import { onTabMessage } from '../extension/extension-listeners';
import { inspectionsFromBackground, openInReader, readListedReportsInBackground } from '../extension/library-client';
import { modelWithContext } from '../extension/show-authority-context';
import { readLatestGrades } from '../extension/read-latest-grades';
import { addOpenInReaderButtons, addReportLinkChips } from '../page/inline-chips';
import type { LivePanel } from '../page/live-panel';
import type { Feature } from './overlay-page';

function gradeOfLink(page: ProviderPage, known: readonly InspectionRecord[]): (href: string) => Grade | null {
  return (href) => {
    const event = page.events.find((e) => e.href === href);
    return (event && recordForEvent(event, known)?.document.grades.overall) ?? null;
  };
}

const known = (page: ProviderPage) => (page.authorityKey ? inspectionsFromBackground(page.authorityKey).catch(() => []) : Promise.resolve([]));

function progressNote(done: number, failed: number, total: number): string {
  const failures = failed > 0 ? `, ${failed} could not be read` : '';
  return done + failed >= total ? `Read ${done} of ${total} reports${failures}.` : `Reading reports: ${done + failed} of ${total}${failures}…`;
}

/** Once the background has read the listed reports: their grades beside them and in the panel. */
async function refreshGrades(page: ProviderPage, note: string, panel: LivePanel): Promise<void> {
  const [records, readLatest] = await Promise.all([known(page), readLatestGrades()]);
  const grades = gradeOfLink(page, records);
  addReportLinkChips(document, grades);
  panel.update({ ...modelWithContext(panelModelForProvider(page, grades), page.authorityKey, records, undefined, readLatest), note });
}

function followProgress(page: ProviderPage, model: PanelModel, panel: LivePanel): void {
  const onProgress = onTabMessage('reading-progress', ({ done, failed, total }) => {
    const note = progressNote(done, failed, total);
    panel.update({ ...model, note });
    if (done + failed < total) return;
    browser.runtime.onMessage.removeListener(onProgress);
    void refreshGrades(page, note, panel);
  });
  browser.runtime.onMessage.addListener(onProgress);
}

async function decorate(page: ProviderPage, panel: LivePanel): Promise<void> {
  addOpenInReaderButtons(document, (href) => void openInReader(href).catch(() => undefined));
  const [records, readLatest] = await Promise.all([known(page), readLatestGrades()]);
  const first = panel.latest();
  const model = modelWithContext(records.length > 0 ? panelModelForProvider(page, gradeOfLink(page, records)) : first, page.authorityKey, records, undefined, readLatest);
  if (model !== first) panel.update(model);
  addReportLinkChips(document, gradeOfLink(page, records));

  const reply = await readListedReportsInBackground(page.events.map((e) => e.href)).catch(() => null);
  if (!reply) return;
  if (!reply.allowed) {
    panel.update({ ...model, note: "To link these reports to each other, turn on “Read the reports an authority's Ofsted page lists” in Ofsted Lens's options." });
    return;
  }
  if (reply.queued === 0) return;
  panel.update({ ...model, note: `Reading ${reply.queued} report${reply.queued === 1 ? '' : 's'} from files.ofsted.gov.uk…` });
  followProgress(page, model, panel);
}

export const providerReports: Feature = {
  name: "an authority's listed reports",
  appliesTo: (page) => page.kind === 'provider',
  run: (page) => page.kind === 'provider' && decorate(page.page, page.panel),
};
