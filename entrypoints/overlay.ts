// Injected by the background into a page the detection script recognised (or one the reader
// asked about), and handed what to start from by message: reads nothing the script has read,
// paints the panel, then runs each feature on its own, so one that fails leaves the rest working.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadedAddress, showsLoadedAddress } from '../utils/browser/extension/document-address';
import { modelFor, panelState, showPanel } from '../utils/browser/extension/first-paint';
import { authorityContext } from '../utils/browser/overlay/authority-context';
import { briefingLink } from '../utils/browser/overlay/briefing-link';
import { gradeChips } from '../utils/browser/overlay/grade-chips';
import { notesOnPage } from '../utils/browser/overlay/notes';
import type { OverlayPage } from '../utils/browser/overlay/overlay-page';
import { livePanel } from '../utils/browser/page/live-panel';
import { overlayReading } from '../utils/browser/overlay/overlay-reading';
import { priorContext } from '../utils/browser/overlay/prior-context';
import { providerReports } from '../utils/browser/overlay/provider-reports';
import { followAuthority } from '../utils/browser/overlay/follow-authority';
import { rememberDocument } from '../utils/browser/overlay/remember-document';
import { panelModelNotRead } from '../utils/core/model/panel-model';
import { settleEach } from '../utils/core/settle-each';
import type { OverlayInput } from '../utils/core/schema/messages';
import { onTabMessage } from '../utils/browser/extension/extension-listeners';

const FEATURES = [rememberDocument, gradeChips, notesOnPage, priorContext, authorityContext, providerReports, briefingLink, followAuthority];

const notRecognised = () => panelModelNotRead('Not recognised', "Ofsted Lens found no Ofsted inspection of local authority children's services on this page.");
const moved = () => panelModelNotRead('Not read', 'This page has changed its address since it loaded, so Ofsted Lens cannot tell which page it is. Reload it to read it.');

async function start({ reading, collapsed, side }: OverlayInput): Promise<void> {
  // The panel as the detection script left it, or as stored when the reader asked from the popup.
  const state = async () => (collapsed === null ? panelState() : { collapsed, side: side ?? 'right' as const });
  // Only the document at the address it was loaded from: a page that has since named itself
  // another (history.replaceState) is read as nothing, and when the reader asked, says why.
  if (!showsLoadedAddress()) {
    if (reading === null) showPanel(moved(), await state());
    return;
  }
  const url = loadedAddress();
  const read = overlayReading(reading, document, url);
  // Asked for from the popup, a page that is not recognised says so instead of staying silent.
  const model = modelFor(read, url) ?? (reading === null ? notRecognised() : null);
  if (!model) return;
  const panel = livePanel(showPanel(model, await state()), model);
  if (read.kind === 'none' || read.kind === 'unrecognised') return;
  const page: OverlayPage = read.kind === 'provider' ? { kind: 'provider', url, page: read.page, panel } : { kind: 'document', url, doc: read.doc, panel };
  await settleEach(FEATURES.filter((feature) => feature.appliesTo(page)).map((feature) => () => feature.run(page)));
}

export default defineUnlistedScript(() => {
  // What to start from, from the background that injected it (and no one else).
  const onInput = onTabMessage('overlay-input', (message) => {
    browser.runtime.onMessage.removeListener(onInput);
    start(message.input).catch(() => {
      // A malformed page shows no overlay and throws nothing into the host page.
    });
  });
  browser.runtime.onMessage.addListener(onInput);
});
