// Every element Ofsted Lens puts on a page is a custom element with its own shadow root and
// styles, so the page's styles cannot reach in and ours cannot leak out. The root is closed: the
// page's scripts get null from `host.shadowRoot` and cannot read the panel (the reader's history)
// or a note's card; only the caller that made it holds `root`.
export type ShadowHost = { host: HTMLElement; root: ShadowRoot };

export function shadowHost(doc: Document, tag: string, css: string, attributes: Record<string, string> = {}): ShadowHost {
  const host = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
