// Mounts the panel in its own shadow root on <ofsted-lens-panel>, fixed to a corner, so the
// page's layout, styles and scripts are untouched. What was recognised is said by data
// attributes on the panel's element inside the closed root (for tests), never on the host, which
// the page can read.
import { renderPanel, type PanelExtras } from '../../../components/panel-view';
import { PANEL_CSS, PANEL_LAYOUT, panelSideCss } from '../../../components/panel-styles';
import type { PanelSide } from '../../core/schema/storage';
import type { PanelModel } from '../../core/model/panel-model';
import { shadowHost } from './shadow-host';

export const PANEL_TAG = 'ofsted-lens-panel';

export type PanelState = {
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** The side it starts on (right by default); with `onSideChange`, the panel offers to move to the other. */
  side?: PanelSide;
  onSideChange?: (side: PanelSide) => void;
};

/** `update`'s extras (the drawer of the authority context, the actions of the markers' controls) are kept for later redraws. */
export type MountedPanel = { host: HTMLElement; update: (model: PanelModel, extras?: PanelExtras) => void };

const setData = (element: HTMLElement, key: string, value: string | null) => {
  if (value) element.dataset[key] = value;
  else delete element.dataset[key];
};

export function mountPanel(doc: Document, model: PanelModel, state: PanelState): MountedPanel {
  doc.querySelector(PANEL_TAG)?.remove();
  const { host, root } = shadowHost(doc, PANEL_TAG, PANEL_CSS, { layout: PANEL_LAYOUT });
  const sideStyle = doc.createElement('style');
  let side: PanelSide = state.side ?? 'right';
  sideStyle.textContent = panelSideCss(side);
  const mount = doc.createElement('div');
  root.append(sideStyle, mount);

  let current = model;
  let collapsed = state.collapsed;
  let extras: PanelExtras = {};
  const draw = () => {
    mount.dataset.kind = current.kind;
    setData(mount, 'authorityKey', current.authorityKey);
    setData(mount, 'overall', current.overall);
    // Redrawing replaces every control; keep keyboard focus on the one that had it.
    const focused = root.activeElement?.getAttribute('data-key');
    renderPanel(mount, current, collapsed, toggle, extras, state.onSideChange && { side, onMove: move });
    if (focused) (mount.querySelector(`[data-key="${focused}"]`) as HTMLElement | null)?.focus();
  };
  const toggle = () => {
    collapsed = !collapsed;
    state.onCollapsedChange(collapsed);
    draw();
  };
  const move = () => {
    side = side === 'right' ? 'left' : 'right';
    sideStyle.textContent = panelSideCss(side);
    state.onSideChange?.(side);
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
