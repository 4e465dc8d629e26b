// The panel on screen as the overlay's features and the reader add to it: every update carries on
// from the last one shown, so additions finishing in any order add up, and the authority's
// context and the summary of the findings' markers (drawn by what the overlay and the reader load,
// not the detection script) are redrawn.
import { drawAuthorityContext } from '../../../components/authority-context-view';
import { drawPriorFindings, type FollowControl, type PanelActions } from '../../../components/panel-view';
import type { PanelModel } from '../../core/model/panel-model';
import type { MountedPanel } from './mount-panel';

/** `actions`, once given, stay for every later update; those given later add to them. So does `follow`, given by `setFollow`. */
export type LivePanel = {
  host: HTMLElement;
  latest: () => PanelModel;
  update: (model: PanelModel, actions?: PanelActions) => void;
  setFollow: (follow: FollowControl) => void;
};

export function livePanel(mounted: MountedPanel, first: PanelModel): LivePanel {
  let latest = first;
  let given: PanelActions | undefined;
  return {
    host: mounted.host,
    latest: () => latest,
    update: (next, actions) => {
      latest = next;
      if (actions) given = { ...given, ...actions };
      mounted.update(next, { drawContext: drawAuthorityContext, drawPrior: drawPriorFindings, ...(given && { actions: given }) });
    },
    setFollow: (follow) => mounted.update(latest, { follow }),
  };
}
