// Every element Ofsted Lens puts on a page is a custom element with its own shadow root and
// styles, so the page's styles cannot reach in and ours cannot leak out. The root is closed: the
// page's scripts get null from `host.shadowRoot` and cannot read the panel (the reader's history)
// or a note's card; only the caller that made it holds `root`. The host itself, in the page's
// light DOM, carries no attribute that says what it shows, and keeps what it shows at a size of
// nothing where it can.
import { keepTypingInside } from '../../../components/trusted-events';

export type ShadowHost = { host: HTMLElement; root: ShadowRoot };

/** How the host lays itself out in the page: CSS properties and values, each pinned with !important. */
export type HostLayout = Record<string, string>;

export type ShadowHostOptions = { layout?: HostLayout };

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

export function shadowHost(doc: Document, tag: string, css: string, { layout = {} }: ShadowHostOptions = {}): ShadowHost {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `${pinnedHostCss(layout)}\n${css}`;
  root.append(style);
  keepTypingInside(root);
  return { host, root };
}
