// Injected by the background into a page the detection script recognised (or one the reader
// asked about), and handed what to start from by message: reads nothing the script has read,
// paints the panel, then runs each feature on its own, so one that fails leaves the rest working.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collapsedState, modelFor, showPanel } from '../utils/browser/extension/first-paint';
import { authorityContext } from '../utils/browser/overlay/authority-context';
import { gradeChips } from '../utils/browser/overlay/grade-chips';
import { notesOnPage } from '../utils/browser/overlay/notes';
import type { OverlayPage } from '../utils/browser/overlay/overlay-page';
import { livePanel } from '../utils/browser/page/live-panel';
import { overlayReading } from '../utils/browser/overlay/overlay-reading';
import { priorContext } from '../utils/browser/overlay/prior-context';
import { providerReports } from '../utils/browser/overlay/provider-reports';
import { rememberDocument } from '../utils/browser/overlay/remember-document';
import type { PanelModel } from '../utils/core/model/panel-model';
import { settleEach } from '../utils/core/settle-each';
import { TabMessageSchema, type OverlayInput } from '../utils/core/schema/messages';

const FEATURES = [rememberDocument, gradeChips, notesOnPage, priorContext, authorityContext, providerReports];

function notRecognised(): PanelModel {
  return {
    kind: 'news', kindLabel: 'Not recognised', authority: null, authorityKey: null, inspection: null, overall: null,
    judgements: [], link: null, events: [], history: [], trends: [],
    note: "Ofsted Lens found no Ofsted inspection of local authority children's services on this page.",
  };
}

async function start({ reading, collapsed }: OverlayInput): Promise<void> {
  const url = location.href;
  const read = overlayReading(reading, document, url);
  // Asked for from the popup, a page that is not recognised says so instead of staying silent.
  const model = modelFor(read) ?? (reading === null ? notRecognised() : null);
  if (!model) return;
  const panel = livePanel(showPanel(model, collapsed ?? (await collapsedState())), model);
  if (read.kind === 'none') return;
  const page: OverlayPage = read.kind === 'provider' ? { kind: 'provider', url, page: read.page, panel } : { kind: 'document', url, doc: read.doc, panel };
  await settleEach(FEATURES.filter((feature) => feature.appliesTo(page)).map((feature) => () => feature.run(page)));
}

export default defineUnlistedScript(() => {
  browser.runtime.onMessage.addListener(function onInput(raw) {
    const message = TabMessageSchema.safeParse(raw);
    if (!message.success || message.data.type !== 'overlay-input') return;
    browser.runtime.onMessage.removeListener(onInput);
    start(message.data.input).catch(() => {
      // A malformed page shows no overlay and throws nothing into the host page.
    });
  });
});
