// Browser-API side (not core): the content script's first paint on a recognised Ofsted page. It
// reads the report's head (or the provider page) and draws the panel itself, then hands it to the
// overlay, which loads afterwards with the heavier parts: the whole report's findings, notes, prior
// context, and Readability for news.
import { browser } from 'wxt/browser';
import { benchMark } from './bench-mark';
import { mountPanel, type MountedPanel } from '../page/mount-panel';
import { panelModelForDocument, panelModelForProvider, type PanelModel } from '../../core/model/panel-model';
import { readReportHead, type PageReading } from '../../core/page/read-report-page';

export const COLLAPSED_KEY = 'panelCollapsed';
/** Where the content script leaves its work for the overlay, in the extension's isolated world. */
export const HANDOFF_KEY = '__ofstedLensFirstPaint';

export type Shown = { reading: Exclude<PageReading, { kind: 'none' }>; model: PanelModel; panel: MountedPanel };
export type Painted = { model: PanelModel; panel: MountedPanel };

const isEmpty = (model: PanelModel) => !model.authority && !model.overall && model.judgements.length === 0 && model.events.length === 0;

export function modelFor(reading: PageReading): PanelModel | null {
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

/** Resolves once the frame with the panel has been drawn, so the overlay's loading waits for it. */
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

/** Reads the head of the page and paints the panel; false when there is nothing to show. */
export async function firstPaint(): Promise<boolean> {
  const collapsed = collapsedState(); // asked first, so the round trip overlaps the reading
  const model = modelFor(readReportHead(document, location.href));
  if (!model) return false;
  const panel = showPanel(model, await collapsed);
  benchMark('mounted');
  (globalThis as Record<string, unknown>)[HANDOFF_KEY] = { model, panel } satisfies Painted;
  await nextPaint();
  return true;
}
