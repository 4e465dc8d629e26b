// The panel as the detection script paints it, from its reading of the page, before the overlay
// (notes, prior context, the authority's context) is injected; and the panel's remembered state.
import { browser } from 'wxt/browser';
import { panelModelForDocument, panelModelForProvider, panelModelNotRead, type PanelModel } from '../../core/model/panel-model';
import type { PageReading } from '../../core/page/page-reading';
import { mountPanel, type MountedPanel } from '../page/mount-panel';
import { benchMark } from './bench-mark';

export const COLLAPSED_KEY = 'panelCollapsed';
const UNRECOGNISED_LABEL = 'Ofsted document';

const isEmpty = (model: PanelModel) => !model.authority && !model.overall && model.judgements.length === 0 && model.events.length === 0;

/**
 * The panel for a provider page or a report, or the words for an Ofsted document of no kind it can
 * tell; null for news (the overlay reads its article) or a page that yields nothing to show.
 */
export function modelFor(reading: PageReading): PanelModel | null {
  if (reading.kind === 'unrecognised') return panelModelNotRead(UNRECOGNISED_LABEL, reading.reason);
  const model =
    reading.kind === 'provider' ? panelModelForProvider(reading.page)
    : reading.kind === 'document' ? panelModelForDocument(reading.doc)
    : null;
  // A page recognised but yielding nothing to show is malformed: no panel.
  return model && !isEmpty(model) ? model : null;
}

export async function collapsedState(): Promise<boolean> {
  const stored = await browser.storage.local.get(COLLAPSED_KEY).catch(() => ({}) as Record<string, unknown>);
  return stored[COLLAPSED_KEY] === true;
}

export function showPanel(model: PanelModel, collapsed: boolean): MountedPanel {
  return mountPanel(document, model, {
    collapsed,
    onCollapsedChange: (next) => void browser.storage.local.set({ [COLLAPSED_KEY]: next }).catch(() => undefined),
  });
}

/** Resolves once the frame with the panel has been drawn, so the overlay's injection waits for it. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        // For the benchmark: idle (marked by the detection script), panel mounted, panel painted.
        benchMark('painted');
        resolve();
      }, 0),
    ),
  );
}

/** Paints the panel for the reading, when it has one; resolves once it is on screen. */
export async function paintFirst(reading: PageReading, collapsed: Promise<boolean>): Promise<void> {
  const model = modelFor(reading);
  if (!model) return;
  showPanel(model, await collapsed);
  benchMark('mounted');
  await nextPaint();
}
