// What every overlay feature is given: the page's reading (done once, by the detection script or,
// when the reader asked, by the overlay) and the panel on screen, which each feature may update.
// Every update carries on from the last one shown, so features finishing in any order add up.
import type { PanelModel } from '../../core/model/panel-model';
import type { ProviderPage } from '../../core/page/provider-page';
import type { ParsedDocument } from '../../core/schema/domain';
import { drawAuthorityContext } from '../extension/show-authority-context';
import type { MountedPanel } from '../page/mount-panel';

export type LivePanel = { host: HTMLElement; latest: () => PanelModel; update: (model: PanelModel) => void };

export type OverlayPage =
  | { kind: 'provider'; url: string; page: ProviderPage; panel: LivePanel }
  | { kind: 'document'; url: string; doc: ParsedDocument; panel: LivePanel };

/** One thing the overlay adds to a page; `run` on the pages `appliesTo` accepts, each contained. */
export type Feature = { name: string; appliesTo: (page: OverlayPage) => boolean; run: (page: OverlayPage) => Promise<unknown> | unknown };

export function livePanel(mounted: MountedPanel, first: PanelModel): LivePanel {
  let latest = first;
  return {
    host: mounted.host,
    latest: () => latest,
    update: (next) => {
      latest = next;
      // The official context is drawn by what the overlay loads, not the detection script.
      mounted.update(next, drawAuthorityContext);
    },
  };
}

/** The page's address without its fragment: what notes and the library know it by. */
export const pageUrl = (url: string) => url.split('#')[0]!;
