// Every element Ofsted Lens puts on a page is a custom element with its own shadow root and
// styles, so the page's styles cannot reach in and ours cannot leak out. The root is closed: the
// page's scripts get null from `host.shadowRoot` and cannot read the panel (the reader's history)
// or a note's card; only the caller that made it holds `root`. The host itself, in the page's
// light DOM, carries no attribute that says what it shows (its one attribute, `popover`, is the
// same on every control), and keeps what it shows at a size of nothing where it can.
import { keepTypingInside } from '../../../components/trusted-events';

/** `inTopLayer`: whether Ofsted Lens put the host in the top layer, kept here as the page can change the host's attributes. */
export type ShadowHost = { host: HTMLElement; root: ShadowRoot; inTopLayer: boolean };

/** How the host lays itself out in the page: CSS properties and values, each pinned with !important. */
export type HostLayout = Record<string, string>;

export type ShadowHostOptions = {
  layout?: HostLayout;
  /**
   * Drawn in the browser's top layer (a manual popover), above anything the page draws at any
   * z-index, and out of reach of its ancestors' opacity and filters: for the controls that save or
   * delete. Shown by `raise` once the host is in the document.
   */
  topLayer?: boolean;
};

// A page's `!important` rule on our host (`ofsted-lens-note-card { opacity: 0 !important }`) beat
// a plain `:host { all: initial }`. An important declaration in the shadow root wins over every
// important one of the page, inline ones included (CSS Cascade 5: for important declarations the
// inner tree context wins), so `all: initial !important` undoes whatever the page sets on the host
// (opacity, visibility, display, pointer-events, transform, filter, clip-path, mask, z-index…)
// and the layout is then given back, pinned the same way.
function pinnedHostCss(layout: HostLayout): string {
  const pinned = Object.entries(layout).map(([property, value]) => `${property}: ${value} !important;`).join(' ');
  // Text selected in a closed root is still the page's to read (getSelection().toString() gives it
  // in Chromium), so nothing of ours can be selected but a text box's own text.
  return `:host { all: initial !important; ${pinned} }
*:not(textarea, input) { -webkit-user-select: none; user-select: none; }`;
}

export function shadowHost(doc: Document, tag: string, css: string, { layout = {}, topLayer = false }: ShadowHostOptions = {}): ShadowHost {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${pinnedHostCss(layout)}\n${css}`;
  root.append(style);
  keepTypingInside(root);
  const inTopLayer = topLayer && typeof host.showPopover === 'function';
  if (inTopLayer) host.popover = 'manual';
  return { host, root, inTopLayer };
}

/** Puts a top-layer host, once in the document, above everything the page has drawn so far. */
export function raise({ host, inTopLayer }: ShadowHost): void {
  if (!inTopLayer || !host.isConnected) return;
  if (host.matches(':popover-open')) host.hidePopover();
  host.showPopover();
}
