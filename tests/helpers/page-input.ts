// How the unit tests reach Ofsted Lens's controls in linkedom where a page cannot: the closed
// shadow roots they attach, taken from attachShadow's return value, and input marked as the
// reader's own. A browser marks real input `isTrusted` and a page's script cannot forge it; in
// linkedom nothing is marked, so the tests say which they stand for. (The browser tests click
// with the real mouse.)
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';

// linkedom has no Text.splitText, which the markers split a paragraph's text with; this one does
// what the DOM's does, less the live ranges linkedom does not keep.
const textProto = Object.getPrototypeOf(parseHTML('<p></p>').document.createTextNode('')) as Text;
if (!('splitText' in textProto)) {
  Object.defineProperty(textProto, 'splitText', {
    value(this: Text, offset: number): Text {
      const tail = this.ownerDocument.createTextNode(this.data.slice(offset));
      this.data = this.data.slice(0, offset);
      this.after(tail);
      return tail;
    },
  });
}

/** Runs `draw` and returns the shadow roots it attached, closed ones included. */
export function shadowRootsAttachedBy(doc: Document, draw: () => void): ShadowRoot[] {
  let proto: object | null = doc.createElement('div');
  while (proto && !Object.hasOwn(proto, 'attachShadow')) proto = Object.getPrototypeOf(proto) as object | null;
  const spy = vi.spyOn(proto as Element, 'attachShadow');
  try {
    draw();
    return spy.mock.results.map((result) => result.value as ShadowRoot);
  } finally {
    spy.mockRestore();
  }
}

/**
 * Dispatches a bubbling `type` event at `target`: `trusted` for the reader's own input, else as a
 * page's script would (`el.click()`, `dispatchEvent`). `init` sets fields such as clientX or key.
 */
export function dispatch(target: EventTarget, type: string, trusted: boolean, init: Record<string, unknown> = {}): void {
  const doc = (target as Node).ownerDocument ?? (target as Document);
  const event = new doc.defaultView!.Event(type, { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  Object.assign(event, init);
  target.dispatchEvent(event);
}

export const readerClick = (target: EventTarget, init: Record<string, unknown> = {}) => dispatch(target, 'click', true, init);
export const scriptClick = (target: EventTarget, init: Record<string, unknown> = {}) => dispatch(target, 'click', false, init);
