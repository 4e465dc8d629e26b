// The panel as the detection script paints it, from its reading of the page, before the overlay
// (notes, prior context, the authority's context) is injected; and the panel's remembered state.
import { browser } from 'wxt/browser';
import { panelModelForDocument, panelModelForProvider, panelModelNotRead, type PanelModel } from '../../core/model/panel-model';
import type { PageReading } from '../../core/page/page-reading';
import { panelSideOf, type PanelSide } from '../../core/panel-side';
import { mountPanel, type MountedPanel } from '../page/mount-panel';
import { benchMark } from './bench-mark';

export const COLLAPSED_KEY = 'panelCollapsed';
const UNRECOGNISED_LABEL = 'Ofsted document';
export const SIDE_KEY = 'panelSide';

/** How the reader left the panel: folded or not, and on which side of the page. */
export type PanelPlacementState = { collapsed: boolean; side: PanelSide };

const isEmpty = (model: PanelModel) => !model.authority && !model.overall && model.judgements.length === 0 && model.events.length === 0;

/**
 * The panel for a provider page or a report, or the words for an Ofsted document of no kind it can
 * tell; null for news (the overlay reads its article) or a page that yields nothing to show.
 */
export function modelFor(reading: PageReading, address?: string): PanelModel | null {
  if (reading.kind === 'unrecognised') return panelModelNotRead(UNRECOGNISED_LABEL, reading.reason);
  const model =
    reading.kind === 'provider' ? panelModelForProvider(reading.page)
    : reading.kind === 'document' ? panelModelForDocument(reading.doc, address)
    : null;
  // A page recognised but yielding nothing to show is malformed: no panel.
  return model && !isEmpty(model) ? model : null;
}

/** One read for both; a side stored by anything else (or nothing) is the right. */
export async function panelState(): Promise<PanelPlacementState> {
  const stored = await browser.storage.local.get([COLLAPSED_KEY, SIDE_KEY]).catch(() => ({}) as Record<string, unknown>);
  return { collapsed: stored[COLLAPSED_KEY] === true, side: panelSideOf(stored[SIDE_KEY]) };
}

export function showPanel(model: PanelModel, { collapsed, side }: PanelPlacementState): MountedPanel {
  return mountPanel(document, model, {
    collapsed,
    onCollapsedChange: (next) => void browser.storage.local.set({ [COLLAPSED_KEY]: next }).catch(() => undefined),
    side,
    onSideChange: (next) => void browser.storage.local.set({ [SIDE_KEY]: panelSideOf(next) }).catch(() => undefined),
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
export async function paintFirst(reading: PageReading, state: Promise<PanelPlacementState>): Promise<void> {
  const model = modelFor(reading);
  if (!model) return;
  showPanel(model, await state);
  benchMark('mounted');
  await nextPaint();
}
