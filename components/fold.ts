// A part of the panel folded until it is opened (a <details>), named by `key` so the panel keeps it
// open across redraws (panel-view.ts). Used by the panel and the authority's context alike.
type Child = Node | string | null | false;

export function fold(doc: Document, key: string, summary: string, ...children: Child[]): HTMLElement {
  const details = doc.createElement('details');
  details.setAttribute('data-key', key);
  const head = doc.createElement('summary');
  head.textContent = summary;
  details.append(head);
  for (const child of children) if (child !== null && child !== false) details.append(child);
  return details;
}
