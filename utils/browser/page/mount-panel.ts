// Mounts the panel in its own shadow root on <ofsted-lens-panel>, fixed to a corner, so the
// page's layout, styles and scripts are untouched. The host's data attributes say what was
// recognised, for tests and other tools.
import { renderPanel, type PanelExtras } from '../../../components/panel-view';
import { PANEL_CSS } from '../../../components/panel-styles';
import type { PanelModel } from '../../core/model/panel-model';
import { shadowHost } from './shadow-host';

export const PANEL_TAG = 'ofsted-lens-panel';

export type PanelState = { collapsed: boolean; onCollapsedChange: (collapsed: boolean) => void };

/** `update`'s extras (the drawer of the authority context, the actions of the markers' controls) are kept for later redraws. */
export type MountedPanel = { host: HTMLElement; update: (model: PanelModel, extras?: PanelExtras) => void };

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
  let extras: PanelExtras = {};
  const draw = () => {
    // Redrawing replaces every control; keep keyboard focus on the one that had it.
    const focused = root.activeElement?.getAttribute('data-key');
    renderPanel(mount, current, collapsed, toggle, extras);
    if (focused) (mount.querySelector(`[data-key="${focused}"]`) as HTMLElement | null)?.focus();
  };
  const toggle = () => {
    collapsed = !collapsed;
    state.onCollapsedChange(collapsed);
    draw();
  };
  draw();
  doc.documentElement.append(host);
  const update = (next: PanelModel, more: PanelExtras = {}) => {
    current = next;
    extras = { ...extras, ...more };
    draw();
  };
  return { host, update };
}
