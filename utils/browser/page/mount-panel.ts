// Mounts the panel in its own shadow root on <ofsted-lens-panel>, fixed to a corner, so the
// page's layout, styles and scripts are untouched. The host's data attributes say what was
// recognised, for tests and other tools.
import { renderPanel, type ContextDrawer } from '../../../components/panel-view';
import { PANEL_CSS } from '../../../components/panel-styles';
import type { PanelModel } from '../../core/model/panel-model';
import { shadowHost } from './shadow-host';

export const PANEL_TAG = 'ofsted-lens-panel';

export type PanelState = { collapsed: boolean; onCollapsedChange: (collapsed: boolean) => void };

/** `update`'s drawer draws the model's authority context; kept for later redraws. */
export type MountedPanel = { host: HTMLElement; update: (model: PanelModel, drawContext?: ContextDrawer) => void };

export function mountPanel(doc: Document, model: PanelModel, state: PanelState): MountedPanel {
  doc.querySelector(PANEL_TAG)?.remove();
  const attributes: Record<string, string> = { 'data-kind': model.kind };
  if (model.authorityKey) attributes['data-authority-key'] = model.authorityKey;
  if (model.overall) attributes['data-overall'] = model.overall;
  const { host, root } = shadowHost(doc, PANEL_TAG, PANEL_CSS, attributes);
  const mount = doc.createElement('div');
  root.append(mount);

  let current = model;
  let collapsed = state.collapsed;
  let drawer: ContextDrawer | undefined;
  const draw = () => {
    // Redrawing replaces the bar; keep keyboard focus on it.
    const barHadFocus = root.activeElement?.classList.contains('bar') === true;
    renderPanel(mount, current, collapsed, toggle, drawer);
    if (barHadFocus) (mount.querySelector('.bar') as HTMLElement | null)?.focus();
  };
  const toggle = () => {
    collapsed = !collapsed;
    state.onCollapsedChange(collapsed);
    draw();
  };
  draw();
  doc.documentElement.append(host);
  const update = (next: PanelModel, drawContext?: ContextDrawer) => {
    current = next;
    drawer = drawContext ?? drawer;
    draw();
  };
  return { host, update };
}
