// Ofsted Lens acts only on the reader's own input. A page's script can fire clicks, keys and
// mouseups at anything it can reach (`el.click()`, `dispatchEvent`); the browser marks those
// untrusted, and no script can forge the mark, so no page can save, edit or delete a note or
// drive the panel. Every listener Ofsted Lens adds on a page goes through here.
type EventName = keyof GlobalEventHandlersEventMap;

/** Listens for `type` on `target`, calling `handler` only for events the browser made from real input; returns how to stop. */
export function onTrusted<K extends EventName>(
  target: EventTarget,
  type: K,
  handler: (event: GlobalEventHandlersEventMap[K]) => void,
  options: AddEventListenerOptions = {},
): () => void {
  const listener = (event: Event) => {
    // Strictly true: an event without the mark at all (a DOM without one, as in Node) counts as untrusted.
    if (event.isTrusted === true) handler(event as GlobalEventHandlersEventMap[K]);
  };
  target.addEventListener(type, listener, options);
  return () => target.removeEventListener(type, listener, options);
}

// Typing, clipboard and composition events are composed: from a text box in a closed root they
// still reach the page, retargeted to the host, with the keys and text they carry. Stopped at the
// root, they reach no listener of the page's that waits for them to bubble. (A listener the page
// adds for the capture phase runs before the event reaches the root, so no text is ever typed
// into Ofsted Lens on a web page: a note's comment is written in its own window.)
const TYPING_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'paste', 'copy', 'cut',
  'compositionstart', 'compositionupdate', 'compositionend',
] as const;

/** Keeps typing, clipboard and composition events that start inside `root` from bubbling out of it, trusted or not. */
export function keepTypingInside(root: ShadowRoot): void {
  for (const type of TYPING_EVENTS) root.addEventListener(type, (event) => event.stopPropagation());
}
