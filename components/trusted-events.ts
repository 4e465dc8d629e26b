// Ofsted Lens acts only on the reader's own input. A page's script can fire clicks, keys and
// mouseups at anything it can reach (`el.click()`, `dispatchEvent`); the browser marks those
// untrusted, and no script can forge the mark, so no page can save, edit or delete a note or
// drive the panel. Every listener Ofsted Lens adds on a page goes through here.
type EventName = keyof GlobalEventHandlersEventMap;

/** Listens for `type` on `target`, calling `handler` only for events the browser made from real input; returns how to stop. */
export function onTrusted<K extends EventName>(target: EventTarget, type: K, handler: (event: GlobalEventHandlersEventMap[K]) => void): () => void {
  const listener = (event: Event) => {
    // Strictly true: an event without the mark at all (a DOM without one, as in Node) counts as untrusted.
    if (event.isTrusted === true) handler(event as GlobalEventHandlersEventMap[K]);
  };
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}
