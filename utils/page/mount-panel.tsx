// Mounts the panel in its own shadow root on <ofsted-lens-panel>, fixed to a corner, so the
// page's layout, styles and scripts are untouched. The host's data attributes say what was
// recognised, for tests and other tools.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Panel } from '../../components/Panel';
import { PANEL_CSS } from '../../components/panel-styles';
import type { PanelModel } from './panel-model';
import { shadowHost } from './shadow-host';

export const PANEL_TAG = 'ofsted-lens-panel';

export type PanelState = { collapsed: boolean; onCollapsedChange: (collapsed: boolean) => void };

function PanelWithState({ model, state }: { model: PanelModel; state: PanelState }) {
  const [collapsed, setCollapsed] = useState(state.collapsed);
  const toggle = () => {
    setCollapsed(!collapsed);
    state.onCollapsedChange(!collapsed);
  };
  return <Panel model={model} collapsed={collapsed} onToggle={toggle} />;
}

export type MountedPanel = { host: HTMLElement; update: (model: PanelModel) => void };

export function mountPanel(doc: Document, model: PanelModel, state: PanelState): MountedPanel {
  doc.querySelector(PANEL_TAG)?.remove();
  const attributes: Record<string, string> = { 'data-kind': model.kind };
  if (model.authorityKey) attributes['data-authority-key'] = model.authorityKey;
  if (model.overall) attributes['data-overall'] = model.overall;
  const { host, root } = shadowHost(doc, PANEL_TAG, PANEL_CSS, attributes);
  const mount = doc.createElement('div');
  root.append(mount);
  render(<PanelWithState model={model} state={state} />, mount);
  doc.documentElement.append(host);
  // Rendering again into the same node keeps the panel's state (collapsed or not).
  const update = (next: PanelModel) => render(<PanelWithState model={next} state={state} />, mount);
  return { host, update };
}
